// The Store's SQL for people: console users and their tokens, and customer operators.
#include "store.h"

#include "domainjson.h"

#include <QSqlQuery>

namespace insights::server {

// --- Console users and tokens ---------------------------------------------------------------

int Store::userCount()
{
    Rows q = run(QStringLiteral("SELECT COUNT(*) FROM console_users"));
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<UserRow> Store::findUser(const QString &username)
{
    Rows q = run(QStringLiteral("SELECT username, password_hash, role, created_at FROM "
                                "console_users WHERE username_key = ?"),
                 {username.toCaseFolded()});
    if (!q.next())
        return std::nullopt;
    return UserRow{q.value(0).toString(), q.value(1).toString(),
                   roleFromString(q.value(2).toString()).value_or(Role::Monitor),
                   DomainJson::parseTimestamp(q.value(3).toString())};
}

QList<UserRow> Store::users()
{
    Rows q = run(QStringLiteral("SELECT username, role, created_at FROM console_users "
                                "ORDER BY username_key"));
    QList<UserRow> out;
    while (q.next())
        out << UserRow{q.value(0).toString(),
                       {},
                       roleFromString(q.value(1).toString()).value_or(Role::Monitor),
                       DomainJson::parseTimestamp(q.value(2).toString())};
    return out;
}

int Store::adminCount()
{
    Rows q = run(QStringLiteral("SELECT COUNT(*) FROM console_users WHERE role = ?"),
                 {toString(Role::Admin)});
    return q.next() ? q.value(0).toInt() : 0;
}

void Store::setUserRole(const QString &username, Role role)
{
    run(QStringLiteral("UPDATE console_users SET role = ? WHERE username_key = ?"),
        {toString(role), username.toCaseFolded()});
}

void Store::setUserPassword(const QString &username, const QString &passwordHash)
{
    run(QStringLiteral("UPDATE console_users SET password_hash = ? WHERE username_key = ?"),
        {passwordHash, username.toCaseFolded()});
}

void Store::deleteTokensOf(const QString &username, const QString &keepTokenHash)
{
    run(QStringLiteral("DELETE FROM access_tokens WHERE username = ? AND token_hash <> ?"),
        {username, keepTokenHash});
}

void Store::deleteToken(const QString &tokenHash)
{
    run(QStringLiteral("DELETE FROM access_tokens WHERE token_hash = ?"), {tokenHash});
}

void Store::insertUser(const UserRow &user)
{
    run(QStringLiteral("INSERT INTO console_users (username, username_key, password_hash, role, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"),
        {user.username, user.username.toCaseFolded(), user.passwordHash, toString(user.role),
         DomainJson::timestamp(user.createdAt.isValid() ? user.createdAt
                                                        : QDateTime::currentDateTimeUtc())});
}

void Store::deleteUser(const QString &username)
{
    run(QStringLiteral("DELETE FROM console_users WHERE username_key = ?"),
        {username.toCaseFolded()});
    run(QStringLiteral("DELETE FROM access_tokens WHERE username = ?"), {username});
}

void Store::insertToken(const QString &tokenHash, const QString &username, Role role,
                        qint64 expiresAtMs)
{
    run(QStringLiteral("INSERT INTO access_tokens (token_hash, username, role, expires_at) "
                       "VALUES (?, ?, ?, ?)"),
        {tokenHash, username, toString(role), expiresAtMs});
}

std::optional<std::pair<Principal, qint64>> Store::findToken(const QString &tokenHash)
{
    // The role comes from the user, so a changed role applies to tokens issued before.
    Rows q = run(QStringLiteral("SELECT t.username, u.role, t.expires_at FROM access_tokens "
                                "t JOIN console_users u ON u.username = t.username "
                                "WHERE t.token_hash = ?"),
                 {tokenHash});
    if (!q.next())
        return std::nullopt;
    return std::make_pair(Principal{q.value(0).toString(),
                                    roleFromString(q.value(1).toString()).value_or(Role::Monitor)},
                          q.value(2).toLongLong());
}

int Store::deleteExpiredTokens(qint64 nowMs)
{
    return run(QStringLiteral("DELETE FROM access_tokens WHERE expires_at <= ?"), {nowMs})
        .numRowsAffected();
}

// --- Customer operators ---------------------------------------------------------------------

QList<CustomerOperator> Store::operatorsOf(const QString &customerId)
{
    Rows q = run(QStringLiteral("SELECT id, name, email, level FROM customer_operators "
                                "WHERE customer_id = ? ORDER BY pk"),
                 {customerId});
    QList<CustomerOperator> out;
    while (q.next())
        out << CustomerOperator{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                roleFromString(q.value(3).toString()).value_or(Role::Monitor)};
    return out;
}

std::optional<CustomerOperator> Store::findOperator(const QString &customerId,
                                                    const QString &operatorId)
{
    Rows q = run(QStringLiteral("SELECT id, name, email, level FROM customer_operators "
                                "WHERE customer_id = ? AND id = ?"),
                 {customerId, operatorId});
    if (!q.next())
        return std::nullopt;
    return CustomerOperator{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            roleFromString(q.value(3).toString()).value_or(Role::Monitor)};
}

void Store::updateOperator(const QString &customerId, const CustomerOperator &op)
{
    run(QStringLiteral("UPDATE customer_operators SET name = ?, level = ? WHERE customer_id = ? "
                       "AND id = ?"),
        {op.name, toString(op.level), customerId, op.id});
}

bool Store::operatorEmailTaken(const QString &customerId, const QString &email)
{
    Rows q = run(QStringLiteral("SELECT 1 FROM customer_operators WHERE customer_id = ? "
                                "AND email_key = ?"),
                 {customerId, email.toCaseFolded()});
    return q.next();
}

void Store::insertOperator(const QString &customerId, const CustomerOperator &op)
{
    run(QStringLiteral("INSERT INTO customer_operators (id, customer_id, name, email, email_key, "
                       "level) VALUES (?, ?, ?, ?, ?, ?)"),
        {op.id, customerId, op.name, op.email, op.email.toCaseFolded(), toString(op.level)});
}

bool Store::deleteOperator(const QString &customerId, const QString &operatorId)
{
    Rows q = run(QStringLiteral("DELETE FROM customer_operators WHERE customer_id = ? AND "
                                "id = ?"),
                 {customerId, operatorId});
    return q.numRowsAffected() > 0;
}

void Store::deleteOperatorsOf(const QString &customerId)
{
    run(QStringLiteral("DELETE FROM customer_operators WHERE customer_id = ?"), {customerId});
}

// --- Failed sign-ins ------------------------------------------------------------------------

QList<qint64> Store::loginFailures(const QString &subject, qint64 sinceMs, int limit)
{
    Rows q = run(QStringLiteral("SELECT at FROM login_failures WHERE subject = ? AND "
                                "at >= ? ORDER BY at DESC LIMIT ?"),
                 {subject, sinceMs, limit});
    QList<qint64> times;
    while (q.next())
        times << q.value(0).toLongLong();
    return times;
}

void Store::addLoginFailure(const QString &subject, qint64 atMs)
{
    run(QStringLiteral("INSERT INTO login_failures (subject, at) VALUES (?, ?)"), {subject, atMs});
}

void Store::clearLoginFailures(const QString &subject)
{
    run(QStringLiteral("DELETE FROM login_failures WHERE subject = ?"), {subject});
}

int Store::deleteLoginFailuresBefore(qint64 ms)
{
    return run(QStringLiteral("DELETE FROM login_failures WHERE at < ?"), {ms}).numRowsAffected();
}

} // namespace insights::server
