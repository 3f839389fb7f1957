// The insights-server process: its command line, /healthz, problem+json for unknown routes,
// the request log, and a clean exit on SIGTERM.
#include "support/serverprocess.h"

#include <QJsonObject>
#include <QTest>

using namespace insights::test;

class TestServerBasics : public QObject
{
    Q_OBJECT

private slots:
    void healthz()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(server.url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server.url().port() > 0);
        QNetworkAccessManager nam;
        const HttpResult r = request(nam, "GET", server.url("/healthz"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object(), (QJsonObject{{"status", "ok"}}));
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
    }

    void unknownRoutesAreProblems()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QNetworkAccessManager nam;
        HttpResult r = request(nam, "GET", server.url("/api/v1/nothing-here"));
        QCOMPARE(r.status, 404);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        QCOMPARE(r.json()["status"].toInt(), 404);
        QVERIFY(!r.json()["title"].toString().isEmpty());

        r = request(nam, "POST", server.url("/healthz"), "{}");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
    }

    void logsOneLinePerRequestAndStopsOnSigterm()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QNetworkAccessManager nam;
        QCOMPARE(request(nam, "GET", server.url("/healthz")).status, 200);
        QTRY_VERIFY(server.standardError().contains("GET /healthz 200"));
        QCOMPARE(server.terminate(), 0);
    }

    void refusesBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("public address without TLS")
            << QStringList{"--listen", "0.0.0.0:0", "--database", "sqlite::memory:"}
            << "without TLS";
        QTest::newRow("bad port") << QStringList{"--listen", "127.0.0.1:70000"} << "--listen";
        QTest::newRow("bad database") << QStringList{"--database", "mysql://x"} << "--database";
        QTest::newRow("bad step") << QStringList{"--deploy-step-ms", "-5"} << "--deploy-step-ms";
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    }
    void refusesBadCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess p;
        p.start(serverExecutable(), arguments);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerBasics)
#include "tst_serverbasics.moc"
