#pragma once

#include "sqlsession.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace insights::server {

// The answer once given to a request with an Idempotency-Key, replayed for a repeat.
struct IdempotentRecord
{
    QString requestHash;
    int status = 0;
    QJsonObject headers;
    QByteArray body;
};

// Idempotency keys (api.md, "Idempotency"), per actor and endpoint, kept 24 hours.
class IdempotencyStore
{
public:
    explicit IdempotencyStore(SqlSession &sql)
        : m_sql(sql)
    {}

    std::optional<IdempotentRecord> find(const QString &actor, const QString &endpoint,
                                         const QString &key);
    void store(const QString &actor, const QString &endpoint, const QString &key,
               const IdempotentRecord &record, qint64 nowMs);
    int deleteBefore(qint64 ms);

private:
    SqlSession &m_sql;
};

} // namespace insights::server
