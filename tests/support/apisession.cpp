#include "apisession.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace insights::test {

QProcessEnvironment bootstrapEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INSIGHTS_BOOTSTRAP_ADMIN"), adminUser + u':' + adminPassword);
    return env;
}

ApiSession::ApiSession(ServerProcess &server)
    : m_server(server)
{}

bool ApiSession::signIn(const QString &username, const QString &password)
{
    const HttpResult r = send("POST", QStringLiteral("/api/v1/auth/token"),
                              QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                                        {QStringLiteral("password"), password}})
                                  .toJson());
    if (r.status != 200)
        return false;
    m_token = r.json()[QStringLiteral("accessToken")].toString().toLatin1();
    return !m_token.isEmpty();
}

HttpResult ApiSession::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const Headers &headers)
{
    Headers all = headers;
    bool hasAuthorization = false;
    for (const auto &[k, v] : headers)
        hasAuthorization = hasAuthorization || k.compare("Authorization", Qt::CaseInsensitive) == 0;
    if (!m_token.isEmpty() && !hasAuthorization)
        all.append({"Authorization", "Bearer " + m_token});
    return request(m_nam, method, m_server.url(path), body, all);
}

HttpResult ApiSession::get(const QString &path, const Headers &headers)
{
    return send("GET", path, {}, headers);
}

HttpResult ApiSession::post(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult ApiSession::patch(const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpResult ApiSession::del(const QString &path, const Headers &headers)
{
    return send("DELETE", path, {}, headers);
}

bool ApiSession::createUser(const QString &username, const QString &password, const QString &role)
{
    const HttpResult r =
        post(QStringLiteral("/api/v1/users"), {{QStringLiteral("username"), username},
                                               {QStringLiteral("password"), password},
                                               {QStringLiteral("role"), role}});
    return r.status == 201;
}

QString ApiSession::createCustomer(const QString &displayName)
{
    const HttpResult r =
        post(QStringLiteral("/api/v1/customers"), {{QStringLiteral("displayName"), displayName}});
    return r.status == 201 ? r.json()[QStringLiteral("id")].toString() : QString();
}

QString ApiSession::deployService(const QString &customerName, const QString &tenantName,
                                  const QString &userType, const QJsonObject &tenantChanges)
{
    const QString customer = createCustomer(customerName);
    QJsonObject body = serviceBody(tenantName, userType);
    QJsonObject tenant = body.value(QStringLiteral("tenant")).toObject();
    for (auto it = tenantChanges.begin(); it != tenantChanges.end(); ++it)
        tenant.insert(it.key(), it.value());
    body.insert(QStringLiteral("tenant"), tenant);
    const QString id =
        post(QStringLiteral("/api/v1/customers/") + customer + QStringLiteral("/services"), body)
            .json()[QStringLiteral("id")]
            .toString();
    if (!id.isEmpty())
        waitForStatus(id, {QStringLiteral("PendingConsents")});
    return id;
}

QJsonObject ApiSession::serviceBody(const QString &name, const QString &userType,
                                    const QString &location)
{
    const QString lower = name.toLower();
    QJsonObject tenant{
        {QStringLiteral("name"), name},
        {QStringLiteral("domain"), lower + QStringLiteral(".onmicrosoft.com")},
        {QStringLiteral("shortName"), name.left(32)},
        {QStringLiteral("contactEmails"),
         QJsonArray{QStringLiteral("ops@") + lower + QStringLiteral(".com")}},
        {QStringLiteral("adminUpns"),
         QJsonArray{QStringLiteral("admin@") + lower + QStringLiteral(".onmicrosoft.com")}},
        {QStringLiteral("userType"), userType},
        {QStringLiteral("includedUsers"), 250},
        {QStringLiteral("storageLocation"), location}};
    QJsonObject compliance{{QStringLiteral("advancedStorage"), userType == QLatin1String("pro")}};
    return {{QStringLiteral("type"), QStringLiteral("interaction-recording")},
            {QStringLiteral("tenant"), tenant},
            {QStringLiteral("compliance"), compliance}};
}

QJsonObject ApiSession::waitForStatus(const QString &serviceId, const QStringList &statuses,
                                      int timeoutMs)
{
    QJsonObject last;
    [[maybe_unused]] const bool reached = QTest::qWaitFor(
        [&] {
            last = get(QStringLiteral("/api/v1/services/") + serviceId).json().object();
            return statuses.contains(last[QStringLiteral("deploymentStatus")].toString());
        },
        timeoutMs);
    return last;
}

QJsonArray ApiSession::readFeed(const QString &since, QString *next, int limit)
{
    QJsonArray all;
    QString token = since;
    for (int guard = 0; guard < 100000; ++guard) {
        const HttpResult r = get("/api/v1/changes?limit=" + QString::number(limit) +
                                 (token.isEmpty() ? QString() : "&since=" + token));
        if (r.status != 200) {
            qWarning() << "feed answered" << r.status << r.body;
            return {};
        }
        const QJsonObject page = r.json().object();
        for (const QJsonValue &c : page["changes"].toArray())
            all.append(c);
        token = page["next"].toString();
        if (!page["hasMore"].toBool())
            break;
    }
    if (next)
        *next = token;
    return all;
}

} // namespace insights::test
