#pragma once

#include "domain.h"
#include "page.h"
#include "sqlsession.h"

#include <QDateTime>
#include <QStringList>

#include <utility>

namespace insights::server {

// The audit trail's table: who did what to which target, with what result.
class AuditLog
{
public:
    explicit AuditLog(SqlSession &sql)
        : m_sql(sql)
    {}

    void append(const AuditEntry &entry);

    // Filters of api.md 1.1 ("Data and privacy"); an empty one does not filter. since and
    // until bound `at` (since inclusive, until exclusive); action matches a prefix
    // ("service." is every service action).
    struct Filter
    {
        QStringList targets; // any of these
        QString actor;
        QString action;
        QDateTime since;
        QDateTime until;
    };
    // Newest first, below the seq `before` (0: from the newest).
    Page<std::pair<qint64, AuditEntry>> page(const Filter &filter, qint64 before, int limit);
    // Entries older than t (--audit-retention-days).
    int deleteBefore(const QDateTime &t);

private:
    SqlSession &m_sql;
};

} // namespace insights::server
