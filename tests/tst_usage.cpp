// api.md 1.1 "Usage": the recording platform reports licences in use with PUT …/usage; the
// newest report wins, an older one changes nothing; licences-nearly-used (warning) from 80 %
// of the included users and licences-exceeded (error) above 100 % come and go with the
// counts, and with a change of the included users; bad reports are a 422 at the field.
#include "support/apisession.h"

#include <QJsonArray>
#include <QTest>

using namespace insights::test;

namespace {

const QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
}

QStringList alarmCodes(const QJsonObject &service)
{
    QStringList codes;
    for (const QJsonValue &a : service["alarms"].toArray())
        codes << a["code"].toString();
    return codes;
}

QString at(int minutes)
{
    return QDateTime::currentDateTimeUtc().addSecs(60 * minutes).toString(Qt::ISODate);
}

} // namespace

class TestUsage : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_api;
    QString m_service;

    QJsonObject service() { return obj(m_api->get("/api/v1/services/" + m_service)); }
    HttpResult report(const QJsonValue &count, const QString &when)
    {
        return m_api->send(
            "PUT", "/api/v1/services/" + m_service + "/usage",
            QJsonDocument(QJsonObject{{"licensesInUse", count}, {"measuredAt", when}})
                .toJson(QJsonDocument::Compact));
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{"--deploy-step-ms", "0"},
                                                   bootstrapEnvironment());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_api = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_api->signIn(adminUser, adminPassword));
        const QString customer = m_api->createCustomer("Usage Ltd");
        QJsonObject body = ApiSession::serviceBody("UsageCo", "essential");
        QJsonObject tenant = body["tenant"].toObject();
        tenant["includedUsers"] = 100;
        body["tenant"] = tenant;
        m_service =
            obj(m_api->post("/api/v1/customers/" + customer + "/services", body))["id"].toString();
        QVERIFY(!m_service.isEmpty());
        m_api->waitForStatus(m_service, {"PendingConsents"});
    }

    void unmeasuredUsageIsNull()
    {
        const QJsonObject usage = service()["usage"].toObject();
        QCOMPARE(usage["licensesIncluded"].toInt(), 100);
        QVERIFY(usage["licensesInUse"].isNull());
        QVERIFY(usage["measuredAt"].isNull());
    }

    void alarmsFollowTheCounts()
    {
        HttpResult r = report(50, at(-60));
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["licensesInUse"].toInt(), 50);
        QVERIFY(!alarmCodes(service()).contains("licences-nearly-used"));

        r = report(80, at(-50)); // exactly 80 %
        QCOMPARE(r.status, 200);
        QJsonObject s = service();
        QVERIFY(alarmCodes(s).contains("licences-nearly-used"));
        for (const QJsonValue &a : s["alarms"].toArray()) {
            if (a["code"] == "licences-nearly-used") {
                QCOMPARE(a["severity"].toString(), QString("warning"));
                QCOMPARE(a["message"].toString(), QString("80 of 100 licences in use (80 %)"));
            }
        }

        r = report(112, at(-40));
        s = service();
        QVERIFY(alarmCodes(s).contains("licences-exceeded"));
        QVERIFY(!alarmCodes(s).contains("licences-nearly-used"));
        QCOMPARE(s["status"].toString(), QString("Error"));
        QVERIFY(m_api->get("/api/v1/audit?target=" + m_service).body.contains("service.usage"));

        // An older report crossing a newer one on the way changes nothing.
        r = report(10, at(-45));
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["licensesInUse"].toInt(), 112);
        QVERIFY(alarmCodes(service()).contains("licences-exceeded"));

        // More included users clear the alarm: a PATCH of the tenant recomputes it.
        s = service();
        QJsonObject tenant = s["tenant"].toObject();
        tenant["includedUsers"] = 200;
        const HttpResult patched = m_api->patch(
            "/api/v1/services/" + m_service, {{"tenant", QJsonObject{{"includedUsers", 200}}}},
            {{"If-Match", m_api->get("/api/v1/services/" + m_service).header("ETag")}});
        QVERIFY2(patched.status == 200 || patched.status == 202, patched.body.constData());
        QTRY_VERIFY(!alarmCodes(service()).contains("licences-exceeded"));
        QVERIFY(!alarmCodes(service()).contains("licences-nearly-used")); // 112 of 200
    }

    void theSameCountSoonAfterWritesNothing()
    {
        const HttpResult first = report(60, at(-20));
        QCOMPARE(first.status, 200);
        const QByteArray etag = m_api->get("/api/v1/services/" + m_service).header("ETag");
        QCOMPARE(report(60, at(-10)).status, 200);
        QCOMPARE(m_api->get("/api/v1/services/" + m_service).header("ETag"), etag);
    }

    void badReportsAreRefusedAtTheField_data()
    {
        QTest::addColumn<QJsonValue>("count");
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative") << QJsonValue(-1) << at(0) << "licensesInUse";
        QTest::newRow("fraction") << QJsonValue(2.5) << at(0) << "licensesInUse";
        QTest::newRow("text") << QJsonValue("ten") << at(0) << "licensesInUse";
        QTest::newRow("no time") << QJsonValue(5) << QString() << "measuredAt";
        QTest::newRow("future") << QJsonValue(5) << at(60) << "measuredAt";
    }
    void badReportsAreRefusedAtTheField()
    {
        QFETCH(QJsonValue, count);
        QFETCH(QString, when);
        QFETCH(QString, field);
        const QByteArray before = m_api->get("/api/v1/services/" + m_service).header("ETag");
        const HttpResult r = report(count, when);
        QCOMPARE(r.status, 422);
        QCOMPARE(obj(r)["errors"][0]["field"].toString(), field);
        QCOMPARE(m_api->get("/api/v1/services/" + m_service).header("ETag"), before);
    }

    void aMonitorMayNotReport()
    {
        QVERIFY(m_api->createUser("watcher", "watcher-password-1", "monitor"));
        ApiSession monitor(*m_server);
        QVERIFY(monitor.signIn("watcher", "watcher-password-1"));
        QCOMPARE(monitor
                     .send("PUT", "/api/v1/services/" + m_service + "/usage",
                           QJsonDocument(QJsonObject{{"licensesInUse", 1},
                                                     {"measuredAt", "2026-12-01T00:00:00Z"}})
                               .toJson())
                     .status,
                 403);
    }
};

QTEST_GUILESS_MAIN(TestUsage)
#include "tst_usage.moc"
