#include "idempotencystore.h"

#include "storesql.h"

namespace insights::server {

using namespace sql;

std::optional<IdempotentRecord> IdempotencyStore::find(const QString &actor,
                                                       const QString &endpoint, const QString &key)
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT request_hash, status, headers, body FROM idempotency_keys "
                       "WHERE actor = :actor AND endpoint = :endpoint AND idem_key = :key"),
        {{":actor", actor}, {":endpoint", endpoint}, {":key", key}});
    if (!q.next())
        return std::nullopt;
    return IdempotentRecord{q.value(0).toString(), q.value(1).toInt(),
                            parseObject(q.value(2).toString()), q.value(3).toByteArray()};
}

void IdempotencyStore::store(const QString &actor, const QString &endpoint, const QString &key,
                             const IdempotentRecord &r, qint64 nowMs)
{
    m_sql.run(QStringLiteral("INSERT INTO idempotency_keys (actor, endpoint, idem_key, "
                             "request_hash, status, headers, body, created_at) VALUES (:actor, "
                             ":endpoint, :key, :hash, :status, :headers, :body, :at)"),
              {{":actor", actor},
               {":endpoint", endpoint},
               {":key", key},
               {":hash", r.requestHash},
               {":status", r.status},
               {":headers", compactJson(r.headers)},
               {":body", QString::fromUtf8(r.body)},
               {":at", nowMs}});
}

int IdempotencyStore::deleteBefore(qint64 ms)
{
    return m_sql
        .run(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < :before"),
             {{":before", ms}})
        .numRowsAffected();
}

} // namespace insights::server
