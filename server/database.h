#pragma once

#include <QSqlDatabase>
#include <QString>

namespace insights::server {

// The server's one database connection. SQLite (WAL, busy timeout) by default; the SQL is
// kept portable so that PostgreSQL can run it, and the few dialect differences live here.
class Database
{
public:
    enum class Dialect { Sqlite, Postgresql };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens "sqlite:PATH" and runs the migrations that have not run yet.
    bool open(const QString &url, QString *error);
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName); }
    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const;

    // The column type of a key the database numbers itself, in commit order.
    QString autoIncrementKey() const;

    static int latestSchemaVersion();

private:
    bool migrate(QString *error);

    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
};

} // namespace insights::server
