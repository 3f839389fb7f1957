// api.md 1.1 "Real storage provisioning": with --storage-accounts a deploy creates real Azure
// Blob containers (Azurite, started here), the replica in the paired location's account; the
// faults a person meets (the storage service gone mid-deploy, a wrong key, a slow answer) end
// in DeploymentError naming the step, and Retry finishes; offboarding deletes or keeps the
// containers; without accounts nothing pretends; and a SAS is never shown anywhere.
#include "support/apisession.h"
#include "support/azurite.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace insights::test;

namespace {

const QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
}

const QHash<QString, QString> bothLocations{{"westeurope", "primaryacct"},
                                            {"northeurope", "replicaacct"}};

QString createService(ApiSession &api, const QString &name, const QString &userType = "pro")
{
    const QString customer = api.createCustomer(name + " Ltd");
    const HttpResult r = api.post("/api/v1/customers/" + customer + "/services",
                                  ApiSession::serviceBody(name, userType));
    return r.status == 202 ? obj(r)["id"].toString() : QString();
}

QJsonObject operationOf(ApiSession &api, const QString &serviceId)
{
    const QJsonObject s = obj(api.get("/api/v1/services/" + serviceId));
    QJsonObject last;
    for (const QJsonValue &c : api.readFeed()) {
        if (c["kind"] == "operation" && c["object"]["serviceId"] == serviceId)
            last = c["object"].toObject();
    }
    Q_UNUSED(s);
    return last;
}

QString stepStatus(const QJsonObject &operation, const QString &step)
{
    for (const QJsonValue &s : operation["steps"].toArray()) {
        if (s["name"] == step)
            return s["status"].toString();
    }
    return {};
}

