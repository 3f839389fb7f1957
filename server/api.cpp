#include "api.h"

#include "notifications.h"

#include "restserver.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "fieldrules.h"
#include "lifecycle.h"
#include "quickstartpage.h"
#include "resthelpers.h"
#include "servicerules.h"
#include "storagelocations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcApi, "insights.api")

namespace insights::server {

namespace f = field;

using namespace rest;

namespace {

// A value in an audit entry: short, readable, never a whole note.
QString auditValue(const QJsonValue &v)
{
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << auditValue(item);
        text = items.join(QStringLiteral("; "));
    } else if (v.isBool())
        text = v.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    else if (v.isDouble())
        text = QString::number(v.toInteger());
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("…");
    return text.isEmpty() ? QStringLiteral("(empty)") : text;
}

} // namespace

namespace {

QJsonObject customerJson(const CustomerRow &row)
{
    return DomainJson::toJson(row.customer);
}

// Which of name, domain and short name another live service uses, as 409 field errors.
QList<FieldError> uniquenessConflicts(Store &store, const TenantSettings &t,
                                      const QString &ignoreServiceId)
{
    QList<FieldError> errors;
    const struct
    {
        QString column;
        QString member;
        QString value;
    } keys[] = {{QStringLiteral("name_key"), f::name, t.name},
                {QStringLiteral("domain_key"), f::domain, t.domain},
                {QStringLiteral("short_name_key"), f::shortName, t.shortName}};
    for (const auto &k : keys) {
        const QString owner = store.serviceUsing(k.column, k.value);
        if (!owner.isEmpty() && owner != ignoreServiceId)
            errors << fieldError(
                f::path(f::tenant, k.member), QStringLiteral("in-use"),
                QStringLiteral("'%1' is already used by another service").arg(k.value));
    }
    return errors;
}

} // namespace

