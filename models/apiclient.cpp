#include "apiclient.h"

#include "customerapi.h"
#include "importapi.h"
#include "serviceapi.h"
#include "storageapi.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QUuid>

namespace insights {

namespace {

QString describeCertificate(const QSslCertificate &c)
{
    if (c.isNull())
        return ApiError::tr("no certificate");
    return ApiError::tr("subject %1; issuer %2; valid %3 to %4; SHA-256 %5")
        .arg(c.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
             c.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
             c.effectiveDate().toString(Qt::ISODate), c.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')));
}

ApiError transportError(QNetworkReply *reply, bool timedOut, int timeoutMs,
                        const QList<QSslError> &sslErrors)
{
    ApiError e;
    const QString host = reply->url().host() + u':' + QString::number(reply->url().port());
    if (timedOut) {
        e.kind = ApiError::Kind::Timeout;
        e.message = ApiError::tr("The server did not answer within %1 s.")
                        .arg(QString::number(timeoutMs / 1000.0, 'g', 3));
        return e;
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        e.kind = ApiError::Kind::ConnectionRefused;
        e.message = ApiError::tr("Nothing answers at %1. Is the server running?").arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        e.kind = ApiError::Kind::HostNotFound;
        e.message = ApiError::tr("The server name %1 could not be found. Check the address and "
                                 "your network.")
                        .arg(reply->url().host());
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        e.kind = ApiError::Kind::Tls;
        QStringList problems;
        for (const QSslError &s : sslErrors)
            problems << s.errorString();
        const QSslCertificate cert =
            sslErrors.isEmpty() ? QSslCertificate() : sslErrors.constFirst().certificate();
        e.message = ApiError::tr("The server's certificate is not trusted: %1")
                        .arg(problems.isEmpty() ? reply->errorString()
                                                : problems.join(QStringLiteral("; ")));
        e.certificateDetails = describeCertificate(cert);
        break;
    }
    case QNetworkReply::RemoteHostClosedError:
        e.kind = ApiError::Kind::ConnectionLost;
        e.message =
            ApiError::tr("The connection to %1 broke before the answer was complete.").arg(host);
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.kind = ApiError::Kind::InvalidResponse;
        e.message = ApiError::tr("%1 did not answer in HTTP.").arg(host);
        break;
    default:
        e.kind = ApiError::Kind::Network;
        e.message = ApiError::tr("The network failed: %1").arg(reply->errorString());
    }
    return e;
}

} // namespace

ApiJob::ApiJob(ApiClient *client, ApiRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_backoff, &QTimer::timeout, this, &ApiJob::start);
}

