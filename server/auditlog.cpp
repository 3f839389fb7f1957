#include "auditlog.h"

#include "domainjson.h"

#include <limits>

namespace insights::server {

void AuditLog::append(const AuditEntry &e)
{
    m_sql.run(QStringLiteral("INSERT INTO audit (at, actor, action, target, result, detail) "
                             "VALUES (:at, :actor, :action, :target, :result, :detail)"),
              {{":at", DomainJson::timestamp(e.at)},
               {":actor", e.actor},
               {":action", e.action},
               {":target", e.target},
               {":result", e.result},
               {":detail", e.detail}});
}

Page<std::pair<qint64, AuditEntry>> AuditLog::page(const Filter &filter, qint64 before, int limit)
{
    QString sql = QStringLiteral("SELECT seq, at, actor, action, target, result, detail "
                                 "FROM audit WHERE seq < :before");
    SqlSession::Binds binds{{":before", before > 0 ? before : std::numeric_limits<qint64>::max()}};
    if (!filter.targets.isEmpty()) {
        // One placeholder per target, from a fixed list of names: the route refuses more
        // than 50 targets (feedroutes.cpp), and Bind holds a name it does not own.
        static const QList<QByteArray> names = [] {
            QList<QByteArray> n;
            for (int i = 0; i < 50; ++i)
                n << ":target" + QByteArray::number(i);
            return n;
        }();
        QStringList marks;
        Q_ASSERT(filter.targets.size() <= names.size());
        for (qsizetype i = 0; i < filter.targets.size() && i < names.size(); ++i) {
            marks << QString::fromLatin1(names.at(i));
            binds.append({names.at(i).constData(), filter.targets.at(i)});
        }
        sql += QStringLiteral(" AND target IN (%1)").arg(marks.join(u','));
    }
    if (!filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = :actor");
        binds.append({":actor", filter.actor});
    }
    if (!filter.action.isEmpty()) {
        // A prefix: "service." is every service action. LIKE's own characters are escaped.
        sql += QStringLiteral(" AND (action = :action OR action LIKE :actionPattern ESCAPE '\\')");
        QString escaped = filter.action;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        binds.append({":action", filter.action});
        binds.append({":actionPattern", filter.action.endsWith(u'.') ? escaped + u'%' : escaped});
    }
    // `at` is stored in one fixed UTC format, so text order is time order.
    if (filter.since.isValid()) {
        sql += QStringLiteral(" AND at >= :since");
        binds.append({":since", DomainJson::timestamp(filter.since)});
    }
    if (filter.until.isValid()) {
        sql += QStringLiteral(" AND at < :until");
        binds.append({":until", DomainJson::timestamp(filter.until)});
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT :limit");
    binds.append({":limit", limit + 1});
    SqlSession::Rows q = m_sql.run(sql, binds);
    return readPage<std::pair<qint64, AuditEntry>>(q, limit, 0, [](const QSqlQuery &r) {
        return std::make_pair(r.value(0).toLongLong(),
                              AuditEntry{DomainJson::parseTimestamp(r.value(1).toString()),
                                         r.value(2).toString(), r.value(3).toString(),
                                         r.value(4).toString(), r.value(5).toString(),
                                         r.value(6).toString()});
    });
}

int AuditLog::deleteBefore(const QDateTime &t)
{
    // The stored times are all DomainJson::timestamp's form (UTC, milliseconds, 'Z'), so
    // they compare as text.
    return m_sql
        .run(QStringLiteral("DELETE FROM audit WHERE at < :before"),
             {{":before", DomainJson::timestamp(t)}})
        .numRowsAffected();
}

} // namespace insights::server
