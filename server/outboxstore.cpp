#include "outboxstore.h"

#include "storesql.h"

namespace insights::server {

using namespace sql;

namespace {

constexpr auto mailColumns = "id, kind, service_id, recipient, subject, body_text, body_html, "
                             "message_id, status, attempts, last_error, created_at, "
                             "next_attempt_at, sent_at, pk";

MailRow mailFrom(QSqlQuery &q)
{
    MailRow row;
    OutboxMail &m = row.mail;
    m.id = q.value(0).toString();
    m.kind = q.value(1).toString();
    m.serviceId = q.value(2).toString();
    m.to = q.value(3).toString();
    m.subject = q.value(4).toString();
    row.text = q.value(5).toString();
    row.html = q.value(6).toString();
    row.messageId = q.value(7).toString();
    m.status = q.value(8).toString();
    m.attempts = q.value(9).toInt();
    m.lastError = q.value(10).toString();
    m.createdAt = fromMs(q.value(11).toLongLong());
    row.nextAttemptMs = q.value(12).toLongLong();
    m.sentAt = fromMs(q.value(13).toLongLong());
    return row;
}

} // namespace

void OutboxStore::insert(const MailRow &row)
{
    const OutboxMail &m = row.mail;
    m_sql.run(QStringLiteral("INSERT INTO outbox (id, kind, service_id, recipient, subject, "
                             "body_text, body_html, message_id, status, attempts, last_error, "
                             "created_at, next_attempt_at) VALUES (:id, :kind, :service, :to, "
                             ":subject, :text, :html, :messageId, 'Pending', 0, :error, :at, "
                             ":next)"),
              {{":id", m.id},
               {":kind", m.kind},
               {":service", m.serviceId},
               {":to", m.to},
               {":subject", m.subject},
               {":text", row.text},
               {":html", row.html},
               {":messageId", row.messageId},
               {":error", m.lastError},
               {":at", m.createdAt.toMSecsSinceEpoch()},
               {":next", row.nextAttemptMs}});
}

std::optional<MailRow> OutboxStore::claimDue(const QString &owner, qint64 nowMs, qint64 untilMs)
{
    // A few candidates, each claimed by one conditional UPDATE: another instance that took
    // one first leaves it changed, and the next candidate is tried.
    const QString free =
        QStringLiteral("(lease_owner = '' OR lease_owner = :owner OR lease_until < :now)");
    QStringList ids;
    {
        SqlSession::Rows q = m_sql.run(
            QStringLiteral("SELECT id FROM outbox WHERE status = 'Pending' AND next_attempt_at "
                           "<= :now AND ") +
                free + QStringLiteral(" ORDER BY next_attempt_at, pk LIMIT 8"),
            {{":now", nowMs}, {":owner", owner}});
        while (q.next())
            ids << q.value(0).toString();
    }
    for (const QString &id : std::as_const(ids)) {
        SqlSession::Rows claim = m_sql.run(
            QStringLiteral("UPDATE outbox SET lease_owner = :owner, lease_until = :until WHERE "
                           "id = :id AND status = 'Pending' AND ") +
                free,
            {{":owner", owner}, {":until", untilMs}, {":id", id}, {":now", nowMs}});
        if (claim.numRowsAffected() != 1)
            continue;
        SqlSession::Rows row = m_sql.run(
            QStringLiteral("SELECT %1 FROM outbox WHERE id = :id").arg(QLatin1String(mailColumns)),
            {{":id", id}});
        if (row.next())
            return mailFrom(row);
    }
    return std::nullopt;
}

void OutboxStore::markSent(const QString &id, int attempts, qint64 atMs)
{
    m_sql.run(QStringLiteral("UPDATE outbox SET status = 'Sent', attempts = :attempts, "
                             "last_error = '', sent_at = :at, lease_owner = '', lease_until = 0 "
                             "WHERE id = :id"),
              {{":attempts", attempts}, {":at", atMs}, {":id", id}});
}

void OutboxStore::markRetry(const QString &id, int attempts, const QString &why, qint64 nextMs)
{
    m_sql.run(QStringLiteral("UPDATE outbox SET attempts = :attempts, last_error = :why, "
                             "next_attempt_at = :next, lease_owner = '', lease_until = 0 WHERE "
                             "id = :id AND status = 'Pending'"),
              {{":attempts", attempts}, {":why", why}, {":next", nextMs}, {":id", id}});
}

void OutboxStore::markFailed(const QString &id, int attempts, const QString &why)
{
    m_sql.run(QStringLiteral("UPDATE outbox SET status = 'Failed', attempts = :attempts, "
                             "last_error = :why, lease_owner = '', lease_until = 0 WHERE id = "
                             ":id AND status = 'Pending'"),
              {{":attempts", attempts}, {":why", why}, {":id", id}});
}

void OutboxStore::noteWaiting(const QString &why)
{
    m_sql.run(QStringLiteral("UPDATE outbox SET last_error = :why WHERE status = 'Pending' AND "
                             "last_error <> :why"),
              {{":why", why}});
}

void OutboxStore::releaseLeases(const QString &owner)
{
    if (owner.isEmpty())
        m_sql.run(QStringLiteral("UPDATE outbox SET lease_owner = '', lease_until = 0 WHERE "
                                 "lease_owner <> ''"));
    else
        m_sql.run(QStringLiteral("UPDATE outbox SET lease_owner = '', lease_until = 0 WHERE "
                                 "lease_owner = :owner"),
                  {{":owner", owner}});
}

void OutboxStore::renewLease(const QString &id, const QString &owner, qint64 untilMs)
{
    m_sql.run(QStringLiteral("UPDATE outbox SET lease_until = :until WHERE id = :id AND "
                             "lease_owner = :owner"),
              {{":until", untilMs}, {":id", id}, {":owner", owner}});
}

Page<MailRow> OutboxStore::page(const QString &serviceId, const QString &status, qint64 before,
                                int limit)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM outbox WHERE 1 = 1").arg(QLatin1String(mailColumns));
    SqlSession::Binds binds;
    if (before > 0) {
        sql += QStringLiteral(" AND pk < :before");
        binds.append({":before", before});
    }
    if (!serviceId.isEmpty()) {
        sql += QStringLiteral(" AND service_id = :service");
        binds.append({":service", serviceId});
    }
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = :status");
        binds.append({":status", status});
    }
    sql += QStringLiteral(" ORDER BY pk DESC LIMIT :limit");
    binds.append({":limit", limit + 1});
    SqlSession::Rows q = m_sql.run(sql, binds);
    return readPage<MailRow>(q, limit, 14, [](QSqlQuery &r) { return mailFrom(r); });
}

} // namespace insights::server