Api::Api(Store &store, OperationRunner &runner, ApiConfig config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_config(config)
    , m_throttle(store)
{}

Router::Handler Api::answeringStoreFailures(Router::Handler handler)
{
    return [handler = std::move(handler)](const HttpRequest &request) -> HttpResponse {
        try {
            return handler(request);
        } catch (const StaleWrite &e) {
            qCInfo(lcHttp) << "stale write:" << e.what();
            return HttpResponse::problem(412, {},
                                         QStringLiteral("It changed meanwhile: read it again, "
                                                        "then retry"));
        } catch (const UniqueViolation &e) {
            qCInfo(lcHttp) << "unique race lost:" << e.what();
            static const QHash<QString, QString> fields = {
                {QStringLiteral("name_key"), f::path(f::tenant, f::name)},
                {QStringLiteral("domain_key"), f::path(f::tenant, f::domain)},
                {QStringLiteral("short_name_key"), f::path(f::tenant, f::shortName)},
                {QStringLiteral("username_key"), f::username},
                {QStringLiteral("email_key"), f::email},
                {QStringLiteral("active_customer_id"), f::customerId},
            };
            const QString field = fields.value(e.column());
            if (field.isEmpty())
                return HttpResponse::problem(409, {}, QStringLiteral("It exists already"));
            return HttpResponse::problem(
                409, {}, QStringLiteral("Names must be unique"),
                {fieldError(field, QStringLiteral("in-use"),
                            QStringLiteral("is already used (taken a moment ago)"))});
        } catch (const DatabaseUnavailable &e) {
            qCWarning(lcHttp) << "database unavailable:" << e.what();
            return HttpResponse::problem(503, {},
                                         QStringLiteral("The database is unavailable; try "
                                                        "again in a moment"))
                .withHeader("Retry-After", "5");
        }
    };
}

void Api::registerRoutes(Router &router)
{
    using A = Access;
    auto bind = [this](HttpResponse (Api::*fn)(const HttpRequest &, const Principal &)) {
        return [this, fn](const HttpRequest &r, const Principal &p) { return (this->*fn)(r, p); };
    };
    // Every route answers a lost race or an absent database as such, not as a 500.
    auto add = [&router](const QByteArray &method, const QString &pattern, Router::Handler handler,
                         QSet<QString> secretParams = {}) {
        router.add(method, pattern, answeringStoreFailures(std::move(handler)),
                   std::move(secretParams));
    };
    add("GET", QStringLiteral("/healthz"), [this](const HttpRequest &) {
        // A load balancer's check: this instance answers, and its database does too.
        const QString problem = m_store.databaseProblem();
        QJsonObject health{
            {QStringLiteral("status"),
             problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("unavailable")},
            {QStringLiteral("database"),
             problem.isEmpty() ? QStringLiteral("ok") : QStringLiteral("unreachable")},
            {QStringLiteral("engine"), m_store.engineName()},
            {QStringLiteral("instance"), m_runner.instanceId()}};
        if (!problem.isEmpty())
            qCWarning(lcHttp).noquote() << "health check: the database is unreachable:" << problem;
        return HttpResponse::json(problem.isEmpty() ? 200 : 503, health);
    });
    add("POST", QStringLiteral("/api/v1/auth/token"),
        [this](const HttpRequest &r) { return login(r); });
    add("DELETE", QStringLiteral("/api/v1/auth/token"),
        guarded(A::Read,
                [this](const HttpRequest &r, const Principal &who) { return logout(r, who); }));
    add("GET", QStringLiteral("/api/v1/users"), guarded(A::Admin, bind(&Api::listUsers)));
    add("POST", QStringLiteral("/api/v1/users"), guarded(A::Admin, bind(&Api::createUser)));
    add("PATCH", QStringLiteral("/api/v1/users/{username}"),
        guarded(A::Admin, bind(&Api::patchUser)));
    add("DELETE", QStringLiteral("/api/v1/users/{username}"),
        guarded(A::Admin, bind(&Api::deleteUser)));
    add("GET", QStringLiteral("/api/v1/storage-locations"),
        guarded(A::Read, bind(&Api::storageLocations)));
    add("GET", QStringLiteral("/api/v1/availability"), guarded(A::Read, bind(&Api::availability)));
    add("GET", QStringLiteral("/api/v1/customers"), guarded(A::Read, bind(&Api::listCustomers)));
    add("POST", QStringLiteral("/api/v1/customers"),
        guarded(A::Change, bind(&Api::createCustomer)));
    add("GET", QStringLiteral("/api/v1/customers/{id}"), guarded(A::Read, bind(&Api::getCustomer)));
    add("PATCH", QStringLiteral("/api/v1/customers/{id}"),
        guarded(A::Change, bind(&Api::patchCustomer)));
    add("DELETE", QStringLiteral("/api/v1/customers/{id}"),
        guarded(A::Change, bind(&Api::deleteCustomer)));
    add("POST", QStringLiteral("/api/v1/customers/{id}/services"),
        guarded(A::Change, bind(&Api::createService)));
    add("GET", QStringLiteral("/api/v1/customers/{id}/operators"),
        guarded(A::Read, bind(&Api::listOperators)));
    add("POST", QStringLiteral("/api/v1/customers/{id}/operators"),
        guarded(A::Change, bind(&Api::createOperator)));
    add("PATCH", QStringLiteral("/api/v1/customers/{id}/operators/{operatorId}"),
        guarded(A::Change, bind(&Api::patchOperator)));
    add("DELETE", QStringLiteral("/api/v1/customers/{id}/operators/{operatorId}"),
        guarded(A::Change, bind(&Api::deleteOperator)));
    add("GET", QStringLiteral("/api/v1/services"), guarded(A::Read, bind(&Api::listServices)));
    add("GET", QStringLiteral("/api/v1/services/{id}"), guarded(A::Read, bind(&Api::getService)));
    add("PATCH", QStringLiteral("/api/v1/services/{id}"),
        guarded(A::Change, bind(&Api::patchService)));
    add("DELETE", QStringLiteral("/api/v1/services/{id}"),
        guarded(A::Change, bind(&Api::deleteService)));
    add("POST", QStringLiteral("/api/v1/services/{id}/deploy"),
        guarded(A::Change, bind(&Api::redeployService)));
    add("GET", QStringLiteral("/api/v1/operations/{id}"),
        guarded(A::Read, bind(&Api::getOperation)));
    add("POST", QStringLiteral("/api/v1/services/{id}/notifications/quick-start"),
        guarded(A::Change, bind(&Api::resendQuickStart)));
    add("GET", QStringLiteral("/api/v1/outbox"), guarded(A::Read, bind(&Api::listOutbox)));
    router.addAsync("POST", QStringLiteral("/api/v1/services/{id}/byos-locations"),
                    guardedAsync(A::Change, [this](const HttpRequest &r, const Principal &who,
                                                   Router::Reply reply) {
                        addByosLocation(r, who, std::move(reply));
                    }));
    add("GET", QStringLiteral("/api/v1/services/{id}/byos-locations"),
        guarded(A::Read, bind(&Api::listByosLocations)));
    add("DELETE", QStringLiteral("/api/v1/services/{id}/byos-locations/{locationId}"),
        guarded(A::Change, bind(&Api::deleteByosLocation)));
    add("GET", QStringLiteral("/api/v1/server-settings"),
        guarded(A::Read, bind(&Api::serverSettings)));
    add("GET", QStringLiteral("/api/v1/changes"), guarded(A::Read, bind(&Api::changes)));
    add("GET", QStringLiteral("/api/v1/audit"), guarded(A::Read, bind(&Api::auditTrail)));
    add("GET", QStringLiteral("/quickstart/{token}"),
        [this](const HttpRequest &r) { return quickStartPage(r); }, {QStringLiteral("token")});
    add("POST", QStringLiteral("/quickstart/{token}/consents/{consentId}"),
        [this](const HttpRequest &r) { return grantConsent(r); }, {QStringLiteral("token")});
}

// --- Plumbing -------------------------------------------------------------------------------

void Api::audit(const QString &actor, const QString &action, const QString &target,
                const QString &result, const QString &detail)
{
    m_store.appendAudit(AuditEntry{now(), actor, action, target, result, detail});
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
    if (cached != m_tokenCache.constEnd() && t - cached->cachedAtMs < tokenCacheMs) {
        found = std::pair(cached->who, cached->expiresAtMs);
    } else {
        found = m_store.findToken(hash);
        if (m_tokenCache.size() > 10000)
            m_tokenCache.clear();
        if (found)
            m_tokenCache.insert(hash, CachedToken{found->first, found->second, t});
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

std::optional<HttpResponse> Api::admit(Access access, const HttpRequest &request, Principal *who)
{
    const QString action = QString::fromLatin1(request.method) + u' ' + request.path;
    QString why;
    const std::optional<Principal> found = authenticate(request, &why);
    if (!found) {
        audit(QStringLiteral("anonymous"), action, request.path, QStringLiteral("denied"),
              QStringLiteral("401: ") + why);
        return HttpResponse::problem(401, {}, QStringLiteral("Sign in again: %1").arg(why))
            .withHeader("WWW-Authenticate", "Bearer");
    }
    const bool allowed = access == Access::Read ||
                         (access == Access::Change && Lifecycle::mayChange(found->role)) ||
                         (access == Access::Admin && Lifecycle::mayManageUsers(found->role));
    if (!allowed) {
        audit(found->username, action, request.path, QStringLiteral("denied"),
              QStringLiteral("403: role %1").arg(toString(found->role)));
        return HttpResponse::problem(
            403, {}, QStringLiteral("The %1 role may not do this").arg(toString(found->role)));
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
        std::optional<HttpResponse> refused;
        // The same answers to a lost race or an absent database as every other route.
        const HttpResponse checked = answeringStoreFailures([&](const HttpRequest &r) {
            refused = admit(access, r, &who);
            return refused.value_or(HttpResponse());
        })(request);
        if (refused || checked.status >= 400) {
            reply(refused.value_or(checked));
            return;
        }
        handler(request, who, std::move(reply));
    };
}

HttpResponse Api::transactional(const HttpRequest &request, const Principal &who,
                                const Handler &handler)
{
    const QByteArray key = request.header("Idempotency-Key");
    const bool idempotent = request.method == "POST" && request.headers.size() > 0 &&
                            !key.isNull() && request.header("Idempotency-Key").size() >= 0 && [&] {
                                for (const auto &[k, v] : request.headers) {
                                    if (k.compare("Idempotency-Key", Qt::CaseInsensitive) == 0)
                                        return true;
                                }
                                return false;
                            }();
    if (idempotent && (key.isEmpty() || key.size() > 255))
        return HttpResponse::problem(400, problemMalformed,
                                     QStringLiteral("Idempotency-Key must have 1 to 255 "
                                                    "characters"));
    const QString endpoint = QString::fromLatin1(request.method) + u' ' + request.path;
    const QString keyText = QString::fromLatin1(key);
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());

    Store::Transaction tx(m_store);
    if (idempotent) {
        if (const auto stored = m_store.findIdempotent(who.username, endpoint, keyText)) {
            if (stored->requestHash != requestHash)
                return HttpResponse::problem(
                    422, problemInvalid,
                    QStringLiteral("This Idempotency-Key was used with another body"),
                    {fieldError(QStringLiteral("Idempotency-Key"), QStringLiteral("key-reused"),
                                QStringLiteral("already used with a different body"))});
            HttpResponse replay;
            replay.status = stored->status;
            // A stored answer may hold a link made absolute on another port or public URL.
            replay.body = m_store.withPublicLinks(stored->body);
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
        m_store.storeIdempotent(who.username, endpoint, keyText,
                                {requestHash, response.status, headers, response.body}, nowMs());
    }
    tx.commit();
    m_runner.kick();
    return response;
}

QString Api::bootstrapAdmin(const QByteArray &spec)
{
    if (spec.isEmpty() || m_store.userCount() > 0)
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
    if (const auto existing = m_store.findUser(username)) {
        // The same user with a new password (the embedded console's, on every start): its
        // creation date and the audit trail stay as they were; old sessions end.
        m_store.setUserPassword(username, Secrets::hashPassword(password));
        m_store.setUserRole(username, Role::Admin);
        m_store.deleteTokensOf(username, QStringLiteral("-")); // no hash is "-": all of them
    } else {
        m_store.insertUser({username, Secrets::hashPassword(password), Role::Admin});
        audit(QStringLiteral("system"), QStringLiteral("user.bootstrap"), username,
              QStringLiteral("success"), why);
    }
    tx.commit();
    return {};
}

// --- Authentication -------------------------------------------------------------------------

HttpResponse Api::login(const HttpRequest &r)
{
    HttpResponse error;
    const auto values =
        readForm(r, {{f::username, true, nullptr}, {f::password, true, nullptr}}, &error);
    if (!values)
        return error;
    const QString username = values->value(f::username);
    const QString address = r.remoteAddress.toString();
    const qint64 t = nowMs();
    if (const int wait = m_throttle.retryAfterSeconds(username, address, t); wait > 0) {
        audit(username, QStringLiteral("login"), username, QStringLiteral("throttled"),
              QStringLiteral("429 from %1").arg(address));
        return HttpResponse::problem(
                   429, {}, QStringLiteral("Too many failed sign-ins; try again in %1 s").arg(wait))
            .withHeader("Retry-After", QByteArray::number(wait));
    }
    const auto user = m_store.findUser(username);
    // Verify against a dummy hash for unknown users, so timing does not reveal who exists.
    static const QString dummy = Secrets::hashPassword(QStringLiteral("dummy-password-x"));
    const bool ok =
        Secrets::verifyPassword(values->value(f::password), user ? user->passwordHash : dummy) &&
        user.has_value();
    if (!ok) {
        m_throttle.recordFailure(username, address, t);
        audit(username, QStringLiteral("login"), username, QStringLiteral("failure"),
              QStringLiteral("wrong user name or password, from %1").arg(address));
        return HttpResponse::problem(401, {}, QStringLiteral("Wrong user name or password"));
    }
    m_throttle.recordSuccess(username);
    const QString token = Secrets::newToken();
    {
        Store::Transaction tx(m_store);
        m_store.deleteExpiredTokens(t);
        m_store.insertToken(Secrets::tokenHash(token), user->username, user->role,
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

// --- Reference data -------------------------------------------------------------------------

HttpResponse Api::storageLocations(const HttpRequest &, const Principal &)
{
    QJsonArray items;
    for (const StorageLocation &l : StorageLocations::builtIn().all())
        items.append(QJsonObject{
            {f::id, l.id},
            {f::geography, l.geography},
            {f::region, l.region},
            {f::pairedRegion, l.hasPair() ? QJsonValue(l.pairedRegion) : QJsonValue::Null}});
    return HttpResponse::json(200, QJsonDocument(items));
}

HttpResponse Api::availability(const HttpRequest &r, const Principal &)
{
    QJsonObject out;
    const struct
    {
        QString member;
        QString column;
    } keys[] = {{f::name, QStringLiteral("name_key")},
                {f::domain, QStringLiteral("domain_key")},
                {f::shortName, QStringLiteral("short_name_key")}};
    for (const auto &k : keys) {
        if (!r.query.hasQueryItem(k.member))
            continue;
        const QString value = r.query.queryItemValue(k.member, QUrl::FullyDecoded);
        const bool taken = !value.isEmpty() && !m_store.serviceUsing(k.column, value).isEmpty();
        QJsonObject answer{{QStringLiteral("available"), !taken && !value.isEmpty()}};
        if (taken)
            answer.insert(QStringLiteral("reason"),
                          QStringLiteral("Already used by another service"));
        else if (value.isEmpty())
            answer.insert(QStringLiteral("reason"), QStringLiteral("Empty"));
        out.insert(k.member, answer);
    }
    if (out.isEmpty())
        return HttpResponse::problem(400, problemMalformed,
                                     QStringLiteral("Give name, domain or shortName"));
    return HttpResponse::json(200, out);
}

// --- Customers ------------------------------------------------------------------------------

HttpResponse Api::listCustomers(const HttpRequest &r, const Principal &)
{
    int limit;
    qint64 after;
    HttpResponse error;
    if (!readPaging(r, &limit, &after, &error))
        return error;
    const QString status = r.query.queryItemValue(f::status);
    if (!status.isEmpty()) {
        const auto s = healthStatusFromString(status);
        if (!s || *s == HealthStatus::None)
            return HttpResponse::problem(400, problemMalformed,
                                         QStringLiteral("status must be OK, Warning, Error or "
                                                        "NotOnboarded"));
    }
    const Page<QByteArray> page = m_store.customerBodies(
        r.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded), status, after, limit);
    // Stored JSON joined as it is: no parse, no re-serialisation on the hottest route.
    QByteArray body = "{\"items\":[" + page.items.join(',') + "],\"nextCursor\":";
    body += page.nextAfter > 0 ? '"' + encodeCursor(page.nextAfter).toLatin1() + '"'
                               : QByteArray("null");
    body += '}';
    HttpResponse response;
    response.body = std::move(body);
    return response;
}

HttpResponse Api::createCustomer(const HttpRequest &r, const Principal &who)
{
    HttpResponse error;
    const auto form = readForm(r,
                               {{f::displayName, true, &FieldRules::customerDisplayName},
                                {f::description, false, &FieldRules::customerDescription}},
                               &error);
    if (!form)
        return error;
    const QHash<QString, QString> &v = *form;
    Customer c;
    c.id = Secrets::newId(u"cus");
    c.displayName = v.value(f::displayName);
    c.description = v.value(f::description);
    c.status = HealthStatus::NotOnboarded;
    c.createdAt = c.updatedAt = now();
    c.createdBy = who.username;
    m_store.insertCustomer(c);
    audit(who.username, QStringLiteral("customer.create"), c.id, QStringLiteral("success"),
          c.displayName);
    return withEtag(HttpResponse::json(201, DomainJson::toJson(c)), 1)
        .withHeader("Location", "/api/v1/customers/" + c.id.toUtf8());
}

HttpResponse Api::getCustomer(const HttpRequest &r, const Principal &)
{
    const auto row = m_store.findCustomer(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("customer"));
    return withEtag(HttpResponse::json(200, customerJson(*row)), row->version);
}

HttpResponse Api::patchCustomer(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.findCustomer(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("customer"));
    if (auto refused = checkIfMatch(r, row->version))
        return *refused;
    HttpResponse error;
    const auto form = readForm(
        r,
        {{f::displayName, false, &FieldRules::customerDisplayName},
         {f::description, false, &FieldRules::customerDescription}},
        &error, {f::id, f::status, f::serviceIds, f::createdAt, f::createdBy, f::updatedAt});
    if (!form)
        return error;
    const QHash<QString, QString> &v = *form;
    Customer &c = row->customer;
    c.displayName = v.value(f::displayName, c.displayName);
    c.description = v.value(f::description, c.description);
    c.updatedAt = now();
    row->version = m_store.updateCustomer(*row);
    audit(who.username, QStringLiteral("customer.update"), c.id, QStringLiteral("success"),
          QStringList(v.keys()).join(QStringLiteral(", ")));
    return withEtag(HttpResponse::json(200, customerJson(*row)), row->version);
}

HttpResponse Api::deleteCustomer(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.findCustomer(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("customer"));
    if (auto refused = checkIfMatch(r, row->version))
        return *refused;
    for (const ServiceRow &s : m_store.servicesOfCustomer(row->customer.id)) {
        if (s.service.deploymentStatus != DeploymentStatus::Deleted)
            return HttpResponse::problem(409, {},
                                         QStringLiteral("Offboard the customer's service first"));
    }
    row->deleted = true;
    row->customer.updatedAt = now();
    m_store.updateCustomer(*row);
    m_store.deleteOperatorsOf(row->customer.id);
    audit(who.username, QStringLiteral("customer.delete"), row->customer.id,
          QStringLiteral("success"), row->customer.displayName);
    return HttpResponse::empty(204);
}

// --- Services -------------------------------------------------------------------------------

HttpResponse Api::createService(const HttpRequest &r, const Principal &who)
{
    const auto customer = m_store.findCustomer(r.param(f::id));
    if (!customer)
        return notFound(QStringLiteral("customer"));
    HttpResponse error;
    const auto body = readObject(r, &error);
    if (!body)
        return error;
    JsonProblems p;
    const ServiceDraft draft = DomainJson::serviceDraftFromJson(*body, &p);
    if (!p.shapeErrors.isEmpty())
        return fromProblems(p);
    const ValidationReport report = ServiceRules::validate(draft.settings);
    QList<FieldError> valueErrors = p.valueErrors;
    for (const FieldError &e : report.errors) {
        bool already = false;
        for (const FieldError &v : valueErrors)
            already = already || v.field == e.field;
        if (!already)
            valueErrors << e;
    }
    if (!valueErrors.isEmpty())
        return HttpResponse::problem(422, problemInvalid,
                                     QStringLiteral("See errors for each field"), valueErrors);
    if (const QList<FieldError> conflicts = uniquenessConflicts(m_store, draft.settings.tenant, {});
        !conflicts.isEmpty())
        return HttpResponse::problem(409, {}, QStringLiteral("Names must be unique"), conflicts);
    if (!m_store.activeServiceOf(customer->customer.id).isEmpty())
        return HttpResponse::problem(409, {},
                                     QStringLiteral("This customer already has an Interaction "
                                                    "Recording service"));
    const QDateTime t = now();
    ServiceRow row;
    Service &s = row.service;
    s.id = Secrets::newId(u"svc");
    s.customerId = customer->customer.id;
    s.type = draft.type;
    s.settings = draft.settings;
    s.deploymentStatus = DeploymentStatus::Deploying;
    s.lockedFields = ServiceRules::lockedFieldPaths();
    for (const QString &id : Lifecycle::requiredConsents(s.settings.tenant.userType))
        s.consents << ConsentState{id, Lifecycle::consent(id)->name, true, false, {}};
    s.createdAt = s.updatedAt = t;
    s.createdBy = who.username;
    row.version = 1;
    m_store.insertService(row);
    m_store.refreshCustomer(s.customerId, t);
    audit(who.username, QStringLiteral("service.create"), s.id, QStringLiteral("success"),
          QStringLiteral("%1 for %2, %3 in %4")
              .arg(s.settings.tenant.name, customer->customer.displayName,
                   Lifecycle::licenseType(s.settings.tenant.userType),
                   StorageLocations::builtIn().regionName(s.settings.tenant.storageLocation)));
    return startOperation(OperationKind::Deploy, row, t)
        .withHeader("Location", "/api/v1/services/" + s.id.toUtf8());
}

HttpResponse Api::listServices(const HttpRequest &r, const Principal &)
{
    int limit;
    qint64 after;
    HttpResponse error;
    if (!readPaging(r, &limit, &after, &error))
        return error;
    const QString status = r.query.queryItemValue(f::status);
    if (!status.isEmpty() && !healthStatusFromString(status) && !deploymentStatusFromString(status))
        return HttpResponse::problem(400, problemMalformed,
                                     QStringLiteral("status must be a status or a deployment "
                                                    "status"));
    const Page<ServiceRow> page = m_store.services(
        r.query.queryItemValue(f::customerId, QUrl::FullyDecoded), status, after, limit);
    QJsonArray items;
    for (const ServiceRow &s : page.items)
        items.append(m_store.serviceJson(s));
    return listResponse(items, page.nextAfter);
}

HttpResponse Api::getService(const HttpRequest &r, const Principal &)
{
    const auto row = m_store.findService(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    return withEtag(HttpResponse::json(200, m_store.serviceJson(*row)), row->version);
}

HttpResponse Api::patchService(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.findService(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    if (auto refused = checkIfMatch(r, row->version))
        return *refused;
    HttpResponse error;
    const auto body = readObject(r, &error);
    if (!body)
        return error;
    Service &s = row->service;
    JsonProblems p;
    QJsonObject tenant = DomainJson::toJson(s.settings.tenant);
    QJsonObject compliance = DomainJson::toJson(s.settings.compliance);
    bool userTypeGiven = false, advancedGiven = false;
    static const QStringList readOnly = {
        f::id,      f::customerId, f::type,         f::licenseType, f::deploymentStatus,
        f::status,  f::alarms,     f::lockedFields, f::consents,    f::quickStartUrl,
        f::storage, f::createdAt,  f::createdBy,    f::updatedAt};
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() == f::tenant || it.key() == f::compliance) {
            if (!it.value().isObject()) {
                p.shapeErrors << fieldError(it.key(), QStringLiteral("wrong-type"),
                                            QStringLiteral("must be an object"));
                continue;
            }
            QJsonObject &target = it.key() == f::tenant ? tenant : compliance;
            const QJsonObject patch = it.value().toObject();
            for (auto m = patch.begin(); m != patch.end(); ++m)
                target.insert(m.key(), m.value());
            userTypeGiven = userTypeGiven || (it.key() == f::tenant && patch.contains(f::userType));
            advancedGiven =
                advancedGiven || (it.key() == f::compliance && patch.contains(f::advancedStorage));
        } else if (!readOnly.contains(it.key())) {
            p.shapeErrors << fieldError(it.key(), QStringLiteral("unknown-member"),
                                        QStringLiteral("is not a member of this object"));
        }
    }
    ServiceSettings after;
    after.tenant = DomainJson::tenantFromJson(tenant, &p, f::tenant);
    if (userTypeGiven && !advancedGiven)
        compliance.insert(f::advancedStorage, after.tenant.userType == UserType::Pro);
    after.compliance = DomainJson::complianceFromJson(compliance, &p, f::compliance);
    if (!p.isEmpty())
        return fromProblems(p);

    QList<FieldError> errors;
    for (const QString &path : ServiceRules::changedLockedFields(s.settings.tenant, after.tenant))
        errors << fieldError(path, QStringLiteral("locked"),
                             QStringLiteral("cannot be modified after deployment"));
    for (const FieldError &e : ServiceRules::validate(after).errors) {
        bool already = false;
        for (const FieldError &x : errors)
            already = already || x.field == e.field;
        if (!already)
            errors << e;
    }
    if (!errors.isEmpty())
        return HttpResponse::problem(422, problemInvalid,
                                     QStringLiteral("See errors for each field"), errors);
    if (s.deploymentStatus == DeploymentStatus::Deleting ||
        s.deploymentStatus == DeploymentStatus::Deleted)
        return HttpResponse::problem(409, {}, QStringLiteral("The service is being offboarded"));
    const bool provisioning = after.tenant.userType != s.settings.tenant.userType;
    if (provisioning && !m_store.runningOperationOf(s.id).isEmpty())
        return HttpResponse::problem(409, {},
                                     QStringLiteral("Wait for the running operation to finish"));

    // Each changed member with its old and new value, as an operator reads it back.
    QStringList changed;
    auto compare = [&changed](const QString &group, const QJsonObject &before,
                              const QJsonObject &after) {
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) != it.value())
                changed << QStringLiteral("%1 %2 → %3")
                               .arg(f::path(group, it.key()), auditValue(before.value(it.key())),
                                    auditValue(it.value()));
        }
    };
    compare(f::tenant, DomainJson::toJson(s.settings.tenant), DomainJson::toJson(after.tenant));
    compare(f::compliance, DomainJson::toJson(s.settings.compliance),
            DomainJson::toJson(after.compliance));
    const QDateTime t = now();
    s.settings = after;
    s.updatedAt = t;
    row->version = m_store.updateService(*row);
    audit(who.username, QStringLiteral("service.update"), s.id, QStringLiteral("success"),
          changed.isEmpty() ? QStringLiteral("no change") : changed.join(QStringLiteral(", ")));
    if (!provisioning)
        return withEtag(HttpResponse::json(200, m_store.serviceJson(*row)), row->version);
    return startOperation(OperationKind::Update, *row, t);
}

HttpResponse Api::deleteService(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.findService(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    if (auto refused = checkIfMatch(r, row->version))
        return *refused;
    // What happens to the recordings: keep (the default) or delete (api.md 1.1).
    const QString recordings = r.query.queryItemValue(QStringLiteral("recordings"));
    if (!recordings.isEmpty() && recordings != QLatin1String("keep") &&
        recordings != QLatin1String("delete"))
        return HttpResponse::problem(
            400, problemMalformed,
            QStringLiteral("recordings is “%1”; it must be keep or delete").arg(recordings),
            {fieldError(QStringLiteral("recordings"), QStringLiteral("invalid"),
                        QStringLiteral("must be keep or delete"))});
    const bool deleteRecordings = recordings == QLatin1String("delete");
    Service &s = row->service;
    if (s.deploymentStatus == DeploymentStatus::Deleting ||
        s.deploymentStatus == DeploymentStatus::Deleted)
        return HttpResponse::problem(409, {}, QStringLiteral("The service is already offboarded"));
    if (!m_store.runningOperationOf(s.id).isEmpty())
        return HttpResponse::problem(409, {},
                                     QStringLiteral("Wait for the running operation to finish"));
    const QDateTime t = now();
    s.deploymentStatus = DeploymentStatus::Deleting;
    s.alarms.clear();
    s.updatedAt = t;
    row->version = m_store.updateService(*row);
    m_store.refreshCustomer(s.customerId, t);
    // What happens to the containers, as it is: never pretends to delete what was never made.
    const bool provisioned = (s.storage.primary && s.storage.primary->provisioned) ||
                             (s.storage.replica && s.storage.replica->provisioned);
    const QString tenant = s.settings.tenant.name;
    audit(who.username, QStringLiteral("service.delete"), s.id, QStringLiteral("success"),
          !deleteRecordings ? QStringLiteral("%1; recordings kept").arg(tenant)
          : provisioned ? QStringLiteral("%1; recordings deleted with their containers").arg(tenant)
                        : QStringLiteral("%1; recordings: delete asked, but no storage account is "
                                         "configured, so none were provisioned")
                              .arg(tenant));
    return startOperation(OperationKind::Delete, *row, t, deleteRecordings && provisioned);
}

HttpResponse Api::redeployService(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.findService(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    Service &s = row->service;
    if (s.deploymentStatus != DeploymentStatus::DeploymentError)
        return HttpResponse::problem(409, {},
                                     QStringLiteral("Only a service in DeploymentError can be "
                                                    "deployed again; this one is %1")
                                         .arg(toString(s.deploymentStatus)));
    const QDateTime t = now();
    s.deploymentStatus = DeploymentStatus::Deploying;
    s.alarms.removeIf([](const Alarm &a) { return a.code == Lifecycle::deploymentAlarmCode(); });
    s.updatedAt = t;
    row->version = m_store.updateService(*row);
    m_store.refreshCustomer(s.customerId, t);
    audit(who.username, QStringLiteral("service.deploy"), s.id, QStringLiteral("success"),
          QStringLiteral("retry"));
    return startOperation(OperationKind::Deploy, *row, t)
        .withHeader("Location", "/api/v1/services/" + s.id.toUtf8());
}

HttpResponse Api::startOperation(OperationKind kind, const ServiceRow &row, const QDateTime &at,
                                 bool deleteRecordings)
{
    const Operation op = OperationRunner::newOperation(kind, row.service.id, at, deleteRecordings);
    m_store.insertOperation(op);
    return withEtag(HttpResponse::json(202, m_store.serviceJson(row)), row.version)
        .withHeader("Operation-Location", "/api/v1/operations/" + op.id.toUtf8());
}

HttpResponse Api::getOperation(const HttpRequest &r, const Principal &)
{
    const auto row = m_store.findOperation(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("operation"));
    return withEtag(HttpResponse::json(200, DomainJson::toJson(row->operation)), row->version);
}

// --- Change feed and audit ------------------------------------------------------------------

HttpResponse Api::changes(const HttpRequest &r, const Principal &)
{
    int limit;
    qint64 ignored;
    HttpResponse error;
    QHash<QString, QString> none;
    HttpRequest paging = r;
    paging.query.removeAllQueryItems(QStringLiteral("since"));
    if (!readPaging(paging, &limit, &ignored, &error))
        return error;
    const auto since = decodeCursor(r.query.queryItemValue(QStringLiteral("since")));
    if (!since)
        return HttpResponse::problem(400, problemMalformed,
                                     QStringLiteral("since is not a token this server issued"));
    const qint64 horizon = m_store.changeHorizon();
    if ((*since > 0 && *since < horizon) || *since > m_store.lastChangeSeq())
        return HttpResponse::problem(410, {},
                                     QStringLiteral("The token is too old (or from another "
                                                    "database); reload everything"));
    const QList<ChangeRow> rows = m_store.changesAfter(*since, limit + 1);
    static const QString serviceKind = QStringLiteral("service");
    const bool hasMore = rows.size() > limit;
    // The stored objects go out as they are: a full walk of a large feed must not parse and
    // re-serialise every object. Only a service's quick-start link is made absolute, on the
    // bytes, so the object equals what GET /services/{id} serves for the same version.
    QByteArray body = "{\"changes\":[";
    qint64 last = *since;
    for (qsizetype i = 0; i < rows.size() && i < limit; ++i) {
        const ChangeRow &c = rows[i];
        if (i > 0)
            body += ',';
        body += "{\"kind\":" + jsonString(c.kind) + ",\"id\":" + jsonString(c.id) +
                ",\"deleted\":" + (c.deleted ? "true" : "false") + ",\"object\":" +
                (c.deleted || c.objectJson.isEmpty() ? QByteArray("null")
                 : c.kind == serviceKind             ? m_store.withPublicLinks(c.objectJson)
                                                     : c.objectJson) +
                '}';
        last = c.seq;
    }
    body += "],\"next\":" + jsonString(encodeCursor(last)) +
            ",\"hasMore\":" + (hasMore ? "true" : "false") + '}';
    HttpResponse response;
    response.body = std::move(body);
    return response;
}

HttpResponse Api::auditTrail(const HttpRequest &r, const Principal &)
{
    int limit;
    qint64 before;
    HttpResponse error;
    if (!readPaging(r, &limit, &before, &error))
        return error;
    const auto page =
        m_store.audit(r.query.queryItemValue(f::target, QUrl::FullyDecoded), before, limit);
    QJsonArray items;
    for (const auto &[seq, entry] : page.items)
        items.append(DomainJson::toJson(entry));
    return listResponse(items, page.nextAfter);
}

// --- Quick Start ----------------------------------------------------------------------------

HttpResponse Api::quickStartPage(const HttpRequest &r)
{
    const auto row = m_store.findServiceByQuickStartToken(r.param(QStringLiteral("token")));
    if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted) {
        HttpResponse plain = HttpResponse::html(404, "Not Found\n");
        plain.contentType = "text/plain; charset=utf-8";
        return plain;
    }
    return HttpResponse::html(
        200, QuickStartPage::render(row->service, r.param(QStringLiteral("token")), {}));
}

HttpResponse Api::grantConsent(const HttpRequest &r)
{
    const QString token = r.param(QStringLiteral("token"));
    const QString consentId = r.param(QStringLiteral("consentId"));
    const bool fromForm = r.header("Content-Type").startsWith("application/x-www-form-urlencoded");
    Store::Transaction tx(m_store);
    auto row = m_store.findServiceByQuickStartToken(token);
    if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted) {
        HttpResponse plain = HttpResponse::html(404, "Not Found\n");
        plain.contentType = "text/plain; charset=utf-8";
        return plain;
    }
    Service &s = row->service;
    auto refuse = [&](int status, const QString &message) {
        if (fromForm)
            return HttpResponse::html(status, QuickStartPage::render(s, token, message));
        return HttpResponse::problem(status, {}, message);
    };
    ConsentState *consent = nullptr;
    for (ConsentState &c : s.consents) {
        if (c.id == consentId)
            consent = &c;
    }
    if (!consent)
        return refuse(404,
                      QStringLiteral("This service does not need the consent '%1'").arg(consentId));
    if (s.deploymentStatus != DeploymentStatus::PendingConsents &&
        s.deploymentStatus != DeploymentStatus::Ready)
        return refuse(409, QStringLiteral("Consents can be granted once the service is deployed"));
    const QString first = Lifecycle::firstConsentId();
    if (consentId != first) {
        for (const ConsentState &c : s.consents) {
            if (c.id == first && !c.granted)
                return refuse(409, QStringLiteral("Grant %1 first").arg(c.name));
        }
    }
    const QDateTime t = now();
    if (!consent->granted) {
        consent->granted = true;
        consent->grantedAt = t;
        const QString name = consent->name;
        QStringList missing;
        for (const ConsentState &c : s.consents) {
            if (!c.granted)
                missing << c.name;
        }
        if (missing.isEmpty()) {
            s.deploymentStatus = DeploymentStatus::Ready;
            s.alarms.removeIf(
                [](const Alarm &a) { return a.code == Lifecycle::consentAlarmCode(); });
        } else {
            for (Alarm &a : s.alarms) {
                if (a.code == Lifecycle::consentAlarmCode())
                    a.message = Lifecycle::consentAlarmMessage(missing);
            }
        }
        s.updatedAt = t;
        row->version = m_store.updateService(*row);
        if (missing.isEmpty()) {
            m_store.refreshCustomer(s.customerId, t);
            if (m_notifications)
                m_notifications->serviceChanged(*row, DeploymentStatus::PendingConsents, t);
        }
        audit(QStringLiteral("customer-admin"), QStringLiteral("consent.grant"), s.id,
              QStringLiteral("success"), name);
    }
    tx.commit();
    if (fromForm)
        return HttpResponse::empty(303).withHeader("Location", "/quickstart/" + token.toUtf8());
    QJsonArray consents = DomainJson::toJson(s)[f::consents].toArray();
    return HttpResponse::json(
        200,
        QJsonObject{{f::consents, consents}, {f::deploymentStatus, toString(s.deploymentStatus)}});
}

} // namespace insights::server
