// Bulk onboarding from CSV (api.md 1.1) against the real insights-server: the dry run shows
// every row with its field, rule and value and creates nothing; the file's shape is a 400
// naming what is wrong; a real run creates each valid row's customer (reusing one without a
// service) and service, and queues its deploy; a job killed mid-run resumes and creates
// nothing twice.
#include "support/serverapifixture.h"

#include <QProcess>

using namespace insights::test;

namespace {

const QByteArray header =
    "customer,name,domain,shortName,contactEmails,adminUpns,userType,includedUsers,"
    "storageLocation,notes\r\n";

QByteArray line(const QString &customer, const QString &tenant, const QString &type = "essential",
                const QString &users = "100", const QString &notes = {})
{
    const QString lower = tenant.toLower();
    return QStringLiteral(
               "%1,%2,%3.onmicrosoft.com,%2,ops@%3.com;it@%3.com,admin@%3.onmicrosoft.com,"
               "%4,%5,westeurope,%6\r\n")
        .arg(customer, tenant, lower, type, users, notes)
        .toUtf8();
}

Headers csv()
{
    return {{"Content-Type", "text/csv"}};
}

} // namespace

class TestServerImport : public QObject, ServerApiFixture
{
    Q_OBJECT

    // Waits until the import has ended; its final JSON.
    QJsonObject finished(ApiSession &session, const QString &location, int timeoutMs = 30000)
    {
        QJsonObject job;
        (void)QTest::qWaitFor(
            [&] {
                job = obj(session.get(location + "?rows=none"));
                const QString s = job["status"].toString();
                return s != "Validating" && s != "Running";
            },
            timeoutMs);
        return obj(session.get(location));
    }

