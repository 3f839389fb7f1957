// Hostile and malformed requests against one insights-server: every one gets a 4xx (a problem
// document outside the quick-start pages), never a 5xx; the process never dies; and nothing is
// half-written.
#include "support/apisession.h"
#include "support/hostilecorpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace insights::test;

class TestServerRobustness : public QObject
{
    Q_OBJECT

private:
    QList<Hostile> corpus() const;

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_api;
    QByteArray m_base; // http://127.0.0.1:PORT
    QString m_customerId;
    QString m_serviceId;
    QString m_operationId;
    QString m_quickStartToken;
    QString m_laterConsentId; // a consent that must wait for m365-login

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{}, bootstrapEnvironment());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_base = m_server->url().toEncoded();
        while (m_base.endsWith('/'))
            m_base.chop(1);
        m_api = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_api->signIn(adminUser, adminPassword));

        m_customerId = m_api->createCustomer("Robust Customer");
        QVERIFY(!m_customerId.isEmpty());
        const HttpResult created = m_api->post("/api/v1/customers/" + m_customerId + "/services",
                                               ApiSession::serviceBody("Robust-1", "pro"));
        QCOMPARE(created.status, 202);
        m_serviceId = created.json().object().value("id").toString();
        QVERIFY(!m_serviceId.isEmpty());
        const QByteArray operation = created.header("Operation-Location");
        m_operationId = QString::fromUtf8(operation.mid(operation.lastIndexOf('/') + 1));
        QVERIFY(!m_operationId.isEmpty());

        // Let the deployment settle, so the state the corpus meets does not move under it.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_api->get("/api/v1/operations/" + m_operationId)
                           .json()
                           .object()
                           .value("status")
                           .toString() == "Succeeded";
            },
            20000));
        const QJsonObject service = m_api->waitForStatus(m_serviceId, {"PendingConsents", "Ready"});
        QCOMPARE(service.value("deploymentStatus").toString(), QStringLiteral("PendingConsents"));
        m_quickStartToken = service.value("quickStartUrl").toString().section('/', -1);
        QVERIFY(!m_quickStartToken.isEmpty());
        const QJsonArray consents = service.value("consents").toArray();
        for (qsizetype i = 0; i < consents.size(); ++i) {
            const QJsonObject c = consents.at(i).toObject();
            const QString id = c.value("id").toString();
            if (id != "m365-login" && !c.value("granted").toBool())
                m_laterConsentId = id;
        }
    }

    void cleanupTestCase()
    {
        m_api.reset();
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
        m_server.reset();
    }

    void hostileRequest_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QByteArrayList>("headers");
        QTest::addColumn<int>("expected");
        const QList<Hostile> rows = corpus();
        int n = 0;
        for (const Hostile &h : rows)
            QTest::addRow("%04d %s", ++n, h.label.constData())
                << h.method << h.path << h.body << h.withToken << h.headers << h.expected;
    }

    void hostileRequest()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, withToken);
        QFETCH(QByteArrayList, headers);
        QFETCH(int, expected);

        Headers all;
        if (withToken)
            all.append({"Authorization", "Bearer " + m_api->token()});
        for (const QByteArray &h : headers) {
            const qsizetype colon = h.indexOf(": ");
            all.append({h.left(colon), h.mid(colon + 2)});
        }
        const QUrl url = QUrl::fromEncoded(m_base + path);
        QVERIFY2(url.isValid(), path.left(200).constData());

        const HttpResult r = request(m_api->network(), method, url, body, all);
        const QByteArray type = r.header("Content-Type");
        const QByteArray what = method + ' ' + path.left(160) + " -> " +
                                QByteArray::number(r.status) + " [" + type + "] " +
                                r.body.left(300) + ' ' + r.networkError.toUtf8();

        QVERIFY2(m_server->process().state() == QProcess::Running,
                 (what + "\nserver stderr:\n" + m_server->standardError().right(3000)).constData());
        QVERIFY2(r.status >= 400 && r.status < 500, what.constData());
        if (expected != 0)
            QVERIFY2(r.status == expected,
                     (what + "\nexpected " + QByteArray::number(expected)).constData());
        if (path.contains("quickstart")) {
            // The customer-side pages answer plain text or HTML for a browser.
            QVERIFY2(type.startsWith("application/problem+json") || type.startsWith("text/plain") ||
                         type.startsWith("text/html"),
                     what.constData());
        } else {
            QVERIFY2(type.startsWith("application/problem+json"), what.constData());
        }
        if (type.startsWith("application/problem+json"))
            QVERIFY2(r.json().object().value("status").toInt() == r.status, what.constData());
    }

    // After the whole corpus: the server still answers, and holds exactly what initTestCase made.
    void nothingHalfWritten()
    {
        QVERIFY(m_server->process().state() == QProcess::Running);
        QNetworkAccessManager nam;
        const HttpResult health = request(nam, "GET", m_server->url("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json()["status"].toString(), QString("ok"));
        QCOMPARE(health.json()["database"].toString(), QString("ok"));

        const HttpResult customers = m_api->get("/api/v1/customers?limit=1000");
        QCOMPARE(customers.status, 200);
        const QJsonArray customerItems = customers.json().object().value("items").toArray();
        QCOMPARE(customerItems.size(), qsizetype(1));
        const QJsonObject customer = customerItems.at(0).toObject();
        QCOMPARE(customer.value("id").toString(), m_customerId);
        QCOMPARE(customer.value("displayName").toString(), QStringLiteral("Robust Customer"));

        const HttpResult services = m_api->get("/api/v1/services?limit=1000");
        QCOMPARE(services.status, 200);
        const QJsonArray serviceItems = services.json().object().value("items").toArray();
        QCOMPARE(serviceItems.size(), qsizetype(1));
        const QJsonObject service = serviceItems.at(0).toObject();
        QCOMPARE(service.value("id").toString(), m_serviceId);
        QCOMPARE(service.value("deploymentStatus").toString(), QStringLiteral("PendingConsents"));
        const QJsonObject tenant = service.value("tenant").toObject();
        QCOMPARE(tenant.value("name").toString(), QStringLiteral("Robust-1"));
        QCOMPARE(tenant.value("includedUsers").toInt(), 250);
        QCOMPARE(tenant.value("notes").toString(), QString());

        const HttpResult users = m_api->get("/api/v1/users");
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json().object().value("items").toArray().size(), qsizetype(1));

        const HttpResult operators = m_api->get("/api/v1/customers/" + m_customerId + "/operators");
        QCOMPARE(operators.status, 200);
        QCOMPARE(operators.json().object().value("items").toArray().size(), qsizetype(0));

        QVERIFY(m_server->process().state() == QProcess::Running);
    }
};

QList<Hostile> TestServerRobustness::corpus() const
{
    const HostileTargets t{.customerId = m_customerId,
                           .serviceId = m_serviceId,
                           .operationId = m_operationId,
                           .quickStartToken = m_quickStartToken,
                           .laterConsentId = m_laterConsentId,
                           .token = m_api->token()};
    return hostileBodies(t) + hostileRequests(t);
}

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_serverrobustness.moc"
