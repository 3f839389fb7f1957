// api.md 1.1 "Bring your own storage" and "Usage": a customer's own container is verified
// against Azurite (started here) by writing, reading and deleting a probe blob before it is
// accepted; each way it can be unusable has its own code at the containerUrl field and
// writes nothing; the SAS expiry raises byos-expiring and then byos-expired; the SAS never
// shows; and the storage scan adds up the blobs of a service's containers, page by page.
#include "support/apisession.h"
#include "support/azurite.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace insights::test;

namespace {

const QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
}

const QString customerAccount = QStringLiteral("replicaacct"); // the customer's own account
const QString customerContainer = QStringLiteral("contoso-recordings");

QJsonObject byosServiceBody(const QString &name, bool byos = true)
{
    QJsonObject body = ApiSession::serviceBody(name, QStringLiteral("essential"));
    QJsonObject tenant = body[QStringLiteral("tenant")].toObject();
    tenant[QStringLiteral("byos")] = byos;
    body[QStringLiteral("tenant")] = tenant;
    return body;
}

QJsonObject locationBody(const QString &name, const QString &url)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("containerUrl"), url}};
}

QJsonObject alarm(const QJsonObject &service, const QString &code)
{
    for (const QJsonValue &a : service[QStringLiteral("alarms")].toArray()) {
        if (a[QStringLiteral("code")] == code)
            return a.toObject();
    }
    return {};
}

// Azurite, a server on it and a signed-in session with one BYOS service.
struct Rig
{
    Azurite azurite;
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<ApiSession> api;
    QString serviceId;
    QString error;

    bool start(QStringList arguments = {}, bool byos = true, bool withAccounts = false)
    {
        if (!azurite.start())
            return fail(azurite.error());
        if (!azurite.createContainer(customerAccount, customerContainer))
            return fail(QStringLiteral("cannot create the customer's container"));
        arguments << QStringLiteral("--deploy-step-ms") << QStringLiteral("0");
        if (withAccounts)
            arguments << QStringLiteral("--storage-accounts")
                      << azurite.writeAccountsFile(
                             {{QStringLiteral("westeurope"), QStringLiteral("primaryacct")}});
        server = std::make_unique<ServerProcess>(arguments, bootstrapEnvironment());
        if (!server->start())
            return fail(server->error());
        api = std::make_unique<ApiSession>(*server);
        if (!api->signIn(adminUser, adminPassword))
            return fail(QStringLiteral("cannot sign in"));
        const QString customer = api->createCustomer(QStringLiteral("Contoso Ltd"));
        const HttpResult r = api->post("/api/v1/customers/" + customer + "/services",
                                       byosServiceBody("Contoso", byos));
        serviceId = obj(r)[QStringLiteral("id")].toString();
        if (serviceId.isEmpty())
            return fail(QString::fromUtf8(r.body));
        api->waitForStatus(serviceId, {QStringLiteral("PendingConsents")});
        return true;
    }
    bool fail(const QString &why)
    {
        error = why;
        return false;
    }
    QString locationsPath() const
    {
        return QStringLiteral("/api/v1/services/") + serviceId + QStringLiteral("/byos-locations");
    }
    HttpResult add(const QString &name, const QString &url)
    {
        return api->post(locationsPath(), locationBody(name, url));
    }
    QJsonArray locations() { return obj(api->get(locationsPath()))["items"].toArray(); }
    QJsonObject service() { return obj(api->get("/api/v1/services/" + serviceId)); }
    QJsonObject usage()
    {
        const QJsonObject s = service();
        return s[QStringLiteral("usage")].toObject();
    }
    QString sasUrl(const QString &permissions, const QDateTime &expiry = {},
                   const QByteArray &wrongKey = {}) const
    {
        return azurite.containerSasUrl(customerAccount, customerContainer, permissions, expiry,
                                       wrongKey);
    }
};

} // namespace

