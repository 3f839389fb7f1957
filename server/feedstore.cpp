// The Store's SQL for the change feed, the audit trail and idempotency keys.
#include "store.h"

#include "domainjson.h"
#include "storesql.h"

#include <QSqlQuery>

namespace insights::server {

using namespace sql;

// --- Change feed ----------------------------------------------------------------------------

void Store::appendChange(const QString &kind, const QString &id, bool deleted,
                         const QJsonObject &object)
{
    run(QStringLiteral("INSERT INTO changes (kind, object_id, deleted, object) "
                       "VALUES (?, ?, ?, ?)"),
        {kind, id, deleted ? 1 : 0, deleted ? sqlNull() : QVariant(jsonBytes(object))});
}

QList<ChangeRow> Store::changesAfter(qint64 seq, int limit)
{
    Rows q = run(QStringLiteral("SELECT seq, kind, object_id, deleted, object FROM changes "
                                "WHERE seq > ? ORDER BY seq LIMIT ?"),
                 {seq, limit});
    QList<ChangeRow> out;
    while (q.next())
        out << ChangeRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toBool(), q.value(4).toByteArray()};
    return out;
}

qint64 Store::lastChangeSeq()
{
    Rows q = run(QStringLiteral("SELECT MAX(seq) FROM changes"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Store::changeHorizon()
{
    Rows q = run(QStringLiteral("SELECT compacted_through FROM change_horizon"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void Store::compactChanges(qint64 throughSeq)
{
    run(QStringLiteral("DELETE FROM changes WHERE seq <= ? AND EXISTS (SELECT 1 FROM changes "
                       "AS later WHERE later.kind = changes.kind AND later.object_id = "
                       "changes.object_id AND later.seq > changes.seq)"),
        {throughSeq});
    run(QStringLiteral("UPDATE change_horizon SET compacted_through = ?"), {throughSeq});
}

// --- Audit ----------------------------------------------------------------------------------

void Store::appendAudit(const AuditEntry &e)
{
    run(QStringLiteral("INSERT INTO audit (at, actor, action, target, result, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {DomainJson::timestamp(e.at), e.actor, e.action, e.target, e.result, e.detail});
}

Page<std::pair<qint64, AuditEntry>> Store::audit(const AuditFilter &filter, qint64 before,
                                                 int limit)
{
    QString sql = QStringLiteral("SELECT seq, at, actor, action, target, result, detail "
                                 "FROM audit WHERE seq < ?");
    QVariantList binds{before > 0 ? before : std::numeric_limits<qint64>::max()};
    if (!filter.targets.isEmpty()) {
        QStringList marks;
        for (const QString &t : filter.targets) {
            marks << QStringLiteral("?");
            binds << t;
        }
        sql += QStringLiteral(" AND target IN (%1)").arg(marks.join(u','));
    }
    if (!filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        binds << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        // A prefix: "service." is every service action. LIKE's own characters are escaped.
        sql += QStringLiteral(" AND (action = ? OR action LIKE ? ESCAPE '\\')");
        QString escaped = filter.action;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        binds << filter.action << (filter.action.endsWith(u'.') ? escaped + u'%' : escaped);
    }
    // `at` is stored in one fixed UTC format, so text order is time order.
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << DomainJson::timestamp(filter.since);
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << DomainJson::timestamp(filter.until);
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << limit + 1;
    Rows q = run(sql, binds);
    Page<std::pair<qint64, AuditEntry>> page;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextAfter = page.items.constLast().first;
            break;
        }
        page.items << std::make_pair(q.value(0).toLongLong(),
                                     AuditEntry{DomainJson::parseTimestamp(q.value(1).toString()),
                                                q.value(2).toString(), q.value(3).toString(),
                                                q.value(4).toString(), q.value(5).toString(),
                                                q.value(6).toString()});
    }
    return page;
}

// --- Idempotency ----------------------------------------------------------------------------

std::optional<IdempotentRecord> Store::findIdempotent(const QString &actor, const QString &endpoint,
                                                      const QString &key)
{
    Rows q = run(QStringLiteral("SELECT request_hash, status, headers, body FROM "
                                "idempotency_keys WHERE actor = ? AND endpoint = ? AND "
                                "idem_key = ?"),
                 {actor, endpoint, key});
    if (!q.next())
        return std::nullopt;
    return IdempotentRecord{q.value(0).toString(), q.value(1).toInt(),
                            parseObject(q.value(2).toString()), q.value(3).toByteArray()};
}

void Store::storeIdempotent(const QString &actor, const QString &endpoint, const QString &key,
                            const IdempotentRecord &r, qint64 nowMs)
{
    run(QStringLiteral("INSERT INTO idempotency_keys (actor, endpoint, idem_key, request_hash, "
                       "status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {actor, endpoint, key, r.requestHash, r.status, compactJson(r.headers),
         QString::fromUtf8(r.body), nowMs});
}

int Store::deleteIdempotentBefore(qint64 ms)
{
    return run(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"), {ms})
        .numRowsAffected();
}

int Store::deleteAuditBefore(const QDateTime &t)
{
    // The stored times are all DomainJson::timestamp's form (UTC, milliseconds, 'Z'), so
    // they compare as text.
    return run(QStringLiteral("DELETE FROM audit WHERE at < ?"), {DomainJson::timestamp(t)})
        .numRowsAffected();
}

} // namespace insights::server