// Everything a client or an operator can read of the server: no SAS signature in any of it.
void verifyNoSignature(ApiSession &api, ServerProcess &server, const QString &serviceId)
{
    QByteArray all = api.get("/api/v1/services/" + serviceId).body;
    all += api.get("/api/v1/changes?limit=1000").body;
    all += api.get("/api/v1/audit?limit=500").body;
    all += api.get("/api/v1/operations/" + operationOf(api, serviceId)["id"].toString()).body;
    all += server.standardError();
    QVERIFY2(!all.contains("sig="), all.constData());
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void aProDeployCreatesBothContainersInTheirAccounts()
    {
        Azurite azurite;
        QVERIFY2(azurite.start(), qPrintable(azurite.error()));
        ServerProcess server({"--deploy-step-ms", "0", "--storage-accounts",
                              azurite.writeAccountsFile(bothLocations)},
                             bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString id = createService(api, "Contoso");
        const QJsonObject s = api.waitForStatus(id, {"PendingConsents", "DeploymentError"});
        QCOMPARE(s["deploymentStatus"].toString(), QString("PendingConsents"));
        const QJsonObject primary = s["storage"]["primary"].toObject();
        const QJsonObject replica = s["storage"]["replica"].toObject();
        QVERIFY(primary["provisioned"].toBool());
        QVERIFY(replica["provisioned"].toBool());
        const QString container = primary["container"].toString();
        QCOMPARE(primary["url"].toString(), azurite.serviceUrl("primaryacct") + "/" + container);
        QCOMPARE(replica["url"].toString(), azurite.serviceUrl("replicaacct") + "/" + container);
        QVERIFY(azurite.containerExists("primaryacct", container));
        QVERIFY(azurite.containerExists("replicaacct", container));
        QVERIFY(!azurite.containerExists("replicaacct", container + "x")); // the check can fail
        verifyNoSignature(api, server, id);
    }

    void withoutStorageAccountsNothingPretends()
    {
        ServerProcess server({"--deploy-step-ms", "0"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString id = createService(api, "Fabrikam");
        const QJsonObject s = api.waitForStatus(id, {"PendingConsents"});
        QCOMPARE(s["storage"]["primary"]["provisioned"].toBool(true), false);
        QVERIFY(s["storage"]["primary"]["url"].isNull());
        QCOMPARE(s["storage"]["replica"]["provisioned"].toBool(true), false);
    }

    void aLocationWithoutAnAccountFailsItsStepNamingIt()
    {
        Azurite azurite;
        QVERIFY2(azurite.start(), qPrintable(azurite.error()));
        ServerProcess server({"--deploy-step-ms", "0", "--storage-accounts",
                              azurite.writeAccountsFile({{"northeurope", "replicaacct"}})},
                             bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString id = createService(api, "Litware");
        const QJsonObject s = api.waitForStatus(id, {"DeploymentError", "PendingConsents"});
        QCOMPARE(s["deploymentStatus"].toString(), QString("DeploymentError"));
        const QString alarm = s["alarms"][0]["message"].toString();
        QVERIFY2(alarm.contains("Create the primary storage in West Europe") &&
                     alarm.contains("no storage account is configured for West Europe"),
                 qPrintable(alarm));
    }

    void theStorageServiceGoneMidDeployThenRetryFinishes()
    {
        Azurite azurite;
        QVERIFY2(azurite.start(), qPrintable(azurite.error()));
        ServerProcess server({"--deploy-step-ms", "400", "--storage-accounts",
                              azurite.writeAccountsFile(bothLocations)},
                             bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString id = createService(api, "Adatum");
        // The primary container is made; then the storage service goes away.
        QTRY_VERIFY_WITH_TIMEOUT(
            stepStatus(operationOf(api, id), "create-primary-storage") == "Succeeded", 15000);
        azurite.stop();
        const QJsonObject s = api.waitForStatus(id, {"DeploymentError", "PendingConsents"});
        QCOMPARE(s["deploymentStatus"].toString(), QString("DeploymentError"));
        const QString alarm = s["alarms"][0]["message"].toString();
        QVERIFY2(alarm.startsWith("Create the replica in the paired region, North Europe") &&
                     alarm.contains("did not answer"),
                 qPrintable(alarm));
        QVERIFY(!alarm.contains("sig="));

        QVERIFY2(azurite.start(), qPrintable(azurite.error()));
        const QString made = s["storage"]["primary"]["container"].toString();
        QVERIFY(azurite.containerExists("primaryacct", made)); // so the retry meets it
        QCOMPARE(api.post("/api/v1/services/" + id + "/deploy", {}).status, 202);
        const QJsonObject retried = api.waitForStatus(id, {"PendingConsents", "DeploymentError"});
        QCOMPARE(retried["deploymentStatus"].toString(), QString("PendingConsents"));
        // The primary container an earlier try made counts as made.
        const QString container = retried["storage"]["primary"]["container"].toString();
        QVERIFY(azurite.containerExists("primaryacct", container));
        QVERIFY(azurite.containerExists("replicaacct", container));
        verifyNoSignature(api, server, id);
    }

    void aWrongKeyIsRefusedWithTheReason()
    {
        Azurite azurite;
        QVERIFY2(azurite.start(), qPrintable(azurite.error()));
        QTemporaryDir dir;
        QFile file(dir.filePath("accounts.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(
                       QJsonObject{{"westeurope",
                                    QJsonObject{{"serviceUrl", azurite.serviceUrl("primaryacct")},
                                                {"sas", azurite.accountSas("primaryacct", {},
                                                                           "not-the-key")}}}})
                       .toJson());
        file.close();
        ServerProcess server({"--deploy-step-ms", "0", "--storage-accounts", file.fileName()},
                             bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString id = createService(api, "Tailspin", "essential");
        const QJsonObject s = api.waitForStatus(id, {"DeploymentError", "PendingConsents"});
        QCOMPARE(s["deploymentStatus"].toString(), QString("DeploymentError"));
        const QString alarm = s["alarms"][0]["message"].toString();
        QVERIFY2(alarm.contains("403") && alarm.contains("Authorization"), qPrintable(alarm));
        verifyNoSignature(api, server, id);
    }

    void aSlowAnswerTimesOut()
    {
        // A storage service that takes the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { held << silent.nextPendingConnection(); });
        QTemporaryDir dir;
        QFile file(dir.filePath("accounts.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(
                       QJsonObject{{"westeurope",
                                    QJsonObject{{"serviceUrl", QString("http://127.0.0.1:%1/slow")
                                                                   .arg(silent.serverPort())},
                                                {"sas", "sv=2021-12-02&sig=c2VjcmV0"}}}})
                       .toJson());
        file.close();
        ServerProcess server({"--deploy-step-ms", "0", "--storage-accounts", file.fileName(),
                              "--storage-timeout-seconds", "1"},
                             bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString id = createService(api, "Slowpoke", "essential");
        // The server keeps answering while it waits.
        QCOMPARE(api.get("/healthz").status, 200);
        const QJsonObject s = api.waitForStatus(id, {"DeploymentError", "PendingConsents"}, 15000);
        QCOMPARE(s["deploymentStatus"].toString(), QString("DeploymentError"));
        const QString alarm = s["alarms"][0]["message"].toString();
        QVERIFY2(alarm.contains("timed out", Qt::CaseInsensitive), qPrintable(alarm));
        QVERIFY(!held.isEmpty());
        verifyNoSignature(api, server, id);
    }

    void offboardingDeletesOrKeepsTheContainers()
    {
        Azurite azurite;
        QVERIFY2(azurite.start(), qPrintable(azurite.error()));
        ServerProcess server({"--deploy-step-ms", "0", "--storage-accounts",
                              azurite.writeAccountsFile(bothLocations)},
                             bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        for (const QString recordings : {"delete", "keep"}) {
            const QString id = createService(api, recordings == "delete" ? "Gone" : "Kept");
            const QJsonObject s = api.waitForStatus(id, {"PendingConsents"});
            const QString container = s["storage"]["primary"]["container"].toString();
            QVERIFY(azurite.containerExists("primaryacct", container));
            const QByteArray etag = api.get("/api/v1/services/" + id).header("ETag");
            QCOMPARE(api.del("/api/v1/services/" + id + "?recordings=" + recordings,
                             {{"If-Match", etag}})
                         .status,
                     202);
            api.waitForStatus(id, {"Deleted"});
            const bool kept = recordings == "keep";
            QCOMPARE(azurite.containerExists("primaryacct", container), kept);
            QCOMPARE(azurite.containerExists("replicaacct", container), kept);
            const QJsonArray audit = obj(api.get("/api/v1/audit?target=" + id))["items"].toArray();
            bool said = false;
            for (const QJsonValue &e : audit)
                said = said || (e["action"] == "service.delete" &&
                                e["detail"].toString().contains(kept ? "recordings kept"
                                                                     : "recordings deleted"));
            QVERIFY(said);
        }
    }

    void aBadAccountsFileIsRefusedAtStart()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("accounts.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        // (moc of Qt 6.4 loses its way in a raw string literal here)
        file.write(
            QJsonDocument(QJsonObject{{"atlantis", QJsonObject{{"serviceUrl", "https://a.example"},
                                                               {"sas", "sig=x"}}}})
                .toJson());
        file.close();
        ServerProcess server({"--storage-accounts", file.fileName()}, bootstrapEnvironment());
        QVERIFY(!server.start());
        QVERIFY2(server.error().contains("atlantis is not a storage location"),
                 qPrintable(server.error()));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
