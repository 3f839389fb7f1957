#pragma once

#include <QObject>
#include <QTimer>

namespace insights::server {

class Store;

// What a long-running server prunes on a timer, not only when it starts: idempotency keys
// older than 24 h (api.md keeps them at least that long), failed sign-ins past the throttle's
// window, expired tokens, and audit entries older than --audit-retention-days.
class Maintenance : public QObject
{
    Q_OBJECT

public:
    Maintenance(Store &store, int auditRetentionDays, int intervalMs, QObject *parent = nullptr);

    void start();
    // One round now; returns how many rows went.
    int prune();

signals:
    void pruned(int rows);

private:
    Store &m_store;
    int m_auditRetentionDays;
    QTimer m_timer;
};

} // namespace insights::server
