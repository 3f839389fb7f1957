#include "restserver.h"

#include "connections.h"
#include "language.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

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
    auto *tcp = new ListeningTcpServer(this);
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
    auto *tcp = new ListeningSslServer(this);
    tcp->setSslConfiguration(config);
    m_tls = config;
    if (!tcp->listen(host, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

void RestServer::setDealer(const Dealer &dealer)
{
    for (QTcpServer *server : servers()) {
        if (auto *plain = dynamic_cast<ListeningTcpServer *>(server))
            plain->deal = dealer;
        else if (auto *tls = dynamic_cast<ListeningSslServer *>(server))
            tls->deal = dealer;
    }
}

AdoptingServer *RestServer::adoptingServer(const std::optional<QSslConfiguration> &tls)
{
    auto *adopting = new AdoptingServer(tls, this);
    // QAbstractHttpServer 6.4 warns that a server bound to it is not listening: this one
    // is not, on purpose (a listener hands it connections).
    static QLoggingCategory::CategoryFilter previous = nullptr;
    previous = QLoggingCategory::installFilter([](QLoggingCategory *category) {
        if (previous)
            previous(category);
        if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
            category->setEnabled(QtWarningMsg, false);
    });
    bind(adopting);
    QLoggingCategory::installFilter(previous);
    return adopting;
}

void RestServer::serveHandedConnections(const std::optional<QSslConfiguration> &tls)
{
    m_adopting = adoptingServer(tls);
}

void RestServer::adopt(qintptr descriptor)
{
    m_adopting->adopt(descriptor);
}

void RestServer::forwardTo(RestServer *main, ServesHere servesHere)
{
    m_main = main;
    m_servesHere = std::move(servesHere);
}

void RestServer::forward(HttpRequest request, const Later &later)
{
    // Answered on the main thread; the answer comes back here, to the connection's thread.
    // A worker stopped meanwhile (ReadWorkers::stop, which the main thread waits for) leaves
    // its pointer null, and the answer has no connection left to go to.
    QMetaObject::invokeMethod(
        m_main, [main = m_main, self = QPointer(this), request, later]() mutable {
            const Later back = [self, later](const Router::Route *route, HttpResponse response) {
                if (self)
                    QMetaObject::invokeMethod(self, [later, route, response = std::move(response)] {
                        later(route, response);
                    });
            };
            const Router::Route *route = nullptr;
            if (std::optional<HttpResponse> answer = main->dispatch(request, &route, back))
                back(route, std::move(*answer));
        });
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
    // On a read worker the line also says who answered: the worker, or the main thread.
    auto where =
        std::make_shared<QString>(m_main ? QThread::currentThread()->objectName() : QString());
    auto log = [method = req.method, path = req.path, timer, where](const Router::Route *r,
                                                                    int status) {
        const QString by = where->isEmpty() ? QString() : QStringLiteral(" (%1)").arg(*where);
        qCInfo(lcHttp).noquote() << method << Router::loggablePath(r, path) << status
                                 << QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 2) +
                                        QStringLiteral("ms") + by;
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
        head += "\r\n";
        // Two writes into the socket's buffer, sent together: no copy of the body.
        alive->write(head);
        alive->write(response.body);
    };
    if (m_main) {
        // A worker answers only what it may (servesHere); the rest goes to the main thread.
        Router::Outcome outcome;
        QHash<QString, QString> params;
        const Router::Route *matched =
            m_router->match(req.method, req.path, &params, &outcome, nullptr);
        if (outcome != Router::Outcome::Found || !m_servesHere(matched, req)) {
            *where = QStringLiteral("main");
            forward(std::move(req), later);
            return true;
        }
    }
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
