#pragma once

#include "apierror.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace insights {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/api/v1/customers?limit=100"
    QByteArray body;
    QByteArray ifMatch;
    QByteArray idempotencyKey; // POSTs with a key may be retried
    bool authenticated = true;
    int timeoutMs = 0; // 0: the client's; more for a call that waits on another server
    QByteArray contentType = "application/json; charset=utf-8"; // of the body
    QByteArray accept = "application/json";
    // False: the body is left unparsed in ApiResponse::body, for a caller that reads it
    // off the UI thread (the change feed's pages).
    bool parseJson = true;
};

struct ApiResponse
{
    int status = 0;
    QJsonDocument json;
    QByteArray body;
    QByteArray etag;
    QByteArray location;
    QByteArray operationLocation;
    bool replayed = false;
    ApiError error;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
};

class ApiClient;
class CustomersApi;
class ServicesApi;
class StorageApi;
class ImportsApi;
class UsersApi;

// One request, in the manner of Nextcloud's AbstractNetworkJob: it owns its timer, knows
// whether it timed out, retries what may be retried, and ends with exactly one finished().
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(ApiClient *client, ApiRequest request);
    ~ApiJob() override;

    const ApiRequest &request() const { return m_request; }
    const ApiResponse &response() const { return m_response; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }
    void cancel();

signals:
    void finished(const insights::ApiResponse &response);

private:
    friend class ApiClient;
    void start();
    void onReplyFinished();
    void onTimeout();
    void finish(ApiResponse response);
    bool mayRetry(const ApiError &error) const;

    QPointer<ApiClient> m_client;
    ApiRequest m_request;
    ApiResponse m_response;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QTimer m_backoff;
    QList<QSslError> m_pendingSslErrors;
    QElapsedTimer m_started;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_canceled = false;
    bool m_finished = false;
};

// The console's REST client: one QNetworkAccessManager, a job per request, typed results.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // The session ended here (File → Sign out): forgets the token and emits signedOut(),
    // as a 401 would. Nothing when there is no token left to forget.
    void endSession();
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    // Attempts for requests that may be retried (GETs, and POSTs with an Idempotency-Key).
    void setMaxAttempts(int n) { m_maxAttempts = n; }
    int maxAttempts() const { return m_maxAttempts; }
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    int retryDelay() const { return m_retryDelayMs; }

    // Starts a request; the job deletes itself after finished().
    ApiJob *send(const ApiRequest &request);
    ApiJob *get(const QString &path);
    ApiJob *post(const QString &path, const QJsonObject &body,
                 const QByteArray &idempotencyKey = {});
    ApiJob *patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch);
    ApiJob *del(const QString &path, const QByteArray &ifMatch);
    ApiJob *signIn(const QString &username, const QString &password);

    // A fresh key for one logical action; reuse it when the same action is retried.
    static QByteArray newIdempotencyKey();

    // The typed calls (serviceapi.h, customerapi.h): forms use these, never a path.
    ServicesApi services();
    StorageApi storage();
    ImportsApi imports();
    CustomersApi customers();
    UsersApi users();

    // Requests started and not yet finished. A form is quiet when this is 0 (tests wait
    // for that, as a person waits for an answer).
    int pendingCount() const { return m_pending; }

    QNetworkAccessManager *network() { return &m_nam; }

signals:
    // A request came back 401: the token is gone or expired. The client forgets it; the UI
    // shows the signed-out state (it is not retried, so there is no loop).
    void signedOut();
    void requestFinished(const QByteArray &method, const QString &path, int status, qint64 ms);
    void pendingCountChanged(int pending);

private:
    friend class ApiJob;
    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QByteArray m_token;
    int m_timeoutMs = 15000;
    int m_maxAttempts = 3;
    int m_retryDelayMs = 500;
    int m_pending = 0;
};

} // namespace insights

Q_DECLARE_METATYPE(insights::ApiResponse)
