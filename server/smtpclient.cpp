#include "smtpclient.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace insights::server {

namespace {

struct CurlDeleter
{
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
    void operator()(curl_mime *m) const { curl_mime_free(m); }
};

void appendTo(std::unique_ptr<curl_slist, CurlDeleter> &list, const QByteArray &line)
{
    curl_slist *grown = curl_slist_append(list.get(), line.constData());
    if (grown) {
        (void)list.release();
        list.reset(grown);
    }
}

QByteArray angleAddress(const QString &address)
{
    return '<' + address.toUtf8() + '>';
}

} // namespace

QByteArray encodedHeaderValue(const QString &value)
{
    bool ascii = true;
    for (QChar c : value)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return value.toLatin1();
    // Encoded words of at most 75 characters; a character's UTF-8 bytes never split.
    QByteArray out;
    QByteArray chunk;
    auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        qsizetype n = value.at(i).isHighSurrogate() && i + 1 < value.size() ? 2 : 1;
        const QByteArray bytes = value.mid(i, n).toUtf8();
        i += n - 1;
        if ((chunk.size() + bytes.size() + 2) / 3 * 4 > 60)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

SmtpResult sendMail(const SmtpSettings &settings, const OutgoingMail &mail)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    SmtpResult result;
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl) {
        result.error = QStringLiteral("libcurl could not start");
        return result;
    }
    CURL *c = curl.get();
    char errorText[CURL_ERROR_SIZE] = {};
    const QByteArray url = settings.url.toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(settings.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(settings.timeoutMs));
    // STARTTLS whenever the server offers it; smtps:// is TLS from the first byte.
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    const QByteArray caFile = settings.caFile.toUtf8();
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    const QByteArray from = angleAddress(mail.from);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    std::unique_ptr<curl_slist, CurlDeleter> recipients;
    appendTo(recipients, angleAddress(mail.to));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());

    std::unique_ptr<curl_slist, CurlDeleter> headers;
    appendTo(headers, "Date: " + mail.date.toString(Qt::RFC2822Date).toLatin1());
    appendTo(headers, "From: " + from);
    appendTo(headers, "To: " + angleAddress(mail.to));
    appendTo(headers, "Message-ID: " + mail.messageId.toLatin1());
    appendTo(headers, "Subject: " + encodedHeaderValue(mail.subject));

    // The message itself is multipart/alternative: the plain part first, the richer HTML part
    // last (RFC 2046). curl's MIME builder takes the root's type from this header, adds the
    // boundary and MIME-Version, and encodes each part.
    appendTo(headers, "Content-Type: multipart/alternative");
    std::unique_ptr<curl_mime, CurlDeleter> body(curl_mime_init(c));
    const QByteArray text = mail.text.toUtf8();
    const QByteArray html = mail.html.toUtf8();
    curl_mimepart *part = curl_mime_addpart(body.get());
    curl_mime_data(part, text.constData(), size_t(text.size()));
    curl_mime_type(part, "text/plain; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(body.get());
    curl_mime_data(part, html.constData(), size_t(html.size()));
    curl_mime_type(part, "text/html; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_MIMEPOST, body.get());

    const CURLcode code = curl_easy_perform(c);
    if (code == CURLE_OK) {
        result.sent = true;
        return result;
    }
    long reply = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &reply);
    result.permanent = reply >= 500 && reply < 600;
    const QString detail = QString::fromUtf8(errorText).trimmed();
    result.error = detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail;
    if (reply > 0)
        result.error =
            QStringLiteral("%1 (the mail server answered %2)").arg(result.error).arg(reply);
    return result;
}

} // namespace insights::server
