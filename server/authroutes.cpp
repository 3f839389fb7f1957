// Signing in (POST /api/v1/auth/token) and the start-up admins.
#include "api.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "fieldrules.h"
#include "language.h"
#include "lifecycle.h"
#include "resthelpers.h"
#include "servicerules.h"
#include "storagelocations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace insights::server {

namespace f = field;

using namespace rest;

QString Api::bootstrapAdmin(const QByteArray &spec)
{
    if (spec.isEmpty() || m_store.users().count() > 0)
        return {};
    return ensureAdmin(spec, QStringLiteral("INSIGHTS_BOOTSTRAP_ADMIN"),
                       QStringLiteral("first admin from the environment"));
}

QString Api::localAdmin(const QByteArray &spec)
{
    if (spec.isEmpty())
        return {};
    return ensureAdmin(spec, QStringLiteral("INSIGHTS_LOCAL_ADMIN"),
                       QStringLiteral("the embedded console's local admin"));
}

QString Api::ensureAdmin(const QByteArray &spec, const QString &variable, const QString &why)
{
    const qsizetype colon = spec.indexOf(':');
    const QString username = QString::fromUtf8(spec.left(colon));
    const QString password = QString::fromUtf8(spec.mid(colon + 1));
    if (colon <= 0 || !FieldRules::username(username).isAcceptable())
        return QStringLiteral("%1 must be username:password with a valid user name").arg(variable);
    if (const Verdict v = FieldRules::password(password); !v.isAcceptable())
        return QStringLiteral("%1 password: %2").arg(variable, v.message);
    Store::Transaction tx(m_store);
    if (const auto existing = m_store.users().find(username)) {
        // The same user with a new password (the embedded console's, on every start): its
        // creation date and the audit trail stay as they were; old sessions end.
        m_store.users().setPassword(username, Secrets::hashPassword(password));
        m_store.users().setRole(username, Role::Admin);
        m_store.users().deleteTokensOf(username,
                                       QStringLiteral("-")); // no hash is "-": all of them
    } else {
        m_store.users().insert({username, Secrets::hashPassword(password), Role::Admin});
        audit(QStringLiteral("system"), QStringLiteral("user.bootstrap"), username,
              QStringLiteral("success"), why);
    }
    tx.commit();
    return {};
}

// --- Authentication -------------------------------------------------------------------------

void Api::login(const HttpRequest &r, Router::Reply reply)
{
    HttpResponse error;
    const auto values =
        readForm(r, {{f::username, true, nullptr}, {f::password, true, nullptr}}, &error);
    if (!values) {
        reply(error);
        return;
    }
    const QString username = values->value(f::username);
    const QString address = r.remoteAddress.toString();
    const qint64 t = nowMs();
    // Attempts still being hashed count against the limits too, so a burst cannot slip past
    // the throttle before its failures are recorded.
    const int wait = m_throttle.retryAfterSeconds(username, address, t);
    const bool burst = m_loginsInFlight.value(username) >= LoginThrottle::maxUserFailures ||
                       m_loginsInFlight.value(address) >= LoginThrottle::maxAddressInFlight;
    if (wait > 0 || burst) {
        audit(username, QStringLiteral("login"), username, QStringLiteral("throttled"),
              QStringLiteral("429 from %1").arg(address));
        reply(HttpResponse::problem(429, {},
                                    burst ? Problems::tr("Too many sign-ins at once; try again "
                                                         "in a moment")
                                          : Problems::tr("Too many failed sign-ins; try again "
                                                         "in %1 s")
                                                .arg(wait))
                  .withHeader("Retry-After", QByteArray::number(qMax(wait, 1))));
        return;
    }
    const std::optional<UserRow> user = m_store.users().find(username);
    ++m_loginsInFlight[username];
    ++m_loginsInFlight[address];
    // Argon2id takes tens of milliseconds and 64 MiB: on a worker, never on the event loop,
    // which goes on serving everyone else. The answer is written back on the event loop.
    const QString password = values->value(f::password);
    const QString hash = user ? user->passwordHash : QString();
    // The answer is written later, outside the request's ScopedLanguage: it takes the language.
    const QString language = Language::current();
    m_hashers.start([this, password, hash, user, username, address, reply, language] {
        // Unknown users are checked against a dummy hash, so timing does not reveal who exists.
        static const QString dummy = Secrets::hashPassword(QStringLiteral("dummy-password-x"));
        const bool ok =
            Secrets::verifyPassword(password, hash.isEmpty() ? dummy : hash) && user.has_value();
        QMetaObject::invokeMethod(
            this,
            [this, ok, user, username, address, reply, language] {
                const ScopedLanguage speaking(language);
                for (const QString &key : {username, address}) {
                    if (--m_loginsInFlight[key] <= 0)
                        m_loginsInFlight.remove(key);
                }
                reply(answeringStoreFailures([&](const HttpRequest &) {
                    return finishLogin(ok, user, username, address);
                })({}));
            },
            Qt::QueuedConnection);
    });
}

HttpResponse Api::finishLogin(bool ok, const std::optional<UserRow> &user, const QString &username,
                              const QString &address)
{
    const qint64 t = nowMs();
    if (!ok) {
        m_throttle.recordFailure(username, address, t);
        audit(username, QStringLiteral("login"), username, QStringLiteral("failure"),
              QStringLiteral("wrong user name or password, from %1").arg(address));
        return HttpResponse::problem(401, {}, Problems::tr("Wrong user name or password"));
    }
    m_throttle.recordSuccess(username);
    const QString token = Secrets::newToken();
    {
        Store::Transaction tx(m_store);
        m_store.users().deleteExpiredTokens(t);
        m_store.users().insertToken(Secrets::tokenHash(token), user->username, user->role,
                                    t + m_config.tokenLifetimeMs);
        audit(user->username, QStringLiteral("login"), user->username, QStringLiteral("success"),
              QStringLiteral("from %1").arg(address));
        tx.commit();
    }
    return HttpResponse::json(
        200, QJsonObject{{QStringLiteral("accessToken"), token},
                         {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                         {QStringLiteral("expiresIn"), double(m_config.tokenLifetimeMs / 1000)},
                         {f::role, toString(user->role)},
                         {f::username, user->username}});
}

} // namespace insights::server