class TestByos : public QObject
{
    Q_OBJECT

private slots:
    void aVerifiedContainerIsAcceptedListedAndRemoved()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addDays(90);
        const HttpResult r = rig.add("Archive", rig.sasUrl("racwdl", expiry));
        QCOMPARE(r.status, 201);
        const QJsonObject l = obj(r);
        QCOMPARE(l["name"].toString(), QString("Archive"));
        QCOMPARE(l["account"].toString(), customerAccount);
        QCOMPARE(l["container"].toString(), customerContainer);
        QCOMPARE(l["status"].toString(), QString("Verified"));
        QCOMPARE(l["url"].toString(),
                 rig.azurite.serviceUrl(customerAccount) + "/" + customerContainer);
        QCOMPARE(QDateTime::fromString(l["expiresAt"].toString(), Qt::ISODate).toSecsSinceEpoch(),
                 expiry.toSecsSinceEpoch());
        QVERIFY(!l["verifiedAt"].toString().isEmpty());
        QVERIFY(r.header("Location").endsWith("/byos-locations/" + l["id"].toString().toUtf8()));
        // The probe blob was written, read and deleted again: the container is as it was.
        QCOMPARE(rig.azurite.blobCount(customerAccount, customerContainer), 0);
        QCOMPARE(rig.locations().size(), 1);
        QCOMPARE(rig.locations().at(0)["id"], l["id"]);
        QVERIFY(alarm(rig.service(), "byos-expiring").isEmpty());
        // The same name twice is refused at the name.
        const HttpResult twice = rig.add("archive", rig.sasUrl("racwdl", expiry));
        QCOMPARE(twice.status, 422);
        QCOMPARE(obj(twice)["errors"][0]["field"].toString(), QString("name"));
        // The same container under another name is refused at the URL, naming the first.
        const HttpResult again = rig.add("Second copy", rig.sasUrl("racwdl", expiry));
        QCOMPARE(again.status, 422);
        const QJsonObject againError = obj(again)["errors"][0].toObject();
        QCOMPARE(againError["field"].toString(), QString("containerUrl"));
        QCOMPARE(againError["code"].toString(), QString("in-use"));
        QVERIFY(againError["message"].toString().contains("“Archive”"));

        // No SAS signature anywhere a client or an operator reads.
        QByteArray all = rig.api->get(rig.locationsPath()).body;
        all += rig.api->get("/api/v1/services/" + rig.serviceId).body;
        all += rig.api->get("/api/v1/changes?limit=1000").body;
        all += rig.api->get("/api/v1/audit?limit=500").body;
        all += rig.server->standardError();
        QVERIFY2(!all.contains("sig="), all.constData());
        QVERIFY(all.contains("service.byos.add"));

