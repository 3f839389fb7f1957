// Every endpoint of api.md against the real insights-server: its success path and each
// status code api.md lists for it.
#include "support/apisession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace insights::test;

namespace {

const QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
}

QStringList errorFields(const HttpResult &r)
{
    QStringList out;
    for (const QJsonValue &e : r.json()["errors"].toArray())
        out << e["field"].toString() + ':' + e["code"].toString();
    return out;
}

Headers ifMatch(const QByteArray &etag)
{
    return {{"If-Match", etag}};
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_admin;
    std::unique_ptr<ApiSession> m_monitor;
    int m_counter = 0;

    QString unique(const QString &base) { return base + QString::number(++m_counter); }

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

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{}, bootstrapEnvironment());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_admin = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_admin->signIn(adminUser, adminPassword));
        QVERIFY(m_admin->createUser("watcher", "watcher-password-1", "monitor"));
        m_monitor = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_monitor->signIn("watcher", "watcher-password-1"));
    }

    // --- Authentication ---------------------------------------------------------------------

    void tokenEndpoint()
    {
        ApiSession s(*m_server);
        HttpResult r =
            s.post("/api/v1/auth/token", {{"username", adminUser}, {"password", adminPassword}});
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["tokenType"].toString(), QString("Bearer"));
        QCOMPARE(obj(r)["role"].toString(), QString("admin"));
        QCOMPARE(obj(r)["username"].toString(), adminUser);
        QCOMPARE(obj(r)["expiresIn"].toInt(), 8 * 3600);
        QCOMPARE(obj(r)["accessToken"].toString().size(), 43); // 256 bits, base64url

        r = s.post("/api/v1/auth/token", {{"username", adminUser}, {"password", "wrong"}});
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        r = s.post("/api/v1/auth/token", {{"username", "nobody"}, {"password", "whatever-1234"}});
        QCOMPARE(r.status, 401);
        r = s.post("/api/v1/auth/token", {{"username", adminUser}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r), QStringList{"password:required"});
        r = s.post("/api/v1/auth/token", {{"username", 5}, {"password", "x"}});
        QCOMPARE(r.status, 400);
        r = s.send("POST", "/api/v1/auth/token", "{\"username\":");
        QCOMPARE(r.status, 400);
    }

    void repeatedFailuresAreThrottled()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession s(server);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                s.post("/api/v1/auth/token", {{"username", adminUser}, {"password", "wrong-guess"}})
                    .status,
                401);
        const HttpResult r =
            s.post("/api/v1/auth/token", {{"username", adminUser}, {"password", adminPassword}});
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").toInt() > 0);
        // Another user from the same address is not locked out by one user's failures.
        ApiSession admin(server);
        QVERIFY(!admin.signIn(adminUser, adminPassword));
    }

    void unauthorised_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no token") << QByteArray();
        QTest::newRow("wrong token")
            << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        QTest::newRow("not bearer") << QByteArray("Basic YWRtaW46YWRtaW4=");
    }
    void unauthorised()
    {
        QFETCH(QByteArray, authorization);
        ApiSession s(*m_server);
        Headers h;
        if (!authorization.isEmpty())
            h.append({"Authorization", authorization});
        for (const char *path : {"/api/v1/customers", "/api/v1/services", "/api/v1/changes",
                                 "/api/v1/audit", "/api/v1/storage-locations"}) {
            const HttpResult r = s.get(path, h);
            QCOMPARE(r.status, 401);
            QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        }
    }

    void expiredToken()
    {
        // Three seconds: long enough that a loaded machine still uses the token in time.
        ServerProcess server({"--token-ttl-seconds", "3"}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession s(server);
        QVERIFY(s.signIn(adminUser, adminPassword));
        QCOMPARE(s.get("/api/v1/customers").status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(s.get("/api/v1/customers").status, 401, 10000);
        QVERIFY(s.get("/api/v1/customers").body.contains("expired"));
    }

    void monitorIsReadOnly()
    {
        const auto [customer, service] = deployed(unique("Monitored"));
        const QJsonObject anyBody{{"displayName", "x"}};
        const struct
        {
            QByteArray method;
            QString path;
        } mutating[] = {
            {"POST", "/api/v1/customers"},
            {"PATCH", "/api/v1/customers/" + customer},
            {"DELETE", "/api/v1/customers/" + customer},
            {"POST", "/api/v1/customers/" + customer + "/services"},
            {"POST", "/api/v1/customers/" + customer + "/operators"},
            {"PATCH", "/api/v1/customers/" + customer + "/operators/opr-1"},
            {"DELETE", "/api/v1/customers/" + customer + "/operators/opr-1"},
            {"PATCH", "/api/v1/services/" + service},
            {"DELETE", "/api/v1/services/" + service},
            {"POST", "/api/v1/services/" + service + "/deploy"},
            {"POST", "/api/v1/users"},
            {"PATCH", "/api/v1/users/admin"},
            {"DELETE", "/api/v1/users/admin"},
        };
        for (const auto &m : mutating) {
            const HttpResult r = m_monitor->send(m.method, m.path, QJsonDocument(anyBody).toJson(),
                                                 {{"If-Match", "*"}});
            QVERIFY2(r.status == 403,
                     qPrintable(m.method + ' ' + m.path + ' ' + QString::number(r.status)));
        }
        // Reading is allowed.
        QCOMPARE(m_monitor->get("/api/v1/customers/" + customer).status, 200);
        QCOMPARE(m_monitor->get("/api/v1/services/" + service).status, 200);
        // And nothing changed.
        QCOMPARE(obj(m_admin->get("/api/v1/services/" + service))["deploymentStatus"].toString(),
                 QString("PendingConsents"));
    }

    // --- Console users ----------------------------------------------------------------------

    void consoleUsers()
    {
        HttpResult r = m_admin->get("/api/v1/users");
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("\"watcher\""));
        QVERIFY(!r.body.contains("password"));
        r = m_admin->post(
            "/api/v1/users",
            {{"username", "ops1"}, {"password", "ops-password-12"}, {"role", "operator"}});
        QCOMPARE(r.status, 201);
        QCOMPARE(obj(r)["role"].toString(), QString("operator"));
        r = m_admin->post(
            "/api/v1/users",
            {{"username", "OPS1"}, {"password", "ops-password-12"}, {"role", "operator"}});
        QCOMPARE(r.status, 409);
        r = m_admin->post("/api/v1/users",
                          {{"username", "bad name"}, {"password", "short"}, {"role", "root"}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r), (QStringList{"username:forbidden-character", "password:too-short",
                                              "role:invalid-choice"}));
        ApiSession ops(*m_server);
        QVERIFY(ops.signIn("ops1", "ops-password-12"));
        QCOMPARE(ops.get("/api/v1/users").status, 403); // operators do not manage users
        QCOMPARE(ops.get("/api/v1/customers").status, 200);
        QCOMPARE(m_admin->del("/api/v1/users/ops1").status, 204);
        // Its tokens went with it: at once on this instance, within the 1 s token cache on
        // the others (a team server's round-robin asks each in turn).
        const auto revokedEverywhere = [&] {
            for (qsizetype k = 0; k < m_server->instanceUrls().size(); ++k) {
                if (ops.get("/api/v1/customers").status != 401)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(revokedEverywhere(), 2000);
        QCOMPARE(m_admin->del("/api/v1/users/ops1").status, 404);
        QCOMPARE(m_admin->del("/api/v1/users/admin").status, 409); // not yourself
    }

    // --- Reference data ---------------------------------------------------------------------

    void storageLocations()
    {
        const HttpResult r = m_monitor->get("/api/v1/storage-locations");
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 33);
        for (const QJsonValue &v : list) {
            QCOMPARE(v.toObject().keys(),
                     (QStringList{"geography", "id", "pairedRegion", "region"}));
            if (v["id"] == "qatarcentral")
                QVERIFY(v["pairedRegion"].isNull());
            if (v["id"] == "northeurope")
                QCOMPARE(v["pairedRegion"].toString(), QString("westeurope"));
        }
    }

    void availability()
    {
        const QString name = unique("Avail");
        HttpResult r =
            m_admin->get("/api/v1/availability?name=" + name + "&domain=" + name.toLower() +
                         ".onmicrosoft.com&shortName=" + name);
        QCOMPARE(r.status, 200);
        QVERIFY(obj(r)["name"]["available"].toBool());
        QVERIFY(obj(r)["domain"]["available"].toBool());
        QVERIFY(obj(r)["shortName"]["available"].toBool());
        deployed(name);
        r = m_admin->get("/api/v1/availability?name=" + name.toUpper() +
                         "&domain=" + name.toUpper() + ".ONMICROSOFT.COM");
        QVERIFY(!obj(r)["name"]["available"].toBool());
        QVERIFY(!obj(r)["name"]["reason"].toString().isEmpty());
        QVERIFY(!obj(r)["domain"]["available"].toBool());
        QVERIFY(!obj(r).contains("shortName"));
        QCOMPARE(m_admin->get("/api/v1/availability").status, 400);
    }

    // --- Customers --------------------------------------------------------------------------

    void customerCrud()
    {
        HttpResult r = m_admin->post("/api/v1/customers",
                                     {{"displayName", "Fabrikam"}, {"description", "Pilot"}});
        QCOMPARE(r.status, 201);
        const QString id = obj(r)["id"].toString();
        QCOMPARE(r.header("Location"), ("/api/v1/customers/" + id).toUtf8());
        const QByteArray etag = r.header("ETag");
        QVERIFY(etag.startsWith('"'));
        QCOMPARE(obj(r)["status"].toString(), QString("NotOnboarded"));
        QCOMPARE(obj(r)["createdBy"].toString(), adminUser);

        r = m_admin->get("/api/v1/customers/" + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("ETag"), etag);
        QCOMPARE(m_admin->get("/api/v1/customers/cus-nothing").status, 404);

        QCOMPARE(m_admin->patch("/api/v1/customers/" + id, {{"displayName", "F2"}}).status, 428);
        QCOMPARE(
            m_admin->patch("/api/v1/customers/" + id, {{"displayName", "F2"}}, ifMatch("\"v999\""))
                .status,
            412);
        r = m_admin->patch("/api/v1/customers/" + id, {{"colour", "red"}}, ifMatch(etag));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorFields(r), QStringList{"colour:unknown-member"});
        r = m_admin->patch("/api/v1/customers/" + id, {{"displayName", ""}}, ifMatch(etag));
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r), QStringList{"displayName:required"});
        r = m_admin->patch("/api/v1/customers/" + id,
                           {{"displayName", "  "}, {"description", QString(2001, 'x')}},
                           ifMatch(etag));
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r).size(), 2);
        r = m_admin->patch("/api/v1/customers/" + id, {{"description", 5}}, ifMatch(etag));
        QCOMPARE(r.status, 400);
        QCOMPARE(
            m_admin->patch("/api/v1/customers/cus-nothing", {{"displayName", "F2"}}, ifMatch(etag))
                .status,
            404);
        QCOMPARE(ApiSession(*m_server)
                     .patch("/api/v1/customers/" + id, {{"displayName", "F2"}}, ifMatch(etag))
                     .status,
                 401);
        QCOMPARE(m_monitor->patch("/api/v1/customers/" + id, {{"displayName", "F2"}}, ifMatch(etag))
                     .status,
                 403);
        // Nothing of that changed it: the ETag still matches.
        QCOMPARE(m_admin->get("/api/v1/customers/" + id).header("ETag"), etag);
        r = m_admin->patch("/api/v1/customers/" + id,
                           {{"displayName", "Fabrikam EU"}, {"id", "ignored"}}, ifMatch(etag));
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["displayName"].toString(), QString("Fabrikam EU"));
        QCOMPARE(obj(r)["description"].toString(), QString("Pilot"));
        // The old ETag is stale now; the new one takes the description.
        QCOMPARE(m_admin->patch("/api/v1/customers/" + id, {{"description", "Live"}}, ifMatch(etag))
                     .status,
                 412);
        r = m_admin->patch("/api/v1/customers/" + id, {{"description", "Live"}},
                           ifMatch(r.header("ETag")));
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["description"].toString(), QString("Live"));
        QCOMPARE(obj(r)["displayName"].toString(), QString("Fabrikam EU"));
        // The list shows the change too.
        const QJsonArray listed =
            obj(m_admin->get("/api/v1/customers?search=Fabrikam%20EU"))["items"].toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject(), obj(r));
        QVERIFY(r.header("ETag") != etag);
        // The old ETag is stale now.
        QCOMPARE(m_admin->del("/api/v1/customers/" + id, ifMatch(etag)).status, 412);
        QCOMPARE(m_admin->del("/api/v1/customers/" + id).status, 428);
        QCOMPARE(m_admin->del("/api/v1/customers/" + id, ifMatch(r.header("ETag"))).status, 204);
        QCOMPARE(m_admin->get("/api/v1/customers/" + id).status, 404);

        QCOMPARE(m_admin->post("/api/v1/customers", {{"description", "x"}}).status, 422);
        QCOMPARE(m_admin->post("/api/v1/customers", {{"displayName", 7}}).status, 400);
    }

    void customerWithServiceCannotBeDeleted()
    {
        const auto [customer, service] = deployed(unique("Keep"));
        const HttpResult r = m_admin->get("/api/v1/customers/" + customer);
        QCOMPARE(obj(r)["serviceIds"].toArray(), QJsonArray{service});
        QCOMPARE(obj(r)["status"].toString(), QString("Warning"));
        bool listed = false;
        for (const QJsonValue &v :
             obj(m_admin->get("/api/v1/customers?limit=1000"))["items"].toArray()) {
            if (v["id"].toString() == customer) {
                QCOMPARE(v.toObject(), obj(r));
                listed = true;
            }
        }
        QVERIFY(listed);
        QCOMPARE(m_admin->del("/api/v1/customers/" + customer, ifMatch(r.header("ETag"))).status,
                 409);
    }

    void customerListSearchFilterAndPaging()
    {
        const QString tag = unique("Zeta");
        const auto [customer, service] = deployed(tag);
        for (int i = 0; i < 3; ++i)
            m_admin->createCustomer(tag + "-plain-" + QString::number(i));
        // Search by display name, tenant name, domain and short name, case-insensitively.
        for (const QString &term :
             {tag.toLower(), tag.toUpper() + ".ONMICROSOFT", tag + "-plain"}) {
            const HttpResult r = m_admin->get("/api/v1/customers?search=" + term);
            QCOMPARE(r.status, 200);
            QVERIFY2(!obj(r)["items"].toArray().isEmpty(), qPrintable(term));
        }
        HttpResult r = m_admin->get("/api/v1/customers?search=" + tag + ".onmicrosoft.com");
        QCOMPARE(obj(r)["items"].toArray().size(), 1);
        QCOMPARE(obj(r)["items"][0]["id"].toString(), customer);

        r = m_admin->get("/api/v1/customers?status=NotOnboarded&search=" + tag);
        QCOMPARE(obj(r)["items"].toArray().size(), 3);
        r = m_admin->get("/api/v1/customers?status=Warning&search=" + tag);
        QCOMPARE(obj(r)["items"].toArray().size(), 1);

        // Paging: 4 matches, 3 pages of at most 2... collected without repeats.
        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            r = m_admin->get("/api/v1/customers?limit=2&search=" + tag +
                             (cursor.isEmpty() ? QString() : "&cursor=" + cursor));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &v : obj(r)["items"].toArray())
                seen << v["id"].toString();
            cursor = obj(r)["nextCursor"].toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(seen.size(), 4);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 4);
        QCOMPARE(pages, 2);

        QCOMPARE(m_admin->get("/api/v1/customers?limit=0").status, 400);
        QCOMPARE(m_admin->get("/api/v1/customers?limit=1001").status, 400);
        QCOMPARE(m_admin->get("/api/v1/customers?cursor=%%%").status, 400);
        QCOMPARE(m_admin->get("/api/v1/customers?status=Purple").status, 400);
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

        r = s.post("/api/v1/services/" + service + "/deploy", {});
        QCOMPARE(r.status, 202);
        svc = s.waitForStatus(service, {"PendingConsents"});
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

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
