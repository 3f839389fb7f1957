#include "curlmulti.h"

#include <QSocketNotifier>

#include <mutex>

namespace insights::server {

namespace {

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

} // namespace

CurlTransfer::CurlTransfer()
{
    initialiseCurl();
    m_easy = curl_easy_init();
    curl_easy_setopt(m_easy, CURLOPT_ERRORBUFFER, m_error);
    curl_easy_setopt(m_easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_easy, CURLOPT_PRIVATE, this);
}

CurlTransfer::~CurlTransfer()
{
    curl_easy_cleanup(m_easy);
    if (m_mime)
        curl_mime_free(m_mime);
    for (curl_slist *l : m_lists)
        curl_slist_free_all(l);
}

curl_slist *CurlTransfer::list(const QList<QByteArray> &lines)
{
    curl_slist *list = nullptr;
    for (const QByteArray &line : lines) {
        if (curl_slist *grown = curl_slist_append(list, line.constData()))
            list = grown;
    }
    m_lists.push_back(list);
    return list;
}

const char *CurlTransfer::keep(QByteArray bytes)
{
    m_kept.push_back(std::move(bytes));
    return m_kept.back().constData();
}

void CurlTransfer::collectResponse()
{
    curl_easy_setopt(m_easy, CURLOPT_WRITEFUNCTION, &CurlTransfer::onBody);
    curl_easy_setopt(m_easy, CURLOPT_WRITEDATA, this);
    curl_easy_setopt(m_easy, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(m_easy, CURLOPT_HEADERDATA, this);
}

size_t CurlTransfer::onBody(char *data, size_t size, size_t count, void *self)
{
    auto *t = static_cast<CurlTransfer *>(self);
    t->body.append(data, qsizetype(size * count));
    return size * count;
}

size_t CurlTransfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *t = static_cast<CurlTransfer *>(self);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/"))
        t->headers.clear(); // a new answer (after a 100 Continue, say)
    else if (const qsizetype colon = line.indexOf(':'); colon > 0)
        t->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    return size * count;
}

long CurlTransfer::responseCode() const
{
    long code = 0;
    curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

QString CurlTransfer::errorText() const
{
    return QString::fromUtf8(m_error).trimmed();
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    for (const auto &[key, value] : headers) {
        if (key == lower)
            return value;
    }
    return {};
}

QByteArray CurlTransfer::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

CurlMulti::CurlMulti(QObject *parent)
    : QObject(parent)
{
    initialiseCurl();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
}

CurlMulti::~CurlMulti()
{
    for (auto it = m_transfers.begin(); it != m_transfers.end(); ++it) {
        curl_multi_remove_handle(m_multi, it.key());
        delete it.value();
    }
    curl_multi_cleanup(m_multi);
    for (const Watch &w : std::as_const(m_watches)) {
        delete w.read;
        delete w.write;
    }
}

void CurlMulti::start(std::unique_ptr<CurlTransfer> transfer)
{
    CURL *easy = transfer->handle();
    m_transfers.insert(easy, transfer.release());
    curl_multi_add_handle(m_multi, easy); // curl asks for its timer, which starts it
}

int CurlMulti::onSocket(CURL *, curl_socket_t socket, int what, void *self, void *)
{
    auto *m = static_cast<CurlMulti *>(self);
    Watch &w = m->m_watches[socket];
    auto watch = [m, socket](QSocketNotifier *&notifier, QSocketNotifier::Type type, bool on,
                             int events) {
        if (on && !notifier) {
            notifier = new QSocketNotifier(qintptr(socket), type, m);
            QObject::connect(notifier, &QSocketNotifier::activated, m,
                             [m, socket, events] { m->act(socket, events); });
        }
        if (notifier)
            notifier->setEnabled(on);
    };
    if (what == CURL_POLL_REMOVE) {
        // Called from inside act(): the notifiers go once their signal has returned.
        for (QSocketNotifier *n : {w.read, w.write}) {
            if (n) {
                n->setEnabled(false);
                n->deleteLater();
            }
        }
        m->m_watches.remove(socket);
        return 0;
    }
    watch(w.read, QSocketNotifier::Read, what == CURL_POLL_IN || what == CURL_POLL_INOUT,
          CURL_CSELECT_IN);
    watch(w.write, QSocketNotifier::Write, what == CURL_POLL_OUT || what == CURL_POLL_INOUT,
          CURL_CSELECT_OUT);
    return 0;
}

int CurlMulti::onTimer(CURLM *, long timeoutMs, void *self)
{
    auto *m = static_cast<CurlMulti *>(self);
    if (timeoutMs < 0)
        m->m_timer.stop();
    else
        m->m_timer.start(int(timeoutMs)); // 0: as soon as the event loop is back
    return 0;
}

void CurlMulti::act(curl_socket_t socket, int events)
{
    int running = 0;
    curl_multi_socket_action(m_multi, socket, events, &running);
    finishDone();
}

void CurlMulti::finishDone()
{
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL *easy = msg->easy_handle;
        const CURLcode code = msg->data.result;
        curl_multi_remove_handle(m_multi, easy);
        std::unique_ptr<CurlTransfer> transfer(m_transfers.take(easy));
        if (transfer && transfer->finished)
            transfer->finished(*transfer, code); // may start more transfers
    }
}

} // namespace insights::server
