// The routes' middleware: authentication, roles (refusals audited), and the transaction with
// its idempotency record that every changing route runs in.
#include "api.h"

#include "importrunner.h"

#include "restserver.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "fieldrules.h"
#include "lifecycle.h"
#include "resthelpers.h"
#include "servicerules.h"
#include "storagelocations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>
#include <utility>

namespace insights::server {

namespace f = field;

using namespace rest;

// --- Plumbing -------------------------------------------------------------------------------

void Api::audit(const QString &actor, const QString &action, const QString &target,
                const QString &result, const QString &detail)
{
    m_store.auditLog().append(AuditEntry{now(), actor, action, target, result, detail});
}

std::optional<Principal> Api::authenticate(const HttpRequest &request, QString *why)
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty()) {
        *why = QStringLiteral("no bearer token");
        return std::nullopt;
    }
    if (!authorization.startsWith("Bearer ") || authorization.size() > 512) {
        *why = QStringLiteral("not a bearer token");
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const QString hash = Secrets::tokenHash(token);
    // The cache spares a query per request for at most a second: a sign-out or a removal on
    // another instance applies here within that second.
    const qint64 t = nowMs();
    auto cached = m_tokenCache.constFind(hash);
    std::optional<std::pair<Principal, qint64>> found;
    const quint64 generation = tokenGeneration();
    if (cached != m_tokenCache.constEnd() && t - cached->cachedAtMs < tokenCacheMs &&
        cached->generation == generation) {
        found = std::pair(cached->who, cached->expiresAtMs);
    } else {
        found = m_store.users().findToken(hash);
        if (m_tokenCache.size() > 10000)
            m_tokenCache.clear();
        if (found)
            m_tokenCache.insert(hash, CachedToken{found->first, found->second, t, generation});
        else
            m_tokenCache.remove(hash);
    }
    if (!found) {
        *why = QStringLiteral("unknown token");
        return std::nullopt;
    }
    if (found->second <= t) {
        *why = QStringLiteral("expired token");
        return std::nullopt;
    }
    return found->first;
}

namespace {
std::atomic<quint64> generationOfTokens{0};
}

quint64 Api::tokenGeneration()
{
    return generationOfTokens.load(std::memory_order_acquire);
}

void Api::tokensChanged()
{
    generationOfTokens.fetch_add(1, std::memory_order_acq_rel);
}

bool Api::admits(const HttpRequest &request)
{
    QString why;
    try {
        return authenticate(request, &why).has_value();
    } catch (const StoreError &) {
        return false; // the main thread answers the database's absence (503)
    }
}

std::optional<HttpResponse> Api::admit(Access access, const HttpRequest &request, Principal *who)
{
    const QString action = QString::fromLatin1(request.method) + u' ' + request.path;
    QString why;
    const std::optional<Principal> found = authenticate(request, &why);
    if (!found) {
        m_denied.denied(request.remoteAddress.toString(), action, request.path, why, nowMs());
        return HttpResponse::problem(401, {}, Problems::tr("Sign in again: %1").arg(why))
            .withHeader("WWW-Authenticate", "Bearer");
    }
    const bool allowed = access == Access::Read ||
                         (access == Access::Change && Lifecycle::mayChange(found->role)) ||
                         (access == Access::Admin && Lifecycle::mayManageUsers(found->role));
    if (!allowed) {
        audit(found->username, action, request.path, QStringLiteral("denied"),
              QStringLiteral("403: role %1").arg(toString(found->role)));
        return HttpResponse::problem(
            403, {}, Problems::tr("The %1 role may not do this").arg(toString(found->role)));
    }
    *who = *found;
    return std::nullopt;
}

Router::Handler Api::guarded(Access access, Handler handler)
{
    return [this, access, handler](const HttpRequest &request) -> HttpResponse {
        Principal who;
        if (auto refused = admit(access, request, &who))
            return *refused;
        if (access == Access::Read)
            return handler(request, who);
        return transactional(request, who, handler);
    };
}

Router::AsyncHandler Api::guardedAsync(Access access, AsyncHandler handler)
{
    return [this, access, handler](const HttpRequest &request, Router::Reply reply) {
        Principal who;
        if (auto refused = admit(access, request, &who)) {
            reply(*refused);
            return;
        }
        handler(request, who, std::move(reply));
    };
}

HttpResponse Api::transactional(const HttpRequest &request, const Principal &who,
                                const Handler &handler)
{
    const QByteArray key = request.header("Idempotency-Key");
    // A key sent empty is refused below, not taken for no key.
    const bool idempotent = request.method == "POST" && request.hasHeader("Idempotency-Key");
    if (idempotent && (key.isEmpty() || key.size() > 255))
        return HttpResponse::problem(400, problemMalformed,
                                     Problems::tr("Idempotency-Key must have 1 to 255 "
                                                  "characters"));
    const QString endpoint = QString::fromLatin1(request.method) + u' ' + request.path;
    const QString keyText = QString::fromLatin1(key);
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());

    Store::Transaction tx(m_store);
    if (idempotent) {
        if (const auto stored = m_store.idempotency().find(who.username, endpoint, keyText)) {
            if (stored->requestHash != requestHash)
                return HttpResponse::problem(
                    422, problemInvalid,
                    Problems::tr("This Idempotency-Key was used with another body"),
                    {fieldError(QStringLiteral("Idempotency-Key"), QStringLiteral("key-reused"),
                                Problems::tr("already used with a different body"))});
            HttpResponse replay;
            replay.status = stored->status;
            // A stored answer may hold a link made absolute on another port or public URL.
            replay.body = m_store.links().rewrite(stored->body);
            for (auto it = stored->headers.begin(); it != stored->headers.end(); ++it) {
                if (it.key() == QLatin1String("Content-Type"))
                    replay.contentType = it.value().toString().toLatin1();
                else
                    replay.withHeader(it.key().toLatin1(), it.value().toString().toLatin1());
            }
            return replay.withHeader("Idempotent-Replayed", "true");
        }
    }
    HttpResponse response = handler(request, who);
    if (response.status >= 400)
        return response; // rolled back: a refused request changes nothing
    if (idempotent) {
        QJsonObject headers{
            {QStringLiteral("Content-Type"), QString::fromLatin1(response.contentType)}};
        for (const auto &[k, v] : response.headers)
            headers.insert(QString::fromLatin1(k), QString::fromLatin1(v));
        m_store.idempotency().store(who.username, endpoint, keyText,
                                    {requestHash, response.status, headers, response.body},
                                    nowMs());
    }
    tx.commit();
    if (std::exchange(m_tokensChangedInTransaction, false))
        tokensChanged();
    m_runner.kick();
    if (m_imports)
        m_imports->kick();
    return response;
}

} // namespace insights::server