    int customerCount()
    {
        return obj(m_admin->get("/api/v1/customers?limit=500"))["items"].toArray().size();
    }

private slots:
    void initTestCase()
    {
        const QString problem = startServer();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void dryRunShowsEveryRowAndCreatesNothing()
    {
        m_admin->deployService("Taken Ltd", "TakenTenant", "essential");
        const int before = customerCount();
        const QByteArray file =
            header + line("Alpha Ltd", "AlphaImp") +
            line("Beta Ltd", "BetaImp", "essential", "abc") + line("Gamma Ltd", "Twice") +
            // a quoted note with a line break: one row
            line("Delta Ltd", "DeltaImp", "pro", "10", "\"two\r\nlines\"") +
            line("Epsilon Ltd", "Twice") + line("Zeta Ltd", "TakenTenant") +
            line("Eta Ltd", "EtaImp", "pro", "10").replace(",westeurope,", ",mars,");
        HttpResult r = m_admin->send("POST", "/api/v1/imports?dryRun=true", file, csv());
        QCOMPARE(r.status, 202);
        const QString location = QString::fromUtf8(r.header("Location"));
        QVERIFY(location.startsWith("/api/v1/imports/imp"));
        QCOMPARE(obj(r)["status"].toString(), QString("Validating"));
        QCOMPARE(obj(r)["total"].toInt(), 7);
        const QJsonObject job = finished(*m_admin, location);
        QCOMPARE(job["status"].toString(), QString("CompletedWithErrors"));
        QCOMPARE(job["dryRun"].toBool(), true);
        QCOMPARE(job["valid"].toInt(), 2);
        QCOMPARE(job["invalid"].toInt(), 5);
        QCOMPARE(job["created"].toInt(), 0);
        const QJsonArray rows = job["rows"].toArray();
        QCOMPARE(rows.size(), 7);
        QStringList seen;
        for (const QJsonValue &row : rows) {
            QStringList errors;
            for (const QJsonValue &e : row["errors"].toArray())
                errors << e["field"].toString() + ':' + e["code"].toString() + '=' +
                              e["value"].toString();
            errors = errors.mid(0, 1); // the first; all of one row are checked below
            seen << QString::number(row["row"].toInt()) + ' ' + row["status"].toString() + ' ' +
                        errors.join(',');
        }
        QCOMPARE(seen, QStringList({"2 Valid ", "3 Invalid includedUsers:wrong-type=abc",
                                    "4 Invalid name:duplicate-in-file=Twice", "5 Valid ",
                                    "6 Invalid name:duplicate-in-file=Twice",
                                    "7 Invalid name:in-use=TakenTenant",
                                    "8 Invalid storageLocation:unknown-location=mars"}));
        // Twice is also the domain and the short name: each field has its error.
        QCOMPARE(rows[2]["errors"].toArray().size(), 3);
        QVERIFY(rows[2]["errors"][0]["message"].toString().contains("another row"));
        QCOMPARE(customerCount(), before);
        // ?rows=invalid is the report of what needs fixing.
        QCOMPARE(obj(m_admin->get(location + "?rows=invalid"))["rows"].toArray().size(), 5);
        QCOMPARE(obj(m_admin->get("/api/v1/imports"))["items"][0]["id"].toString(),
                 location.section('/', -1));
    }

    void theFileShapeIsA400NamingIt_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown column")
            << QByteArray("customer,name,colour\r\n") << 400 << "unknown column “colour”";
        QTest::newRow("missing column")
            << QByteArray("customer,name,domain,shortName,contactEmails,adminUpns,userType,"
                          "includedUsers\r\nx\r\n")
            << 400 << "required column “storageLocation” is missing";
        QTest::newRow("bad quote") << header + line("A", "QuoteA") + "A,Q\"uote\r\n"
                                   << 400 << "row 3";
        QTest::newRow("header only") << header << 400 << "no rows";
        QTest::newRow("empty") << QByteArray() << 400 << "empty";
        QByteArray many = header;
        for (int i = 0; i < 10'001; ++i)
            many += "c,n\r\n";
        QTest::newRow("10,001 rows") << many << 400 << "more than 10000 rows";
    }
    void theFileShapeIsA400NamingIt()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, status);
        QFETCH(QString, says);
        const HttpResult r = m_admin->send("POST", "/api/v1/imports", file, csv());
        QCOMPARE(r.status, status);
        QVERIFY2(QString::fromUtf8(r.body).contains(says), r.body.constData());
    }

    void refusals()
    {
        const QByteArray file = header + line("A", "RefusedA");
        QCOMPARE(
            m_admin->send("POST", "/api/v1/imports", file, {{"Content-Type", "text/plain"}}).status,
            415);
        QCOMPARE(m_admin->send("POST", "/api/v1/imports?dryRun=maybe", file, csv()).status, 400);
        QCOMPARE(m_monitor->send("POST", "/api/v1/imports", file, csv()).status, 403);
        QCOMPARE(m_admin->get("/api/v1/imports/imp-nothing").status, 404);
        QCOMPARE(m_admin->get("/api/v1/imports?limit=0").status, 400);
        QByteArray big = header;
        while (big.size() <= 8 * 1024 * 1024)
            big += QByteArray(1000, 'x') + "\r\n";
        QCOMPARE(m_admin->send("POST", "/api/v1/imports", big, csv()).status, 413);
        // The same Idempotency-Key is the same job, not a second one.
        const Headers once{{"Content-Type", "text/csv"}, {"Idempotency-Key", "import-once-1"}};
        const HttpResult first = m_admin->send("POST", "/api/v1/imports", file, once);
        const HttpResult again = m_admin->send("POST", "/api/v1/imports", file, once);
        QCOMPARE(first.status, 202);
        QCOMPARE(again.status, 202);
        QCOMPARE(again.header("Location"), first.header("Location"));
        QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    }

    void aRealRunCreatesTheValidRows()
    {
        const QString reused = m_admin->createCustomer("Reused Ltd");
        const QByteArray file = header + line("Reused Ltd", "ReusedImp") +
                                line("Fresh Ltd", "FreshImp", "pro", "20") +
                                line("Bad Ltd", "BadImp", "nobody");
        HttpResult r = m_admin->send("POST", "/api/v1/imports?dryRun=false", file, csv());
        QCOMPARE(r.status, 202);
        const QJsonObject job = finished(*m_admin, QString::fromUtf8(r.header("Location")));
        QCOMPARE(job["status"].toString(), QString("CompletedWithErrors"));
        QCOMPARE(job["created"].toInt(), 2);
        QCOMPARE(job["invalid"].toInt(), 1);
        const QJsonArray rows = job["rows"].toArray();
        QCOMPARE(rows[0]["status"].toString(), QString("Created"));
        QCOMPARE(rows[0]["customerId"].toString(), reused);
        QCOMPARE(rows[1]["status"].toString(), QString("Created"));
        QVERIFY(rows[1]["customerId"].toString().startsWith("cus"));
        QCOMPARE(rows[2]["status"].toString(), QString("Invalid"));
        QCOMPARE(rows[2]["errors"][0]["field"].toString(), QString("userType"));
        QVERIFY(rows[2]["customerId"].isNull());
        // Each created service deploys as if added by hand.
        const QJsonObject fresh =
            m_admin->waitForStatus(rows[1]["serviceId"].toString(), {"PendingConsents"});
        QCOMPARE(fresh["tenant"]["userType"].toString(), QString("pro"));
        QCOMPARE(fresh["compliance"]["advancedStorage"].toBool(), true);
        QCOMPARE(fresh["createdBy"].toString(), QString(adminUser));
        QVERIFY(m_admin->get("/api/v1/audit?target=" + rows[1]["serviceId"].toString())
                    .body.contains("service.create"));
    }

    void aKilledImportResumesAndCreatesNothingTwice()
    {
        ServerProcess server({}, [] {
            auto env = bootstrapEnvironment();
            env.insert("INSIGHTS_IMPORT_PAUSE_MS", "150");
            return env;
        }());
        QVERIFY(server.start());
        ApiSession s(server);
        QVERIFY(s.signIn(adminUser, adminPassword));
        QByteArray file = header;
        for (int i = 0; i < 150; ++i)
            file += line(QString("Kill %1 Ltd").arg(i), QString("Kill%1").arg(i));
        HttpResult r = s.send("POST", "/api/v1/imports?dryRun=false", file, csv());
        QCOMPARE(r.status, 202);
        const QString location = QString::fromUtf8(r.header("Location"));
        QTRY_VERIFY_WITH_TIMEOUT(obj(s.get(location + "?rows=none"))["created"].toInt() >= 25,
                                 15000);
        const int createdBefore = obj(s.get(location + "?rows=none"))["created"].toInt();
        QVERIFY2(createdBefore < 150, "the job must still be running when it is killed");
        server.kill();
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QJsonObject job = finished(s, location, 60000);
        QCOMPARE(job["status"].toString(), QString("Succeeded"));
        QCOMPARE(job["created"].toInt(), 150);
        // One service per row, no more: each name once, and 150 customers.
        QSet<QString> services;
        for (const QJsonValue &row : job["rows"].toArray())
            services.insert(row["serviceId"].toString());
        QCOMPARE(services.size(), 150);
        QCOMPARE(obj(s.get("/api/v1/customers?limit=500"))["items"].toArray().size(), 150);
        QCOMPARE(obj(s.get("/api/v1/services?limit=500"))["items"].toArray().size(), 150);
    }
};

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_serverimport.moc"
