// What keeps a long-running server small: a flood of requests without a valid token is
// audited as one entry per address and window (not an fsync each), and idempotency keys,
// spent sign-in failures, expired tokens and old audit entries are pruned on a timer while
// the server runs, not only when it starts.
#include "support/apisession.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace insights::test;

namespace {

QList<QJsonObject> anonymousEntries(ApiSession &admin)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : admin.get("/api/v1/audit?limit=500").json()["items"].toArray()) {
        if (v["actor"] == "anonymous")
            out << v.toObject();
    }
    return out;
}

int countRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestServerHousekeeping : public QObject
{
    Q_OBJECT

private slots:
    void repeatedDenialsFromOneAddressAreOneAuditEntry()
    {
        QProcessEnvironment env = bootstrapEnvironment();
        env.insert("INSIGHTS_DENIED_WINDOW_MS", "1500");
        ServerProcess server({}, env);
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        ApiSession stranger(server);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(stranger.get("/api/v1/customers").status, 401);
        // The first is written at once, naming the address and why.
        const QList<QJsonObject> first = anonymousEntries(admin);
        QCOMPARE(first.size(), 1);
        QVERIFY2(first.at(0)["detail"].toString().startsWith("401 from 127.0.0.1: "),
                 qPrintable(first.at(0)["detail"].toString()));
        // The other 49 become one entry when the window closes.
        QTRY_COMPARE_WITH_TIMEOUT(anonymousEntries(admin).size(), 2, 10000);
        const QString summary = anonymousEntries(admin).at(0)["detail"].toString();
        QVERIFY2(summary.contains("49 more requests without a valid token"), qPrintable(summary));
        // A later one opens a new window and is written at once again.
        QCOMPARE(stranger.get("/api/v1/services").status, 401);
        QTRY_COMPARE(anonymousEntries(admin).size(), 3);
    }

    void oldRowsArePrunedWhileTheServerRuns()
    {
        QProcessEnvironment env = bootstrapEnvironment();
        env.insert("INSIGHTS_PRUNE_INTERVAL_MS", "200");
        ServerProcess server({"--audit-retention-days", "30"}, env);
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword)); // a fresh audit entry that stays
        {
            QSqlDatabase db = server.database().connect("prune");
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            const QString old =
                QDateTime::currentDateTimeUtc().addDays(-31).toString(Qt::ISODateWithMs);
            QVERIFY(q.exec("INSERT INTO audit (at, actor, action, target, result, detail) "
                           "VALUES ('" +
                           old + "', 'old', 'login', 'old', 'success', 'x')"));
            const qint64 twoDaysAgo = QDateTime::currentMSecsSinceEpoch() - 48LL * 3600 * 1000;
            QVERIFY(q.exec(QString("INSERT INTO idempotency_keys (actor, endpoint, idem_key, "
                                   "request_hash, status, headers, body, created_at) VALUES "
                                   "('admin', 'POST /x', 'k1', 'h', 201, '{}', '{}', %1)")
                               .arg(twoDaysAgo)));
            QVERIFY(q.exec(QString("INSERT INTO login_failures (subject, at) VALUES "
                                   "('user:someone', %1)")
                               .arg(twoDaysAgo)));
            QTRY_COMPARE_WITH_TIMEOUT(
                countRows(db, "SELECT COUNT(*) FROM audit WHERE actor = 'old'"), 0, 10000);
            QTRY_COMPARE(countRows(db, "SELECT COUNT(*) FROM idempotency_keys"), 0);
            QTRY_COMPARE(countRows(db, "SELECT COUNT(*) FROM login_failures"), 0);
            QVERIFY(countRows(db, "SELECT COUNT(*) FROM audit WHERE actor = 'admin'") >= 1);
            db.close();
        }
        QSqlDatabase::removeDatabase("prune");
        // The log line follows the commit: wait for it as for the rows.
        QTRY_VERIFY(server.standardError().contains("pruned"));
    }

    void theAuditFiltersAndExports()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        QVERIFY(admin.createUser("auditor", "auditor-password-1", "operator"));
        ApiSession auditor(server);
        QVERIFY(auditor.signIn("auditor", "auditor-password-1"));
        auto entries = [&](const QString &query) {
            return admin.get("/api/v1/audit?limit=1000&" + query).json()["items"].toArray();
        };
        // The moment, on the server's own clock, the auditor's sign-in was audited.
        const QJsonArray signedIn = entries("actor=auditor");
        QCOMPARE(signedIn.size(), 1);
        const QString middle = signedIn[0]["at"].toString();
        QVERIFY(!auditor.createCustomer("Filtered, \"Quoted\" Ltd").isEmpty());
        QVERIFY(!auditor.createCustomer("=cmd|' /C calc'!A0").isEmpty());
        // By actor, by action (a prefix with its dot), by time.
        const QJsonArray byActor = entries("actor=auditor");
        QVERIFY(byActor.size() >= 3);
        for (const QJsonValue &e : byActor)
            QCOMPARE(e["actor"].toString(), QString("auditor"));
        QCOMPARE(entries("action=customer.create&actor=auditor").size(), 2);
        QCOMPARE(entries("action=customer.&actor=auditor").size(), 2);
        QCOMPARE(entries("action=customer&actor=auditor").size(), 0); // a prefix needs its dot
        QVERIFY(entries("action=user.").size() >= 1);
        const QJsonArray since = entries("since=" + QUrl::toPercentEncoding(middle));
        for (const QJsonValue &e : since)
            QVERIFY(e["at"].toString() >= middle);
        QVERIFY(since.size() >= 2);
        // since is inclusive, until exclusive.
        QCOMPARE(entries("since=" + QUrl::toPercentEncoding(middle) + "&actor=auditor").size(),
                 byActor.size());
        QCOMPARE(entries("until=" + QUrl::toPercentEncoding(middle) + "&actor=auditor").size(), 0);
        QCOMPARE(admin.get("/api/v1/audit?since=yesterday").status, 400);
        QCOMPARE(
            admin.get("/api/v1/audit?since=2026-12-02T00:00:00Z&until=2026-12-01T00:00:00Z").status,
            400);
        // The export: CSV, every matching entry, quoted, formulas made inert.
        const HttpResult csv =
            admin.get("/api/v1/audit?actor=auditor&action=customer.", {{"Accept", "text/csv"}});
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
        const QList<QByteArray> lines = csv.body.split('\n');
        QCOMPARE(lines.value(0), QByteArray("at,actor,action,target,result,detail\r"));
        QCOMPARE(lines.size(), 4); // the header, two entries, and the final line break
        QVERIFY2(csv.body.contains(",\"Filtered, \"\"Quoted\"\" Ltd\"\r"), csv.body.constData());
        QVERIFY2(csv.body.contains(",'=cmd|' /C calc'!A0\r"), csv.body.constData());
    }

    void theRetentionIsChecked()
    {
        ServerProcess server({"--audit-retention-days", "0"}, bootstrapEnvironment());
        QVERIFY(!server.start(5000));
        QVERIFY2(server.standardError().contains("--audit-retention-days takes days from 1"),
                 server.standardError().constData());
    }
};

QTEST_GUILESS_MAIN(TestServerHousekeeping)
#include "tst_serverhousekeeping.moc"
