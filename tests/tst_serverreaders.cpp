// Reads on more than one core (server/readworkers.h): the main thread accepts each connection
// and deals it to a read worker in turn. A worker answers the reads it may with its own
// read-only connection; writes, refusals and the routes with state of their own go to the
// main thread, on the same connection. The server's access log says who answered.
#include "support/serverapifixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace insights::test;

namespace {

// The access-log lines of `server` so far that name `path`.
QStringList logLines(ServerProcess &server, const QString &path)
{
    QStringList out;
    for (const QByteArray &line : server.standardError().split('\n'))
        if (line.contains(path.toUtf8()))
            out << QString::fromUtf8(line);
    return out;
}

} // namespace

class TestServerReaders : public QObject, public ServerApiFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString failed = startServer(); // --read-threads 2, the default
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void workersAnswerReadsAndTheMainThreadWrites()
    {
        // Two clients, two connections: one on each worker.
        ApiSession first(*m_server), second(*m_server);
        first.setToken(m_admin->token());
        second.setToken(m_admin->token());
        const QString id = first.createCustomer("Readers Ltd");
        QVERIFY(!id.isEmpty());
        // What was just written on the main thread is read at once on either worker.
        for (ApiSession *s : {&first, &second}) {
            const HttpResult r = s->get("/api/v1/customers/" + id);
            QCOMPARE(r.status, 200);
            QCOMPARE(obj(r)["displayName"].toString(), QString("Readers Ltd"));
        }
        // A write on a worker's connection goes to the main thread and is answered on it.
        HttpResult read = second.get("/api/v1/customers/" + id);
        const HttpResult renamed =
            second.patch("/api/v1/customers/" + id, {{"displayName", "Readers Group"}},
                         ifMatch(read.header("ETag")));
        QCOMPARE(renamed.status, 200);
        QCOMPARE(obj(second.get("/api/v1/customers/" + id))["displayName"].toString(),
                 QString("Readers Group"));

        // The server writes its log line once the answer is sent: a moment after it arrives.
        const QString reads = "GET /api/v1/customers/" + id + " 200";
        QTRY_VERIFY(!logLines(*m_server, reads).filter("(read-worker-1)").isEmpty());
        QTRY_VERIFY(!logLines(*m_server, reads).filter("(read-worker-2)").isEmpty());
        QTRY_COMPARE(logLines(*m_server, "PATCH /api/v1/customers/" + id).size(), 1);
        const QString write = logLines(*m_server, "PATCH /api/v1/customers/" + id).first();
        QVERIFY2(write.endsWith("(main)"), qPrintable(write));
    }

    void refusalsGoToTheMainThreadWhichAuditsThem()
    {
        ApiSession stranger(*m_server);
        stranger.setToken("not-a-token-anyone-issued");
        const HttpResult r = stranger.get("/api/v1/customers");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json; charset=utf-8"));
        QTRY_VERIFY(!logLines(*m_server, "GET /api/v1/customers 401").isEmpty());
        const QString line = logLines(*m_server, "GET /api/v1/customers 401").last();
        QVERIFY2(line.endsWith("(main)"), qPrintable(line));
        // Audited there (a worker's connection is read-only, and would have failed with 500).
        QTRY_VERIFY_WITH_TIMEOUT(
            QString::fromUtf8(m_admin->get("/api/v1/audit?limit=20").body).contains("anonymous"),
            5000);
    }

    // Requests in German, French and English at once, answered by two workers and the main
    // thread together: each answer is in its asker's language.
    void languagesNeverMixBetweenThreads()
    {
        const QList<QByteArray> languages{"de", "fr", "en"};
        QHash<QByteArray, QString> expected;
        for (const QByteArray &language : languages)
            expected[language] = obj(m_admin->get("/api/v1/customers/cus-missing",
                                                  {{"Accept-Language", language}}))["detail"]
                                     .toString();
        QCOMPARE(QSet<QString>(expected.cbegin(), expected.cend()).size(), 3);

        std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
        for (int k = 0; k < 4; ++k)
            clients.push_back(std::make_unique<QNetworkAccessManager>());
        QList<QPair<QByteArray, QNetworkReply *>> replies;
        for (int k = 0; k < 120; ++k) {
            const QByteArray language = languages[k % 3];
            // Reads go to the workers, failed sign-ins to the main thread (in one language).
            QNetworkRequest get(m_server->url("/api/v1/customers/cus-missing"));
            get.setRawHeader("Authorization", "Bearer " + m_admin->token());
            get.setRawHeader("Accept-Language", language);
            replies.append({language, clients[k % clients.size()]->get(get)});
        }
        int finished = 0;
        for (const auto &[language, reply] : replies)
            connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
        QTRY_COMPARE_WITH_TIMEOUT(finished, int(replies.size()), 20000);
        for (const auto &[language, reply] : replies) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
            QCOMPARE(QJsonDocument::fromJson(reply->readAll())["detail"].toString(),
                     expected[language]);
            reply->deleteLater();
        }
    }

    // A token signed out on the main thread stops on both workers within their cache's second.
    void signOutStopsReadsOnEveryWorkerWithinASecond()
    {
        ApiSession owner(*m_server);
        QVERIFY(owner.signIn("watcher", "watcher-password-1"));
        ApiSession first(*m_server), second(*m_server);
        first.setToken(owner.token());
        second.setToken(owner.token());
        QCOMPARE(first.get("/api/v1/customers").status, 200);
        QCOMPARE(second.get("/api/v1/customers").status, 200);
        QCOMPARE(owner.del("/api/v1/auth/token").status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(first.get("/api/v1/customers").status, 401, 1100);
        QTRY_COMPARE_WITH_TIMEOUT(second.get("/api/v1/customers").status, 401, 1100);
        QVERIFY(m_monitor->signIn("watcher", "watcher-password-1")); // for the cases after
    }

    void tlsConnectionsAreHandedToWorkersToo()
    {
        QTemporaryDir dir;
        QString cert, key;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &cert, &key));
        ServerProcess server({"--tls-cert", cert, "--tls-key", key}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        const QSslConfiguration before = ssl;
        ssl.setCaCertificates(QSslCertificate::fromPath(cert));
        QSslConfiguration::setDefaultConfiguration(ssl);
        ApiSession a(server), b(server);
        QVERIFY(a.signIn(adminUser, adminPassword)); // the main thread, on a's worker's connection
        b.setToken(a.token());
        const QString id = a.createCustomer("Encrypted Ltd");
        QCOMPARE(obj(b.get("/api/v1/customers/" + id))["displayName"].toString(),
                 QString("Encrypted Ltd"));
        QCOMPARE(a.get("/api/v1/customers/" + id).status, 200);
        QSslConfiguration::setDefaultConfiguration(before);
        const QString reads = "GET /api/v1/customers/" + id + " 200";
        QTRY_VERIFY(!logLines(server, reads).filter("(read-worker-1)").isEmpty());
        QTRY_VERIFY(!logLines(server, reads).filter("(read-worker-2)").isEmpty());
    }

    void withoutWorkersTheMainThreadAnswersAll()
    {
        ServerProcess server({"--read-threads", "0"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession a(server);
        QVERIFY(a.signIn(adminUser, adminPassword));
        QCOMPARE(a.get("/api/v1/customers").status, 200);
        QTRY_COMPARE(logLines(server, "GET /api/v1/customers 200").size(), 1);
        const QStringList reads = logLines(server, "GET /api/v1/customers 200");
        QVERIFY2(!reads.first().contains("(read-worker"), qPrintable(reads.first()));
        QVERIFY(!reads.first().contains("(main)"));
    }
};

QTEST_GUILESS_MAIN(TestServerReaders)
#include "tst_serverreaders.moc"
