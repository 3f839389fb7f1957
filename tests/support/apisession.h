#pragma once

#include "serverprocess.h"

#include <QJsonArray>
#include <QJsonObject>

namespace insights::test {

// A signed-in client of a ServerProcess: JSON requests with the bearer token attached.
class ApiSession
{
public:
    explicit ApiSession(ServerProcess &server);

    // POST /api/v1/auth/token; false when the server refused.
    bool signIn(const QString &username, const QString &password);
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }

    HttpResult get(const QString &path, const Headers &headers = {});
    HttpResult post(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpResult patch(const QString &path, const QJsonObject &body, const Headers &headers = {});
    HttpResult del(const QString &path, const Headers &headers = {});
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const Headers &headers = {});

    // Creates a console user through the API (needs an admin session) and signs a new
    // session in as that user.
    bool createUser(const QString &username, const QString &password, const QString &role);

    // A customer, and a valid service settings body for it.
    QString createCustomer(const QString &displayName);
    static QJsonObject serviceBody(const QString &name, const QString &userType,
                                   const QString &location = QStringLiteral("westeurope"));
    // A new customer with a service of `tenant`, its tenant members overridden by
    // `tenantChanges` (for example {"byos": true}), deployed until PendingConsents. Returns
    // the service's id (empty if it was refused).
    QString deployService(const QString &customerName, const QString &tenant,
                          const QString &userType, const QJsonObject &tenantChanges = {});
    // Polls GET /api/v1/services/{id} until deploymentStatus is one of the given values.
    QJsonObject waitForStatus(const QString &serviceId, const QStringList &statuses,
                              int timeoutMs = 20000);

    // Every change of the feed from `since`, in pages of `limit`; the next token goes to
    // *next. Empty (with a warning) when a page is refused.
    QJsonArray readFeed(const QString &since = {}, QString *next = nullptr, int limit = 500);

    QNetworkAccessManager &network() { return m_nam; }
    ServerProcess &server() { return m_server; }

private:
    ServerProcess &m_server;
    QNetworkAccessManager m_nam;
    QByteArray m_token;
};

// The admin every test server starts with (INSIGHTS_BOOTSTRAP_ADMIN).
inline const QString adminUser = QStringLiteral("admin");
inline const QString adminPassword = QStringLiteral("correct-horse-battery");
QProcessEnvironment bootstrapEnvironment();

} // namespace insights::test
