// Every service endpoint of api.md against the real insights-server, its success path and each
// status code api.md lists for it: services and their operations, customer operators, the
// Quick Start, idempotency keys, the change feed and the audit trail.
#include "support/serverapifixture.h"

using namespace insights::test;

class TestServerServices : public QObject, ServerApiFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = startServer();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // --- Services ---------------------------------------------------------------------------

    void createServiceAccepted()
    {
        const QString name = unique("Accept");
        const QString customer = m_admin->createCustomer(name);
        const HttpResult r = m_admin->post("/api/v1/customers/" + customer + "/services",
                                           ApiSession::serviceBody(name, "pro"));
        QCOMPARE(r.status, 202);
        const QString id = obj(r)["id"].toString();
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("Deploying"));
        QCOMPARE(r.header("Location"), ("/api/v1/services/" + id).toUtf8());
        QVERIFY(r.header("Operation-Location").startsWith("/api/v1/operations/"));
        QVERIFY(!r.header("ETag").isEmpty());
        const HttpResult op = m_admin->get(QString::fromUtf8(r.header("Operation-Location")));
        QCOMPARE(op.status, 200);
        QCOMPARE(obj(op)["kind"].toString(), QString("deploy"));
        QCOMPARE(obj(op)["serviceId"].toString(), id);
        QCOMPARE(obj(op)["steps"].toArray().size(), 5);
        QCOMPARE(m_admin->get("/api/v1/operations/op-nothing").status, 404);
        QCOMPARE(m_admin
                     ->post("/api/v1/customers/cus-nothing/services",
                            ApiSession::serviceBody(unique("Nobody"), "pro"))
                     .status,
                 404);
    }

    void serviceValidation_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("pro without advanced storage")
            << "compliance.advancedStorage" << QJsonValue(false) << 422
            << QStringList{"compliance.advancedStorage:advanced-storage-coupling"};
        QTest::newRow("pro in an unpaired location")
            << "tenant.storageLocation" << QJsonValue("qatarcentral") << 422
            << QStringList{"tenant.storageLocation:unpaired-location"};
        QTest::newRow("control notifications without a waiver")
            << "compliance.controlTeamsNotifications" << QJsonValue(true) << 422
            << QStringList{"compliance.teamsNotificationsWaiverReference:required"};
        QTest::newRow("waiver without control")
            << "compliance.teamsNotificationsWaiverReference" << QJsonValue("WVR-1") << 422
            << QStringList{"compliance.teamsNotificationsWaiverReference:not-applicable"};
        QTest::newRow("allow exceed")
            << "tenant.allowExceedIncludedUsers" << QJsonValue(true) << 422
            << QStringList{"tenant.allowExceedIncludedUsers:not-in-use"};
        QTest::newRow("bad name") << "tenant.name" << QJsonValue("CN.com") << 422
                                  << QStringList{"tenant.name:full-stop"};
        QTest::newRow("trailing hyphen is invalid on the server")
            << "tenant.shortName" << QJsonValue("Short-") << 422
            << QStringList{"tenant.shortName:hyphen-last"};
        QTest::newRow("too many users") << "tenant.includedUsers" << QJsonValue(1000001) << 422
                                        << QStringList{"tenant.includedUsers:too-large"};
        QTest::newRow("wrong type") << "tenant.includedUsers" << QJsonValue("250") << 400
                                    << QStringList{"tenant.includedUsers:wrong-type"};
        QTest::newRow("unknown member") << "tenant.colour" << QJsonValue("red") << 400
                                        << QStringList{"tenant.colour:unknown-member"};
    }
    void serviceValidation()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(int, status);
        QFETCH(QStringList, errors);
        const QString name = unique("Valid");
        const QString customer = m_admin->createCustomer(name);
        QJsonObject body = ApiSession::serviceBody(name, "pro");
        const QStringList path = member.split('.');
        QJsonObject group = body[path[0]].toObject();
        group[path[1]] = value;
        body[path[0]] = group;
        const HttpResult r = m_admin->post("/api/v1/customers/" + customer + "/services", body);
        QCOMPARE(r.status, status);
        QCOMPARE(errorFields(r), errors);
        QVERIFY(!r.json()["errors"][0]["message"].toString().isEmpty());
        // Nothing was created.
        QCOMPARE(obj(m_admin->get("/api/v1/customers/" + customer))["serviceIds"].toArray().size(),
                 0);
    }

    void everyFieldErrorAtOnce()
    {
        const QString customer = m_admin->createCustomer(unique("Many"));
        QJsonObject body = ApiSession::serviceBody("x", "pro");
        QJsonObject tenant = body["tenant"].toObject();
        tenant["name"] = "a b";
        tenant["domain"] = "nodots";
        tenant["adminUpns"] = QJsonArray{"ok@x.com", "two@@x.com"};
        tenant["contactEmails"] = QJsonArray{"a@x.com", "A@X.com"};
        body["tenant"] = tenant;
        const HttpResult r = m_admin->post("/api/v1/customers/" + customer + "/services", body);
        QCOMPARE(r.status, 422);
        QCOMPARE(
            errorFields(r),
            (QStringList{"tenant.name:whitespace", "tenant.domain:single-label",
                         "tenant.contactEmails[1]:duplicate", "tenant.adminUpns[1]:multiple-at"}));
    }

    void uniquenessConflicts()
    {
        const QString name = unique("Uniq");
        deployed(name);
        const struct
        {
            const char *member;
            QString value;
        } clashes[] = {{"name", name.toUpper()},
                       {"domain", name.toUpper() + ".OnMicrosoft.com"},
                       {"shortName", name.toLower()}};
        for (const auto &c : clashes) {
            const QString other = unique("Other");
            const QString customer = m_admin->createCustomer(other);
            QJsonObject body = ApiSession::serviceBody(other, "essential");
            QJsonObject tenant = body["tenant"].toObject();
            tenant[c.member] = c.value;
            body["tenant"] = tenant;
            const HttpResult r = m_admin->post("/api/v1/customers/" + customer + "/services", body);
            QCOMPARE(r.status, 409);
            QCOMPARE(errorFields(r), QStringList{QString("tenant.") + c.member + ":in-use"});
        }
    }

    void secondServiceForOneCustomer()
    {
        const auto [customer, service] = deployed(unique("Twice"));
        const HttpResult r = m_admin->post("/api/v1/customers/" + customer + "/services",
                                           ApiSession::serviceBody(unique("Again"), "essential"));
        QCOMPARE(r.status, 409);
    }

    void malformedBodies()
    {
        const QString customer = m_admin->createCustomer(unique("Malformed"));
        const QString path = "/api/v1/customers/" + customer + "/services";
        QCOMPARE(m_admin->send("POST", path, "{\"type\":").status, 400);
        QCOMPARE(m_admin->send("POST", path, "[1,2]").status, 400);
        QCOMPARE(m_admin->send("POST", path, "").status, 400);
        QCOMPARE(
            m_admin->send("POST", path, "{\"type\":\"interaction-recording\",\"tenant\":5}").status,
            400);
        QByteArray huge = "{\"type\":\"" + QByteArray(1024 * 1024 + 10, 'a') + "\"}";
        const HttpResult r = m_admin->send("POST", path, huge);
        QCOMPARE(r.status, 413);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
    }

    void patchService()
    {
        const auto [customer, service] = deployed(unique("Patch"));
        const QString path = "/api/v1/services/" + service;
        HttpResult r = m_admin->get(path);
        const QByteArray etag = r.header("ETag");
        QCOMPARE(m_admin->patch(path, {{"tenant", QJsonObject{{"notes", "n"}}}}).status, 428);
        QCOMPARE(m_admin->patch(path, {{"tenant", QJsonObject{{"notes", "n"}}}}, ifMatch("\"v0\""))
                     .status,
                 412);
        // Every locked field is refused with code "locked".
        const struct
        {
            const char *member;
            const char *value;
        } locked[] = {{"name", "Renamed"},
                      {"domain", "renamed.onmicrosoft.com"},
                      {"shortName", "Renamed"},
                      {"storageLocation", "northeurope"}};
        for (const auto &l : locked) {
            r = m_admin->patch(path, {{"tenant", QJsonObject{{l.member, l.value}}}}, ifMatch(etag));
            QCOMPARE(r.status, 422);
            QCOMPARE(errorFields(r), QStringList{QString("tenant.") + l.member + ":locked"});
        }
        r = m_admin->patch(path, {{"tenant", QJsonObject{{"includedUsers", 0}}}}, ifMatch(etag));
        QCOMPARE(r.status, 422);
        r = m_admin->patch(path, {{"tenant", QJsonObject{{"bogus", 1}}}}, ifMatch(etag));
        QCOMPARE(r.status, 400);
        r = m_admin->patch(path, {{"tenant", 5}}, ifMatch(etag));
        QCOMPARE(r.status, 400);
        // An ordinary edit: 200, new ETag, read-only members echoed back are ignored.
        r = m_admin->patch(path,
                           {{"tenant", QJsonObject{{"notes", "renewed"}, {"includedUsers", 500}}},
                            {"compliance", QJsonObject{{"deleteCallRecordings", true}}},
                            {"status", "OK"},
                            {"licenseType", "x"}},
                           ifMatch(etag));
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["tenant"]["notes"].toString(), QString("renewed"));
        QCOMPARE(obj(r)["tenant"]["includedUsers"].toInt(), 500);
        QVERIFY(obj(r)["compliance"]["deleteCallRecordings"].toBool());
        QCOMPARE(obj(r)["status"].toString(), QString("Warning"));
        QVERIFY(r.header("ETag") != etag);
    }

    void userTypeChangeRunsAnUpdate()
    {
        const auto [customer, service] = deployed(unique("Upgrade"), "essential");
        const QString path = "/api/v1/services/" + service;
        HttpResult r = m_admin->get(path);
        QCOMPARE(obj(r)["consents"].toArray().size(), 3);
        QVERIFY(obj(r)["storage"]["replica"].isNull());
        r = m_admin->patch(path, {{"tenant", QJsonObject{{"userType", "pro"}}}},
                           ifMatch(r.header("ETag")));
        QCOMPARE(r.status, 202);
        QVERIFY(r.header("Operation-Location").startsWith("/api/v1/operations/"));
        QVERIFY(obj(r)["compliance"]["advancedStorage"].toBool());
        QCOMPARE(obj(r)["licenseType"].toString(), QString("Audio & Redundancy"));
        QTRY_COMPARE(obj(m_admin->get(QString::fromUtf8(r.header("Operation-Location"))))["status"]
                         .toString(),
                     QString("Succeeded"));
        r = m_admin->get(path);
        QCOMPARE(obj(r)["consents"].toArray().size(), 4);
        QCOMPARE(obj(r)["storage"]["replica"]["region"].toString(), QString("northeurope"));
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("PendingConsents"));
        // Pro with advancedStorage false explicitly is still refused.
        r = m_admin->patch(path, {{"compliance", QJsonObject{{"advancedStorage", false}}}},
                           ifMatch(r.header("ETag")));
        QCOMPARE(r.status, 422);
    }

    void deployRetryAndFailure()
    {
        ServerProcess server({}, [] {
            auto env = bootstrapEnvironment();
            env.insert("INSIGHTS_FAIL_STEP", "register-bots:1");
            return env;
        }());
        QVERIFY(server.start());
        ApiSession s(server);
        QVERIFY(s.signIn(adminUser, adminPassword));
        const QString customer = s.createCustomer("Failing");
        HttpResult r = s.post("/api/v1/customers/" + customer + "/services",
                              ApiSession::serviceBody("Failing", "pro"));
        QCOMPARE(r.status, 202);
        const QString service = obj(r)["id"].toString();
        QJsonObject svc = s.waitForStatus(service, {"DeploymentError"});
        QCOMPARE(svc["deploymentStatus"].toString(), QString("DeploymentError"));
        QCOMPARE(svc["status"].toString(), QString("Error"));
        QCOMPARE(svc["alarms"][0]["code"].toString(), QString("deployment-failed"));
        QVERIFY(svc["alarms"][0]["message"].toString().contains("Register the recording bot"));
        const HttpResult op = s.get(QString::fromUtf8(r.header("Operation-Location")));
        QCOMPARE(obj(op)["status"].toString(), QString("Failed"));
        QVERIFY(obj(op)["error"]["message"].toString().contains("Register the recording bot"));
        QCOMPARE(obj(s.get("/api/v1/customers/" + customer))["status"].toString(),
                 QString("Error"));

        // The failure is each instance's own (INSIGHTS_FAIL_STEP counts in its process): on a
        // team server the retry may be claimed by an instance that has not failed yet.
        for (int k = 0; k < ServerProcess::instanceCount(); ++k) {
            r = s.post("/api/v1/services/" + service + "/deploy", {});
            QCOMPARE(r.status, 202);
            svc = s.waitForStatus(service, {"PendingConsents", "DeploymentError"});
            if (svc["deploymentStatus"].toString() == QLatin1String("PendingConsents"))
                break;
        }
        QCOMPARE(svc["deploymentStatus"].toString(), QString("PendingConsents"));
        QCOMPARE(svc["alarms"].toArray().size(), 1);
        QCOMPARE(svc["alarms"][0]["code"].toString(), QString("consent-required"));
        QCOMPARE(s.post("/api/v1/services/" + service + "/deploy", {}).status, 409);
        QCOMPARE(s.post("/api/v1/services/svc-nothing/deploy", {}).status, 404);
    }

    void offboardFreesNames()
    {
        const QString name = unique("Offboard");
        const auto [customer, service] = deployed(name);
        const QString path = "/api/v1/services/" + service;
        HttpResult r = m_admin->get(path);
        QCOMPARE(m_admin->del(path).status, 428);
        QCOMPARE(m_admin->del(path, ifMatch("\"v0\"")).status, 412);
        r = m_admin->del(path, ifMatch(r.header("ETag")));
        QCOMPARE(r.status, 202);
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("Deleting"));
        QVERIFY(r.header("Operation-Location").startsWith("/api/v1/operations/"));
        const QJsonObject svc = m_admin->waitForStatus(service, {"Deleted"});
        QCOMPARE(svc["deploymentStatus"].toString(), QString("Deleted"));
        QVERIFY(svc["quickStartUrl"].isNull());
        QCOMPARE(m_admin->del(path, ifMatch("*")).status, 409);
        // Hidden from the default list, shown when asked for.
        QVERIFY(!m_admin->get("/api/v1/services?customerId=" + customer)
                     .body.contains(service.toUtf8()));
        QVERIFY(m_admin->get("/api/v1/services?status=Deleted&customerId=" + customer)
                    .body.contains(service.toUtf8()));
        // The names are free again, for this customer or another.
        r = m_admin->get("/api/v1/availability?name=" + name);
        QVERIFY(obj(r)["name"]["available"].toBool());
        r = m_admin->post("/api/v1/customers/" + customer + "/services",
                          ApiSession::serviceBody(name, "essential"));
        QCOMPARE(r.status, 202);
    }

    void serviceLists()
    {
        const auto [customer, service] = deployed(unique("Listed"));
        HttpResult r = m_admin->get("/api/v1/services?customerId=" + customer);
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["items"].toArray().size(), 1);
        QCOMPARE(obj(r)["items"][0]["id"].toString(), service);
        r = m_admin->get("/api/v1/services?status=PendingConsents&customerId=" + customer);
        QCOMPARE(obj(r)["items"].toArray().size(), 1);
        r = m_admin->get("/api/v1/services?status=OK&customerId=" + customer);
        QCOMPARE(obj(r)["items"].toArray().size(), 0);
        QCOMPARE(m_admin->get("/api/v1/services?status=Nope").status, 400);
        QCOMPARE(m_admin->get("/api/v1/services/svc-nothing").status, 404);
    }

    // --- Customer operators -----------------------------------------------------------------

    void customerOperators()
    {
        const QString customer = m_admin->createCustomer(unique("Operators"));
        const QString path = "/api/v1/customers/" + customer + "/operators";
        HttpResult r = m_admin->post(
            path, {{"name", "Zoë Ångström"}, {"email", "zoe@contoso.com"}, {"level", "admin"}});
        QCOMPARE(r.status, 201);
        const QString id = obj(r)["id"].toString();
        QCOMPARE(obj(r)["level"].toString(), QString("admin"));
        r = m_admin->post(path,
                          {{"name", "Zoe"}, {"email", "ZOE@contoso.com"}, {"level", "monitor"}});
        QCOMPARE(r.status, 409);
        QCOMPARE(errorFields(r), QStringList{"email:in-use"});
        r = m_admin->post(path, {{"name", ""}, {"email", "not-an-email"}, {"level", "boss"}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r),
                 (QStringList{"name:required", "email:missing-at", "level:invalid-choice"}));
        r = m_monitor->get(path);
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["items"].toArray().size(), 1);
        QCOMPARE(m_admin->del(path + "/" + id).status, 204);
        QCOMPARE(m_admin->del(path + "/" + id).status, 404);
        QCOMPARE(m_admin->get("/api/v1/customers/cus-nothing/operators").status, 404);
        // Another customer may use the same email.
        const QString other = m_admin->createCustomer(unique("Operators"));
        QCOMPARE(m_admin
                     ->post("/api/v1/customers/" + other + "/operators",
                            {{"name", "Zoe"}, {"email", "zoe@contoso.com"}, {"level", "operator"}})
                     .status,
                 201);
    }

    // --- Quick Start ------------------------------------------------------------------------

    void quickStart()
    {
        const auto [customer, service] = deployed(unique("Quick"), "essential");
        const QJsonObject svc = obj(m_admin->get("/api/v1/services/" + service));
        const QUrl url(svc["quickStartUrl"].toString());
        QVERIFY(url.isValid());
        const QString token = url.path().section('/', 2);
        QVERIFY2(token.size() >= 22, "at least 128 bits of randomness");
        ApiSession anonymous(*m_server);

        HttpResult page = anonymous.get(url.path());
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QVERIFY(!page.body.contains("<script"));
        QVERIFY(!page.body.contains("http://") && !page.body.contains("https://"));
        QVERIFY(page.body.indexOf("M365 Login") < page.body.indexOf("Recording Calls"));
        QVERIFY(page.body.contains("disabled"));

        QCOMPARE(anonymous.get("/quickstart/not-a-real-token-at-all").status, 404);
        QCOMPARE(anonymous.post(url.path() + "/consents/recording-calls", {}).status, 409);
        QCOMPARE(anonymous.post(url.path() + "/consents/redundant-recording-calls", {}).status,
                 404); // not needed for Essential
        HttpResult r = anonymous.post(url.path() + "/consents/m365-login", {});
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("PendingConsents"));
        // A browser's form post is answered with a redirect back to the page.
        r = anonymous.send("POST", url.path() + "/consents/read-directory", "",
                           {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 303);
        QCOMPARE(r.header("Location"), url.path().toUtf8());
        r = anonymous.post(url.path() + "/consents/recording-calls", {});
        QCOMPARE(obj(r)["deploymentStatus"].toString(), QString("Ready"));
        const QJsonObject ready = obj(m_admin->get("/api/v1/services/" + service));
        QCOMPARE(ready["status"].toString(), QString("OK"));
        QVERIFY(ready["alarms"].toArray().isEmpty());
        QCOMPARE(obj(m_admin->get("/api/v1/customers/" + customer))["status"].toString(),
                 QString("OK"));
        // Granting again changes nothing.
        QCOMPARE(anonymous.post(url.path() + "/consents/recording-calls", {}).status, 200);
    }

    // --- Idempotency ------------------------------------------------------------------------

    void idempotencyKeys()
    {
        const Headers key{{"Idempotency-Key", "create-customer-42"}};
        HttpResult first = m_admin->post("/api/v1/customers", {{"displayName", "Once Ltd"}}, key);
        QCOMPARE(first.status, 201);
        HttpResult again = m_admin->post("/api/v1/customers", {{"displayName", "Once Ltd"}}, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(again.header("Location"), first.header("Location"));
        QVERIFY(first.header("Idempotent-Replayed").isEmpty());
        QCOMPARE(obj(m_admin->get("/api/v1/customers?search=Once%20Ltd"))["items"].toArray().size(),
                 1);
        HttpResult other = m_admin->post("/api/v1/customers", {{"displayName", "Twice Ltd"}}, key);
        QCOMPARE(other.status, 422);
        QCOMPARE(errorFields(other), QStringList{"Idempotency-Key:key-reused"});
        // Keys are scoped to the caller: another user's same key is a new request.
        QVERIFY(m_admin->createUser(unique("ops"), "ops-password-12", "operator"));
        QCOMPARE(m_admin
                     ->post("/api/v1/customers", {{"displayName", "Once Ltd"}},
                            {{"Idempotency-Key", QByteArray(256, 'k')}})
                     .status,
                 400);
        // A key sent empty is refused, not taken for no key: nothing is created.
        const HttpResult empty = m_admin->post(
            "/api/v1/customers", {{"displayName", "Empty Key Ltd"}}, {{"Idempotency-Key", ""}});
        QCOMPARE(empty.status, 400);
        QVERIFY(empty.body.contains("Idempotency-Key"));
        QCOMPARE(
            obj(m_admin->get("/api/v1/customers?search=Empty%20Key"))["items"].toArray().size(), 0);
    }

    // --- Change feed and audit --------------------------------------------------------------

    void changeFeedBasics()
    {
        HttpResult r = m_admin->get("/api/v1/changes?limit=5");
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["changes"].toArray().size(), 5);
        QVERIFY(obj(r)["hasMore"].toBool());
        const QString next = obj(r)["next"].toString();
        r = m_admin->get("/api/v1/changes?limit=1000&since=" + next);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &c : obj(r)["changes"].toArray()) {
            QVERIFY(
                QStringList({"customer", "service", "operation"}).contains(c["kind"].toString()));
            QCOMPARE(c["object"].isNull(), c["deleted"].toBool());
        }
        QCOMPARE(m_admin->get("/api/v1/changes?since=%21%21").status, 400);
        QCOMPARE(m_admin->get("/api/v1/changes?since=OTk5OTk5OTk").status, 410); // 99999999
    }

    void auditTrail()
    {
        ApiSession wrong(*m_server); // a failed sign-in, audited
        QVERIFY(!wrong.signIn(adminUser, "not-the-password"));
        ApiSession stranger(*m_server);
        QCOMPARE(stranger.get("/api/v1/customers").status, 401);
        QCOMPARE(m_monitor->post("/api/v1/customers", {{"displayName", "No"}}).status, 403);
        const HttpResult r = m_admin->get("/api/v1/audit?limit=1000");
        QCOMPARE(r.status, 200);
        const QByteArray body = r.body;
        QVERIFY(body.contains("\"action\":\"login\""));
        QVERIFY(body.contains("\"result\":\"failure\""));
        // 401s are audited once per address and minute (tst_serverhousekeeping has the rest).
        QVERIFY(body.contains("401 from 127.0.0.1: "));
        QVERIFY(body.contains("403: role monitor"));
        QVERIFY(body.contains("\"action\":\"customer.create\""));
        QVERIFY(body.contains("\"action\":\"service.create\""));
        const QJsonArray items = obj(r)["items"].toArray();
        QVERIFY(items.size() > 10);
        QVERIFY(items[0]["at"].toString() >= items[1]["at"].toString()); // newest first
        const QString target = items[0]["target"].toString();
        for (const QJsonValue &e :
             obj(m_admin->get("/api/v1/audit?target=" + QUrl::toPercentEncoding(target)))["items"]
                 .toArray())
            QCOMPARE(e["target"].toString(), target);
    }
};

QTEST_GUILESS_MAIN(TestServerServices)
#include "tst_serverservices.moc"
