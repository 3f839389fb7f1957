#pragma once

// What the ApiClient tests share (tst_apiclient.cpp, tst_apiclientfaults.cpp): a Recorder that
// watches one job, the checks every job must pass, and a real insights-server with a token.
#include "apiclient.h"
#include "support/apisession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace insights::test {

inline QByteArray describe(const ApiResponse &r)
{
    return "kind " + ApiError::kindName(r.error.kind).toUtf8() + ", HTTP " +
           QByteArray::number(r.status) + ", error.httpStatus " +
           QByteArray::number(r.error.httpStatus) + ", message \"" + r.error.message.toUtf8() +
           "\", detail \"" + r.error.detail.toUtf8() + "\", body " + r.body.left(300);
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

// The real insights-server the tests talk to, the admin's token, and clients of it.
class ApiClientFixture
{
protected:
    std::unique_ptr<ServerProcess> m_server;
    QByteArray m_token;

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
};

} // namespace insights::test

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
