#pragma once

#include "auth.h"
#include "deniedlog.h"
#include "domainjson.h"
#include "operationrunner.h"
#include "router.h"
#include "store.h"

#include <QObject>
#include <QThreadPool>

namespace insights::server {

class BlobClient;
class ImportRunner;
class Notifications;
class StorageWatch;

struct ApiConfig
{
    qint64 tokenLifetimeMs = 8 * 60 * 60 * 1000;
    // Repeated 401s from one address within this window are audited as one entry.
    qint64 deniedWindowMs = 60 * 1000;
};

// Every route of api.md (those of console users and customer operators in userroutes.cpp).
// Handlers of changing routes run inside one transaction that also holds their change-feed
// rows, their audit entry and their idempotency record.
class Api : public QObject
{
    Q_OBJECT

public:
    Api(Store &store, OperationRunner &runner, ApiConfig config, QObject *parent = nullptr);

    void registerRoutes(Router &router);
    // Where changes that cause mails queue them (none: no mail is queued).
    void setNotifications(Notifications *notifications) { m_notifications = notifications; }
    // What verifies customers' own containers and watches their expiry (none: BYOS
    // locations cannot be added).
    // The bulk-onboarding jobs: kicked after each commit, and given the service creation.
    void setImports(ImportRunner *imports);
    void setStorage(BlobClient *blob, StorageWatch *watch)
    {
        m_blob = blob;
        m_storageWatch = watch;
    }
    // GET /api/v1/server-settings: what this server is configured with (no secret).
    void setServerSettings(const QJsonObject &settings) { m_serverSettings = settings; }
    // Creates the first admin from INSIGHTS_BOOTSTRAP_ADMIN=username:password when the
    // database has no console users. Returns an error message, or empty.
    QString bootstrapAdmin(const QByteArray &spec);
    // The embedded console's admin, INSIGHTS_LOCAL_ADMIN=username:password: created, or its
    // password reset, on every start (the console makes a new password each time). Only
    // honoured on a loopback address.
    QString localAdmin(const QByteArray &spec);

    // Whether the request's token is valid now (a read worker's test: what is refused goes to
    // the main thread, which audits it). Never writes.
    bool admits(const HttpRequest &request);

private:
    enum class Access { Read, Change, Admin };
    using Handler = std::function<HttpResponse(const HttpRequest &, const Principal &)>;
    using AsyncHandler = std::function<void(const HttpRequest &, const Principal &, Router::Reply)>;

    // Authenticates, checks the role (auditing refusals), and for Change/Admin runs the
    // handler in a transaction with idempotency-key handling.
    Router::Handler guarded(Access access, Handler handler);
    // The same checks for a route that answers later; the handler runs its writes through
    // transactional() when it has what it waited for.
    Router::AsyncHandler guardedAsync(Access access, AsyncHandler handler);
    // nullopt when the request's token is valid and its role may do this; else the refusal
    // (401 or 403), audited. Sets *who.
    std::optional<HttpResponse> admit(Access access, const HttpRequest &request, Principal *who);
    HttpResponse transactional(const HttpRequest &request, const Principal &who,
                               const Handler &handler);
    QString ensureAdmin(const QByteArray &spec, const QString &variable, const QString &why);
    std::optional<Principal> authenticate(const HttpRequest &request, QString *why);
    void audit(const QString &actor, const QString &action, const QString &target,
               const QString &result, const QString &detail = {});

