#include "maintenance.h"

#include "auth.h"
#include "domainjson.h"
#include "restserver.h"
#include "store.h"

namespace insights::server {

Maintenance::Maintenance(Store &store, int auditRetentionDays, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_auditRetentionDays(auditRetentionDays)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Maintenance::prune);
}

void Maintenance::start()
{
    prune();
    m_timer.start();
}

int Maintenance::prune()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    int rows = 0;
    try {
        Store::Transaction tx(m_store);
        rows += m_store.idempotency().deleteBefore(nowMs - 24LL * 3600 * 1000);
        rows += m_store.users().deleteLoginFailuresBefore(nowMs - LoginThrottle::windowMs);
        rows += m_store.users().deleteExpiredTokens(nowMs);
        rows += m_store.auditLog().deleteBefore(now.addDays(-m_auditRetentionDays));
        tx.commit();
    } catch (const StoreError &e) {
        // The database may be away for a moment; the next round prunes.
        qCWarning(lcHttp) << "pruning failed:" << e.what();
        return 0;
    }
    if (rows > 0)
        qCInfo(lcHttp) << "pruned" << rows << "rows";
    emit pruned(rows);
    return rows;
}

} // namespace insights::server
