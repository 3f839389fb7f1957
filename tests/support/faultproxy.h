#pragma once

// The fault-injecting TCP proxy of the ApiClient tests (tst_apiclientfaults.cpp): slow, silent,
// cut off, garbled or failing with 503 on purpose. Header-only.
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace insights::test {

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

} // namespace insights::test
