#pragma once

#include "database.h"

#include <QHash>
#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <stdexcept>

namespace insights::server {

// A database failure: the server's fault, answered with a 500 and rolled back.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A write that lost a race: its row changed since it was read (another instance, or the
// operation runner, wrote first). Answered with a 412, rolled back.
class StaleWrite : public StoreError
{
public:
    using StoreError::StoreError;
};

// An insert or update that lost a race for a unique value to another instance (the checks
// before it passed, the unique index did not). Answered with a 409 naming the field.
class UniqueViolation : public StoreError
{
public:
    UniqueViolation(const std::string &what, QString field)
        : StoreError(what)
        , m_field(std::move(field))
    {}
    // The member of the request whose value is taken, as the API names it ("tenant.name",
    // "username", "email", ...); empty if the index is not one a request fills.
    QString field() const { return m_field; }

private:
    QString m_field;
};

// The database cannot be reached (PostgreSQL went away): a 503, and the server goes on.
class DatabaseUnavailable : public StoreError
{
public:
    using StoreError::StoreError;
};

// How every store of the server talks to its one connection: statements prepared once and
// kept, values bound by name, failures thrown as the StoreError they are, transactions.
// Single-threaded like the connection it wraps (each read worker has its own).
class SqlSession
{
public:
    explicit SqlSession(Database &database);

    // A value bound to a named placeholder: {":id", id} for "... WHERE id = :id".
    struct Bind
    {
        const char *name;
        QVariant value;
    };
    using Binds = QList<Bind>;

    // OneRow: a version-checked write ("... WHERE id = :id AND version = :version") that
    // throws StaleWrite unless it changed exactly one row.
    enum class Expect { Any, OneRow };

    // What run() answers: the executed statement, finished when it goes out of scope, so a
    // kept SELECT read only to its first row never holds a read snapshot (SQLite) or a result
    // (PostgreSQL) past the method that ran it. Neither copied nor moved: the one that run()
    // returns is the one the caller holds.
    class Rows : public QSqlQuery
    {
    public:
        explicit Rows(const QSqlQuery &executed);
        Rows(const Rows &) = delete;
        Rows &operator=(const Rows &) = delete;
        ~Rows() { finish(); }
    };

    Rows run(const QString &sql, const Binds &binds = {}, Expect expect = Expect::Any);

    // RAII: rolls back unless commit() was called. On PostgreSQL it first takes the feed's
    // advisory lock (docs/ARCHITECTURE.md), so writers take turns and seq order is commit order.
    class Transaction
    {
    public:
        explicit Transaction(SqlSession &session);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        SqlSession &m_session;
        bool m_done = false;
    };

    // pg_advisory_xact_lock key that orders the writers ("feed" in ASCII).
    static constexpr qint64 feedLockKey = 0x66656564;

    // Empty when the database answers; else why not (and a reconnection was tried).
    QString databaseProblem();
    QString engineName() const;
    const Database &database() const { return m_database; }

private:
    // The statement for this SQL, prepared once per connection and kept. On PostgreSQL
    // QPSQL's prepare is a PREPARE on the server and its end a DEALLOCATE, two round trips a
    // query (reusing them took the customer list from 937 to 3,846 req/s); on SQLite the
    // prepare was a fifth of a list request's time. Nothing holds a result while it runs the
    // same SQL again, which sharing needs.
    QSqlQuery statement(const QString &sql);
    // A new connection (PostgreSQL went away); the kept statements go with the old one.
    void reconnect();
    // Throws the StoreError subclass that the failure is.
    [[noreturn]] void throwFor(const QSqlError &error, const QString &sql);

    Database &m_database;
    static constexpr int maxStatements = 512;
    QHash<QString, QSqlQuery> m_statements; // SQL text -> prepared
};

} // namespace insights::server
