#include "connections.h"

#include "http.h"
#include "language.h"
#include "restserver.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace insights::server {

namespace {

// Small JSON answers must leave at once; with Nagle's algorithm on, a response waits for the
// client's delayed ACK and latency sticks near 40 ms.
void prepare(QTcpSocket *socket)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    guardRequestSize(socket);
}

constexpr int handshakeTimeoutMs = 5000; // as QSslServer's

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

void ListeningTcpServer::incomingConnection(qintptr descriptor)
{
    if (deal) {
        deal(descriptor);
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    prepare(socket);
    addPendingConnection(socket);
}

ListeningSslServer::ListeningSslServer(QObject *parent)
    : QSslServer(parent)
{
    // Before the handshake: its readyRead then reports decrypted bytes, before QHttpServer
    // buffers them.
    connect(this, &QSslServer::startedEncryptionHandshake, this,
            [](QSslSocket *socket) { prepare(socket); });
}

void ListeningSslServer::incomingConnection(qintptr descriptor)
{
    if (deal)
        deal(descriptor);
    else
        QSslServer::incomingConnection(descriptor);
}

AdoptingServer::AdoptingServer(std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls))
{}

void AdoptingServer::adopt(qintptr descriptor)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        prepare(socket);
        ready(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(*m_tls);
    prepare(socket);
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { ready(socket); });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(handshakeTimeoutMs, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    socket->startServerEncryption();
}

void AdoptingServer::ready(QTcpSocket *socket)
{
    m_ready.append(socket);
    // What addPendingConnection() emits; that one would also queue the socket where
    // QTcpServer's own nextPendingConnection() looks, which warns when not listening.
    QMetaObject::invokeMethod(this, "pendingConnectionAvailable", Qt::DirectConnection);
}

bool AdoptingServer::hasPendingConnections() const
{
    return !m_ready.isEmpty();
}

QTcpSocket *AdoptingServer::nextPendingConnection()
{
    return m_ready.isEmpty() ? nullptr : m_ready.takeFirst();
}

} // namespace insights::server
