// api.md 1.1 "Links the customer receives": quickStartUrl is built from --public-url (or the
// listen address) when served, so it survives a restart on another port, a database written
// before 1.1 is served right, and the change feed and GET /services/{id} always agree.
#include "support/apisession.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace insights::test;

namespace {

const QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
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

// Every quick-start link the feed serves for the object.
QStringList linksInFeed(ApiSession &s, const QString &id)
{
    QStringList links;
    for (const QJsonValue &c : s.readFeed({}, nullptr, 1000)) {
        if (c["id"].toString() == id && c["object"]["quickStartUrl"].isString())
            links << c["object"]["quickStartUrl"].toString();
    }
    return links;
}

QString origin(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
}

} // namespace

class TestServerLinks : public QObject
{
    Q_OBJECT

private slots:
    // api.md 1.1 "Links the customer receives": nothing stores an absolute link.
    void quickStartLinkSurvivesARestartOnAnotherPort()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString customer = api.createCustomer("Moving Ltd");
        HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                ApiSession::serviceBody("Moving", "essential"));
        const QString id = obj(r)["id"].toString();
        const QJsonObject before = api.waitForStatus(id, {"PendingConsents"});
        const QByteArray etagBefore = api.get("/api/v1/services/" + id).header("ETag");
        const QUrl firstBase = server.url();
        QCOMPARE(origin(QUrl(before["quickStartUrl"].toString())), origin(firstBase));
        QCOMPARE(lastInFeed(api, id), before);
        QCOMPARE(server.terminate(), 0);

        // Hold the old port, so the restart has to listen on another one.
        QTcpServer oldPort;
        QVERIFY2(oldPort.listen(QHostAddress::LocalHost, quint16(firstBase.port())),
                 qPrintable(oldPort.errorString()));
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(server.url().port() != firstBase.port());

        r = api.get("/api/v1/services/" + id);
        const QJsonObject after = obj(r);
        const QUrl link(after["quickStartUrl"].toString());
        QCOMPARE(origin(link), origin(server.url()));
        QCOMPARE(link.path(), QUrl(before["quickStartUrl"].toString()).path());
        // Same version, same ETag, and the feed's object for it is the GET's body.
        QCOMPARE(r.header("ETag"), etagBefore);
        QCOMPARE(lastInFeed(api, id), after);
        for (const QString &l : linksInFeed(api, id))
            QCOMPARE(origin(QUrl(l)), origin(server.url()));
        // The list serves it the same way, and the link works.
        bool listed = false;
        for (const QJsonValue &v : obj(api.get("/api/v1/services"))["items"].toArray()) {
            if (v["id"].toString() == id) {
                QCOMPARE(v.toObject(), after);
                listed = true;
            }
        }
        QVERIFY(listed);
        ApiSession customerAdmin(server);
        QCOMPARE(customerAdmin.get(link.path()).status, 200);
        // A change after the restart: the feed and GET still agree.
        QCOMPARE(customerAdmin.post(link.path() + "/consents/m365-login", {}).status, 200);
        r = api.get("/api/v1/services/" + id);
        QVERIFY(r.header("ETag") != etagBefore);
        QCOMPARE(lastInFeed(api, id), obj(r));
    }

    // A database written before 1.1 holds absolute links in the change feed.
    void oldAbsoluteLinksAreServedWithTheCurrentAddress()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString customer = api.createCustomer("Legacy Ltd");
        const HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                      ApiSession::serviceBody("Legacy", "pro"));
        const QString id = obj(r)["id"].toString();
        api.waitForStatus(id, {"PendingConsents"});
        QCOMPARE(server.terminate(), 0);
        {
            QSqlDatabase db = server.database().connect("legacy");
            QSqlQuery q(db);
            QVERIFY(q.exec("UPDATE changes SET object = replace(object, "
                           "'\"quickStartUrl\":\"/quickstart/', "
                           "'\"quickStartUrl\":\"http://127.0.0.1:9/quickstart/') "
                           "WHERE kind = 'service'"));
            QVERIFY(q.exec("SELECT COUNT(*) FROM changes WHERE object LIKE "
                           "'%http://127.0.0.1:9/quickstart/%'"));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() > 0);
            db.close();
        }
        QSqlDatabase::removeDatabase("legacy");

        QVERIFY(server.start());
        const QJsonObject current = obj(api.get("/api/v1/services/" + id));
        QCOMPARE(origin(QUrl(current["quickStartUrl"].toString())), origin(server.url()));
        QCOMPARE(lastInFeed(api, id), current);
        const QStringList links = linksInFeed(api, id);
        QVERIFY(!links.isEmpty());
        for (const QString &l : links)
            QCOMPARE(l, current["quickStartUrl"].toString());
    }

    void publicUrlIsWhatCustomersSee()
    {
        ServerProcess server({"--public-url", "https://insights.example.com/"},
                             bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString customer = api.createCustomer("Public Ltd");
        const HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                      ApiSession::serviceBody("Public", "essential"));
        const QString id = obj(r)["id"].toString();
        const QJsonObject svc = api.waitForStatus(id, {"PendingConsents"});
        const QString link = svc["quickStartUrl"].toString();
        QVERIFY2(link.startsWith("https://insights.example.com/quickstart/"), qPrintable(link));
        QCOMPARE(
            obj(api.get("/api/v1/services?customerId=" + customer))["items"][0]["quickStartUrl"]
                .toString(),
            link);
        const QStringList links = linksInFeed(api, id);
        QVERIFY(!links.isEmpty());
        for (const QString &l : links)
            QCOMPARE(l, link);
        QCOMPARE(lastInFeed(api, id), svc);
        // The page itself is still served here, under the same path.
        ApiSession anonymous(server);
        QCOMPARE(anonymous.get(QUrl(link).path()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerLinks)
#include "tst_serverlinks.moc"
