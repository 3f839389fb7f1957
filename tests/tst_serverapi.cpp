// Every endpoint of api.md against the real insights-server, its success path and each status
// code api.md lists for it: authentication, console users, reference data and customers
// (services, operators, the Quick Start, idempotency, the feed and the audit trail are in
// tst_serverservices.cpp).
#include "support/serverapifixture.h"

using namespace insights::test;

class TestServerApi : public QObject, ServerApiFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = startServer();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

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
        // The audit trail says what changed, from what to what, newest first.
        const QJsonArray trail =
            obj(m_admin->get("/api/v1/audit?action=customer.update&target=" + id))["items"]
                .toArray();
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail[0].toObject()["detail"].toString(), QString("description Pilot → Live"));
        QCOMPARE(trail[1].toObject()["detail"].toString(),
                 QString("displayName Fabrikam → Fabrikam EU"));
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
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
