// The Store's SQL for operations (with their leases) and bot registrations.
#include "store.h"

#include "domainjson.h"
#include "storesql.h"

#include <QSqlQuery>

namespace insights::server {

using namespace sql;

// --- Operations -----------------------------------------------------------------------------

std::optional<OperationRow> Store::findOperation(const QString &id)
{
    Rows q = run(QStringLiteral("SELECT body, version FROM operations WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return OperationRow{DomainJson::operationFromJson(parseObject(q.value(0).toString())),
                        q.value(1).toLongLong()};
}

QList<OperationRow> Store::unfinishedOperations()
{
    Rows q = run(QStringLiteral("SELECT body, version FROM operations WHERE status IN "
                                "('NotStarted', 'Running') ORDER BY pk"));
    QList<OperationRow> out;
    while (q.next())
        out << OperationRow{DomainJson::operationFromJson(parseObject(q.value(0).toString())),
                            q.value(1).toLongLong()};
    return out;
}

QList<OperationRow> Store::claimableOperations(const QString &owner, qint64 nowMs)
{
    Rows q = run(QStringLiteral("SELECT body, version FROM operations WHERE status IN "
                                "('NotStarted', 'Running') AND (lease_owner = '' OR "
                                "lease_owner = ? OR lease_until < ?) ORDER BY pk"),
                 {owner, nowMs});
    QList<OperationRow> out;
    while (q.next())
        out << OperationRow{DomainJson::operationFromJson(parseObject(q.value(0).toString())),
                            q.value(1).toLongLong()};
    return out;
}

bool Store::holdLease(const QString &operationId, const QString &owner, qint64 nowMs,
                      qint64 untilMs)
{
    // One statement claims or renews: on PostgreSQL the row stays locked to this
    // transaction, and a racing instance re-reads it after the commit and finds it taken.
    Rows q = run(QStringLiteral("UPDATE operations SET lease_owner = ?, lease_until = ? "
                                "WHERE id = ? AND status IN ('NotStarted', 'Running') AND "
                                "(lease_owner = '' OR lease_owner = ? OR lease_until < ?)"),
                 {owner, untilMs, operationId, owner, nowMs});
    return q.numRowsAffected() == 1;
}

void Store::renewLeases(const QString &owner, qint64 untilMs)
{
    run(QStringLiteral("UPDATE operations SET lease_until = ? WHERE lease_owner = ? AND "
                       "status IN ('NotStarted', 'Running')"),
        {untilMs, owner});
}

void Store::releaseLeases(const QString &owner)
{
    if (owner.isEmpty())
        run(QStringLiteral("UPDATE operations SET lease_owner = '', lease_until = 0 WHERE "
                           "lease_owner <> ''"));
    else
        run(QStringLiteral("UPDATE operations SET lease_owner = '', lease_until = 0 WHERE "
                           "lease_owner = ?"),
            {owner});
}

QString Store::runningOperationOf(const QString &serviceId)
{
    Rows q = run(QStringLiteral("SELECT id FROM operations WHERE service_id = ? AND status "
                                "IN ('NotStarted', 'Running')"),
                 {serviceId});
    return q.next() ? q.value(0).toString() : QString();
}

void Store::insertOperation(const Operation &op)
{
    run(QStringLiteral("INSERT INTO operations (id, service_id, status, body, version) "
                       "VALUES (?, ?, ?, ?, 1)"),
        {op.id, op.serviceId, toString(op.status), compactJson(DomainJson::toJson(op))});
    appendChange(QStringLiteral("operation"), op.id, false, DomainJson::toJson(op));
}

qint64 Store::updateOperation(const OperationRow &row)
{
    const qint64 version = row.version + 1;
    run(QStringLiteral("UPDATE operations SET status = ?, body = ?, version = ? "
                       "WHERE id = ? AND version = ?"),
        {toString(row.operation.status), compactJson(DomainJson::toJson(row.operation)), version,
         row.operation.id, row.version},
        Expect::OneRow);
    appendChange(QStringLiteral("operation"), row.operation.id, false,
                 DomainJson::toJson(row.operation));
    return version;
}

// --- Bots -----------------------------------------------------------------------------------

void Store::registerBot(const QString &serviceId, const QString &bot, const QString &appId,
                        const QDateTime &at)
{
    run(QStringLiteral("DELETE FROM bot_registrations WHERE service_id = ? AND bot = ?"),
        {serviceId, bot});
    run(QStringLiteral("INSERT INTO bot_registrations (service_id, bot, app_id, registered_at) "
                       "VALUES (?, ?, ?, ?)"),
        {serviceId, bot, appId, DomainJson::timestamp(at)});
}

void Store::unregisterBots(const QString &serviceId, const QStringList &keep)
{
    for (const QString &bot : botsOf(serviceId)) {
        if (!keep.contains(bot))
            run(QStringLiteral("DELETE FROM bot_registrations WHERE service_id = ? AND bot = ?"),
                {serviceId, bot});
    }
}

QStringList Store::botsOf(const QString &serviceId)
{
    Rows q = run(QStringLiteral("SELECT bot FROM bot_registrations WHERE service_id = ? "
                                "ORDER BY bot"),
                 {serviceId});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace insights::server