ApiJob::~ApiJob()
{
    if (!m_finished && m_client) {
        --m_client->m_pending;
        emit m_client->pendingCountChanged(m_client->m_pending);
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::start()
{
    if (!m_client || m_finished)
        return;
    ++m_attempts;
    m_timedOut = false;
    QUrl url = m_client->m_baseUrl;
    const qsizetype q = m_request.path.indexOf(u'?');
    url.setPath(q < 0 ? m_request.path : m_request.path.left(q));
    url.setQuery(q < 0 ? QString() : m_request.path.mid(q + 1));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", m_request.accept);
    // The server's messages (problem details, field messages) in the console's language.
    const QByteArray language =
        QLocale().bcp47Name().toLatin1() +
        (QLocale().language() == QLocale::English ? QByteArray() : QByteArrayLiteral(", en;q=0.5"));
    request.setRawHeader("Accept-Language", language);
    if (!m_request.body.isEmpty() || m_request.method == "POST" || m_request.method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    if (m_request.authenticated && !m_client->m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_client->m_token);
    if (!m_request.ifMatch.isEmpty())
        request.setRawHeader("If-Match", m_request.ifMatch);
    if (!m_request.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_request.idempotencyKey);

    m_reply = m_client->m_nam.sendCustomRequest(request, m_request.method, m_request.body);
    QList<QSslError> *sslErrors = new QList<QSslError>;
    connect(m_reply, &QObject::destroyed, [sslErrors] { delete sslErrors; });
    // TLS errors are recorded and reported, never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [sslErrors](const QList<QSslError> &errors) { *sslErrors += errors; });
    connect(m_reply, &QNetworkReply::finished, this, [this, sslErrors] {
        m_pendingSslErrors = *sslErrors;
        onReplyFinished();
    });
    m_timeout.start(m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->m_timeoutMs);
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, and reports the timeout as a timeout
}

bool ApiJob::mayRetry(const ApiError &error) const
{
    const bool retriable = m_request.method == "GET" ||
                           (m_request.method == "POST" && !m_request.idempotencyKey.isEmpty());
    return retriable && error.isTransient() && m_client && m_attempts < m_client->m_maxAttempts;
}

void ApiJob::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    ApiResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    r.etag = reply->rawHeader("ETag");
    r.location = reply->rawHeader("Location");
    r.operationLocation = reply->rawHeader("Operation-Location");
    r.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    const int timeoutMs =
        m_request.timeoutMs > 0 ? m_request.timeoutMs : (m_client ? m_client->m_timeoutMs : 0);

    if (m_timedOut || r.status == 0 ||
        (reply->error() != QNetworkReply::NoError && r.status < 400 &&
         reply->error() != QNetworkReply::OperationCanceledError)) {
        if (m_canceled) {
            r.error.kind = ApiError::Kind::Canceled;
            r.error.message = ApiError::tr("Canceled.");
        } else {
            r.error = transportError(reply, m_timedOut, timeoutMs, m_pendingSslErrors);
        }
    } else if (r.status >= 400) {
        r.error = ApiError::fromHttp(r.status, r.body, reply->rawHeader("Retry-After"));
    } else if (!r.body.isEmpty() && m_request.parseJson) {
        QJsonParseError parseError;
        r.json = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError &&
            reply->header(QNetworkRequest::ContentTypeHeader)
                .toString()
                .contains(QLatin1String("json"))) {
            r.error.kind = ApiError::Kind::InvalidResponse;
            r.error.httpStatus = r.status;
            r.error.message = ApiError::tr("The server's answer was not valid JSON (%1).")
                                  .arg(parseError.errorString());
        }
    }
    if (r.error.isError() && !m_canceled && mayRetry(r.error)) {
        // Back off: delay, 2 × delay, 4 × delay, ...
        m_backoff.start(m_client->m_retryDelayMs * (1 << qMin(m_attempts - 1, 6)));
        return;
    }
    if (r.error.kind == ApiError::Kind::Unauthorized && m_request.authenticated && m_client) {
        m_client->m_token.clear();
        emit m_client->signedOut();
    }
    finish(std::move(r));
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    m_backoff.stop();
    if (m_reply) {
        m_reply->abort();
    } else {
        ApiResponse r;
        r.error.kind = ApiError::Kind::Canceled;
        r.error.message = ApiError::tr("Canceled.");
        finish(std::move(r));
    }
}

void ApiJob::finish(ApiResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_response = std::move(response);
    if (m_client)
        emit m_client->requestFinished(m_request.method, m_request.path, m_response.status,
                                       m_started.elapsed());
    emit finished(m_response);
    // After finished(): a handler that starts the next request keeps the client busy.
    if (m_client) {
        --m_client->m_pending;
        emit m_client->pendingCountChanged(m_client->m_pending);
    }
    deleteLater();
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<insights::ApiResponse>();
    // Our own timer says "timeout"; Qt's transfer timeout would say "canceled".
    m_nam.setTransferTimeout(0);
}

ApiJob *ApiClient::send(const ApiRequest &request)
{
    auto *job = new ApiJob(this, request);
    ++m_pending;
    emit pendingCountChanged(m_pending);
    job->m_started.start();
    QMetaObject::invokeMethod(job, &ApiJob::start, Qt::QueuedConnection);
    return job;
}

ApiJob *ApiClient::get(const QString &path)
{
    ApiRequest r;
    r.path = path;
    return send(r);
}

ApiJob *ApiClient::post(const QString &path, const QJsonObject &body,
                        const QByteArray &idempotencyKey)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.idempotencyKey = idempotencyKey;
    return send(r);
}

ApiJob *ApiClient::patch(const QString &path, const QJsonObject &body, const QByteArray &ifMatch)
{
    ApiRequest r;
    r.method = "PATCH";
    r.path = path;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.ifMatch = ifMatch;
    return send(r);
}

ApiJob *ApiClient::del(const QString &path, const QByteArray &ifMatch)
{
    ApiRequest r;
    r.method = "DELETE";
    r.path = path;
    r.ifMatch = ifMatch;
    return send(r);
}

ServicesApi ApiClient::services()
{
    return ServicesApi(this);
}

ImportsApi ApiClient::imports()
{
    return ImportsApi(this);
}

StorageApi ApiClient::storage()
{
    return StorageApi(this);
}

CustomersApi ApiClient::customers()
{
    return CustomersApi(this);
}

UsersApi ApiClient::users()
{
    return UsersApi(this);
}

ApiJob *ApiClient::signIn(const QString &username, const QString &password)
{
    ApiRequest r;
    r.method = "POST";
    r.path = QStringLiteral("/api/v1/auth/token");
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                       {QStringLiteral("password"), password}})
                 .toJson(QJsonDocument::Compact);
    r.authenticated = false;
    return send(r);
}

void ApiClient::endSession()
{
    if (m_token.isEmpty())
        return;
    m_token.clear();
    emit signedOut();
}

QByteArray ApiClient::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace insights
