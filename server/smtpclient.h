#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace insights::server {

struct SmtpSettings
{
    QString url; // smtp://HOST:PORT (STARTTLS when offered) or smtps://HOST:PORT; empty: none
    QString user;
    QString password;
    QString caFile; // trust this CA (a test's or a private mail server's) besides the system's
    int connectTimeoutMs = 10000;
    int timeoutMs = 60000;
};

struct OutgoingMail
{
    QString from;
    QString to;
    QString subject;
    QString text;
    QString html;
    QString messageId; // "<...@...>"
    QDateTime date;
    QString fromName; // the From display name (--mail-from-name); may be empty
};

// "Contoso Provider" <insights@provider.example>, or the bare <address> without a name.
QByteArray fromHeaderValue(const QString &name, const QString &address);

struct SmtpResult
{
    bool sent = false;
    // The mail server answered 5xx: trying again would get the same answer.
    bool permanent = false;
    QString error;
};

class CurlMulti;

// Sends one mail with libcurl's SMTP: multipart/alternative (text and HTML, UTF-8, quoted-
// printable by curl's MIME encoder), RFC 2047 subject, Message-ID and Date. Runs on `curl`
// (the event loop never waits for the mail server); `done` gets the outcome.
void sendMail(CurlMulti &curl, const SmtpSettings &settings, const OutgoingMail &mail,
              std::function<void(const SmtpResult &)> done);

// "=?UTF-8?B?...?=" words for a header value that is not plain ASCII (RFC 2047), else as is.
QByteArray encodedHeaderValue(const QString &value);

} // namespace insights::server
