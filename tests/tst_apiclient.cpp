// ApiClient against the real insights-server and against a fault-injecting TCP proxy: every
// error class of api.md arrives as a typed ApiError, retries happen only where they are safe,
// every job ends with exactly one finished(), and QNetworkReply stays out of the public API.
#include "apiclient.h"
#include "support/apisession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QLocale>
#include <QMetaMethod>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#ifndef INSIGHTS_MODELS_DIR
#error "Define INSIGHTS_MODELS_DIR as a string literal naming the models source folder"
#endif

using namespace insights;
using namespace insights::test;

namespace {

// Slack on top of the computed time budget of a request, for a loaded machine.
constexpr int slackMs = 1500;

QByteArray describe(const ApiResponse &r)
{
    return "kind " + ApiError::kindName(r.error.kind).toUtf8() + ", HTTP " +
           QByteArray::number(r.status) + ", error.httpStatus " +
           QByteArray::number(r.error.httpStatus) + ", message \"" + r.error.message.toUtf8() +
           "\", detail \"" + r.error.detail.toUtf8() + "\", body " + r.body.left(300);
}

QStringList fieldNames(const ApiError &e)
{
    QStringList out;
    for (const FieldError &f : e.fieldErrors)
        out << f.field;
    return out;
}

QString codeOf(const ApiError &e, const QString &field)
{
    for (const FieldError &f : e.fieldErrors) {
        if (f.field == field)
            return f.code;
    }
    return {};
}

// Watches one job from right after send(): how often finished() came, what it carried, and what
// the job said about itself at that moment (it deletes itself afterwards, so it is read in the
// slot, never later).
class Recorder
{
public:
    explicit Recorder(ApiJob *watched)
        : job(watched)
    {
        clock.start();
        if (!watched)
            return;
        spy = std::make_unique<QSignalSpy>(watched, &ApiJob::finished);
        connection = QObject::connect(
            watched, &ApiJob::finished, watched, [this, watched](const ApiResponse &r) {
                ++count;
                response = r;
                attempts = watched->attempts();
                finishedFlag = watched->isFinished();
                responseMatches = watched->response().status == r.status &&
                                  watched->response().error.kind == r.error.kind &&
                                  watched->response().body == r.body;
                elapsedMs = clock.elapsed();
            });
    }
    ~Recorder() { QObject::disconnect(connection); }
    Q_DISABLE_COPY_MOVE(Recorder)

    // Waits for finished(), then a little longer so that a second finished() would be seen.
    void wait(int timeoutMs)
    {
        if (!spy)
            return;
        if (count == 0)
            spy->wait(timeoutMs);
        spy->wait(200);
    }

    QPointer<ApiJob> job;
    int count = 0;
    ApiResponse response;
    int attempts = 0;
    bool finishedFlag = false;
    bool responseMatches = false;
    qint64 elapsedMs = -1;

private:
    QElapsedTimer clock;
    std::unique_ptr<QSignalSpy> spy;
    QMetaObject::Connection connection;
};

} // namespace

// What every job must get right: one finished(), isFinished() by then, response() the same as
// the signal's, and the job gone afterwards (it deletes itself).
#define VERIFY_ENDED_ONCE(rec)                                                                     \
    do {                                                                                           \
        QVERIFY2((rec).count > 0, "finished() never came");                                        \
        QCOMPARE((rec).count, 1);                                                                  \
        QVERIFY2((rec).finishedFlag, "isFinished() was false when finished() was emitted");        \
        QVERIFY2((rec).responseMatches, "response() differs from what finished() carried");        \
        QTRY_VERIFY2_WITH_TIMEOUT((rec).job.isNull(), "the job did not delete itself", 2000);      \
    } while (false)

#define COMPARE_KIND(response, expected)                                                           \
    QVERIFY2((response).error.kind == (expected),                                                  \
             (describe(response) + "; expected kind " + ApiError::kindName(expected).toUtf8())     \
                 .constData())

// A TCP proxy on 127.0.0.1:0 that misbehaves in one chosen way. It reads each connection's first
// request in full (headers and Content-Length body) before it acts.
class FaultProxy : public QTcpServer
{
public:
    enum class Mode {
        Forward,          // pass everything through to the upstream server
        Delay,            // wait delay() ms, then forward
        NeverAnswer,      // read, never reply, never close
        CutMidBody,       // 200 with Content-Length 1000, 10 bytes of body, then close
        Garbage,          // "hello\r\n\r\n", then close
        InvalidJson,      // a well-formed 200 application/json whose body is "{not json"
        UnavailableFirst, // 503 for the first unavailable() requests, then forward
    };