    // Answers once the password is hashed on m_hashers, off the event loop.
    void login(const HttpRequest &r, Router::Reply reply);
    HttpResponse finishLogin(bool ok, const std::optional<UserRow> &user, const QString &username,
                             const QString &address);
    // DELETE /api/v1/auth/token: revokes the caller's token on every instance.
    HttpResponse logout(const HttpRequest &r, const Principal &who);
    HttpResponse listUsers(const HttpRequest &r, const Principal &who);
    HttpResponse createUser(const HttpRequest &r, const Principal &who);
    HttpResponse patchUser(const HttpRequest &r, const Principal &who);
    HttpResponse deleteUser(const HttpRequest &r, const Principal &who);
    HttpResponse storageLocations(const HttpRequest &r, const Principal &who);
    HttpResponse availability(const HttpRequest &r, const Principal &who);
    HttpResponse listCustomers(const HttpRequest &r, const Principal &who);
    HttpResponse createCustomer(const HttpRequest &r, const Principal &who);
    HttpResponse getCustomer(const HttpRequest &r, const Principal &who);
    HttpResponse patchCustomer(const HttpRequest &r, const Principal &who);
    HttpResponse deleteCustomer(const HttpRequest &r, const Principal &who);
    HttpResponse createService(const HttpRequest &r, const Principal &who);
    HttpResponse listServices(const HttpRequest &r, const Principal &who);
    HttpResponse getService(const HttpRequest &r, const Principal &who);
    HttpResponse patchService(const HttpRequest &r, const Principal &who);
    HttpResponse deleteService(const HttpRequest &r, const Principal &who);
    HttpResponse redeployService(const HttpRequest &r, const Principal &who);
    // importroutes.cpp
    HttpResponse createImport(const HttpRequest &r, const Principal &who);
    HttpResponse getImport(const HttpRequest &r, const Principal &who);
    HttpResponse listImports(const HttpRequest &r, const Principal &who);
    // A new service for the customer, deploying: what POST …/services and an import's row
    // both do, in the caller's transaction. Returns the row and the deploy's id.
    std::pair<ServiceRow, QString> insertNewService(const QString &customerId,
                                                    const QString &customerName,
                                                    const ServiceDraft &draft, const QString &actor,
                                                    const QDateTime &t);
    // suspendroutes.cpp
    HttpResponse suspendService(const HttpRequest &r, const Principal &who);
    HttpResponse reactivateService(const HttpRequest &r, const Principal &who);
    HttpResponse getOperation(const HttpRequest &r, const Principal &who);
    // Queues a deploy, update or delete of the service and answers 202 with where to follow it.
    HttpResponse startOperation(OperationKind kind, const ServiceRow &row, const QDateTime &at,
                                bool deleteRecordings = false);
    HttpResponse listOperators(const HttpRequest &r, const Principal &who);
    HttpResponse createOperator(const HttpRequest &r, const Principal &who);
    HttpResponse patchOperator(const HttpRequest &r, const Principal &who);
    HttpResponse deleteOperator(const HttpRequest &r, const Principal &who);
    HttpResponse changes(const HttpRequest &r, const Principal &who);
    // mailroutes.cpp
    HttpResponse resendQuickStart(const HttpRequest &r, const Principal &who);
    HttpResponse listOutbox(const HttpRequest &r, const Principal &who);
    // usageroutes.cpp
    HttpResponse reportUsage(const HttpRequest &r, const Principal &who);
    // byosroutes.cpp
    void addByosLocation(const HttpRequest &r, const Principal &who, Router::Reply reply);
    HttpResponse listByosLocations(const HttpRequest &r, const Principal &who);
    HttpResponse deleteByosLocation(const HttpRequest &r, const Principal &who);
    HttpResponse serverSettings(const HttpRequest &r, const Principal &who);
    HttpResponse auditTrail(const HttpRequest &r, const Principal &who);
    HttpResponse quickStartPage(const HttpRequest &r);
    HttpResponse grantConsent(const HttpRequest &r);
    // Drops the user's cached tokens, so the next request reads the role (or the revocation)
    // from the database.
    void forgetTokensOf(const QString &username);

    // Answers StaleWrite with 412, UniqueViolation with 409 (its field) and DatabaseUnavailable
    // with 503; anything else stays the server's failure (500).
    static Router::Handler answeringStoreFailures(Router::Handler handler);
    // The same for a route that answers later: a failure before it started answers at once.
    static Router::AsyncHandler answeringStoreFailuresLater(Router::AsyncHandler handler);

    Store &m_store;
    OperationRunner &m_runner;
    Notifications *m_notifications = nullptr;
    BlobClient *m_blob = nullptr;
    StorageWatch *m_storageWatch = nullptr;
    ImportRunner *m_imports = nullptr;
    QJsonObject m_serverSettings;
    ApiConfig m_config;
    LoginThrottle m_throttle;
    // Token hash -> who and until when; spares a query per request. A user's entries go
    // whenever the user is changed or deleted (forgetTokensOf), so a new role applies, and a
    // removed user's tokens stop, on the next request.
    struct CachedToken
    {
        Principal who;
        qint64 expiresAtMs = 0;
        qint64 cachedAtMs = 0;
        quint64 generation = 0; // tokenGeneration() when cached
    };
    // Every Api of the process (the main thread's and the read workers') drops its cached
    // tokens when this moves: a sign-out, a new password or role, a removed user. Moved once
    // when the change is made and once more after its commit, so a worker that read the row
    // in between does not keep it.
    static quint64 tokenGeneration();
    static void tokensChanged();
    bool m_tokensChangedInTransaction = false;
    static constexpr qint64 tokenCacheMs = 1000;
    QHash<QString, CachedToken> m_tokenCache;
    // Sign-ins being hashed, by user name and by address (they count against the throttle).
    QHash<QString, int> m_loginsInFlight;
    // Requests without a valid token, audited one entry per address and minute.
    DeniedLog m_denied;
    // Password hashing (Argon2id), off the event loop; last, so it is stopped (waiting for
    // its hashes) before anything they report to goes.
    QThreadPool m_hashers;
};

} // namespace insights::server
