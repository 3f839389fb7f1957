// The whole service lifecycle through HTTP, crash safety (SIGKILL mid-deploy), the change
// feed's order and completeness, and that no secret reaches a log line or the audit trail.
#include "support/apisession.h"

#include <QJsonArray>
#include <QTest>

using namespace insights::test;

namespace {

const QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
}

QString grantAllConsents(ApiSession &anonymous, const QJsonObject &service)
{
    const QString path = QUrl(service["quickStartUrl"].toString()).path();
    QString status;
    for (const QJsonValue &c : service["consents"].toArray()) {
        const HttpResult r = anonymous.post(path + "/consents/" + c["id"].toString(), {});
        if (r.status != 200)
            return "grant failed: " + QString::number(r.status);
        status = obj(r)["deploymentStatus"].toString();
    }
    return status;
}

// The last change of the object in the feed.
QJsonObject lastInFeed(ApiSession &s, const QString &id)
{
    QJsonObject last;
    for (const QJsonValue &c : s.readFeed({}, nullptr, 1000)) {
        if (c["id"].toString() == id)
            last = c["object"].toObject();
    }
    return last;
}

} // namespace

class TestServerLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void wholeLifecycle_data()
    {
        QTest::addColumn<QString>("userType");
        QTest::addColumn<QString>("license");
        QTest::addColumn<int>("consents");
        QTest::addColumn<QString>("replica");
        QTest::newRow("pro") << "pro"
                             << "Audio & Redundancy" << 4 << "northeurope";
        QTest::newRow("essential") << "essential"
                                   << "Audio Recording" << 3 << "";
    }
    void wholeLifecycle()
    {
        QFETCH(QString, userType);
        QFETCH(QString, license);
        QFETCH(int, consents);
        QFETCH(QString, replica);
        ServerProcess server({"--deploy-step-ms", "30"}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));

        const QString customer = api.createCustomer("Contoso Ltd");
        QVERIFY(!customer.isEmpty());
        HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                ApiSession::serviceBody("Contoso-EU", userType));
        QCOMPARE(r.status, 202);
        const QString id = obj(r)["id"].toString();
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("Deploying"));
        QCOMPARE(obj(r)["status"].toString(), QString("Warning"));

        const QJsonObject pending = api.waitForStatus(id, {"PendingConsents"});
        QCOMPARE(pending["deploymentStatus"].toString(), QString("PendingConsents"));
        QCOMPARE(pending["status"].toString(), QString("Warning"));
        QCOMPARE(pending["licenseType"].toString(), license);
        QCOMPARE(pending["alarms"].toArray().size(), 1);
        QCOMPARE(pending["alarms"][0]["code"].toString(), QString("consent-required"));
        QVERIFY(pending["alarms"][0]["message"].toString().contains("Quick Start"));
        QCOMPARE(pending["consents"].toArray().size(), consents);
        for (const QJsonValue &c : pending["consents"].toArray()) {
            QVERIFY(c["required"].toBool());
            QVERIFY(!c["granted"].toBool());
        }
        QCOMPARE(pending["storage"]["primary"]["region"].toString(), QString("westeurope"));
        const QString container = pending["storage"]["primary"]["container"].toString();
        QVERIFY2(QRegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")
                     .match(container)
                     .hasMatch(),
                 qPrintable(container));
        if (replica.isEmpty())
            QVERIFY(pending["storage"]["replica"].isNull());
        else
            QCOMPARE(pending["storage"]["replica"]["region"].toString(), replica);
        QCOMPARE(obj(api.get("/api/v1/customers/" + customer))["status"].toString(),
                 QString("Warning"));

        ApiSession customerAdmin(server); // no bearer token: the quick-start token is the key
        QCOMPARE(grantAllConsents(customerAdmin, pending), QString("Ready"));
        const QJsonObject ready = obj(api.get("/api/v1/services/" + id));
        QCOMPARE(ready["deploymentStatus"].toString(), QString("Ready"));
        QCOMPARE(ready["status"].toString(), QString("OK"));
        QCOMPARE(ready["licenseType"].toString(), license);
        QVERIFY(ready["alarms"].toArray().isEmpty());
        for (const QJsonValue &c : ready["consents"].toArray())
            QVERIFY(!c["grantedAt"].toString().isEmpty());
        QCOMPARE(obj(api.get("/api/v1/customers/" + customer))["status"].toString(), QString("OK"));
    }

    void aStepThatDoesNotApplyIsSkipped_data()
    {
        QTest::addColumn<QString>("userType");
        QTest::addColumn<QString>("replicaStep");
        QTest::newRow("essential") << "essential"
                                   << "Skipped";
        QTest::newRow("pro") << "pro"
                             << "Succeeded";
    }
    void aStepThatDoesNotApplyIsSkipped()
    {
        QFETCH(QString, userType);
        QFETCH(QString, replicaStep);
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString customer = api.createCustomer("Skip Ltd");
        const HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                      ApiSession::serviceBody("Skip", userType));
        QCOMPARE(r.status, 202);
        const QString operation = QString::fromUtf8(r.header("Operation-Location"));
        QTRY_COMPARE_WITH_TIMEOUT(obj(api.get(operation))["status"].toString(),
                                  QString("Succeeded"), 15000);
        const QJsonObject op = obj(api.get(operation));
        QCOMPARE(op["percentComplete"].toInt(), 100);
        QStringList steps;
        for (const QJsonValue &step : op["steps"].toArray())
            steps << step["name"].toString() + ':' + step["status"].toString();
        QCOMPARE(steps,
                 (QStringList{"validate-settings:Succeeded", "create-primary-storage:Succeeded",
                              "create-replica-storage:" + replicaStep, "register-bots:Succeeded",
                              "issue-quick-start:Succeeded"}));
        // The change feed carries the same steps.
        QCOMPARE(lastInFeed(api, op["id"].toString()), op);
    }

    void upgradeSendsAReadyServiceBackToPendingConsents()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString customer = api.createCustomer("Upgrade Ltd");
        HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                ApiSession::serviceBody("Upgrade", "essential"));
        const QString id = obj(r)["id"].toString();
        ApiSession anonymous(server);
        QCOMPARE(grantAllConsents(anonymous, api.waitForStatus(id, {"PendingConsents"})),
                 QString("Ready"));
        r = api.get("/api/v1/services/" + id);
        r = api.patch("/api/v1/services/" + id, {{"tenant", QJsonObject{{"userType", "pro"}}}},
                      {{"If-Match", r.header("ETag")}});
        QCOMPARE(r.status, 202);
        const QJsonObject pending = api.waitForStatus(id, {"PendingConsents"});
        QCOMPARE(pending["consents"].toArray().size(), 4);
        QCOMPARE(pending["consents"][3]["id"].toString(), QString("redundant-recording-calls"));
        QVERIFY(!pending["consents"][3]["granted"].toBool());
        QVERIFY(pending["consents"][0]["granted"].toBool()); // kept
        QVERIFY(pending["alarms"][0]["message"].toString().contains("Redundant Recording Calls"));
        // The audit entry says what changed, from what to what.
        QStringList updates;
        for (const QJsonValue &e : obj(api.get("/api/v1/audit?limit=50"))["items"].toArray())
            if (e["action"].toString() == "service.update")
                updates << e["detail"].toString();
        QVERIFY2(updates.join('|').contains("tenant.userType essential → pro"),
                 qPrintable(updates.join('|')));
        QVERIFY2(updates.join('|').contains("compliance.advancedStorage off → on"),
                 qPrintable(updates.join('|')));
        QCOMPARE(obj(api.get("/api/v1/customers/" + customer))["status"].toString(),
                 QString("Warning"));
        // Downgrade: the redundant consent is no longer needed, so it is Ready again.
        r = api.get("/api/v1/services/" + id);
        r = api.patch("/api/v1/services/" + id,
                      {{"tenant", QJsonObject{{"userType", "essential"}}}},
                      {{"If-Match", r.header("ETag")}});
        QCOMPARE(r.status, 202);
        const QJsonObject ready = api.waitForStatus(id, {"Ready"});
        QCOMPARE(ready["deploymentStatus"].toString(), QString("Ready"));
        QVERIFY(ready["storage"]["replica"].isNull());
    }

    void offboardingSaysWhatHappensToTheRecordings()
    {
        ServerProcess server({"--deploy-step-ms", "0"}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        auto deployed = [&](const QString &name) {
            const QString customer = api.createCustomer(name + " Ltd");
            const HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                          ApiSession::serviceBody(name, "essential"));
            const QString id = obj(r)["id"].toString();
            api.waitForStatus(id, {"PendingConsents"});
            return id;
        };
        const QString kept = deployed("Kept");
        const QString deleted = deployed("Gone");
        auto offboard = [&](const QString &id, const QString &query) {
            const HttpResult read = api.get("/api/v1/services/" + id);
            return api.del("/api/v1/services/" + id + query, {{"If-Match", read.header("ETag")}});
        };
        HttpResult r = offboard(kept, "?recordings=shred");
        QCOMPARE(r.status, 400);
        QCOMPARE(obj(r)["errors"][0]["field"].toString(), QString("recordings"));
        QCOMPARE(obj(api.get("/api/v1/services/" + kept))["deploymentStatus"].toString(),
                 QString("PendingConsents")); // nothing changed
        QCOMPARE(offboard(kept, "").status, 202);
        QCOMPARE(offboard(deleted, "?recordings=delete").status, 202);
        api.waitForStatus(kept, {"Deleted"});
        api.waitForStatus(deleted, {"Deleted"});
        QStringList details;
        for (const QJsonValue &e : obj(api.get("/api/v1/audit?limit=100"))["items"].toArray())
            if (e["action"].toString() == "service.delete")
                details << e["detail"].toString();
        QVERIFY2(details.filter("Kept; recordings kept").size() == 1,
                 qPrintable(details.join('|')));
        // No storage is provisioned here: the entry says so rather than pretend a deletion.
        QVERIFY2(details.filter("Gone; recordings: delete asked, but no storage account").size() ==
                     1,
                 qPrintable(details.join('|')));
    }

    void killMidDeployLosesNothing()
    {
        // On PostgreSQL the killed instance's lease must run out before the restarted one
        // takes the operation over (on SQLite, one instance per file, it resumes at once).
        ServerProcess server({"--deploy-step-ms", "500", "--operation-lease-seconds", "2"},
                             bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const Headers key{{"Idempotency-Key", "deploy-crash-1"}};
        HttpResult r = api.post("/api/v1/customers", {{"displayName", "Crash Ltd"}},
                                {{"Idempotency-Key", "customer-crash-1"}});
        QCOMPARE(r.status, 201);
        const QString customer = obj(r)["id"].toString();
        const QJsonObject body = ApiSession::serviceBody("Crash", "pro");
        r = api.post("/api/v1/customers/" + customer + "/services", body, key);
        QCOMPARE(r.status, 202);
        const QString service = obj(r)["id"].toString();
        const QString operation = QString::fromUtf8(r.header("Operation-Location"));
        // Wait until the deploy is under way, then kill the server without warning.
        QTRY_VERIFY_WITH_TIMEOUT(obj(api.get(operation))["percentComplete"].toInt() >= 20, 10000);
        QVERIFY(obj(api.get(operation))["percentComplete"].toInt() < 100);
        server.kill();

        QVERIFY2(server.start(), qPrintable(server.error()));
        // The token survives the restart; the operation resumes and finishes.
        QTRY_COMPARE_WITH_TIMEOUT(obj(api.get(operation))["status"].toString(),
                                  QString("Succeeded"), 15000);
        const QJsonObject svc = obj(api.get("/api/v1/services/" + service));
        QCOMPARE(svc["deploymentStatus"].toString(), QString("PendingConsents"));
        QCOMPARE(svc["storage"]["replica"]["region"].toString(), QString("northeurope"));

        // Retrying the POSTs after the kill creates nothing twice.
        r = api.post("/api/v1/customers/" + customer + "/services", body, key);
        QCOMPARE(r.status, 202);
        QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(obj(r)["id"].toString(), service);
        r = api.post("/api/v1/customers", {{"displayName", "Crash Ltd"}},
                     {{"Idempotency-Key", "customer-crash-1"}});
        QCOMPARE(r.header("Idempotent-Replayed"), QByteArray("true"));

        QCOMPARE(obj(api.get("/api/v1/customers"))["items"].toArray().size(), 1);
        QCOMPARE(obj(api.get("/api/v1/services"))["items"].toArray().size(), 1);
        int creates = 0;
        for (const QJsonValue &e : obj(api.get("/api/v1/audit?limit=1000"))["items"].toArray())
            creates += e["action"].toString().endsWith(".create") ? 1 : 0;
        QCOMPARE(creates, 2); // one customer, one service
    }

    void sigtermStopsCleanlyAndTheDeployResumes()
    {
        ServerProcess server({"--deploy-step-ms", "300"}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString customer = api.createCustomer("Term Ltd");
        const HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                      ApiSession::serviceBody("Term", "essential"));
        QCOMPARE(r.status, 202);
        QCOMPARE(server.terminate(), 0);
        QVERIFY(server.start());
        QCOMPARE(api.waitForStatus(obj(r)["id"].toString(), {"PendingConsents"})["deploymentStatus"]
                     .toString(),
                 QString("PendingConsents"));
    }

    void changeFeedIsCompleteAndOrdered()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString a = api.createCustomer("A");
        const QString b = api.createCustomer("B");
        const QString c = api.createCustomer("C");
        HttpResult r = api.get("/api/v1/customers/" + b);
        QCOMPARE(api.patch("/api/v1/customers/" + b, {{"displayName", "B2"}},
                           {{"If-Match", r.header("ETag")}})
                     .status,
                 200);
        r = api.get("/api/v1/customers/" + c);
        QCOMPARE(api.del("/api/v1/customers/" + c, {{"If-Match", r.header("ETag")}}).status, 204);
        r = api.post("/api/v1/customers/" + a + "/services",
                     ApiSession::serviceBody("Feed", "pro"));
        const QString service = obj(r)["id"].toString();
        const QString op = QString::fromUtf8(r.header("Operation-Location")).section('/', -1);
        api.waitForStatus(service, {"PendingConsents"});

        QString next;
        const QJsonArray all = api.readFeed({}, &next, 1000);
        QCOMPARE(api.readFeed({}, nullptr, 3), all); // paging neither skips nor repeats

        QStringList customerChanges;
        int serviceChanges = 0, operationChanges = 0;
        for (const QJsonValue &ch : all) {
            const QString kind = ch["kind"].toString();
            if (kind == "customer") {
                const QString id = ch["id"].toString();
                const QString label = id == a ? "A" : id == b ? "B" : id == c ? "C" : "?";
                customerChanges << label + (ch["deleted"].toBool()
                                                ? QString(":deleted")
                                                : ':' + ch["object"]["displayName"].toString());
            }
            serviceChanges += kind == "service" ? 1 : 0;
            operationChanges += kind == "operation" ? 1 : 0;
        }
        // Creates, the rename and the delete in commit order, then A's status following its
        // service (NotOnboarded -> Warning).
        QCOMPARE(customerChanges.mid(0, 5),
                 (QStringList{"A:A", "B:B", "C:C", "B:B2", "C:deleted"}));
        QVERIFY(customerChanges.mid(5).size() >= 1);
        for (const QString &later : customerChanges.mid(5))
            QCOMPARE(later, QString("A:A"));
        QCOMPARE(operationChanges, 1 + 5); // created, then one change per step
        // Created, then only the steps that change it: the primary storage, the replica and
        // the Quick Start (checking the settings and registering the bots leave it as it was).
        QCOMPARE(serviceChanges, 1 + 3);
        QCOMPARE(api.get("/api/v1/services/" + service).header("ETag"), QByteArray("\"v4\""));
        // The last change of each object is its current state.
        QJsonObject lastService;
        for (const QJsonValue &ch : all) {
            if (ch["id"].toString() == service)
                lastService = ch["object"].toObject();
        }
        QCOMPARE(lastService, obj(api.get("/api/v1/services/" + service)));
        QCOMPARE(obj(api.get("/api/v1/operations/" + op))["status"].toString(),
                 QString("Succeeded"));

        // Nothing new: an empty page that keeps the token.
        r = api.get("/api/v1/changes?since=" + next);
        QCOMPARE(r.status, 200);
        QVERIFY(obj(r)["changes"].toArray().isEmpty());
        QCOMPARE(obj(r)["next"].toString(), next);
    }

    void compactionAnswers410()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString a = api.createCustomer("A");
        for (int i = 0; i < 3; ++i) {
            const HttpResult r = api.get("/api/v1/customers/" + a);
            api.patch("/api/v1/customers/" + a, {{"displayName", "A" + QString::number(i)}},
                      {{"If-Match", r.header("ETag")}});
        }
        const QString early = obj(api.get("/api/v1/changes?limit=1"))["next"].toString();
        QCOMPARE(api.get("/api/v1/changes?since=" + early).status, 200);
        QCOMPARE(server.terminate(), 0);
        server.setExtraArguments({"--compact-changes"});
        QVERIFY(server.start());
        const HttpResult gone = api.get("/api/v1/changes?since=" + early);
        QCOMPARE(gone.status, 410);
        QVERIFY(gone.header("Content-Type").startsWith("application/problem+json"));
        const QJsonArray all = api.readFeed({}, nullptr, 100);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0]["object"]["displayName"].toString(), QString("A2"));
    }

    void noSecretInLogsOrAudit()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        QVERIFY(api.createUser("second", "second-password-9", "operator"));
        ApiSession second(server);
        QVERIFY(second.signIn("second", "second-password-9"));
        ApiSession wrong(server);
        QVERIFY(!wrong.signIn("second", "not-the-password-7"));
        const QString customer = api.createCustomer("Secret Ltd");
        HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                ApiSession::serviceBody("Secret", "essential"));
        const QJsonObject svc = api.waitForStatus(obj(r)["id"].toString(), {"PendingConsents"});
        const QString quickToken = QUrl(svc["quickStartUrl"].toString()).path().section('/', 2);
        QVERIFY(quickToken.size() >= 22);
        ApiSession anonymous(server);
        QCOMPARE(grantAllConsents(anonymous, svc), QString("Ready"));
        QCOMPARE(anonymous.get("/quickstart/" + quickToken).status, 200);

        const QByteArray audit = api.get("/api/v1/audit?limit=1000").body;
        QCOMPARE(server.terminate(), 0);
        const QByteArray log = server.standardError();
        QVERIFY(log.contains("POST /api/v1/auth/token 200"));
        QVERIFY(log.contains("GET /quickstart/*** 200"));
        const QList<QByteArray> secrets{adminPassword.toUtf8(), "second-password-9",
                                        "not-the-password-7",   api.token(),
                                        second.token(),         quickToken.toUtf8()};
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!log.contains(secret), "a secret reached the log: " + secret);
            QVERIFY2(!audit.contains(secret), "a secret reached the audit trail: " + secret);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "tst_serverlifecycle.moc"
