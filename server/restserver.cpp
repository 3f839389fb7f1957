#include "restserver.h"

#include "language.h"

#include <QElapsedTimer>
#include <QPointer>

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "insights.http")

namespace insights::server {

void guardRequestSize(QTcpSocket *socket);

namespace {

// Small JSON answers must leave at once; with Nagle's algorithm on, a response waits for the
// client's delayed ACK and latency sticks near 40 ms.
class LowDelayTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        guardRequestSize(socket);
        addPendingConnection(socket);
    }
};

} // namespace

// QHttpServer 6.4 buffers a whole request before handing it over, however large. This slot
// is connected before QHttpServer's own, so it sees each chunk first: once a connection has
// sent more than a request may hold without getting an answer, it gets a 413 and is closed.
void guardRequestSize(QTcpSocket *socket)
{
    constexpr qint64 headroom = 64 * 1024; // the request line and headers
    constexpr qint64 maxDiscarded = 64 * 1024 * 1024;
    struct State
    {
        qint64 pending = 0;
        qint64 limit = RestServer::maxBodyBytes + headroom;
        qint64 discarded = -1; // >= 0 once the request was refused
    };
    auto state = std::make_shared<State>();
    QObject::connect(socket, &QIODevice::bytesWritten, socket, [state](qint64) {
        if (state->discarded < 0)
            state->pending = 0;
    });
    QObject::connect(socket, &QIODevice::readyRead, socket, [socket, state] {
        if (state->discarded >= 0) {
            // Drain what the client still sends, so it can read the 413; QHttpServer's slot,
            // next in line, finds nothing to read.
            state->discarded += socket->readAll().size();
            if (state->discarded > maxDiscarded)
                socket->abort();
            return;
        }
        if (state->pending == 0) {
            // A new request: only a bulk-onboarding file may be larger (8 MiB, api.md 1.1).
            const bool import = socket->peek(32).startsWith("POST /api/v1/imports");
            state->limit =
                (import ? RestServer::maxImportBytes : RestServer::maxBodyBytes) + headroom;
        }
        state->pending += socket->bytesAvailable();
        if (state->pending <= state->limit)
            return;
        state->discarded = socket->readAll().size();
        const QByteArray body =
            HttpResponse::problem(
                413, {},
                Problems::tr("The request is larger than %1 MiB").arg(state->limit / (1024 * 1024)))
                .body;
        socket->write("HTTP/1.1 413 Content Too Large\r\n"
                      "Content-Type: application/problem+json; charset=utf-8\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        qCWarning(lcHttp) << "refused a request of more than" << state->limit << "bytes";
    });
}

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

RestServer::RestServer(Router *router, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
{}

quint16 RestServer::listenOn(const QHostAddress &host, quint16 port, QString *error)
{
    auto *tcp = new LowDelayTcpServer(this);
    if (!tcp->listen(host, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

quint16 RestServer::listenTlsOn(const QHostAddress &host, quint16 port,
                                const QString &certificateFile, const QString &keyFile,
                                QString *error)
{
    QFile certFile(certificateFile);
    QFile keyFileHandle(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFileHandle.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read the TLS certificate or key");
        return 0;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFileHandle, QSsl::Rsa, QSsl::Pem);
    QSslKey ecKey;
    if (key.isNull()) {
        keyFileHandle.seek(0);
        ecKey = QSslKey(&keyFileHandle, QSsl::Ec, QSsl::Pem);
    }
    if (certificate.isNull() || (key.isNull() && ecKey.isNull())) {
        if (error)
            *error = QStringLiteral("the TLS certificate or key is not valid PEM");
        return 0;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key.isNull() ? ecKey : key);
    auto *tcp = new QSslServer(this);
    tcp->setSslConfiguration(config);
    // The same low delay and size guard as the plain listener, on each socket before the
    // handshake: its readyRead then reports decrypted bytes, before QHttpServer buffers them.
    connect(tcp, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket *socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        guardRequestSize(socket);
    });
    if (!tcp->listen(host, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

void RestServer::stopListening()
{
    for (QTcpServer *server : servers())
        server->close();
}

std::optional<HttpResponse> RestServer::dispatch(HttpRequest &request, const Router::Route **route,
                                                 const Later &later)
{
    // Problem details, field messages and the Quick Start page in the asker's language. An
    // asynchronous route that answers later takes Language::current() along (the sign-in).
    const QString language = Language::fromAcceptLanguage(request.header("Accept-Language"));
    const ScopedLanguage speaking(language);
    const Later answerLater = [later, language](const Router::Route *r, HttpResponse response) {
        if (language != QLatin1String("en"))
            response.withHeader("Content-Language", language.toLatin1());
        later(r, std::move(response));
    };
    std::optional<HttpResponse> answer = routeAndHandle(request, route, answerLater);
    if (answer && language != QLatin1String("en"))
        answer->withHeader("Content-Language", language.toLatin1());
    return answer;
}

std::optional<HttpResponse>
RestServer::routeAndHandle(HttpRequest &request, const Router::Route **route, const Later &later)
{
    const qint64 limit =
        request.path == QLatin1String("/api/v1/imports") ? maxImportBytes : maxBodyBytes;
    if (request.body.size() > limit)
        return HttpResponse::problem(413, {},
                                     Problems::tr("The body is %1 bytes; the limit is %2")
                                         .arg(request.body.size())
                                         .arg(limit));
    Router::Outcome outcome;
    QList<QByteArray> allowed;
    *route = m_router->match(request.method, request.path, &request.params, &outcome, &allowed);
    if (outcome == Router::Outcome::NotFound)
        return HttpResponse::problem(404, {}, Problems::tr("No such resource"));
    if (outcome == Router::Outcome::WrongMethod)
        return HttpResponse::problem(
                   405, {},
                   Problems::tr("Allowed: %1").arg(QString::fromLatin1(allowed.join(", "))))
            .withHeader("Allow", allowed.join(", "));
    try {
        if ((*route)->async) {
            (*route)->async(request, [later, matched = *route](HttpResponse response) {
                later(matched, std::move(response));
            });
            return std::nullopt;
        }
        return (*route)->handler(request);
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler failed:" << e.what();
        return HttpResponse::problem(500, {}, Problems::tr("The server failed; see its log"));
    }
}

bool RestServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    req.query = request.query();
    req.headers = request.headers();
    req.body = request.body();
    req.remoteAddress = request.remoteAddress();

    const Router::Route *route = nullptr;
    // An asynchronous route answers later, on the socket as raw HTTP/1.1: QHttpServer 6.4's
    // responder holds a reference to the request object, which is reused for the next one.
    QPointer<QTcpSocket> alive(socket);
    auto log = [method = req.method, path = req.path, timer](const Router::Route *r, int status) {
        qCInfo(lcHttp).noquote() << method << Router::loggablePath(r, path) << status
                                 << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2) +
                                        QStringLiteral("ms");
    };
    auto later = [alive, log](const Router::Route *matched, HttpResponse response) {
        log(matched, response.status);
        if (!alive)
            return;
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
            reasonPhrase(response.status).toLatin1() + "\r\nContent-Type: " + response.contentType +
            "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        alive->write(head + "\r\n" + response.body);
    };
    const std::optional<HttpResponse> answer = dispatch(req, &route, later);
    if (!answer)
        return true;
    const HttpResponse &response = *answer;

    QHttpServerResponse out(response.contentType, response.body,
                            QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        out.addHeader(name, value);
    out.write(makeResponder(request, socket));
    log(route, response.status);
    return true;
}

void RestServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpResponse response = HttpResponse::problem(404, {});
    QHttpServerResponse out(response.contentType, response.body,
                            QHttpServerResponder::StatusCode(response.status));
    out.write(makeResponder(request, socket));
}

} // namespace insights::server
