// ApiClient against the real insights-server: every error class of api.md arrives as a typed
// ApiError, the success path keeps ETags and replays, and messages come in the console's language.
#include "apiclient.h"
#include "support/apiclienttesting.h"

#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace insights;
using namespace insights::test;

namespace {

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

} // namespace

class TestApiClient : public QObject, ApiClientFixture
{
    Q_OBJECT

    std::unique_ptr<ApiSession> m_admin; // sets up data
    std::unique_ptr<ApiClient> m_client; // the client under test, signed in as the admin
    int m_counter = 0;

    QString unique(const QString &base) { return base + QString::number(++m_counter); }

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
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
