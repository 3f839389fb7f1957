#include "userstore.h"

#include "domainjson.h"

namespace insights::server {

int UserStore::count()
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT COUNT(*) FROM console_users"));
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<UserRow> UserStore::find(const QString &username)
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT username, password_hash, role, "
                                                  "created_at FROM console_users WHERE "
                                                  "username_key = :key"),
                                   {{":key", username.toCaseFolded()}});
    if (!q.next())
        return std::nullopt;
    return UserRow{q.value(0).toString(), q.value(1).toString(),
                   roleFromString(q.value(2).toString()).value_or(Role::Monitor),
                   DomainJson::parseTimestamp(q.value(3).toString())};
}

QList<UserRow> UserStore::all()
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT username, role, created_at FROM "
                                                  "console_users ORDER BY username_key"));
    QList<UserRow> out;
    while (q.next())
        out << UserRow{q.value(0).toString(),
                       {},
                       roleFromString(q.value(1).toString()).value_or(Role::Monitor),
                       DomainJson::parseTimestamp(q.value(2).toString())};
    return out;
}

int UserStore::adminCount()
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT COUNT(*) FROM console_users WHERE role = :role"),
                  {{":role", toString(Role::Admin)}});
    return q.next() ? q.value(0).toInt() : 0;
}

void UserStore::setRole(const QString &username, Role role)
{
    m_sql.run(QStringLiteral("UPDATE console_users SET role = :role WHERE username_key = :key"),
              {{":role", toString(role)}, {":key", username.toCaseFolded()}});
}

void UserStore::setPassword(const QString &username, const QString &passwordHash)
{
    m_sql.run(
        QStringLiteral("UPDATE console_users SET password_hash = :hash WHERE username_key = :key"),
        {{":hash", passwordHash}, {":key", username.toCaseFolded()}});
}

void UserStore::insert(const UserRow &user)
{
    m_sql.run(QStringLiteral("INSERT INTO console_users (username, username_key, password_hash, "
                             "role, created_at) VALUES (:name, :key, :hash, :role, :at)"),
              {{":name", user.username},
               {":key", user.username.toCaseFolded()},
               {":hash", user.passwordHash},
               {":role", toString(user.role)},
               {":at", DomainJson::timestamp(user.createdAt.isValid()
                                                 ? user.createdAt
                                                 : QDateTime::currentDateTimeUtc())}});
}

void UserStore::remove(const QString &username)
{
    m_sql.run(QStringLiteral("DELETE FROM console_users WHERE username_key = :key"),
              {{":key", username.toCaseFolded()}});
    m_sql.run(QStringLiteral("DELETE FROM access_tokens WHERE username = :name"),
              {{":name", username}});
}

void UserStore::deleteTokensOf(const QString &username, const QString &keepTokenHash)
{
    m_sql.run(QStringLiteral("DELETE FROM access_tokens WHERE username = :name AND token_hash "
                             "<> :keep"),
              {{":name", username}, {":keep", keepTokenHash}});
}

void UserStore::deleteToken(const QString &tokenHash)
{
    m_sql.run(QStringLiteral("DELETE FROM access_tokens WHERE token_hash = :hash"),
              {{":hash", tokenHash}});
}

void UserStore::insertToken(const QString &tokenHash, const QString &username, Role role,
                            qint64 expiresAtMs)
{
    m_sql.run(QStringLiteral("INSERT INTO access_tokens (token_hash, username, role, expires_at) "
                             "VALUES (:hash, :name, :role, :expires)"),
              {{":hash", tokenHash},
               {":name", username},
               {":role", toString(role)},
               {":expires", expiresAtMs}});
}

std::optional<std::pair<Principal, qint64>> UserStore::findToken(const QString &tokenHash)
{
    // The role comes from the user, so a changed role applies to tokens issued before.
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT t.username, u.role, t.expires_at FROM access_tokens t "
                                 "JOIN console_users u ON u.username = t.username WHERE "
                                 "t.token_hash = :hash"),
                  {{":hash", tokenHash}});
    if (!q.next())
        return std::nullopt;
    return std::make_pair(Principal{q.value(0).toString(),
                                    roleFromString(q.value(1).toString()).value_or(Role::Monitor)},
                          q.value(2).toLongLong());
}

int UserStore::deleteExpiredTokens(qint64 nowMs)
{
    return m_sql
        .run(QStringLiteral("DELETE FROM access_tokens WHERE expires_at <= :now"),
             {{":now", nowMs}})
        .numRowsAffected();
}

QList<qint64> UserStore::loginFailures(const QString &subject, qint64 sinceMs, int limit)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT at FROM login_failures WHERE subject = :subject AND "
                                 "at >= :since ORDER BY at DESC LIMIT :limit"),
                  {{":subject", subject}, {":since", sinceMs}, {":limit", limit}});
    QList<qint64> times;
    while (q.next())
        times << q.value(0).toLongLong();
    return times;
}

void UserStore::addLoginFailure(const QString &subject, qint64 atMs)
{
    m_sql.run(QStringLiteral("INSERT INTO login_failures (subject, at) VALUES (:subject, :at)"),
              {{":subject", subject}, {":at", atMs}});
}

void UserStore::clearLoginFailures(const QString &subject)
{
    m_sql.run(QStringLiteral("DELETE FROM login_failures WHERE subject = :subject"),
              {{":subject", subject}});
}

int UserStore::deleteLoginFailuresBefore(qint64 ms)
{
    return m_sql
        .run(QStringLiteral("DELETE FROM login_failures WHERE at < :before"), {{":before", ms}})
        .numRowsAffected();
}

} // namespace insights::server
