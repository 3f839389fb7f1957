#include "sqlsession.h"

#include "fieldnames.h"

namespace insights::server {

// A copy of a QSqlQuery shares its prepared statement, which is the point of keeping them;
// Qt 6 marks that copy deprecated.
QT_WARNING_PUSH
QT_WARNING_DISABLE_DEPRECATED

SqlSession::Rows::Rows(const QSqlQuery &executed)
    : QSqlQuery(executed)
{}

SqlSession::SqlSession(Database &database)
    : m_database(database)
{}

QSqlQuery SqlSession::statement(const QString &sql)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.cend())
        return *it;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throwFor(q.lastError(), sql);
    if (m_statements.size() >= maxStatements)
        m_statements.clear();
    m_statements.insert(sql, q);
    return q;
}

QT_WARNING_POP

void SqlSession::reconnect()
{
    m_statements.clear();
    m_database.reconnect();
}

SqlSession::Rows SqlSession::run(const QString &sql, const Binds &binds, Expect expect)
{
    QSqlQuery q = statement(sql);
    for (const Bind &b : binds)
        q.bindValue(QLatin1String(b.name), m_database.bindable(b.value));
    if (!q.exec()) {
        m_statements.remove(sql); // prepared afresh next time
        throwFor(q.lastError(), sql);
    }
    if (expect == Expect::OneRow && q.numRowsAffected() != 1)
        throw StaleWrite("the row changed since it was read: " + sql.toStdString());
    return Rows(q);
}

QString SqlSession::databaseProblem()
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return {};
    const QString why = q.lastError().text().trimmed();
    reconnect();
    return why.isEmpty() ? QStringLiteral("not connected") : why;
}

QString SqlSession::engineName() const
{
    return m_database.dialect() == Database::Dialect::Postgresql ? QStringLiteral("postgresql")
                                                                 : QStringLiteral("sqlite");
}

void SqlSession::throwFor(const QSqlError &error, const QString &sql)
{
    const std::string what =
        "query failed: " + error.text().toStdString() + " in " + sql.toStdString();
    const QString text = error.text();
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE 23505; SQLite's extended codes 2067 (UNIQUE) and 1555 (PRIMARY KEY).
    if (code == QLatin1String("23505") || code == QLatin1String("2067") ||
        code == QLatin1String("1555") || text.contains(QLatin1String("UNIQUE constraint"))) {
        // The unique index's column, named in the message, and the member it holds; longest
        // first, since "short_name_key" holds "name_key".
        namespace f = field;
        static const QList<std::pair<QLatin1String, QString>> columns = {
            {QLatin1String("active_customer_id"), f::customerId},
            {QLatin1String("quick_start_token"), QString()},
            {QLatin1String("short_name_key"), f::path(f::tenant, f::shortName)},
            {QLatin1String("username_key"), f::username},
            {QLatin1String("domain_key"), f::path(f::tenant, f::domain)},
            {QLatin1String("email_key"), f::email},
            {QLatin1String("name_key"), f::path(f::tenant, f::name)},
        };
        for (const auto &[column, member] : columns) {
            if (text.contains(column))
                throw UniqueViolation(what, member);
        }
        throw UniqueViolation(what, {});
    }
    // Class 08 is "connection exception"; 57P01-03 an administrator's shutdown. A lost
    // connection comes from libpq itself, without an SQLSTATE. The next statement gets a
    // fresh connection, so the server recovers by itself when the database is back.
    if (m_database.dialect() == Database::Dialect::Postgresql &&
        (error.type() == QSqlError::ConnectionError || code.isEmpty() ||
         code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))) {
        reconnect();
        throw DatabaseUnavailable(what);
    }
    throw StoreError(what);
}

SqlSession::Transaction::Transaction(SqlSession &session)
    : m_session(session)
{
    QSqlDatabase db = m_session.m_database.connection();
    const bool postgresql = m_session.m_database.dialect() == Database::Dialect::Postgresql;
    if (!db.transaction()) {
        const std::string why =
            "cannot begin a transaction: " + db.lastError().text().toStdString();
        if (postgresql)
            throw DatabaseUnavailable(why);
        throw StoreError(why);
    }
    // On PostgreSQL writers take turns (docs/ARCHITECTURE.md, "Team server: the change feed,
    // leases and version checks"): a change's seq is drawn while this lock is held and the
    // lock goes at commit, so seq order is commit order and a poller can never pass a change
    // that commits later. Taken first, before any row lock, so it cannot deadlock with one.
    if (postgresql)
        m_session.run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(feedLockKey));
}

SqlSession::Transaction::~Transaction()
{
    if (!m_done)
        m_session.m_database.connection().rollback();
}

void SqlSession::Transaction::commit()
{
    QSqlDatabase db = m_session.m_database.connection();
    if (!db.commit())
        throw StoreError("commit failed: " + db.lastError().text().toStdString());
    m_done = true;
}

} // namespace insights::server
