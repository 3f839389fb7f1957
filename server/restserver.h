#pragma once

#include "connections.h"
#include "router.h"

#include <QAbstractHttpServer>
#include <QLoggingCategory>
#include <QSslConfiguration>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace insights::server {

// QHttpServer 6.4 underneath, with our own routing so that every error, 404 and 405
// included, is a problem+json, and with sockets that never wait on Nagle's algorithm.
class RestServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qint64 maxBodyBytes = 1024 * 1024;
    // A bulk-onboarding file (POST /api/v1/imports) may be larger: 8 MiB (api.md 1.1).
    static constexpr qint64 maxImportBytes = 8 * 1024 * 1024;

    explicit RestServer(Router *router, QObject *parent = nullptr);

    // Plain HTTP on host:port (port 0 picks one). Returns the port, or 0 and sets *error.
    quint16 listenOn(const QHostAddress &host, quint16 port, QString *error);
    // HTTPS with a PEM certificate and key.
    quint16 listenTlsOn(const QHostAddress &host, quint16 port, const QString &certificateFile,
                        const QString &keyFile, QString *error);
    // Stops accepting connections; requests already read are still answered.
    void stopListening();

    // With read workers (readworkers.h): the listener hands each accepted connection to
    // `dealer` (on this thread) instead of serving it here.
    void setDealer(const Dealer &dealer);
    // The listener's TLS configuration (nullopt for plain HTTP), for the workers' handshakes.
    std::optional<QSslConfiguration> tlsConfiguration() const { return m_tls; }
    // A worker's: it never listens, and serves what adopt() hands it (on its own thread),
    // doing the TLS handshake itself when given a configuration.
    void serveHandedConnections(const std::optional<QSslConfiguration> &tls);
    void adopt(qintptr descriptor);
    // A worker's: a request it should not answer (servesHere false, or no route) goes to
    // `main`'s dispatch on the main thread, and the answer comes back to its connection.
    using ServesHere = std::function<bool(const Router::Route *, const HttpRequest &)>;
    void forwardTo(RestServer *main, ServesHere servesHere);

    // What every request goes through once QHttpServer has parsed it: the size limit, the
    // route (404, 405), the handler. The answer, or nullopt when an asynchronous route will
    // call later. Public for the routing fuzz harness, which has no socket.
    using Later = std::function<void(const Router::Route *, HttpResponse)>;
    std::optional<HttpResponse> dispatch(HttpRequest &request, const Router::Route **route,
                                         const Later &later);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::optional<HttpResponse> routeAndHandle(HttpRequest &request, const Router::Route **route,
                                               const Later &later);
    AdoptingServer *adoptingServer(const std::optional<QSslConfiguration> &tls);
    void forward(HttpRequest request, const Later &later);

    Router *m_router;
    std::optional<QSslConfiguration> m_tls;
    AdoptingServer *m_adopting = nullptr;
    RestServer *m_main = nullptr;
    ServesHere m_servesHere;
};

} // namespace insights::server
