#pragma once

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

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

    // Opens "sqlite:PATH" or "postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?libpq options]"
    // and runs the migrations that have not run yet. The password may also come from a file
    // (its first line) or, when neither gives one, from libpq's PGPASSFILE.
    bool open(const QString &url, QString *error, const QString &passwordFile = {});
    // A second connection to `primary`'s database for the calling thread (a read worker's):
    // read-only (SQLite's query_only, PostgreSQL's read-only transactions), no lock file and
    // no migrations (the primary holds the one and ran the other).
    bool openReader(const Database &primary, QString *error);
    // Whether another connection sees the same data (not so for SQLite's :memory:).
    bool sharedAcrossConnections() const { return !m_inMemory; }
    // The URL with its password masked, for messages and logs.
    static QString redacted(const QString &url);
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName); }
    Dialect dialect() const { return m_dialect; }
    int schemaVersion() const;

    // The column type of a key the database numbers itself, in commit order.
    QString autoIncrementKey() const;

    // A value as this engine should receive it: a null string as an empty one; on PostgreSQL,
    // JSON bytes as text (every column is text; QPSQL would send bytes as bytea) and NUL,
    // which its text cannot hold, as U+FFFD, so a lookup of "a\0b" finds nothing on both
    // engines instead of failing on one.
    QVariant bindable(const QVariant &value) const;

    // Appended to a SELECT that reads a row the transaction will write: " FOR UPDATE" on
    // PostgreSQL; nothing on SQLite, whose one connection writes alone.
    QString forUpdate() const;
    // " FOR UPDATE SKIP LOCKED" on PostgreSQL: rows another instance holds are passed over.
    QString forUpdateSkipLocked() const;

    // Closes and reopens the connection (PostgreSQL went away, or came back); at most twice
    // a second. False while the database is unreachable.
    bool reconnect();

    static int latestSchemaVersion();

private:
    bool openPostgresql(const QString &url, const QString &passwordFile, QString *error);
    bool migrate(QString *error);
    bool migrateLocked(QString *error);
    bool readOnly(QString *error);

    // pg_advisory_lock key of the migrations ("insights" in ASCII).
    static constexpr qint64 migrationLockKey = 0x696e736967687473;

    QString m_connectionName;
    Dialect m_dialect = Dialect::Sqlite;
    qint64 m_lastReconnectMs = 0;
    std::unique_ptr<QLockFile> m_lock; // a SQLite file's: one instance per file
    bool m_reader = false;
    bool m_inMemory = false;
};

} // namespace insights::server
