// Bulk onboarding (api.md 1.1) with the real insights-server on SQLite:
//   BENCH import_dry_run_10000 <ms> ms   POST of a 10,000-row file with dryRun=true until the
//                                        job has checked every row (wall time, client side)
//   BENCH import_real_1000 <ms> ms       a real run of 1,000 rows with --deploy-step-ms 0, until
//                                        every customer and service is created
// Usage: bench_import [DRY_ROWS=10000] [REAL_ROWS=1000]
#include "support/apisession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>

using namespace insights::test;

namespace {

QByteArray file(const QString &prefix, int rows)
{
    QByteArray out = "customer,name,domain,shortName,contactEmails,adminUpns,userType,"
                     "includedUsers,storageLocation\r\n";
    for (int i = 0; i < rows; ++i) {
        const QString t = QStringLiteral("%1%2").arg(prefix).arg(i);
        const QString lower = t.toLower();
        out += QStringLiteral("%1 Ltd,%1,%2.onmicrosoft.com,%1,ops@%2.com,admin@%2.onmicrosoft.com,"
                              "%3,250,westeurope\r\n")
                   .arg(t, lower, i % 3 ? QStringLiteral("essential") : QStringLiteral("pro"))
                   .toUtf8();
    }
    return out;
}

// Posts the file and waits until its job has ended; the wall time in ms, or -1.
qint64 run(ApiSession &session, const QByteArray &csv, bool dryRun, int expected, QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    const HttpResult r = session.send(
        "POST", QStringLiteral("/api/v1/imports?dryRun=%1").arg(dryRun ? "true" : "false"), csv,
        {{"Content-Type", "text/csv"}});
    if (r.status != 202) {
        err << "import refused: " << r.status << " " << r.body << "\n";
        return -1;
    }
    const QString location = QString::fromUtf8(r.header("Location")) + QStringLiteral("?rows=none");
    QJsonObject job;
    const bool ended = QTest::qWaitFor(
        [&] {
            job = session.get(location).json().object();
            const QString s = job[QStringLiteral("status")].toString();
            return s != QLatin1String("Validating") && s != QLatin1String("Running");
        },
        120000);
    const qint64 ms = timer.elapsed();
    const int count = job[dryRun ? QStringLiteral("valid") : QStringLiteral("created")].toInt();
    if (!ended || count != expected) {
        err << "the import ended as " << QJsonDocument(job).toJson() << "\n";
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int dryRows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int realRows = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    ServerProcess server({"--deploy-step-ms", "0"}, bootstrapEnvironment());
    if (!server.start()) {
        err << server.error() << "\n";
        return 1;
    }
    ApiSession session(server);
    if (!session.signIn(adminUser, adminPassword)) {
        err << "cannot sign in\n";
        return 1;
    }
    const qint64 dry = run(session, file(QStringLiteral("Dry"), dryRows), true, dryRows, err);
    const qint64 real = run(session, file(QStringLiteral("Real"), realRows), false, realRows, err);
    if (dry < 0 || real < 0)
        return 1;
    out << "BENCH import_dry_run_" << dryRows << " " << dry << " ms\n";
    out << "BENCH import_real_" << realRows << " " << real << " ms\n";
    return 0;
}
