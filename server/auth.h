#pragma once

#include "domain.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace insights::server {

// Secrets: Argon2id password hashes (libsodium), 256-bit bearer tokens of which only the
// SHA-256 is stored, 128-bit+ quick-start tokens, and the throttle for failed logins.
class Secrets
{
public:
    static bool initialise();
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &password, const QString &hash);
    // 32 random bytes, base64url without padding (43 characters).
    static QString newToken();
    static QString tokenHash(QStringView token);
    // "prefix-" and 16 random hex digits.
    static QString newId(QStringView prefix);
};

class Store;

// Counts failed logins per user name and per address; five for a user (twenty for an
// address, which many users may share) within fifteen minutes lock the subject until the
// oldest of them ages out. The counts live in the database, so every instance behind a load
// balancer sees the same ones.
class LoginThrottle
{
public:
    static constexpr int maxUserFailures = 5;
    static constexpr int maxAddressFailures = 20;
    static constexpr qint64 windowMs = 15 * 60 * 1000;
    // Sign-ins still being hashed: a user's count as failures may (5), an address's are
    // capped higher, so a team behind one NAT can sign in at nine together.
    static constexpr int maxAddressInFlight = 64;

    explicit LoginThrottle(Store &store)
        : m_store(store)
    {}

    // Seconds the caller must wait, or 0 when it may try.
    int retryAfterSeconds(const QString &username, const QString &address, qint64 nowMs);
    void recordFailure(const QString &username, const QString &address, qint64 nowMs);
    void recordSuccess(const QString &username);

private:
    int waitFor(const QString &key, int maxFailures, qint64 nowMs);
    Store &m_store;
};

struct Principal
{
    QString username;
    Role role = Role::Monitor;
};

} // namespace insights::server