        const QString path = rig.locationsPath() + "/" + l["id"].toString();
        QCOMPARE(rig.api->del(path).status, 204);
        QCOMPARE(rig.locations().size(), 0);
        QCOMPARE(rig.api->del(path).status, 404);
    }

    void eachUnusableContainerHasItsCodeAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("read-only SAS") << "read-only"
                                       << "byos-no-write";
        QTest::newRow("no delete permission") << "no-delete"
                                              << "byos-no-delete";
        QTest::newRow("expired") << "expired"
                                 << "byos-expired";
        QTest::newRow("wrong signature") << "wrong-key"
                                         << "byos-forbidden";
        QTest::newRow("closed port") << "closed-port"
                                     << "byos-unreachable";
        QTest::newRow("no such container") << "no-container"
                                           << "byos-unreachable";
        QTest::newRow("garbage") << "garbage"
                                 << "byos-malformed";
        QTest::newRow("no SAS") << "no-sas"
                                << "byos-malformed";
        QTest::newRow("a blob, not a container") << "blob-url"
                                                 << "byos-malformed";
    }
    void eachUnusableContainerHasItsCodeAndChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        QString url;
        if (kind == "read-only") {
            url = rig.sasUrl("rl");
        } else if (kind == "no-delete") {
            url = rig.sasUrl("racwl");
        } else if (kind == "expired") {
            url = rig.sasUrl("racwdl", QDateTime::currentDateTimeUtc().addSecs(-3600));
        } else if (kind == "wrong-key") {
            url = rig.sasUrl("racwdl", {}, "not-the-account-key");
        } else if (kind == "closed-port") {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            const quint16 port = closed.serverPort();
            closed.close();
            url = rig.sasUrl("racwdl").replace(QString::number(rig.azurite.port()),
                                               QString::number(port));
        } else if (kind == "no-container") {
            url = rig.azurite.containerSasUrl(customerAccount, "never-created", "racwdl");
        } else if (kind == "garbage") {
            url = "not a URL at all";
        } else if (kind == "no-sas") {
            url = rig.azurite.serviceUrl(customerAccount) + "/" + customerContainer;
        } else if (kind == "blob-url") {
            url = rig.sasUrl("racwdl").replace(customerContainer, customerContainer + "/a.wav");
        }
        const HttpResult r = rig.add("Archive", url);
        QCOMPARE(r.status, 422);
        const QJsonObject error = obj(r)["errors"][0].toObject();
        QCOMPARE(error["field"].toString(), QString("containerUrl"));
        QCOMPARE(error["code"].toString(), code);
        QVERIFY(!error["message"].toString().isEmpty());
        // A permission that is missing says which ones to ask the customer for.
        if (kind == "read-only" || kind == "no-delete")
            QVERIFY2(error["message"].toString().contains("sp=racwdl"),
                     qPrintable(error["message"].toString()));
        QVERIFY2(!r.body.contains("sig="), r.body.constData());
        QCOMPARE(rig.locations().size(), 0);
        // A probe that could write but not delete leaves one blob; none other does.
        QCOMPARE(rig.azurite.blobCount(customerAccount, customerContainer),
                 kind == "no-delete" ? 1 : 0);
    }

    void onlyAServiceWithByosOnTakesLocations()
    {
        Rig rig;
        QVERIFY2(rig.start({}, false), qPrintable(rig.error));
        const HttpResult r = rig.add("Archive", rig.sasUrl("racwdl"));
        QCOMPARE(r.status, 409);
        QCOMPARE(rig.api
                     ->post("/api/v1/services/no-such-service/byos-locations",
                            locationBody("Archive", rig.sasUrl("racwdl")))
                     .status,
                 404);
        // A monitor sees the list, and may not add.
        QVERIFY(rig.api->createUser("watcher", "watcher-password-1", "monitor"));
        ApiSession monitor(*rig.server);
        QVERIFY(monitor.signIn("watcher", "watcher-password-1"));
        QCOMPARE(monitor.post(rig.locationsPath(), locationBody("A", rig.sasUrl("racwdl"))).status,
                 403);
        QCOMPARE(monitor.get(rig.locationsPath()).status, 200);
    }

    void anExpiringSasRaisesItsAlarmsOnTime()
    {
        Rig rig;
        QVERIFY2(rig.start(), qPrintable(rig.error));
        // Within 14 days at once: byos-expiring, and the service shows Warning.
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(6);
        const HttpResult r = rig.add("Short-lived", rig.sasUrl("racwdl", soon));
        QCOMPARE(r.status, 201);
        QCOMPARE(obj(r)["status"].toString(), QString("Expiring"));
        QJsonObject s = rig.service();
        QCOMPARE(alarm(s, "byos-expiring")["severity"].toString(), QString("warning"));
        QVERIFY(alarm(s, "byos-expiring")["message"].toString().contains("Short-lived"));
        QVERIFY(alarm(s, "byos-expired").isEmpty());
        // The watch wakes at the expiry, not an hour later.
        QTRY_VERIFY_WITH_TIMEOUT(!alarm(rig.service(), "byos-expired").isEmpty(), 15000);
        s = rig.service();
        QCOMPARE(alarm(s, "byos-expired")["severity"].toString(), QString("error"));
        QVERIFY(alarm(s, "byos-expiring").isEmpty());
        QCOMPARE(s["status"].toString(), QString("Error"));
        QCOMPARE(rig.locations().at(0)["status"].toString(), QString("Expired"));
        // Removing the location clears its alarm.
        QCOMPARE(rig.api->del(rig.locationsPath() + "/" + obj(r)["id"].toString()).status, 204);
        s = rig.service();
        QVERIFY(alarm(s, "byos-expired").isEmpty());
        QCOMPARE(s["status"].toString(), QString("Warning")); // PendingConsents
    }

    void theStorageScanAddsUpTheBlobsPageByPage()
    {
        Rig rig;
        qputenv("INSIGHTS_BLOB_LIST_PAGE", "3"); // 7 blobs: three pages
        const bool started = rig.start({"--usage-interval-s", "1"}, false, true);
        qunsetenv("INSIGHTS_BLOB_LIST_PAGE");
        QVERIFY2(started, qPrintable(rig.error));
        const QJsonObject s = rig.service();
        const QString container = s["storage"]["primary"]["container"].toString();
        QVERIFY(s["storage"]["primary"]["provisioned"].toBool());
        QCOMPARE(rig.azurite.putBlobs("primaryacct", container, 7, 1000), 7);
        QTRY_COMPARE_WITH_TIMEOUT(rig.usage().value("storageBytes").toInteger(), 7000, 15000);
        QCOMPARE(rig.usage().value("licensesIncluded").toInt(), 250);
        QCOMPARE(rig.azurite.putBlobs("primaryacct", container, 2, 500, "more-"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(rig.usage().value("storageBytes").toInteger(), 8000, 15000);
        // An unchanged total writes nothing: after two more rounds the version (the ETag) stays.
        const QByteArray etag = rig.api->get("/api/v1/services/" + rig.serviceId).header("ETag");
        const qsizetype rounds = rig.server->standardError().count("storage usage: ");
        QTRY_VERIFY_WITH_TIMEOUT(rig.server->standardError().count("storage usage: ") >= rounds + 2,
                                 15000);
        QVERIFY(rig.server->standardError().contains("storage usage: 1 containers, 9 blobs, 8000 "
                                                     "bytes"));
        QCOMPARE(rig.api->get("/api/v1/services/" + rig.serviceId).header("ETag"), etag);
    }
};

QTEST_GUILESS_MAIN(TestByos)
#include "tst_byos.moc"
