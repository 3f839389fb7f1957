#pragma once

// The TCP side of RestServer: sockets that never wait on Nagle's algorithm, a size guard on
// every request before QHttpServer buffers it, and the two ends of handing connections
// from the listening thread to read workers (readworkers.h).
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace insights::server {

// Refuses a request larger than RestServer allows with a 413 as soon as it is seen, before
// QHttpServer has buffered it (connected before QHttpServer's own slot).
void guardRequestSize(QTcpSocket *socket);

// Where the listening socket puts an accepted connection instead of serving it (empty: it
// serves it itself). Called on the listening thread.
using Dealer = std::function<void(qintptr descriptor)>;

// The plain listener.
class ListeningTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    Dealer deal;

protected:
    void incomingConnection(qintptr descriptor) override;
};

// The TLS listener; the low delay and the size guard come with each handshake.
class ListeningSslServer : public QSslServer
{
public:
    explicit ListeningSslServer(QObject *parent = nullptr);
    Dealer deal;

protected:
    void incomingConnection(qintptr descriptor) override;
};

// A worker's: it never listens; it serves the connections handed to it (adopt(), on its own
// thread), doing the TLS handshake itself when given a configuration. QAbstractHttpServer
// takes them from it as from a listener.
class AdoptingServer : public QTcpServer
{
public:
    AdoptingServer(std::optional<QSslConfiguration> tls, QObject *parent = nullptr);

    void adopt(qintptr descriptor);
    bool hasPendingConnections() const override;
    QTcpSocket *nextPendingConnection() override;

private:
    void ready(QTcpSocket *socket);

    std::optional<QSslConfiguration> m_tls;
    QList<QTcpSocket *> m_ready;
};

} // namespace insights::server
