// Suspend and reactivate (api.md 1.1) against the real insights-server: which states allow
// them, the checks at each field, the Suspended state with its alarm, the operations that stop
// and restart the recording, the Quick Start while suspended, the feed and the audit trail.
#include "support/serverapifixture.h"

using namespace insights::test;

class TestServerSuspend : public QObject, ServerApiFixture
{
    Q_OBJECT

    QJsonObject suspendBody(const QString &reason, const QString &shortName)
    {
        return {{"reason", reason}, {"confirmShortName", shortName}};
    }

    // Waits until the operation behind a 202 has ended; its final JSON.
    QJsonObject finished(const HttpResult &accepted)
    {
        const QString path = QString::fromUtf8(accepted.header("Operation-Location"));
        QJsonObject op;
        const bool ended = QTest::qWaitFor(
            [&] {
                op = obj(m_admin->get(path));
                return op["status"].toString() == "Succeeded" ||
                       op["status"].toString() == "Failed";
            },
            20000);
        if (!ended)
            qWarning() << "the operation did not end:" << op;
        return op;
    }

private slots:
    void initTestCase()
    {
        const QString problem = startServer();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void suspendAndReactivateWithConsentsMissing()
    {
        const QString name = unique("Pause");
        const auto [customer, service] = deployed(name, "pro");
        const QString path = "/api/v1/services/" + service;

        HttpResult r =
            m_admin->post(path + "/suspend", suspendBody("  Invoice 4711 unpaid ", name.toUpper()));
        QCOMPARE(r.status, 202);
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("Suspended"));
        QCOMPARE(obj(r)["status"].toString(), QString("Warning"));
        QVERIFY(!r.header("ETag").isEmpty());
        const QJsonArray alarms = obj(r)["alarms"].toArray();
        QCOMPARE(alarms.size(), 1); // consent-required went: nobody is asked while it is off
        QCOMPARE(alarms[0]["code"].toString(), QString("suspended"));
        QCOMPARE(alarms[0]["severity"].toString(), QString("warning"));
        const QString message = alarms[0]["message"].toString();
        QVERIFY2(message.contains("Invoice 4711 unpaid") && message.contains(adminUser) &&
                     message.contains("UTC"),
                 qPrintable(message));
        QJsonObject op = finished(r);
        QCOMPARE(op["kind"].toString(), QString("suspend"));
        QCOMPARE(op["status"].toString(), QString("Succeeded"));
        QCOMPARE(op["steps"][0]["name"].toString(), QString("suspend-recording"));
        QCOMPARE(obj(m_admin->get("/api/v1/customers/" + customer))["status"].toString(),
                 QString("Warning"));
        QVERIFY(m_admin->get("/api/v1/services?status=Suspended&customerId=" + customer)
                    .body.contains(service.toUtf8()));

        // While suspended: no second suspension, no consent, no change of user type.
        QCOMPARE(m_admin->post(path + "/suspend", suspendBody("again", name)).status, 409);
        const QUrl link(obj(m_admin->get(path))["quickStartUrl"].toString());
        ApiSession anonymous(*m_server);
        const HttpResult page = anonymous.get(link.path());
        QVERIFY(page.body.contains("suspended recording for this tenant"));
        QVERIFY(!page.body.contains("<button type=\"submit\" aria-describedby=\"c-m365-login\">"));
        r = anonymous.post(link.path() + "/consents/m365-login", {});
        QCOMPARE(r.status, 409);
        QVERIFY(r.body.contains("suspended"));
        r = m_admin->get(path);
        QCOMPARE(m_admin
                     ->patch(path, {{"tenant", QJsonObject{{"userType", "essential"}}}},
                             ifMatch(r.header("ETag")))
                     .status,
                 409);

        r = m_admin->post(path + "/reactivate", {});
        QCOMPARE(r.status, 202);
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("PendingConsents"));
        QCOMPARE(obj(r)["alarms"][0]["code"].toString(), QString("consent-required"));
        QCOMPARE(obj(r)["alarms"].toArray().size(), 1);
        op = finished(r);
        QCOMPARE(op["kind"].toString(), QString("reactivate"));
        QCOMPARE(op["steps"][0]["name"].toString(), QString("resume-recording"));
        QCOMPARE(op["status"].toString(), QString("Succeeded"));
        QCOMPARE(m_admin->post(path + "/reactivate", {}).status, 409);
        // The consents go on where they were.
        QCOMPARE(anonymous.post(link.path() + "/consents/m365-login", {}).status, 200);
    }

    void reactivateAReadyService()
    {
        const QString name = unique("Ready");
        const auto [customer, service] = deployed(name, "essential");
        const QString path = "/api/v1/services/" + service;
        const QUrl link(obj(m_admin->get(path))["quickStartUrl"].toString());
        ApiSession anonymous(*m_server);
        for (const char *consent : {"m365-login", "read-directory", "recording-calls"})
            QCOMPARE(anonymous.post(link.path() + "/consents/" + consent, {}).status, 200);
        QCOMPARE(obj(m_admin->get(path))["deploymentStatus"].toString(), QString("Ready"));
        HttpResult r = m_admin->post(path + "/suspend", suspendBody("Contract paused", name));
        QCOMPARE(r.status, 202);
        finished(r);
        r = m_admin->post(path + "/reactivate", {});
        QCOMPARE(r.status, 202);
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("Ready"));
        QCOMPARE(obj(r)["status"].toString(), QString("OK"));
        QVERIFY(obj(r)["alarms"].toArray().isEmpty());
        finished(r);
        QCOMPARE(obj(m_admin->get("/api/v1/customers/" + customer))["status"].toString(),
                 QString("OK"));
    }

    void checksAtEachField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("no reason") << QJsonObject{{"confirmShortName", "X"}} << 422
                                   << QStringList{"reason:required", "confirmShortName:mismatch"};
        QTest::newRow("blank reason")
            << QJsonObject{{"reason", "   "}, {"confirmShortName", ""}} << 422
            << QStringList{"reason:required", "confirmShortName:required"};
        QTest::newRow("too long") << QJsonObject{{"reason", QString(501, 'r')},
                                                 {"confirmShortName", "SELF"}}
                                  << 422 << QStringList{"reason:too-long"};
        QTest::newRow("wrong type") << QJsonObject{{"reason", 7}, {"confirmShortName", "SELF"}}
                                    << 400 << QStringList{"reason:wrong-type"};
        QTest::newRow("unknown member")
            << QJsonObject{{"reason", "x"}, {"confirmShortName", "SELF"}, {"force", true}} << 400
            << QStringList{"force:unknown-member"};
    }

    void checksAtEachField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QStringList, errors);
        static QString name;
        static QString service;
        if (service.isEmpty()) {
            name = unique("Checked");
            service = deployed(name, "essential").second;
        }
        if (body["confirmShortName"].toString() == "SELF")
            body["confirmShortName"] = name.toLower();
        const HttpResult r = m_admin->post("/api/v1/services/" + service + "/suspend", body);
        QCOMPARE(r.status, status);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        QCOMPARE(errorFields(r), errors);
        // Nothing changed.
        QCOMPARE(obj(m_admin->get("/api/v1/services/" + service))["deploymentStatus"].toString(),
                 QString("PendingConsents"));
    }

    void refusedStatesAndRoles()
    {
        const QString name = unique("Refused");
        const auto [customer, service] = deployed(name, "essential");
        const QString path = "/api/v1/services/" + service;
        QCOMPARE(m_monitor->post(path + "/suspend", suspendBody("no", name)).status, 403);
        QCOMPARE(m_monitor->post(path + "/reactivate", {}).status, 403);
        QCOMPARE(
            m_admin->post("/api/v1/services/svc-nothing/suspend", suspendBody("x", "x")).status,
            404);
        QCOMPARE(m_admin->post(path + "/reactivate", {}).status, 409); // not suspended
        QCOMPARE(m_admin->post(path + "/reactivate", {{"now", true}}).status, 400);
        // Offboarding a suspended service works, and a deleted one cannot be suspended.
        HttpResult r = m_admin->post(path + "/suspend", suspendBody("Leaving", name));
        QCOMPARE(r.status, 202);
        finished(r);
        r = m_admin->get(path);
        QCOMPARE(m_admin->del(path, ifMatch(r.header("ETag"))).status, 202);
        m_admin->waitForStatus(service, {"Deleted"});
        QCOMPARE(m_admin->post(path + "/suspend", suspendBody("x", name)).status, 404);
    }

    void feedAndAudit()
    {
        QString next;
        m_admin->readFeed({}, &next);
        const QString name = unique("Traced");
        const QString service = deployed(name, "essential").second;
        const QString path = "/api/v1/services/" + service;
        HttpResult r = m_admin->post(path + "/suspend", suspendBody("Audit me", name));
        QCOMPARE(r.status, 202);
        finished(r);
        bool seen = false;
        for (const QJsonValue &c : m_admin->readFeed(next, &next))
            seen = seen || (c["id"].toString() == service &&
                            c["object"]["deploymentStatus"].toString() == "Suspended");
        QVERIFY(seen);
        QCOMPARE(m_admin->post(path + "/reactivate", {}).status, 202);
        const QByteArray audit = m_admin->get("/api/v1/audit?target=" + service).body;
        QVERIFY(audit.contains("service.suspend"));
        QVERIFY(audit.contains("Audit me"));
        QVERIFY(audit.contains("service.reactivate"));
        QVERIFY(audit.contains("back to Pending consents"));
    }
};

QTEST_GUILESS_MAIN(TestServerSuspend)
#include "tst_serversuspend.moc"
