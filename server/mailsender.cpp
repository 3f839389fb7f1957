#include "mailsender.h"

#include "curlmulti.h"

#include <QLoggingCategory>

#include <csignal>
#include <unistd.h>

namespace insights::server {

Q_DECLARE_LOGGING_CATEGORY(lcMail)

MailSender::MailSender(Store &store, CurlMulti &curl, SmtpSettings smtp, MailSettings mail,
                       QString instanceId, Timing timing, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_curl(curl)
    , m_smtp(std::move(smtp))
    , m_mail(std::move(mail))
    , m_instanceId(std::move(instanceId))
    , m_timing(timing)
    , m_crashAfterAccept(qEnvironmentVariableIsSet("INSIGHTS_MAIL_CRASH_AFTER_ACCEPT"))
{
    m_poll.setInterval(m_timing.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &MailSender::kick);
    m_renew.setInterval(qMax(100, m_timing.leaseMs / 3));
    connect(&m_renew, &QTimer::timeout, this, [this] {
        try {
            m_store.outbox().renewLease(m_inFlight, m_instanceId,
                                        QDateTime::currentMSecsSinceEpoch() + m_timing.leaseMs);
        } catch (const std::exception &e) {
            qCWarning(lcMail) << "the lease of mail" << m_inFlight
                              << "was not renewed:" << e.what();
        }
    });
}

void MailSender::start()
{
    m_poll.start();
    kick();
}

qint64 MailSender::retryDelayMs(int attempts) const
{
    qint64 delay = m_timing.firstRetryMs;
    for (int i = 1; i < attempts && delay < 3600 * 1000; ++i)
        delay *= 2;
    return qMin<qint64>(delay, 3600 * 1000);
}

void MailSender::kick()
{
    if (m_busy)
        return;
    std::optional<MailRow> row;
    try {
        Store::Transaction tx(m_store);
        if (m_smtp.url.isEmpty()) {
            // Mails queued by an earlier run that had one say why they wait now.
            m_store.outbox().noteWaiting(m_mail.waitingReason);
            tx.commit();
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        row = m_store.outbox().claimDue(m_instanceId, now, now + m_timing.leaseMs);
        tx.commit();
    } catch (const std::exception &e) {
        qCWarning(lcMail) << "the outbox cannot be read:" << e.what();
        return;
    }
    if (!row)
        return;
    m_busy = true;
    m_inFlight = row->mail.id;
    m_renew.start();
    OutgoingMail mail{m_mail.from,
                      row->mail.to,
                      row->mail.subject,
                      row->text,
                      row->html,
                      row->messageId,
                      QDateTime::currentDateTime(),
                      m_mail.fromName};
    sendMail(m_curl, m_smtp, mail,
             [this, row = *row](const SmtpResult &result) { finished(row, result); });
}

void MailSender::finished(const MailRow &row, const SmtpResult &result)
{
    if (result.sent && m_crashAfterAccept) {
        qCWarning(lcMail) << "INSIGHTS_MAIL_CRASH_AFTER_ACCEPT: dying before the Sent mark";
        ::kill(::getpid(), SIGKILL);
    }
    m_busy = false;
    m_renew.stop();
    const int attempts = row.mail.attempts + 1;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    try {
        Store::Transaction tx(m_store);
        if (result.sent) {
            m_store.outbox().markSent(row.mail.id, attempts, now);
            qCInfo(lcMail).noquote()
                << row.mail.kind << "mail" << row.mail.id << "sent to" << row.mail.to;
        } else if (result.permanent) {
            m_store.outbox().markFailed(row.mail.id, attempts,
                                        QStringLiteral("the mail server refused it: ") +
                                            result.error);
        } else if (now - row.mail.createdAt.toMSecsSinceEpoch() >= m_timing.giveUpMs) {
            m_store.outbox().markFailed(row.mail.id, attempts,
                                        QStringLiteral("gave up after %1 h of trying: %2")
                                            .arg(m_timing.giveUpMs / 3600000.0, 0, 'g', 3)
                                            .arg(result.error));
        } else {
            m_store.outbox().markRetry(row.mail.id, attempts, result.error,
                                       now + retryDelayMs(attempts));
        }
        tx.commit();
    } catch (const std::exception &e) {
        // The lease runs out and the mail is tried again: at worst sent twice, same Message-ID.
        qCWarning(lcMail) << "the outcome of mail" << row.mail.id
                          << "could not be recorded:" << e.what();
    }
    if (!result.sent)
        qCWarning(lcMail).noquote() << row.mail.kind << "mail" << row.mail.id << "to" << row.mail.to
                                    << "not sent:" << result.error;
    emit attempted(row.mail.id, result.sent);
    kick(); // the next one, if due
}

} // namespace insights::server