    explicit FaultProxy(Mode mode, const QUrl &upstream = {})
        : m_mode(mode)
        , m_upstream(upstream)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                accept(socket);
        });
    }
    ~FaultProxy() override
    {
        // No handler may run while the sockets go down with us.
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            QObject::disconnect(s, nullptr, nullptr, nullptr);
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        QUrl u;
        u.setScheme("http");
        u.setHost("127.0.0.1");
        u.setPort(serverPort());
        return u;
    }
    void setDelay(int ms) { m_delayMs = ms; }
    void setUnavailable(int count) { m_unavailableLeft = count; }
    // Requests seen (the first one of each connection; the client sends one per connection
    // here, because every fault closes or abandons its connection).
    int requests() const { return m_requests; }

private:
    struct Connection
    {
        QByteArray pending;
        QPointer<QTcpSocket> upstream;
        bool seenRequest = false;
        bool forwarding = false;
    };

    static bool requestComplete(const QByteArray &data)
    {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        qsizetype length = 0;
        const QList<QByteArray> lines = data.left(end).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        return data.size() >= end + 4 + length;
    }

    static QByteArray httpResponse(const QByteArray &statusLine, const QByteArray &contentType,
                                   const QByteArray &body)
    {
        return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

    static void respondAndClose(QTcpSocket *client, const QByteArray &bytes)
    {
        client->write(bytes);
        client->disconnectFromHost(); // after the bytes are written
    }

    void accept(QTcpSocket *client)
    {
        auto state = std::make_shared<Connection>();
        connect(client, &QTcpSocket::readyRead, client,
                [this, client, state] { onClientData(client, state); });
        connect(client, &QTcpSocket::disconnected, client, [client, state] {
            if (state->upstream)
                state->upstream->abort();
            client->deleteLater();
        });
        if (client->bytesAvailable() > 0)
            onClientData(client, state);
    }

    void onClientData(QTcpSocket *client, const std::shared_ptr<Connection> &state)
    {
        state->pending += client->readAll();
        if (state->forwarding) {
            if (state->upstream && state->upstream->state() == QAbstractSocket::ConnectedState) {
                state->upstream->write(state->pending);
                state->pending.clear();
            }
            return;
        }
        if (state->seenRequest || !requestComplete(state->pending))
            return;
        state->seenRequest = true;
        ++m_requests;
        switch (m_mode) {
        case Mode::Forward:
            forward(client, state);
            break;
        case Mode::Delay:
            QTimer::singleShot(m_delayMs, client,
                               [this, client, state] { forward(client, state); });
            break;
        case Mode::NeverAnswer:
            break;
        case Mode::CutMidBody:
            respondAndClose(client, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                    "Content-Length: 1000\r\n\r\n{\"items\":[");
            break;
        case Mode::Garbage:
            respondAndClose(client, "hello\r\n\r\n");
            break;
        case Mode::InvalidJson:
            respondAndClose(client, httpResponse("200 OK", "application/json", "{not json"));
            break;
        case Mode::UnavailableFirst:
            if (m_unavailableLeft > 0) {
                --m_unavailableLeft;
                respondAndClose(client,
                                httpResponse("503 Service Unavailable", "application/problem+json",
                                             "{\"type\":\"about:blank\",\"title\":\"Service "
                                             "Unavailable\",\"status\":503,\"detail\":\"The "
                                             "proxy is pretending to be down\"}"));
            } else {
                forward(client, state);
            }
            break;
        }
    }

    void forward(QTcpSocket *client, const std::shared_ptr<Connection> &state)
    {
        state->forwarding = true;
        auto *upstream = new QTcpSocket(client);
        state->upstream = upstream;
        connect(upstream, &QTcpSocket::connected, client, [upstream, state] {
            upstream->write(state->pending);
            state->pending.clear();
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
            client->write(upstream->readAll());
            client->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, client,
                [client](QAbstractSocket::SocketError error) {
                    if (error != QAbstractSocket::RemoteHostClosedError)
                        client->abort();
                });
        upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    }

    Mode m_mode;
    QUrl m_upstream;
    int m_delayMs = 0;
    int m_unavailableLeft = 0;
    int m_requests = 0;
};

class TestApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_admin; // sets up data
    std::unique_ptr<ApiClient> m_client; // the client under test, signed in as the admin
    QByteArray m_token;
    int m_counter = 0;

    QString unique(const QString &base) { return base + QString::number(++m_counter); }

    std::unique_ptr<ApiClient> makeClient(const QUrl &base, int timeoutMs, int maxAttempts)
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(base);
        client->setToken(m_token);
        client->setTimeout(timeoutMs);
        client->setMaxAttempts(maxAttempts);
        client->setRetryDelay(50);
        return client;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<insights::ApiResponse>();
        m_server = std::make_unique<ServerProcess>(QStringList{}, bootstrapEnvironment());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_admin = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_admin->signIn(adminUser, adminPassword));
        QVERIFY(m_admin->createUser("watcher", "watcher-password-1", "monitor"));

        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server->url());
        m_client->setTimeout(10000);
        m_client->setRetryDelay(50);
        Recorder signIn(m_client->signIn(adminUser, adminPassword));
        signIn.wait(20000);
        VERIFY_ENDED_ONCE(signIn);
        QVERIFY2(signIn.response.ok(), describe(signIn.response).constData());
        QCOMPARE(signIn.response.status, 200);
        m_token = signIn.response.object()["accessToken"].toString().toLatin1();
        QVERIFY2(!m_token.isEmpty(), describe(signIn.response).constData());
        m_client->setToken(m_token);
    }

    // --- Against the real server: every error class of api.md -------------------------------

    void httpErrorsAreTyped_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("400 malformed JSON") << "malformed" << ApiError::Kind::BadRequest << 400;
        QTest::newRow("401 bogus token") << "bogus-token" << ApiError::Kind::Unauthorized << 401;
        QTest::newRow("403 monitor creates") << "monitor" << ApiError::Kind::Forbidden << 403;
        QTest::newRow("404 unknown customer") << "unknown" << ApiError::Kind::NotFound << 404;
        QTest::newRow("409 tenant name in use") << "name-in-use" << ApiError::Kind::Conflict << 409;
        QTest::newRow("410 change token too old")
            << "old-change-token" << ApiError::Kind::Gone << 410;
        QTest::newRow("412 stale If-Match")
            << "stale-if-match" << ApiError::Kind::PreconditionFailed << 412;
        QTest::newRow("413 body over 1 MiB")
            << "huge-body" << ApiError::Kind::PayloadTooLarge << 413;
        QTest::newRow("422 bad name and domain")
            << "invalid-service" << ApiError::Kind::Validation << 422;
        QTest::newRow("428 PATCH without If-Match")
            << "no-if-match" << ApiError::Kind::PreconditionRequired << 428;
        QTest::newRow("429 too many sign-ins")
            << "throttled" << ApiError::Kind::TooManyRequests << 429;
    }
    void httpErrorsAreTyped()
    {
        QFETCH(QString, scenario);
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, status);

        QSignalSpy adminSignedOut(m_client.get(), &ApiClient::signedOut);
        std::unique_ptr<ServerProcess> fresh; // for the throttling row
        std::unique_ptr<ApiClient> other;     // a client other than the admin's
        std::unique_ptr<QSignalSpy> otherSignedOut;
        ApiJob *job = nullptr;

        if (scenario == "malformed") {
            ApiRequest request;
            request.method = "POST";
            request.path = "/api/v1/customers";
            request.body = "{\"displayName\":";
            job = m_client->send(request);
        } else if (scenario == "bogus-token") {
            other = makeClient(m_server->url(), 10000, 3);
            other->setToken(QByteArray(43, 'A'));
            otherSignedOut = std::make_unique<QSignalSpy>(other.get(), &ApiClient::signedOut);
            job = other->get("/api/v1/customers");
        } else if (scenario == "monitor") {
            other = makeClient(m_server->url(), 10000, 3);
            other->setToken({});
            Recorder signIn(other->signIn("watcher", "watcher-password-1"));
            signIn.wait(20000);
            VERIFY_ENDED_ONCE(signIn);
            QVERIFY2(signIn.response.ok(), describe(signIn.response).constData());
            const QByteArray token = signIn.response.object()["accessToken"].toString().toLatin1();
            QVERIFY(!token.isEmpty());
            other->setToken(token);
            otherSignedOut = std::make_unique<QSignalSpy>(other.get(), &ApiClient::signedOut);
            job = other->post("/api/v1/customers", {{"displayName", "Not Allowed Ltd"}});
        } else if (scenario == "unknown") {
            job = m_client->get("/api/v1/customers/cus-nothing");
        } else if (scenario == "name-in-use") {
            const QString name = unique("Taken");
            const QString first = m_admin->createCustomer(name + " One");
            QVERIFY(!first.isEmpty());
            const HttpResult created = m_admin->post("/api/v1/customers/" + first + "/services",
                                                     ApiSession::serviceBody(name, "essential"));
            QCOMPARE(created.status, 202);
            m_admin->waitForStatus(created.json()["id"].toString(), {"PendingConsents"});
            const QString second = m_admin->createCustomer(name + " Two");
            QVERIFY(!second.isEmpty());
            job = m_client->post("/api/v1/customers/" + second + "/services",
                                 ApiSession::serviceBody(name, "essential"));
        } else if (scenario == "old-change-token") {
            job = m_client->get("/api/v1/changes?since=OTk5OTk5OTk"); // 99999999
        } else if (scenario == "stale-if-match") {
            const QString customer = m_admin->createCustomer(unique("Stale"));
            QVERIFY(!customer.isEmpty());
            job = m_client->patch("/api/v1/customers/" + customer, {{"displayName", "F2"}},
                                  "\"v999\"");
        } else if (scenario == "huge-body") {
            ApiRequest request;
            request.method = "POST";
            request.path = "/api/v1/customers";
            request.body = "{\"displayName\":\"" + QByteArray(1024 * 1024 + 10, 'a') + "\"}";
            job = m_client->send(request);
        } else if (scenario == "invalid-service") {
            const QString name = unique("Invalid");
            const QString customer = m_admin->createCustomer(name);
            QVERIFY(!customer.isEmpty());
            QJsonObject body = ApiSession::serviceBody(name, "pro");
            QJsonObject tenant = body["tenant"].toObject();
            tenant["name"] = "a b";
            tenant["domain"] = "nodots";
            body["tenant"] = tenant;
            job = m_client->post("/api/v1/customers/" + customer + "/services", body);
        } else if (scenario == "no-if-match") {
            const QString customer = m_admin->createCustomer(unique("NoIfMatch"));
            QVERIFY(!customer.isEmpty());
            job = m_client->patch("/api/v1/customers/" + customer, {{"displayName", "F2"}}, {});
        } else if (scenario == "throttled") {
            // A server of its own, so that the shared one never throttles the admin.
            fresh = std::make_unique<ServerProcess>(QStringList{}, bootstrapEnvironment());
            QVERIFY2(fresh->start(), qPrintable(fresh->error()));
            other = makeClient(fresh->url(), 10000, 3);
            other->setToken({});
            for (int i = 0; i < 5; ++i) {
                Recorder failed(other->signIn(adminUser, "wrong-guess"));
                failed.wait(20000);
                VERIFY_ENDED_ONCE(failed);
                COMPARE_KIND(failed.response, ApiError::Kind::Unauthorized);
                QCOMPARE(failed.response.error.httpStatus, 401);
                QCOMPARE(failed.attempts, 1);
            }
            job = other->signIn(adminUser, "wrong-guess"); // the sixth
        } else {
            QFAIL(qPrintable("unknown scenario " + scenario));
        }

        Recorder rec(job);
        rec.wait(30000);
        VERIFY_ENDED_ONCE(rec);
        const ApiResponse &r = rec.response;
        COMPARE_KIND(r, kind);
        QVERIFY(r.error.isError());
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, status);
        QCOMPARE(r.status, status);
        QVERIFY2(!r.error.message.isEmpty(), describe(r).constData());
        QCOMPARE(rec.attempts, 1); // a client's mistake is never retried

        if (scenario == "bogus-token") {
            QCOMPARE(otherSignedOut->count(), 1);
            QVERIFY2(other->token().isEmpty(), "the client kept a token the server refused");
        } else if (scenario == "monitor") {
            QCOMPARE(otherSignedOut->count(), 0); // 403 is not 401: still signed in
            QVERIFY(!other->token().isEmpty());
        } else if (scenario == "name-in-use") {
            QVERIFY2(fieldNames(r.error).contains("tenant.name"),
                     qPrintable(fieldNames(r.error).join(", ")));
            QCOMPARE(codeOf(r.error, "tenant.name"), QString("in-use"));
        } else if (scenario == "invalid-service") {
            const QStringList fields = fieldNames(r.error);
            QVERIFY2(fields.contains("tenant.name"), qPrintable(fields.join(", ")));
            QVERIFY2(fields.contains("tenant.domain"), qPrintable(fields.join(", ")));
            QCOMPARE(codeOf(r.error, "tenant.name"), QString("whitespace"));
            QVERIFY(!r.error.messageFor(u"tenant.name").isEmpty());
            QVERIFY(!r.error.messageFor(u"tenant.domain").isEmpty());
            QVERIFY(r.error.messageFor(u"tenant.shortName").isEmpty());
        } else if (scenario == "throttled") {
            QVERIFY2(r.error.retryAfterSeconds > 0, describe(r).constData());
        }
        // Whatever another client saw, the admin's client stayed signed in.
        QCOMPARE(adminSignedOut.count(), 0);
        QCOMPARE(m_client->token(), m_token);
    }

    // --- Against the real server: the success path -----------------------------------------

    // The console asks for its own language: the server's messages come back in it.
    void serverMessagesComeInTheConsolesLanguage()
    {
        const QLocale before;
        auto bad = [this] {
            Recorder r(m_client->post("/api/v1/customers", {{"displayName", "Tab\tLtd"}}));
            r.wait(20000);
            return r.response.error;
        };
        const ApiError english = bad();
        QLocale::setDefault(QLocale(QLocale::German));
        const ApiError german = bad();
        QLocale::setDefault(before);
        QCOMPARE(english.kind, ApiError::Kind::Validation);
        QCOMPARE(german.kind, ApiError::Kind::Validation);
        QVERIFY(!english.fieldErrors.isEmpty() && !german.fieldErrors.isEmpty());
        QCOMPARE(english.fieldErrors.first().field, german.fieldErrors.first().field);
        QCOMPARE(english.fieldErrors.first().message,
                 QString("Control characters are not allowed (U+0009)"));
        QVERIFY2(german.fieldErrors.first().message.contains("Steuerzeichen"),
                 qPrintable(german.fieldErrors.first().message));
    }

    void successPath()
    {
        // Create: 201 with Location and ETag.
        Recorder created(
            m_client->post("/api/v1/customers", {{"displayName", unique("Success") + " Ltd"}}));
        created.wait(20000);
        VERIFY_ENDED_ONCE(created);
        QVERIFY2(created.response.ok(), describe(created.response).constData());
        QCOMPARE(created.response.error.kind, ApiError::Kind::None);
        QCOMPARE(created.response.status, 201);
        const QString customer = created.response.object()["id"].toString();
        QVERIFY(!customer.isEmpty());
        const QString customerPath = "/api/v1/customers/" + customer;
        QCOMPARE(created.response.location, customerPath.toUtf8());
        QVERIFY(!created.response.etag.isEmpty());
        QVERIFY(!created.response.replayed);
        QCOMPARE(created.attempts, 1);

        // Read: 200 with the same ETag.
        Recorder read(m_client->get(customerPath));
        read.wait(20000);
        VERIFY_ENDED_ONCE(read);
        QVERIFY2(read.response.ok(), describe(read.response).constData());
        QCOMPARE(read.response.status, 200);
        QVERIFY(!read.response.etag.isEmpty());
        QCOMPARE(read.response.etag, created.response.etag);
        QCOMPARE(read.response.object()["id"].toString(), customer);
        QCOMPARE(read.attempts, 1);

        // Change with that ETag: 200 and a new ETag.
        Recorder patched(
            m_client->patch(customerPath, {{"displayName", "Renamed Ltd"}}, read.response.etag));
        patched.wait(20000);
        VERIFY_ENDED_ONCE(patched);
        QVERIFY2(patched.response.ok(), describe(patched.response).constData());
        QCOMPARE(patched.response.status, 200);
        QCOMPARE(patched.response.object()["displayName"].toString(), QString("Renamed Ltd"));
        QVERIFY(!patched.response.etag.isEmpty());
        QVERIFY(patched.response.etag != read.response.etag);

        // Create a service with an Idempotency-Key: 202 with Location and Operation-Location.
        const QByteArray key = ApiClient::newIdempotencyKey();
        QVERIFY(!key.isEmpty());
        QVERIFY(key.size() <= 255);
        QVERIFY(key != ApiClient::newIdempotencyKey());
        const QString servicesPath = customerPath + "/services";
        const QJsonObject body = ApiSession::serviceBody(unique("Replay"), "pro");
        Recorder first(m_client->post(servicesPath, body, key));
        first.wait(20000);
        VERIFY_ENDED_ONCE(first);
        QVERIFY2(first.response.ok(), describe(first.response).constData());
        QCOMPARE(first.response.status, 202);
        const QString service = first.response.object()["id"].toString();
        QVERIFY(!service.isEmpty());
        QCOMPARE(first.response.location, ("/api/v1/services/" + service).toUtf8());
        QVERIFY2(first.response.operationLocation.startsWith("/api/v1/operations/"),
                 first.response.operationLocation.constData());
        QVERIFY(!first.response.replayed);

        // The same action again, with the same key: the first answer, marked as replayed.
        Recorder again(m_client->post(servicesPath, body, key));
        again.wait(20000);
        VERIFY_ENDED_ONCE(again);
        QVERIFY2(again.response.ok(), describe(again.response).constData());
        QCOMPARE(again.response.status, 202);
        QVERIFY(again.response.replayed);
        QCOMPARE(again.response.object()["id"].toString(), service);
        QCOMPARE(again.response.location, first.response.location);
        QCOMPARE(again.response.operationLocation, first.response.operationLocation);
        QCOMPARE(again.attempts, 1);
    }

    // --- Through the fault proxy ------------------------------------------------------------

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

    // --- The public API does not show QNetworkReply -----------------------------------------

    void publicHeadersHideQNetworkReply_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("apiclient.h") << "apiclient.h";
        QTest::newRow("apierror.h") << "apierror.h";
    }
    void publicHeadersHideQNetworkReply()
    {
        QFETCH(QString, header);
        QFile file(QString(INSIGHTS_MODELS_DIR) + "/" + header);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
        QString text = QString::fromUtf8(file.readAll());
        QVERIFY(!text.isEmpty());
        // Comments may mention it.
        text.remove(
            QRegularExpression("/\\*.*?\\*/", QRegularExpression::DotMatchesEverythingOption));
        text.remove(QRegularExpression("//[^\\n]*"));

        static const QRegularExpression classHead("^(class|struct)\\s+\\w+");
        static const QRegularExpression exposedSection("^(public|protected|signals|Q_SIGNALS)\\b");
        const QStringList lines = text.split('\n');
        bool exposed = true; // namespace scope
        int classes = 0;
        QStringList leaks;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString line = lines[i].trimmed();
            if (classHead.match(line).hasMatch() && !line.endsWith(';')) {
                exposed = line.startsWith("struct"); // a class starts private
                ++classes;
            } else if (exposedSection.match(line).hasMatch()) {
                exposed = true;
            } else if (line.startsWith("private")) {
                exposed = false;
            } else if (line.startsWith("};")) {
                exposed = true; // back at namespace scope
            }
            if (!line.contains("QNetworkReply"))
                continue;
            if (line == "class QNetworkReply;") // the forward declaration
                continue;
            if (exposed)
                leaks << QString("%1:%2: %3").arg(header).arg(i + 1).arg(line);
        }
        QVERIFY2(classes > 0, "no class or struct found; is this the right file?");
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join('\n')));
    }

    void metaObjectsHideQNetworkReply()
    {
        for (const QMetaObject *mo : {&ApiClient::staticMetaObject, &ApiJob::staticMetaObject}) {
            for (int i = mo->methodOffset(); i < mo->methodCount(); ++i) {
                const QMetaMethod method = mo->method(i);
                if (method.access() == QMetaMethod::Private)
                    continue;
                const QByteArray what = QByteArray(mo->className()) +
                                        "::" + method.methodSignature() + " returns " +
                                        method.typeName();
                QVERIFY2(!what.contains("QNetworkReply"), what.constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
