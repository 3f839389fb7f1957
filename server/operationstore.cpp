#include "operationstore.h"

#include "domainjson.h"
#include "storesql.h"

namespace insights::server {

using namespace sql;

namespace {

const QString unfinishedStatuses = QStringLiteral("status IN ('NotStarted', 'Running')");

} // namespace

QList<OperationRow> OperationStore::rows(SqlSession::Rows &q)
{
    QList<OperationRow> out;
    while (q.next())
        out << OperationRow{DomainJson::operationFromJson(parseObject(q.value(0).toString())),
                            q.value(1).toLongLong()};
    return out;
}

std::optional<OperationRow> OperationStore::find(const QString &id)
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT body, version FROM operations WHERE id = :id"), {{":id", id}});
    QList<OperationRow> found = rows(q);
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QList<OperationRow> OperationStore::unfinished()
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT body, version FROM operations WHERE ") +
                                   unfinishedStatuses + QStringLiteral(" ORDER BY pk"));
    return rows(q);
}

QList<OperationRow> OperationStore::claimable(const QString &owner, qint64 nowMs)
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT body, version FROM operations WHERE ") + unfinishedStatuses +
            QStringLiteral(" AND (lease_owner = '' OR lease_owner = :owner OR "
                           "lease_until < :now) ORDER BY pk"),
        {{":owner", owner}, {":now", nowMs}});
    return rows(q);
}

bool OperationStore::holdLease(const QString &operationId, const QString &owner, qint64 nowMs,
                               qint64 untilMs)
{
    // One statement claims or renews: on PostgreSQL the row stays locked to this
    // transaction, and a racing instance re-reads it after the commit and finds it taken.
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("UPDATE operations SET lease_owner = :owner, lease_until = :until "
                       "WHERE id = :id AND ") +
            unfinishedStatuses +
            QStringLiteral(" AND (lease_owner = '' OR lease_owner = :owner OR lease_until < :now)"),
        {{":owner", owner}, {":until", untilMs}, {":id", operationId}, {":now", nowMs}});
    return q.numRowsAffected() == 1;
}

void OperationStore::renewLeases(const QString &owner, qint64 untilMs)
{
    m_sql.run(QStringLiteral("UPDATE operations SET lease_until = :until WHERE lease_owner = "
                             ":owner AND ") +
                  unfinishedStatuses,
              {{":until", untilMs}, {":owner", owner}});
}

void OperationStore::releaseLeases(const QString &owner)
{
    if (owner.isEmpty())
        m_sql.run(QStringLiteral("UPDATE operations SET lease_owner = '', lease_until = 0 "
                                 "WHERE lease_owner <> ''"));
    else
        m_sql.run(QStringLiteral("UPDATE operations SET lease_owner = '', lease_until = 0 "
                                 "WHERE lease_owner = :owner"),
                  {{":owner", owner}});
}

QString OperationStore::runningOf(const QString &serviceId)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT id FROM operations WHERE service_id = :service AND ") +
                      unfinishedStatuses,
                  {{":service", serviceId}});
    return q.next() ? q.value(0).toString() : QString();
}

void OperationStore::insert(const Operation &op)
{
    const QJsonObject json = DomainJson::toJson(op);
    m_sql.run(QStringLiteral("INSERT INTO operations (id, service_id, status, body, version) "
                             "VALUES (:id, :service, :status, :body, 1)"),
              {{":id", op.id},
               {":service", op.serviceId},
               {":status", toString(op.status)},
               {":body", compactJson(json)}});
    m_feed.append(QStringLiteral("operation"), op.id, false, json);
}

qint64 OperationStore::update(const OperationRow &row)
{
    const qint64 version = row.version + 1;
    const QJsonObject json = DomainJson::toJson(row.operation);
    m_sql.run(QStringLiteral("UPDATE operations SET status = :status, body = :body, version = "
                             ":version WHERE id = :id AND version = :was"),
              {{":status", toString(row.operation.status)},
               {":body", compactJson(json)},
               {":version", version},
               {":id", row.operation.id},
               {":was", row.version}},
              SqlSession::Expect::OneRow);
    m_feed.append(QStringLiteral("operation"), row.operation.id, false, json);
    return version;
}

void OperationStore::registerBot(const QString &serviceId, const QString &bot, const QString &appId,
                                 const QDateTime &at)
{
    m_sql.run(QStringLiteral("DELETE FROM bot_registrations WHERE service_id = :service AND "
                             "bot = :bot"),
              {{":service", serviceId}, {":bot", bot}});
    m_sql.run(QStringLiteral("INSERT INTO bot_registrations (service_id, bot, app_id, "
                             "registered_at) VALUES (:service, :bot, :app, :at)"),
              {{":service", serviceId},
               {":bot", bot},
               {":app", appId},
               {":at", DomainJson::timestamp(at)}});
}

void OperationStore::unregisterBots(const QString &serviceId, const QStringList &keep)
{
    for (const QString &bot : botsOf(serviceId)) {
        if (!keep.contains(bot))
            m_sql.run(QStringLiteral("DELETE FROM bot_registrations WHERE service_id = :service "
                                     "AND bot = :bot"),
                      {{":service", serviceId}, {":bot", bot}});
    }
}

QStringList OperationStore::botsOf(const QString &serviceId)
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT bot FROM bot_registrations WHERE "
                                                  "service_id = :service ORDER BY bot"),
                                   {{":service", serviceId}});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace insights::server
