// api.md 1.1 "Roles and levels can change": PATCH of console users and customer operators
// against the real insights-server, each status code of both routes, the last-admin rule and
// the audit trail's old and new values.
#include "support/apisession.h"

#include <QJsonArray>
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

QString auditDetails(ApiSession &admin, const QString &target)
{
    QStringList details;
    for (const QJsonValue &e : obj(admin.get("/api/v1/audit?limit=1000&target=" +
                                             QUrl::toPercentEncoding(target)))["items"]
                                   .toArray())
        details << e["action"].toString() + ' ' + e["detail"].toString();
    return details.join('\n');
}

} // namespace

class TestServerUsers : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_admin;
    std::unique_ptr<ApiSession> m_monitor;
    std::unique_ptr<ApiSession> m_operator;

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{}, bootstrapEnvironment());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_admin = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_admin->signIn(adminUser, adminPassword));
        QVERIFY(m_admin->createUser("watcher", "watcher-password-1", "monitor"));
        QVERIFY(m_admin->createUser("worker", "worker-password-1", "operator"));
        m_monitor = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_monitor->signIn("watcher", "watcher-password-1"));
        m_operator = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_operator->signIn("worker", "worker-password-1"));
    }

    void listShowsNameRoleAndCreation()
    {
        const HttpResult r = m_admin->get("/api/v1/users");
        QCOMPARE(r.status, 200);
        const QJsonArray items = obj(r)["items"].toArray();
        QCOMPARE(items.size(), 3);
        for (const QJsonValue &u : items) {
            QCOMPARE(u.toObject().keys(), (QStringList{"createdAt", "role", "username"}));
            QVERIFY(QDateTime::fromString(u["createdAt"].toString(), Qt::ISODateWithMs).isValid());
        }
        QVERIFY(obj(r)["nextCursor"].isNull());
    }

    void aChangedRoleAppliesToTheNextRequest()
    {
        QVERIFY(m_admin->createUser("mover", "mover-password-1", "operator"));
        ApiSession mover(*m_server);
        QVERIFY(mover.signIn("mover", "mover-password-1"));
        QCOMPARE(mover.get("/api/v1/users").status, 403); // the token is cached as operator now

        HttpResult r = m_admin->patch("/api/v1/users/mover", {{"role", "admin"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["username"].toString(), QString("mover"));
        QCOMPARE(obj(r)["role"].toString(), QString("admin"));
        QVERIFY(!obj(r)["createdAt"].toString().isEmpty());
        QCOMPARE(mover.get("/api/v1/users").status, 200); // same token, new role

        // The user name is matched ignoring case, as at sign-in.
        r = m_admin->patch("/api/v1/users/MOVER", {{"role", "monitor"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["role"].toString(), QString("monitor"));
        QCOMPARE(mover.post("/api/v1/customers", {{"displayName", "Not allowed"}}).status, 403);
        QCOMPARE(mover.get("/api/v1/customers").status, 200);

        // Echoed read-only members are ignored; both members at once.
        r = m_admin->patch("/api/v1/users/mover", {{"username", "mover"},
                                                   {"createdAt", "2020-01-01T00:00:00.000Z"},
                                                   {"role", "operator"},
                                                   {"password", "mover-password-2"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["role"].toString(), QString("operator"));
        QVERIFY(obj(r)["createdAt"].toString() != "2020-01-01T00:00:00.000Z");

        const QString audit = auditDetails(*m_admin, "mover");
        QVERIFY2(audit.contains("user.update role operator → admin"), qPrintable(audit));
        QVERIFY2(audit.contains("user.update role admin → monitor"), qPrintable(audit));
        QVERIFY2(audit.contains("user.update role monitor → operator, password changed"),
                 qPrintable(audit));
        QVERIFY(!audit.contains("mover-password"));
    }

    void aNewPasswordEndsTheOtherSessions()
    {
        QVERIFY(m_admin->createUser("resetme", "resetme-password-1", "admin"));
        ApiSession self(*m_server);
        QVERIFY(self.signIn("resetme", "resetme-password-1"));
        ApiSession elsewhere(*m_server);
        QVERIFY(elsewhere.signIn("resetme", "resetme-password-1"));
        QCOMPARE(elsewhere.get("/api/v1/customers").status, 200);

        // An admin changes its own password: its own session goes on, the other one ends.
        HttpResult r = self.patch("/api/v1/users/resetme", {{"password", "resetme-password-2"}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains("password"));
        QCOMPARE(self.get("/api/v1/customers").status, 200);
        QCOMPARE(elsewhere.get("/api/v1/customers").status, 401);
        ApiSession again(*m_server);
        QVERIFY(!again.signIn("resetme", "resetme-password-1"));
        QVERIFY(again.signIn("resetme", "resetme-password-2"));
        const QString audit = auditDetails(*m_admin, "resetme");
        QVERIFY2(audit.contains("user.update password changed"), qPrintable(audit));
        QVERIFY(!audit.contains("resetme-password"));
        QCOMPARE(m_admin->del("/api/v1/users/resetme").status, 204);
    }

    void theLastAdminStays()
    {
        // admin is the only admin here.
        HttpResult r = m_admin->patch("/api/v1/users/admin", {{"role", "operator"}});
        QCOMPARE(r.status, 409);
        QVERIFY2(obj(r)["detail"].toString().contains("last admin"), r.body.constData());
        QCOMPARE(m_admin->get("/api/v1/users").status, 200); // still an admin
        r = m_admin->del("/api/v1/users/admin");
        QCOMPARE(r.status, 409);
        QVERIFY2(obj(r)["detail"].toString().contains("last admin"), r.body.constData());

        // With a second admin, either may step down.
        QVERIFY(m_admin->createUser("deputy", "deputy-password-1", "admin"));
        ApiSession deputy(*m_server);
        QVERIFY(deputy.signIn("deputy", "deputy-password-1"));
        QCOMPARE(deputy.patch("/api/v1/users/deputy", {{"role", "operator"}}).status, 200);
        QCOMPARE(deputy.get("/api/v1/users").status, 403);
        // Setting the role a user already has changes nothing and is fine, even for the last.
        QCOMPARE(m_admin->patch("/api/v1/users/admin", {{"role", "admin"}}).status, 200);
        QCOMPARE(m_admin->del("/api/v1/users/deputy").status, 204);
    }

    void userPatchRefusals()
    {
        const QString path = "/api/v1/users/worker";
        HttpResult r = m_admin->patch(path, {{"colour", "red"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorFields(r), QStringList{"colour:unknown-member"});
        r = m_admin->patch(path, {{"role", 1}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorFields(r), QStringList{"role:wrong-type"});
        QCOMPARE(m_admin->send("PATCH", path, "{\"role\":").status, 400);
        r = m_admin->patch(path, {{"role", "root"}, {"password", "short"}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r), (QStringList{"role:invalid-choice", "password:too-short"}));
        QCOMPARE(m_admin->patch("/api/v1/users/nobody", {{"role", "admin"}}).status, 404);
        ApiSession stranger(*m_server);
        QCOMPARE(stranger.patch(path, {{"role", "admin"}}).status, 401);
        QCOMPARE(m_operator->patch(path, {{"role", "admin"}}).status, 403);
        QCOMPARE(m_monitor->patch(path, {{"role", "admin"}}).status, 403);
        // Nothing of that changed the user.
        for (const QJsonValue &u : obj(m_admin->get("/api/v1/users"))["items"].toArray()) {
            if (u["username"] == "worker")
                QCOMPARE(u["role"].toString(), QString("operator"));
        }
        QCOMPARE(m_operator->get("/api/v1/customers").status, 200);
    }

    // --- Customer operators -----------------------------------------------------------------

    void anOperatorsLevelAndNameChange()
    {
        const QString customer = m_admin->createCustomer("Levels Ltd");
        const QString path = "/api/v1/customers/" + customer + "/operators";
        HttpResult r = m_admin->post(
            path, {{"name", "Ann"}, {"email", "ann@contoso.com"}, {"level", "operator"}});
        QCOMPARE(r.status, 201);
        const QString id = obj(r)["id"].toString();

        r = m_operator->patch(path + '/' + id, {{"level", "admin"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(
            obj(r),
            (QJsonObject{
                {"id", id}, {"name", "Ann"}, {"email", "ann@contoso.com"}, {"level", "admin"}}));
        r = m_admin->patch(path + '/' + id, {{"name", "Ann Smith"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(obj(r)["name"].toString(), QString("Ann Smith"));
        QCOMPARE(obj(r)["level"].toString(), QString("admin"));
        // Echoing the whole object back (the same email, any case) is fine.
        r = m_admin->patch(path + '/' + id, {{"id", "ignored"},
                                             {"name", "Ann B"},
                                             {"email", "ANN@contoso.com"},
                                             {"level", "monitor"}});
        QCOMPARE(r.status, 200);
        const QJsonArray listed = obj(m_monitor->get(path))["items"].toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].toObject(), (QJsonObject{{"id", id},
                                                    {"name", "Ann B"},
                                                    {"email", "ann@contoso.com"},
                                                    {"level", "monitor"}}));

        const QString audit = auditDetails(*m_admin, customer);
        // The operator by name, as a person knows them, not by id.
        QVERIFY2(audit.contains("operator.update Ann: level operator → admin"), qPrintable(audit));
        QVERIFY2(audit.contains("operator.update Ann Smith: name 'Ann' → 'Ann Smith'"),
                 qPrintable(audit));
        QVERIFY2(audit.contains("name 'Ann Smith' → 'Ann B', level admin → monitor"),
                 qPrintable(audit));
    }

    void operatorPatchRefusals()
    {
        const QString customer = m_admin->createCustomer("Refusals Ltd");
        const QString path = "/api/v1/customers/" + customer + "/operators";
        HttpResult r = m_admin->post(
            path, {{"name", "Bob"}, {"email", "bob@contoso.com"}, {"level", "operator"}});
        const QString one = path + '/' + obj(r)["id"].toString();

        r = m_admin->patch(one, {{"colour", "red"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorFields(r), QStringList{"colour:unknown-member"});
        r = m_admin->patch(one, {{"level", 3}});
        QCOMPARE(r.status, 400);
        QCOMPARE(errorFields(r), QStringList{"level:wrong-type"});
        QCOMPARE(m_admin->send("PATCH", one, "[]").status, 400);
        r = m_admin->patch(one, {{"name", ""}, {"level", "boss"}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r), (QStringList{"name:required", "level:invalid-choice"}));
        r = m_admin->patch(one, {{"email", "someone-else@contoso.com"}});
        QCOMPARE(r.status, 422);
        QCOMPARE(errorFields(r), QStringList{"email:read-only"});
        QCOMPARE(m_admin->patch(path + "/opr-nothing", {{"level", "admin"}}).status, 404);
        QCOMPARE(
            m_admin->patch("/api/v1/customers/cus-nothing/operators/opr-1", {{"level", "admin"}})
                .status,
            404);
        ApiSession stranger(*m_server);
        QCOMPARE(stranger.patch(one, {{"level", "admin"}}).status, 401);
        QCOMPARE(m_monitor->patch(one, {{"level", "admin"}}).status, 403);
        // Nothing of that changed the operator.
        QCOMPARE(obj(m_admin->get(path))["items"][0]["level"].toString(), QString("operator"));
        QCOMPARE(obj(m_admin->get(path))["items"][0]["name"].toString(), QString("Bob"));
    }
};

QTEST_GUILESS_MAIN(TestServerUsers)
#include "tst_serverusers.moc"
