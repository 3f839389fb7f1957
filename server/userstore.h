#pragma once

#include "auth.h"
#include "domain.h"
#include "sqlsession.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <utility>

namespace insights::server {

struct UserRow
{
    QString username;
    QString passwordHash;
    Role role = Role::Monitor;
    QDateTime createdAt = {};
};

// Console users, their access tokens and the failed sign-ins the throttle counts (shared by
// every instance, since all of it is in the database).
class UserStore
{
public:
    explicit UserStore(SqlSession &sql)
        : m_sql(sql)
    {}

    int count();
    std::optional<UserRow> find(const QString &username);
    // Without their password hashes, by name.
    QList<UserRow> all();
    void insert(const UserRow &user);
    // The user and their tokens.
    void remove(const QString &username);
    int adminCount();
    void setRole(const QString &username, Role role);
    void setPassword(const QString &username, const QString &passwordHash);

    // Revokes the user's tokens, except the one whose hash is keepTokenHash.
    void deleteTokensOf(const QString &username, const QString &keepTokenHash = {});
    void insertToken(const QString &tokenHash, const QString &username, Role role,
                     qint64 expiresAtMs);
    // Who holds the token, with the user's current role (not the one at sign-in), and until
    // when; nullopt for an unknown token or a deleted user.
    std::optional<std::pair<Principal, qint64>> findToken(const QString &tokenHash);
    int deleteExpiredTokens(qint64 nowMs);
    void deleteToken(const QString &tokenHash);

    // Failed sign-ins (LoginThrottle): the newest `limit` times at or after sinceMs, newest
    // first; and the rows past the window go on the pruning timer.
    QList<qint64> loginFailures(const QString &subject, qint64 sinceMs, int limit);
    void addLoginFailure(const QString &subject, qint64 atMs);
    void clearLoginFailures(const QString &subject);
    int deleteLoginFailuresBefore(qint64 ms);

private:
    SqlSession &m_sql;
};

} // namespace insights::server
