// The Api's routes, registered in one place; their handlers live in one file per resource
// (apiguard.cpp is the middleware every route goes through).
#include "api.h"

#include "fieldnames.h"
#include "resthelpers.h"
#include "restserver.h"

#include <QFile>
#include <QJsonObject>
#include <QThread>

namespace insights::server {

namespace f = field;

using namespace rest;

Api::Api(Store &store, OperationRunner &runner, ApiConfig config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_config(config)
    , m_throttle(store)
    , m_denied(
          [this](const QString &, const QString &action, const QString &target,
                 const QString &detail) {
              try {
                  audit(QStringLiteral("anonymous"), action, target, QStringLiteral("denied"),
                        detail);
              } catch (const StoreError &e) {
                  qCWarning(lcHttp) << "could not audit denied requests:" << e.what();
              }
          },
          config.deniedWindowMs)
{
    // One hash at a time per spare core: each takes 64 MiB, and the event loop keeps a core.
    m_hashers.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
}

Router::Handler Api::answeringStoreFailures(Router::Handler handler)
{
    return [handler = std::move(handler)](const HttpRequest &request) -> HttpResponse {
        try {
            return handler(request);
        } catch (const StaleWrite &e) {
            qCInfo(lcHttp) << "stale write:" << e.what();
            return HttpResponse::problem(412, {},
                                         Problems::tr("It changed meanwhile: read it again, "
                                                      "then retry"));
        } catch (const UniqueViolation &e) {
            qCInfo(lcHttp) << "unique race lost:" << e.what();
            const QString field = e.field();
            if (field.isEmpty())
                return HttpResponse::problem(409, {}, Problems::tr("It exists already"));
            return HttpResponse::problem(
                409, {}, Problems::tr("Names must be unique"),
                {fieldError(field, QStringLiteral("in-use"),
                            Problems::tr("is already used (taken a moment ago)"))});
        } catch (const DatabaseUnavailable &e) {
            qCWarning(lcHttp) << "database unavailable:" << e.what();
            return HttpResponse::problem(503, {},
                                         Problems::tr("The database is unavailable; try "
                                                      "again in a moment"))
                .withHeader("Retry-After", "5");
        }
    };
}

Router::AsyncHandler Api::answeringStoreFailuresLater(Router::AsyncHandler handler)
{
    return [handler = std::move(handler)](const HttpRequest &request, Router::Reply reply) {
        bool started = false;
        const HttpResponse refused = answeringStoreFailures([&](const HttpRequest &r) {
            handler(r, reply);
            started = true;
            return HttpResponse();
        })(request);
        if (!started)
            reply(refused);
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
    // The API description itself (resources/openapi.yaml, compiled in), for client generators
    // and for people: no token needed, like the Quick Start page.
    add("GET", QStringLiteral("/api/v1/openapi.yaml"), [](const HttpRequest &) {
        static const QByteArray description = [] {
            QFile file(QStringLiteral(":/api/openapi.yaml"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        HttpResponse r;
        r.contentType = "application/yaml; charset=utf-8";
        r.body = description;
        return r.withHeader("Cache-Control", "public, max-age=3600");
    });
    auto addLater = [&router](const QByteArray &method, const QString &pattern,
                              Router::AsyncHandler handler) {
        router.addAsync(method, pattern, answeringStoreFailuresLater(std::move(handler)));
    };
    addLater("POST", QStringLiteral("/api/v1/auth/token"),
             [this](const HttpRequest &r, Router::Reply reply) { login(r, std::move(reply)); });
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
    add("POST", QStringLiteral("/api/v1/imports"), guarded(A::Change, bind(&Api::createImport)));
    add("GET", QStringLiteral("/api/v1/imports"), guarded(A::Read, bind(&Api::listImports)));
    add("GET", QStringLiteral("/api/v1/imports/{id}"), guarded(A::Read, bind(&Api::getImport)));
    add("POST", QStringLiteral("/api/v1/services/{id}/suspend"),
        guarded(A::Change, bind(&Api::suspendService)));
    add("POST", QStringLiteral("/api/v1/services/{id}/reactivate"),
        guarded(A::Change, bind(&Api::reactivateService)));
    add("GET", QStringLiteral("/api/v1/operations/{id}"),
        guarded(A::Read, bind(&Api::getOperation)));
    add("POST", QStringLiteral("/api/v1/services/{id}/notifications/quick-start"),
        guarded(A::Change, bind(&Api::resendQuickStart)));
    add("GET", QStringLiteral("/api/v1/outbox"), guarded(A::Read, bind(&Api::listOutbox)));
    addLater("POST", QStringLiteral("/api/v1/services/{id}/byos-locations"),
             guardedAsync(A::Change,
                          [this](const HttpRequest &r, const Principal &who, Router::Reply reply) {
                              addByosLocation(r, who, std::move(reply));
                          }));
    add("GET", QStringLiteral("/api/v1/services/{id}/byos-locations"),
        guarded(A::Read, bind(&Api::listByosLocations)));
    add("DELETE", QStringLiteral("/api/v1/services/{id}/byos-locations/{locationId}"),
        guarded(A::Change, bind(&Api::deleteByosLocation)));
    add("PUT", QStringLiteral("/api/v1/services/{id}/usage"),
        guarded(A::Change, bind(&Api::reportUsage)));
    add("GET", QStringLiteral("/api/v1/server-settings"),
        guarded(A::Read, bind(&Api::serverSettings)));
    add("GET", QStringLiteral("/api/v1/changes"), guarded(A::Read, bind(&Api::changes)));
    add("GET", QStringLiteral("/api/v1/audit"), guarded(A::Read, bind(&Api::auditTrail)));
    add("GET", QStringLiteral("/quickstart/{token}"),
        [this](const HttpRequest &r) { return quickStartPage(r); }, {QStringLiteral("token")});
    add("POST", QStringLiteral("/quickstart/{token}/consents/{consentId}"),
        [this](const HttpRequest &r) { return grantConsent(r); }, {QStringLiteral("token")});
}

} // namespace insights::server
