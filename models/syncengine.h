#pragma once

#include "apiclient.h"
#include "localcache.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace insights {

// Keeps the local cache equal to the server: pulls /api/v1/changes from the stored token,
// writes each batch to the cache (one transaction), then tells the models. Polls every 5 s,
// at once after a local change, backs off while the server is unreachable, and reloads
// everything when the server answers 410.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Syncing, Online, Offline, SignedOut };
    Q_ENUM(State)

    SyncEngine(ApiClient *client, LocalCache *cache, QObject *parent = nullptr);

    void setPollInterval(int ms) { m_pollMs = ms; }
    void setMaxBackoff(int ms) { m_maxBackoffMs = ms; }
    void setPageSize(int n) { m_pageSize = n; }

    // Reads the token from the cache, then syncs and keeps polling.
    void start();
    void stop();
    // After signing in again: leaves the signed-out state and syncs.
    void resume();
    // Sync now (after a local change), without waiting for the next poll.
    void syncNow();

    State state() const { return m_state; }
    QDateTime lastSyncAt() const { return m_lastSync; }
    QDateTime offlineSince() const { return m_offlineSince; }
    QString lastError() const { return m_lastError; }
    int currentBackoffMs() const { return m_backoffMs; }
    QString token() const { return m_token; }
    // A line for the status bar: "Online · last sync 10:42", "Offline since 10:40", ...
    QString statusText() const;

signals:
    void stateChanged(insights::SyncEngine::State state);
    // A batch is in the cache; the models apply exactly these changes.
    void changesApplied(const QList<insights::CachedChange> &changes);
    // The server's state was reloaded from scratch (after a 410); models reload from the cache.
    void reloadStarted();
    // Caught up with the server (no more pages).
    void synced();

private:
    void pull();
    void onPage(const ApiResponse &response);
    // The page could not be had: offline with back-off, or signed out.
    void failed(const ApiError &error);
    void setState(State s);
    void scheduleNext(int ms);

    ApiClient *m_client;
    LocalCache *m_cache;
    QTimer m_timer;
    QString m_token;      // the last page written to the cache
    QString m_fetchToken; // the last page fetched (may be ahead of m_token by a page)
    int m_pendingWrites = 0;
    int m_generation = 0;
    State m_state = State::Idle;
    QDateTime m_lastSync;
    QDateTime m_offlineSince;
    QString m_lastError;
    int m_pollMs = 5000;
    int m_maxBackoffMs = 60000;
    int m_backoffMs = 0;
    int m_pageSize = 500;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_again = false;
};

} // namespace insights
