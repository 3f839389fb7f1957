#pragma once

#include <QSqlDatabase>
#include <QString>

namespace insights::test {

// The database a test server runs on. By default a SQLite file in the test's temporary
// folder; when the suite runs on PostgreSQL (INSIGHTS_TEST_POSTGRES_FILE names the file that
// tests/support/pgcluster.sh wrote, holding the cluster's base URL), a fresh database of its
// own on that cluster, dropped again when this object goes.
class TestDatabase
{
public:
    explicit TestDatabase(const QString &sqlitePath);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static bool onPostgresql();
    // What the server's --database takes.
    QString url() const { return m_url; }
    // A connection of the test's own to the same database (close it before this object goes).
    QSqlDatabase connect(const QString &connectionName) const;
    QString error() const { return m_error; }

private:
    QString m_sqlitePath;
    QString m_url;
    QString m_name; // the PostgreSQL database's name
    QString m_error;
};

} // namespace insights::test
