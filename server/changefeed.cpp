#include "changefeed.h"

#include "storesql.h"

namespace insights::server {

using namespace sql;

void ChangeFeed::append(const QString &kind, const QString &id, bool deleted,
                        const QJsonObject &object)
{
    m_sql.run(QStringLiteral("INSERT INTO changes (kind, object_id, deleted, object) "
                             "VALUES (:kind, :id, :deleted, :object)"),
              {{":kind", kind},
               {":id", id},
               {":deleted", deleted ? 1 : 0},
               {":object", deleted ? sqlNull() : QVariant(jsonBytes(object))}});
}

QList<ChangeRow> ChangeFeed::after(qint64 seq, int limit)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT seq, kind, object_id, deleted, object FROM changes "
                                 "WHERE seq > :after ORDER BY seq LIMIT :limit"),
                  {{":after", seq}, {":limit", limit}});
    QList<ChangeRow> out;
    while (q.next())
        out << ChangeRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toBool(), q.value(4).toByteArray()};
    return out;
}

qint64 ChangeFeed::lastSeq()
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT MAX(seq) FROM changes"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ChangeFeed::horizon()
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT compacted_through FROM change_horizon"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void ChangeFeed::compact(qint64 throughSeq)
{
    m_sql.run(QStringLiteral("DELETE FROM changes WHERE seq <= :through AND EXISTS (SELECT 1 "
                             "FROM changes AS later WHERE later.kind = changes.kind AND "
                             "later.object_id = changes.object_id AND later.seq > changes.seq)"),
              {{":through", throughSeq}});
    m_sql.run(QStringLiteral("UPDATE change_horizon SET compacted_through = :through"),
              {{":through", throughSeq}});
}

} // namespace insights::server
