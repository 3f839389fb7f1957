#pragma once

#include "changefeed.h"
#include "domain.h"
#include "sqlsession.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace insights::server {

struct OperationRow
{
    Operation operation;
    qint64 version = 0;
};

// Operations (deploys, retries, suspensions, deletions) with their leases, and the bots a
// deploy registered. Every write of an operation goes to the change feed too.
class OperationStore
{
public:
    OperationStore(SqlSession &sql, ChangeFeed &feed)
        : m_sql(sql)
        , m_feed(feed)
    {}

    std::optional<OperationRow> find(const QString &id);
    QList<OperationRow> unfinished();
    // Unfinished operations that are free, held by owner, or whose lease ran out.
    QList<OperationRow> claimable(const QString &owner, qint64 nowMs);
    // Claims (or renews) the operation's lease for owner until untilMs; false when another
    // instance holds a lease that has not run out, or the operation is finished.
    bool holdLease(const QString &operationId, const QString &owner, qint64 nowMs, qint64 untilMs);
    void renewLeases(const QString &owner, qint64 untilMs);
    // Gives back owner's leases (on a clean stop); every lease when owner is empty (a SQLite
    // database has one instance, so what a crashed run held is free at once).
    void releaseLeases(const QString &owner);
    // The service's unfinished operation, if any.
    QString runningOf(const QString &serviceId);
    void insert(const Operation &op);
    // Version-checked (StaleWrite); returns the new version.
    qint64 update(const OperationRow &row);

    // Bots registered for a service (the deploy's register-bots step).
    void registerBot(const QString &serviceId, const QString &bot, const QString &appId,
                     const QDateTime &at);
    void unregisterBots(const QString &serviceId, const QStringList &keep = {});
    QStringList botsOf(const QString &serviceId);

private:
    QList<OperationRow> rows(SqlSession::Rows &q);

    SqlSession &m_sql;
    ChangeFeed &m_feed;
};

} // namespace insights::server
