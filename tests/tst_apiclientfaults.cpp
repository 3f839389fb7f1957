// ApiClient against network faults: timeouts, cut or garbled answers and 503s (through a fault
// proxy), nothing listening, no such host, an untrusted certificate, cancel(); retries where safe.
#include "apiclient.h"
#include "support/apiclienttesting.h"
#include "support/faultproxy.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace insights;
using namespace insights::test;

namespace {

// Slack on top of the computed time budget of a request, for a loaded machine.
constexpr int slackMs = 1500;

} // namespace

class TestApiClientFaults : public QObject, ApiClientFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<insights::ApiResponse>();
        m_server = std::make_unique<ServerProcess>(QStringList{}, bootstrapEnvironment());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        ApiSession admin(*m_server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        m_token = admin.token();
        QVERIFY(!m_token.isEmpty());
    }

    void slowAnswerWithinTimeoutSucceeds()
    {
        FaultProxy proxy(FaultProxy::Mode::Delay, m_server->url());
        proxy.setDelay(300);
        QVERIFY(proxy.start());
        auto client = makeClient(proxy.url(), 2000, 2);
        Recorder rec(client->get("/api/v1/customers"));
        rec.wait(20000);
        VERIFY_ENDED_ONCE(rec);
        QVERIFY2(rec.response.ok(), describe(rec.response).constData());
        QCOMPARE(rec.response.status, 200);
        QVERIFY(rec.response.object()["items"].isArray());
        QCOMPARE(rec.attempts, 1);
        QCOMPARE(proxy.requests(), 1);
        QVERIFY2(rec.elapsedMs >= 290, qPrintable(QString::number(rec.elapsedMs) + " ms"));
    }

    void unansweredRequestsTimeOut_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<int>("attempts");
        QTest::newRow("GET is retried") << QByteArray("GET") << false << 2;
        QTest::newRow("POST with an Idempotency-Key is retried") << QByteArray("POST") << true << 2;
        QTest::newRow("POST without a key is not") << QByteArray("POST") << false << 1;
        QTest::newRow("PATCH is not") << QByteArray("PATCH") << false << 1;
        QTest::newRow("DELETE is not") << QByteArray("DELETE") << false << 1;
    }
    void unansweredRequestsTimeOut()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, withKey);
        QFETCH(int, attempts);
        FaultProxy proxy(FaultProxy::Mode::NeverAnswer);
        QVERIFY(proxy.start());
        auto client = makeClient(proxy.url(), 1000, 2);

        ApiRequest request;
        request.method = method;
        if (method == "GET" || method == "POST") {
            request.path = "/api/v1/customers";
        } else {
            request.path = "/api/v1/customers/cus-slow";
            request.ifMatch = "\"v1\"";
        }
        if (method == "POST" || method == "PATCH")
            request.body = "{\"displayName\":\"Slow Ltd\"}";
        if (withKey)
            request.idempotencyKey = ApiClient::newIdempotencyKey();

        Recorder rec(client->send(request));
        const int budget = client->timeout() * attempts + client->retryDelay() * (attempts - 1);
        rec.wait(budget + 10000);
        VERIFY_ENDED_ONCE(rec);
        const ApiResponse &r = rec.response;
        COMPARE_KIND(r, ApiError::Kind::Timeout);
        QVERIFY2(r.error.message.contains("within"), qPrintable(r.error.message));
        QVERIFY2(!r.error.message.contains("cancel", Qt::CaseInsensitive),
                 qPrintable(r.error.message));
        QCOMPARE(rec.attempts, attempts);
        QCOMPARE(proxy.requests(), attempts);
        const QString timing = QString("%1 ms, budget %2 ms").arg(rec.elapsedMs).arg(budget);
        QVERIFY2(rec.elapsedMs >= client->timeout() * attempts * 9 / 10, qPrintable(timing));
        QVERIFY2(rec.elapsedMs <= budget + slackMs, qPrintable(timing));
    }

    void connectionCutMidBody()
    {
        FaultProxy proxy(FaultProxy::Mode::CutMidBody);
        QVERIFY(proxy.start());
        auto client = makeClient(proxy.url(), 2000, 2);
        Recorder rec(client->get("/api/v1/customers"));
        rec.wait(20000);
        VERIFY_ENDED_ONCE(rec);
        const ApiError::Kind kind = rec.response.error.kind;
        QVERIFY2(kind == ApiError::Kind::ConnectionLost || kind == ApiError::Kind::InvalidResponse,
                 describe(rec.response).constData());
        QVERIFY(!rec.response.ok());
        QVERIFY(!rec.response.error.message.isEmpty());
        QVERIFY(rec.attempts >= 1 && rec.attempts <= 2);
    }

    void garbageInsteadOfHttp()
    {
        FaultProxy proxy(FaultProxy::Mode::Garbage);
        QVERIFY(proxy.start());
        auto client = makeClient(proxy.url(), 2000, 2);
        Recorder rec(client->get("/api/v1/customers"));
        rec.wait(20000);
        VERIFY_ENDED_ONCE(rec);
        const ApiError::Kind kind = rec.response.error.kind;
        QVERIFY2(kind == ApiError::Kind::InvalidResponse ||
                     kind == ApiError::Kind::ConnectionLost || kind == ApiError::Kind::Network,
                 describe(rec.response).constData());
        QVERIFY(!rec.response.ok());
        QVERIFY(!rec.response.error.message.isEmpty());
        QVERIFY(rec.attempts >= 1 && rec.attempts <= 2);
    }

    void invalidJsonInA200()
    {
        FaultProxy proxy(FaultProxy::Mode::InvalidJson);
        QVERIFY(proxy.start());
        auto client = makeClient(proxy.url(), 2000, 3);
        Recorder rec(client->get("/api/v1/customers"));
        rec.wait(20000);
        VERIFY_ENDED_ONCE(rec);
        COMPARE_KIND(rec.response, ApiError::Kind::InvalidResponse);
        QVERIFY(!rec.response.ok());
        QVERIFY(!rec.response.error.message.isEmpty());
        QCOMPARE(rec.attempts, 1); // not transient: asking again gets the same answer
        QCOMPARE(proxy.requests(), 1);
    }

    void serverErrorsAreRetried_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("the third attempt gets through") << 3 << true;
        QTest::newRow("two attempts are not enough") << 2 << false;
    }
    void serverErrorsAreRetried()
    {
        QFETCH(int, maxAttempts);
        QFETCH(bool, succeeds);
        FaultProxy proxy(FaultProxy::Mode::UnavailableFirst, m_server->url());
        proxy.setUnavailable(2);
        QVERIFY(proxy.start());
        auto client = makeClient(proxy.url(), 2000, maxAttempts);
        Recorder rec(client->get("/api/v1/customers"));
        rec.wait(20000);
        VERIFY_ENDED_ONCE(rec);
        QCOMPARE(rec.attempts, maxAttempts);
        QCOMPARE(proxy.requests(), maxAttempts);
        if (succeeds) {
            QVERIFY2(rec.response.ok(), describe(rec.response).constData());
            QCOMPARE(rec.response.status, 200);
            QVERIFY(rec.response.object()["items"].isArray());
        } else {
            COMPARE_KIND(rec.response, ApiError::Kind::Server);
            QCOMPARE(rec.response.error.httpStatus, 503);
            QCOMPARE(rec.response.status, 503);
            QVERIFY(!rec.response.error.message.isEmpty());
        }
    }

    void connectionRefused()
    {
        QTcpServer placeholder;
        QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
        const quint16 port = placeholder.serverPort();
        placeholder.close(); // nothing listens there now
        QUrl base;
        base.setScheme("http");
        base.setHost("127.0.0.1");
        base.setPort(port);
        auto client = makeClient(base, 2000, 2);
        Recorder rec(client->get("/api/v1/customers"));
        rec.wait(20000);
        VERIFY_ENDED_ONCE(rec);
        COMPARE_KIND(rec.response, ApiError::Kind::ConnectionRefused);
        QVERIFY(!rec.response.ok());
        QVERIFY2(!rec.response.error.message.isEmpty(), describe(rec.response).constData());
        QCOMPARE(rec.attempts, 2); // a GET is retried when nothing listens
    }

    void hostNotFound()
    {
        // A generous timeout: a slow resolver must not turn this into a Timeout.
        auto client = makeClient(QUrl("http://does-not-exist.invalid:1"), 30000, 1);
        Recorder rec(client->get("/api/v1/customers"));
        rec.wait(45000);
        VERIFY_ENDED_ONCE(rec);
        COMPARE_KIND(rec.response, ApiError::Kind::HostNotFound);
        QVERIFY(!rec.response.ok());
        QVERIFY2(!rec.response.error.message.isEmpty(), describe(rec.response).constData());
        QCOMPARE(rec.attempts, 1);
    }

    void untrustedCertificateIsReportedNotIgnored()
    {
        QTemporaryDir dir;
        QString cert, key;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &cert, &key, "insights-test-ca"));
        ServerProcess tls({"--tls-cert", cert, "--tls-key", key}, bootstrapEnvironment());
        QVERIFY2(tls.start(), qPrintable(tls.error()));

        ApiClient client;
        client.setBaseUrl(tls.url());
        client.setTimeout(10000);
        ApiJob *job = client.get("/healthz");
        QSignalSpy finished(job, &ApiJob::finished);
        QVERIFY(finished.wait(20000));
        const auto response = finished.at(0).at(0).value<ApiResponse>();
        QCOMPARE(response.error.kind, ApiError::Kind::Tls);
        QVERIFY(response.error.message.contains("not trusted"));
        QVERIFY2(response.error.certificateDetails.contains("insights-test-ca"),
                 qPrintable(response.error.certificateDetails));
        QVERIFY(response.error.certificateDetails.contains("SHA-256"));

        // Trusted (the CA configured), the same client gets through.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(cert));
        QSslConfiguration::setDefaultConfiguration(ssl);
        ApiClient trusting;
        trusting.setBaseUrl(tls.url());
        ApiJob *ok = trusting.get("/healthz");
        QSignalSpy okFinished(ok, &ApiJob::finished);
        QVERIFY(okFinished.wait(20000));
        QCOMPARE(okFinished.at(0).at(0).value<ApiResponse>().status, 200);
    }

    void cancelEndsOnce()
    {
        FaultProxy proxy(FaultProxy::Mode::NeverAnswer);
        QVERIFY(proxy.start());
        auto client = makeClient(proxy.url(), 10000, 3);
        Recorder rec(client->get("/api/v1/customers"));
        QTRY_COMPARE(proxy.requests(), 1);
        QVERIFY(rec.job);
        rec.job->cancel();
        if (rec.job)
            rec.job->cancel(); // a second cancel changes nothing
        rec.wait(5000);
        VERIFY_ENDED_ONCE(rec);
        COMPARE_KIND(rec.response, ApiError::Kind::Canceled);
        QCOMPARE(rec.attempts, 1);
        QVERIFY2(rec.elapsedMs < client->timeout(), qPrintable(QString::number(rec.elapsedMs)));
    }
};

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "tst_apiclientfaults.moc"
