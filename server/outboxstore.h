#pragma once

#include "domain.h"
#include "page.h"
#include "sqlsession.h"

#include <optional>

namespace insights::server {

// A mail of the outbox with what only the server keeps: its rendered parts, its fixed
// Message-ID and when it is next due.
struct MailRow
{
    OutboxMail mail;
    QString text;
    QString html;
    QString messageId; // "<...@...>", fixed when queued
    qint64 nextAttemptMs = 0;
};

// The mail outbox (api.md 1.1, "Notification emails"): mails queued in the transaction that
// caused them, leased to one instance at a time while it sends.
class OutboxStore
{
public:
    explicit OutboxStore(SqlSession &sql)
        : m_sql(sql)
    {}

    void insert(const MailRow &row);
    // Leases the oldest pending mail that is due and free (or whose lease ran out) to owner
    // until untilMs; nullopt when none is.
    std::optional<MailRow> claimDue(const QString &owner, qint64 nowMs, qint64 untilMs);
    void markSent(const QString &id, int attempts, qint64 atMs);
    // Still pending: tried again at nextMs.
    void markRetry(const QString &id, int attempts, const QString &why, qint64 nextMs);
    void markFailed(const QString &id, int attempts, const QString &why);
    // Says on every pending mail why it waits (no mail server is configured).
    void noteWaiting(const QString &why);
    // owner's leases; every lease when owner is empty.
    void releaseLeases(const QString &owner);
    void renewLease(const QString &id, const QString &owner, qint64 untilMs);
    // Newest first; status empty for every status.
    Page<MailRow> page(const QString &serviceId, const QString &status, qint64 before, int limit);

private:
    SqlSession &m_sql;
};

} // namespace insights::server
