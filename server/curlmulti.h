#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <curl/curl.h>

#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace insights::server {

// The value of a header collected from an answer (names stored lower-case), or empty.
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name);

// One libcurl transfer and everything it must keep alive until it ends: its easy handle,
// header lists, MIME body and the bytes it sends; it gathers the answer's status, headers
// and body.
class CurlTransfer
{
public:
    CurlTransfer();
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer &) = delete;
    CurlTransfer &operator=(const CurlTransfer &) = delete;

    CURL *handle() const { return m_easy; }
    // A header (or recipient) list that lives as long as the transfer.
    curl_slist *list(const QList<QByteArray> &lines);
    // Bytes that must stay put while curl reads them (a URL, a body).
    const char *keep(QByteArray bytes);
    // Takes a MIME body; freed with the transfer.
    void own(curl_mime *mime) { m_mime = mime; }
    // Collect the answer's body and headers (HTTP).
    void collectResponse();

    // Called once, on the event loop, when the transfer ended (CURLE_OK or why not).
    std::function<void(CurlTransfer &, CURLcode)> finished;

    long responseCode() const;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // curl's own words for what went wrong, if anything.
    QString errorText() const;
    QByteArray header(const QByteArray &name) const;

private:
    static size_t onBody(char *data, size_t size, size_t count, void *self);
    static size_t onHeader(char *data, size_t size, size_t count, void *self);

    CURL *m_easy;
    std::vector<curl_slist *> m_lists;
    std::vector<QByteArray> m_kept;
    curl_mime *m_mime = nullptr;
    char m_error[CURL_ERROR_SIZE] = {};
};

// libcurl's multi interface on the Qt event loop: curl says which sockets to watch and when
// to wake it, QSocketNotifier and a QTimer do the watching. Many transfers run at once on the
// server's one thread and none blocks it; the mail sender and the blob client share it.
class CurlMulti : public QObject
{
    Q_OBJECT

public:
    explicit CurlMulti(QObject *parent = nullptr);
    ~CurlMulti() override;

    void start(std::unique_ptr<CurlTransfer> transfer);
    int running() const { return int(m_transfers.size()); }

private:
    static int onSocket(CURL *easy, curl_socket_t socket, int what, void *self, void *data);
    static int onTimer(CURLM *multi, long timeoutMs, void *self);
    void act(curl_socket_t socket, int events);
    void finishDone();

    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    CURLM *m_multi;
    QTimer m_timer;
    QHash<curl_socket_t, Watch> m_watches;
    QHash<CURL *, CurlTransfer *> m_transfers; // owned
};

} // namespace insights::server
