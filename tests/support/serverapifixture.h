#pragma once

// What the server-API scenarios share (tst_serverapi.cpp, tst_serverservices.cpp): one real
// insights-server with an admin and a monitor session, unique names, and a deployed service.
#include "support/apisession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

namespace insights::test {

inline const QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
}

// "field:code" of each error of a problem answer.
inline QStringList errorFields(const HttpResult &r)
{
    QStringList out;
    for (const QJsonValue &e : r.json()["errors"].toArray())
        out << e["field"].toString() + ':' + e["code"].toString();
    return out;
}

inline Headers ifMatch(const QByteArray &etag)
{
    return {{"If-Match", etag}};
}

class ServerApiFixture
{
protected:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_admin;
    std::unique_ptr<ApiSession> m_monitor;
    int m_counter = 0;

    QString unique(const QString &base) { return base + QString::number(++m_counter); }

    // Starts the server and signs in an admin and a monitor ("watcher"); empty, or why not.
    QString startServer()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{}, bootstrapEnvironment());
        if (!m_server->start())
            return m_server->error();
        m_admin = std::make_unique<ApiSession>(*m_server);
        if (!m_admin->signIn(adminUser, adminPassword))
            return QStringLiteral("the admin cannot sign in");
        if (!m_admin->createUser("watcher", "watcher-password-1", "monitor"))
            return QStringLiteral("the monitor cannot be created");
        m_monitor = std::make_unique<ApiSession>(*m_server);
        if (!m_monitor->signIn("watcher", "watcher-password-1"))
            return QStringLiteral("the monitor cannot sign in");
        return {};
    }

    // A customer with a deployed service (PendingConsents); returns {customerId, serviceId}.
    QPair<QString, QString> deployed(const QString &name, const QString &userType = "pro")
    {
        const QString customer = m_admin->createCustomer(name + " Ltd");
        const HttpResult r = m_admin->post("/api/v1/customers/" + customer + "/services",
                                           ApiSession::serviceBody(name, userType));
        if (r.status != 202)
            qWarning() << "deploy failed" << r.status << r.body;
        const QString service = obj(r)["id"].toString();
        m_admin->waitForStatus(service, {"PendingConsents"});
        return {customer, service};
    }
};

} // namespace insights::test
