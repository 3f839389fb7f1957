#include "smtpclient.h"

#include "curlmulti.h"

namespace insights::server {

namespace {

QByteArray angleAddress(const QString &address)
{
    return '<' + address.toUtf8() + '>';
}

} // namespace

QByteArray fromHeaderValue(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return angleAddress(address);
    const QByteArray encoded = encodedHeaderValue(name);
    if (encoded.startsWith("=?")) // encoded words stand as the display name (RFC 2047, 5)
        return encoded + ' ' + angleAddress(address);
    QByteArray quoted = encoded;
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + "\" " + angleAddress(address);
}

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

void sendMail(CurlMulti &curl, const SmtpSettings &settings, const OutgoingMail &mail,
              std::function<void(const SmtpResult &)> done)
{
    auto transfer = std::make_unique<CurlTransfer>();
    CURL *c = transfer->handle();
    curl_easy_setopt(c, CURLOPT_URL, transfer->keep(settings.url.toUtf8()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(settings.connectTimeoutMs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(settings.timeoutMs));
    // STARTTLS whenever the server offers it; smtps:// is TLS from the first byte.
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    if (!settings.caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, transfer->keep(settings.caFile.toUtf8()));
    if (!settings.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, transfer->keep(settings.user.toUtf8()));
        curl_easy_setopt(c, CURLOPT_PASSWORD, transfer->keep(settings.password.toUtf8()));
    }
    const QByteArray from = angleAddress(mail.from);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, transfer->keep(from));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, transfer->list({angleAddress(mail.to)}));

    // The message itself is multipart/alternative: the plain part first, the richer HTML part
    // last (RFC 2046). curl's MIME builder takes the root's type from this header, adds the
    // boundary and MIME-Version, and encodes each part.
    curl_easy_setopt(
        c, CURLOPT_HTTPHEADER,
        transfer->list({"Date: " + mail.date.toString(Qt::RFC2822Date).toLatin1(),
                        "From: " + fromHeaderValue(mail.fromName, mail.from),
                        "To: " + angleAddress(mail.to), "Message-ID: " + mail.messageId.toLatin1(),
                        "Subject: " + encodedHeaderValue(mail.subject),
                        "Content-Type: multipart/alternative"}));
    curl_mime *body = curl_mime_init(c);
    transfer->own(body);
    const char *text = transfer->keep(mail.text.toUtf8());
    const char *html = transfer->keep(mail.html.toUtf8());
    curl_mimepart *part = curl_mime_addpart(body);
    curl_mime_data(part, text, CURL_ZERO_TERMINATED);
    curl_mime_type(part, "text/plain; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(body);
    curl_mime_data(part, html, CURL_ZERO_TERMINATED);
    curl_mime_type(part, "text/html; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    curl_easy_setopt(c, CURLOPT_MIMEPOST, body);

    transfer->finished = [done = std::move(done)](CurlTransfer &t, CURLcode code) {
        SmtpResult result;
        if (code == CURLE_OK) {
            result.sent = true;
        } else {
            const long reply = t.responseCode();
            result.permanent = reply >= 500 && reply < 600;
            const QString detail = t.errorText();
            result.error = detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail;
            if (reply > 0)
                result.error =
                    QStringLiteral("%1 (the mail server answered %2)").arg(result.error).arg(reply);
        }
        done(result);
    };
    curl.start(std::move(transfer));
}

} // namespace insights::server
