#pragma once

#include "notifications.h"
#include "smtpclient.h"
#include "store.h"

#include <QObject>
#include <QTimer>

namespace insights::server {

// Delivers the outbox in the background. The event loop claims one due mail at a time (with
// a lease, so two instances never send the same one), libcurl's multi interface talks SMTP
// on the same loop without blocking it, and the answer is written back: Sent, tried again later
// with back-off, or Failed with the reason (a permanent 5xx, or 24 h of trying). A crash between
// the mail server's acceptance and the Sent mark sends that mail again after the restart, with its
// Message-ID.
class MailSender : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int pollMs = 1000;
        int firstRetryMs = 30000; // doubles with each attempt, up to an hour
        qint64 giveUpMs = 24LL * 60 * 60 * 1000;
        // As an operation's: after this much silence another instance may send the mail (the
        // lease is renewed while the mail server is slow to answer).
        int leaseMs = 30000;
    };

    MailSender(Store &store, CurlMulti &curl, SmtpSettings smtp, MailSettings mail,
               QString instanceId, Timing timing, QObject *parent = nullptr);

    void start();
    // Looks for a due mail now (the outbox was written to).
    void kick();

signals:
    // One delivery attempt has been recorded (for tests and logs).
    void attempted(const QString &mailId, bool sent);

private:
    void finished(const MailRow &row, const SmtpResult &result);
    qint64 retryDelayMs(int attempts) const;

    Store &m_store;
    CurlMulti &m_curl;
    SmtpSettings m_smtp;
    MailSettings m_mail;
    QString m_instanceId;
    Timing m_timing;
    QTimer m_poll;
    QTimer m_renew;
    QString m_inFlight; // the id of the mail the worker is sending
    bool m_busy = false;
    bool m_crashAfterAccept = false; // test hook INSIGHTS_MAIL_CRASH_AFTER_ACCEPT
};

} // namespace insights::server
