// The insights-server process: its command line, /healthz, problem+json for unknown routes,
// the request log, and a clean exit on SIGTERM.
#include "support/serverprocess.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace insights::test;

namespace {

// VmRSS of a process, from /proc (0 when unreadable).
qint64 residentKiB(qint64 pid)
{
    QFile status(QString("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

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
        QCOMPARE(r.json()["status"].toString(), QString("ok"));
        QCOMPARE(r.json()["database"].toString(), QString("ok"));
        QCOMPARE(r.json()["engine"].toString(),
                 QString(TestDatabase::onPostgresql() ? "postgresql" : "sqlite"));
        QVERIFY(!r.json()["instance"].toString().isEmpty());
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

    void servesHttpsWithItsCertificate()
    {
        QTemporaryDir dir;
        QString cert, key;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &cert, &key));

        ServerProcess server({"--tls-cert", cert, "--tls-key", key});
        QVERIFY2(server.start(), qPrintable(server.error()));
        QCOMPARE(server.url().scheme(), QString("https"));

        QNetworkAccessManager nam;
        QNetworkRequest request(server.url("/healthz"));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;

        // Large bodies over TLS are refused as they arrive, never buffered: while six 40 MB
        // uploads, one after the other, get their 413, the server's memory stays bounded.
        // Unguarded, each upload was buffered whole: 21 → 184 MB after the first, and more with
        // each. Guarded, the heap settles at about 70 MB (TLS buffers and the allocator; it
        // reaches that after one upload or after three, so the bound is on the peak, not on
        // the step between two uploads, which made this check flaky).
        const qint64 base = residentKiB(server.process().processId());
        qint64 peak = base;
        QList<qint64> seen;
        const QByteArray huge(40 * 1024 * 1024, 'x');
        for (int k = 0; k < 6; ++k) {
            QNetworkRequest post(server.url("/api/v1/customers"));
            post.setSslConfiguration(ssl);
            post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *upload = nam.post(post, huge);
            QSignalSpy uploaded(upload, &QNetworkReply::finished);
            QVERIFY(uploaded.wait(60000));
            const int status = upload->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // The 413, or the connection closed under a client still sending.
            QVERIFY2(status == 413 || upload->error() == QNetworkReply::RemoteHostClosedError,
                     qPrintable(upload->errorString()));
            delete upload;
            seen << residentKiB(server.process().processId());
            peak = qMax(peak, seen.constLast());
        }
        QStringList figures;
        for (qint64 kib : seen)
            figures << QString::number(kib);
        qInfo("RSS %lld KiB, after each 40 MB upload: %s KiB", base,
              qPrintable(figures.join(QStringLiteral(", "))));
#ifndef __SANITIZE_ADDRESS__
        // Under ASan (./setup.sh sanitize) freed memory waits in its quarantine, so the bound
        // holds only in the normal build; the refusals are checked in both.
        QVERIFY2(base > 0 && peak - base < 80 * 1024,
                 qPrintable(QString("RSS %1, then %2 KiB").arg(base).arg(figures.join(", "))));
#else
        Q_UNUSED(peak);
#endif
        QNetworkReply *still = nam.get(request);
        QSignalSpy answered(still, &QNetworkReply::finished);
        QVERIFY(answered.wait(20000));
        QCOMPARE(still->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete still;

        // Without trusting the certificate, a client must refuse it (a fresh manager, so
        // no connection is reused).
        QNetworkAccessManager fresh;
        QNetworkReply *untrusted = fresh.get(QNetworkRequest(server.url("/healthz")));
        QSignalSpy refused(untrusted, &QNetworkReply::finished);
        QVERIFY(refused.wait(20000));
        QCOMPARE(untrusted->error(), QNetworkReply::SslHandshakeFailedError);
        delete untrusted;
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
        QTest::newRow("public URL without scheme")
            << QStringList{"--public-url", "insights.example.com"} << "--public-url";
        QTest::newRow("public URL of another scheme")
            << QStringList{"--public-url", "ftp://insights.example.com"} << "--public-url";
        QTest::newRow("public URL without host")
            << QStringList{"--public-url", "https://"} << "--public-url";
        QTest::newRow("public URL with a query")
            << QStringList{"--public-url", "https://insights.example.com/?a=1"} << "--public-url";
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

    void helpAndVersionAnswerOnStdout()
    {
        QProcess help;
        help.start(serverExecutable(), {"--help"});
        QVERIFY(help.waitForFinished(20000));
        QCOMPARE(help.exitCode(), 0);
        const QString usage = QString::fromUtf8(help.readAllStandardOutput());
        QVERIFY2(usage.contains("postgresql://") && usage.contains("--database-password-file"),
                 qPrintable(usage));
        QProcess version;
        version.start(serverExecutable(), {"--version"});
        QVERIFY(version.waitForFinished(20000));
        QCOMPARE(version.exitCode(), 0);
        QVERIFY(version.readAllStandardOutput().startsWith("insights-server "));
    }
};

QTEST_GUILESS_MAIN(TestServerBasics)
#include "tst_serverbasics.moc"
