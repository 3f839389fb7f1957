// Storage against Azurite (started here, two accounts), with the real insights-server:
//   BENCH pro_deploy_azurite_median <ms> ms   a Pro deploy with --deploy-step-ms 0, both
//                                             containers created for real (server-side time,
//                                             the operation's createdAt to its last update)
//   BENCH usage_scan_blobs <count> blobs
//   BENCH usage_scan <ms> ms                  one usage round over those blobs (List Blobs,
//                                             5,000 a page), as the server logs it
// Usage: bench_storage [DEPLOYS=5] [BLOBS=10000]
#include "support/apisession.h"
#include "support/azurite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QTextStream>

#include <algorithm>

using namespace insights::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int deploys = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5;
    const int blobs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10000;

    Azurite azurite;
    if (!azurite.start()) {
        err << azurite.error() << "\n";
        return 1;
    }
    ServerProcess server({"--deploy-step-ms", "0", "--usage-interval-s", "5", "--storage-accounts",
                          azurite.writeAccountsFile(
                              {{"westeurope", "primaryacct"}, {"northeurope", "replicaacct"}})},
                         bootstrapEnvironment());
    if (!server.start()) {
        err << server.error() << "\n";
        return 1;
    }
    ApiSession api(server);
    if (!api.signIn(adminUser, adminPassword))
        return 1;

    QList<qint64> times;
    QString firstContainer;
    for (int i = 0; i < deploys; ++i) {
        const QString name = QStringLiteral("Bench%1").arg(i);
        const QString customer = api.createCustomer(name + " Ltd");
        const HttpResult created = api.post("/api/v1/customers/" + customer + "/services",
                                            ApiSession::serviceBody(name, "pro"));
        const QString id = created.json()["id"].toString();
        const QByteArray operation = created.header("Operation-Location");
        const QJsonObject s = api.waitForStatus(id, {"PendingConsents", "DeploymentError"}, 30000);
        if (s["deploymentStatus"] != "PendingConsents") {
            err << "deploy " << i << " ended " << s["deploymentStatus"].toString() << "\n";
            return 1;
        }
        if (firstContainer.isEmpty())
            firstContainer = s["storage"].toObject()["primary"].toObject()["container"].toString();
        const QJsonObject op = api.get(QString::fromUtf8(operation)).json().object();
        const QDateTime from = QDateTime::fromString(op["createdAt"].toString(), Qt::ISODateWithMs);
        const QDateTime to = QDateTime::fromString(op["updatedAt"].toString(), Qt::ISODateWithMs);
        times << from.msecsTo(to);
    }
    std::sort(times.begin(), times.end());
    out << "BENCH pro_deploy_azurite_median " << times.at(times.size() / 2) << " ms\n";
    out << "BENCH pro_deploy_azurite_max " << times.constLast() << " ms\n";

    QElapsedTimer upload;
    upload.start();
    const int put = azurite.putBlobs("primaryacct", firstContainer, blobs, 64);
    err << "uploaded " << put << " blobs in " << upload.elapsed() << " ms\n";
    // The next usage round that sees them all.
    const QRegularExpression round(QStringLiteral("storage usage: \\d+ containers, (\\d+) blobs, "
                                                  "\\d+ bytes in (\\d+) ms"));
    qint64 scanMs = -1;
    qint64 seen = 0;
    [[maybe_unused]] const bool saw = QTest::qWaitFor(
        [&] {
            const QString log = QString::fromUtf8(server.standardError());
            auto it = round.globalMatch(log);
            while (it.hasNext()) {
                const auto m = it.next();
                seen = m.captured(1).toLongLong();
                scanMs = m.captured(2).toLongLong();
            }
            return seen >= put;
        },
        60000);
    if (seen < put) {
        err << "no usage round saw the " << put << " blobs\n";
        return 1;
    }
    out << "BENCH usage_scan_blobs " << seen << " blobs\n";
    out << "BENCH usage_scan " << scanMs << " ms\n";
    return 0;
}
