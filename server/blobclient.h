#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>

namespace insights::server {

class CurlMulti;

// What the Blob service answered, with its XML error (<Error><Code>…</Code><Message>…) read.
struct BlobAnswer
{
    int status = 0;    // 0: no answer at all (unreachable, timed out)
    QString errorCode; // "ContainerAlreadyExists", "AuthenticationFailed", ...
    QString message;   // a sentence for a person, SAS masked
    QByteArray body;
    QByteArray header(const QByteArray &name) const;
    QList<QPair<QByteArray, QByteArray>> headers;

    bool ok() const { return status >= 200 && status < 300; }
};

// One page of List Blobs (<EnumerationResults>): how many blobs, their bytes, and where the next
// page starts (empty on the last).
struct BlobListPage
{
    bool ok = false; // false: not such a document
    qint64 blobs = 0;
    qint64 bytes = 0;
    QString nextMarker;
};

// The few calls of the Azure Blob Storage REST API the server makes, over libcurl's multi
// interface on the event loop: containers for provisioning, blobs for the BYOS probe and the
// usage scan. Every request sets x-ms-version; a SAS never reaches a message.
class BlobClient
{
public:
    using Done = std::function<void(const BlobAnswer &)>;
    static constexpr const char *apiVersion = "2021-12-02";

    explicit BlobClient(CurlMulti &curl, int timeoutMs = 30000)
        : m_curl(curl)
        , m_timeoutMs(timeoutMs)
    {}

    // method "PUT", "GET", "DELETE", "HEAD"; the URL carries its SAS.
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, Done done,
              const QList<QByteArray> &headers = {});

    // <Error><Code>…</Code><Message>…</Message></Error>; empty parts when it is not that.
    static std::pair<QString, QString> parseError(const QByteArray &xml);
    static BlobListPage parseList(const QByteArray &xml);
    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    CurlMulti &m_curl;
    int m_timeoutMs;
};

} // namespace insights::server
