// The Store's SQL for the mail outbox (api.md 1.1, "Notification emails").
#include "store.h"

#include "storesql.h"

#include <QSqlQuery>

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

void Store::insertMail(const MailRow &row)
{
    const OutboxMail &m = row.mail;
    run(QStringLiteral("INSERT INTO outbox (id, kind, service_id, recipient, subject, body_text, "
                       "body_html, message_id, status, attempts, last_error, created_at, "
                       "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Pending', 0, ?, ?, ?)"),
        {m.id, m.kind, m.serviceId, m.to, m.subject, row.text, row.html, row.messageId, m.lastError,
         m.createdAt.toMSecsSinceEpoch(), row.nextAttemptMs});
}

std::optional<MailRow> Store::claimDueMail(const QString &owner, qint64 nowMs, qint64 untilMs)
{
    // A few candidates, each claimed by one conditional UPDATE: another instance that took
    // one first leaves it changed, and the next candidate is tried.
    Rows q = run(QStringLiteral("SELECT id FROM outbox WHERE status = 'Pending' AND "
                                "next_attempt_at <= ? AND (lease_owner = '' OR lease_owner "
                                "= ? OR lease_until < ?) ORDER BY next_attempt_at, pk "
                                "LIMIT 8"),
                 {nowMs, owner, nowMs});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString &id : std::as_const(ids)) {
        Rows claim = run(QStringLiteral("UPDATE outbox SET lease_owner = ?, lease_until = ? "
                                        "WHERE id = ? AND status = 'Pending' AND "
                                        "(lease_owner = '' OR lease_owner = ? OR "
                                        "lease_until < ?)"),
                         {owner, untilMs, id, owner, nowMs});
        if (claim.numRowsAffected() != 1)
            continue;
        Rows row = run(
            QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(mailColumns)),
            {id});
        if (row.next())
            return mailFrom(row);
    }
    return std::nullopt;
}

void Store::markMailSent(const QString &id, int attempts, qint64 atMs)
{
    run(QStringLiteral("UPDATE outbox SET status = 'Sent', attempts = ?, last_error = '', "
                       "sent_at = ?, lease_owner = '', lease_until = 0 WHERE id = ?"),
        {attempts, atMs, id});
}

void Store::markMailRetry(const QString &id, int attempts, const QString &why, qint64 nextMs)
{
    run(QStringLiteral("UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ?, "
                       "lease_owner = '', lease_until = 0 WHERE id = ? AND status = 'Pending'"),
        {attempts, why, nextMs, id});
}

void Store::markMailFailed(const QString &id, int attempts, const QString &why)
{
    run(QStringLiteral("UPDATE outbox SET status = 'Failed', attempts = ?, last_error = ?, "
                       "lease_owner = '', lease_until = 0 WHERE id = ? AND status = 'Pending'"),
        {attempts, why, id});
}

void Store::noteMailsWaiting(const QString &why)
{
    run(QStringLiteral("UPDATE outbox SET last_error = ? WHERE status = 'Pending' AND "
                       "last_error <> ?"),
        {why, why});
}

void Store::releaseMailLeases(const QString &owner)
{
    if (owner.isEmpty())
        run(QStringLiteral("UPDATE outbox SET lease_owner = '', lease_until = 0 WHERE "
                           "lease_owner <> ''"));
    else
        run(QStringLiteral("UPDATE outbox SET lease_owner = '', lease_until = 0 WHERE "
                           "lease_owner = ?"),
            {owner});
}

void Store::renewMailLease(const QString &id, const QString &owner, qint64 untilMs)
{
    run(QStringLiteral("UPDATE outbox SET lease_until = ? WHERE id = ? AND lease_owner = ?"),
        {untilMs, id, owner});
}

Page<MailRow> Store::mails(const QString &serviceId, const QString &status, qint64 before,
                           int limit)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM outbox WHERE 1 = 1").arg(QLatin1String(mailColumns));
    QVariantList binds;
    if (before > 0) {
        sql += QStringLiteral(" AND pk < ?");
        binds << before;
    }
    if (!serviceId.isEmpty()) {
        sql += QStringLiteral(" AND service_id = ?");
        binds << serviceId;
    }
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        binds << status;
    }
    sql += QStringLiteral(" ORDER BY pk DESC LIMIT ?");
    binds << limit + 1;
    Rows q = run(sql, binds);
    Page<MailRow> page;
    qint64 lastPk = 0;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextAfter = lastPk;
            break;
        }
        page.items << mailFrom(q);
        lastPk = q.value(14).toLongLong();
    }
    return page;
}

} // namespace insights::server
