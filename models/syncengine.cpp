#include "syncengine.h"

#include "feedpage.h"

#include <QJsonArray>
#include <QUrlQuery>

#include <memory>

namespace insights {

SyncEngine::SyncEngine(ApiClient *client, LocalCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::pull);
    connect(m_client, &ApiClient::signedOut, this, [this] { setState(State::SignedOut); });
}

void SyncEngine::start()
{
    m_running = true;
    m_cache->loadSyncToken([this](const QString &token) {
        m_token = m_fetchToken = token;
        pull();
    });
}

void SyncEngine::resume()
{
    if (m_state == State::SignedOut)
        setState(State::Idle);
    m_running = true;
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_timer.stop();
}

void SyncEngine::syncNow()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_again = true; // one more pull as soon as this one ends
        return;
    }
    m_timer.stop();
    pull();
}

void SyncEngine::scheduleNext(int ms)
{
    if (m_running)
        m_timer.start(ms);
}

void SyncEngine::setState(State s)
{
    if (s == State::Offline && m_state != State::Offline)
        m_offlineSince = QDateTime::currentDateTimeUtc();
    if (s != m_state) {
        m_state = s;
        emit stateChanged(s);
    }
}

QString SyncEngine::statusText() const
{
    const QString last =
        m_lastSync.isValid()
            ? tr("last sync %1").arg(m_lastSync.toLocalTime().toString(QStringLiteral("HH:mm")))
            : tr("not synced yet");
    switch (m_state) {
    case State::Idle:
        return tr("Starting · %1").arg(last);
    case State::Syncing:
        return tr("Syncing… · %1").arg(last);
    case State::Online:
        return tr("Online · %1").arg(last);
    case State::Offline:
        return tr("Offline since %1 · %2")
            .arg(m_offlineSince.toLocalTime().toString(QStringLiteral("HH:mm")), last);
    case State::SignedOut:
        return tr("Signed out · %1").arg(last);
    }
    return {};
}

void SyncEngine::pull()
{
    if (!m_running || m_state == State::SignedOut)
        return;
    if (m_inFlight) {
        m_again = true; // pulled again when the page in flight is in
        return;
    }
    // Back-pressure: fetch at most one page ahead of what the cache has written.
    if (m_pendingWrites > 1) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_again = false;
    if (m_state != State::Offline)
        setState(State::Syncing);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!m_fetchToken.isEmpty())
        query.addQueryItem(QStringLiteral("since"), m_fetchToken);
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/changes?") + query.toString();
    request.parseJson = false; // the cache reads the page on its preparing thread
    ApiJob *job = m_client->send(request);
    // A page fetched before a failure or a reload started over is not this sync's any more.
    const int generation = m_generation;
    connect(job, &ApiJob::finished, this, [this, generation](const ApiResponse &response) {
        if (generation != m_generation) {
            m_inFlight = false;
            if (m_again)
                pull();
            return;
        }
        onPage(response);
    });
}

void SyncEngine::onPage(const ApiResponse &response)
{
    if (response.error.kind == ApiError::Kind::Gone) {
        m_inFlight = false;
        // The server forgot our place: start over from an empty cache.
        ++m_generation;
        m_token.clear();
        m_fetchToken.clear();
        emit reloadStarted();
        m_cache->clearServerState([this](bool, const QString &) { pull(); });
        return;
    }
    if (response.error.isError()) {
        m_inFlight = false;
        failed(response.error);
        return;
    }
    const int generation = m_generation;
    ++m_pendingWrites;
    auto page = std::make_shared<FeedPage>(); // read before it is written
    // The next page's cursor, when the page's last bytes give it, lets the next fetch start
    // at once, while the cache's preparing thread parses this page; else the page is still
    // in flight until it is read, since only then is the token of the next one known.
    const std::optional<FeedCursor> peeked = peekFeedCursor(response.body);
    if (peeked) {
        m_inFlight = false;
        m_fetchToken = peeked->next;
        if (peeked->hasMore)
            pull();
    }
    m_cache->applyPage(
        response.body,
        [this, generation, page, peeked](const FeedPage &read) {
            *page = read;
            if (!read.error.isEmpty())
                --m_pendingWrites; // it will not be written
            if (generation != m_generation)
                return;
            QString wrong = read.error;
            if (wrong.isEmpty() && peeked &&
                (peeked->next != read.next || peeked->hasMore != read.hasMore))
                wrong = tr("the page's cursor is not what its last bytes said");
            if (!wrong.isEmpty()) {
                if (!peeked)
                    m_inFlight = false; // else what is in flight comes back stale and says so
                ApiError error;
                error.kind = ApiError::Kind::InvalidResponse;
                error.message = wrong;
                failed(error); // and what was fetched on the page's word is dropped
                return;
            }
            if (peeked)
                return; // the next page is on its way already
            m_inFlight = false;
            m_fetchToken = read.next;
            if (read.hasMore)
                pull(); // the next page is fetched while the cache writes this one
        },
        [this, generation, page](bool ok, const QString &error) {
            --m_pendingWrites;
            if (generation != m_generation)
                return; // a failure or a reload started over since this page was fetched
            if (!ok) {
                ++m_generation;
                m_fetchToken = m_token;
                m_lastError = error;
                setState(State::Offline);
                scheduleNext(m_pollMs);
                return;
            }
            m_token = page->next;
            m_backoffMs = 0;
            m_lastError.clear();
            if (!page->changes.isEmpty())
                emit changesApplied(page->changes);
            if (m_again && !m_inFlight) {
                pull();
                return;
            }
            if (page->hasMore || m_inFlight || m_pendingWrites > 0)
                return; // more pages are on their way
            m_lastSync = QDateTime::currentDateTimeUtc();
            setState(State::Online);
            emit synced();
            scheduleNext(m_pollMs);
        });
}

void SyncEngine::failed(const ApiError &error)
{
    m_lastError = error.message;
    if (error.kind == ApiError::Kind::Unauthorized) {
        setState(State::SignedOut);
        return;
    }
    ++m_generation; // pages written after this one would not follow on: fetch them again
    m_fetchToken = m_token;
    setState(State::Offline);
    m_backoffMs = m_backoffMs == 0 ? m_pollMs : qMin(m_backoffMs * 2, m_maxBackoffMs);
    scheduleNext(m_backoffMs);
}

} // namespace insights
