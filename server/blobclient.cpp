#include "blobclient.h"

#include "curlmulti.h"
#include "storageaccounts.h"

#include <QDateTime>
#include <QLocale>
#include <QXmlStreamReader>

#include <limits>

namespace insights::server {

QByteArray BlobAnswer::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

std::pair<QString, QString> BlobClient::parseError(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString code;
    QString message;
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("Error"))
        return {};
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("Code"))
            code = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("Message"))
            message = reader.readElementText().trimmed();
        else
            reader.skipCurrentElement();
    }
    if (reader.hasError() && code.isEmpty())
        return {};
    // Azure appends "RequestId:… Time:…" lines; the first line says what went wrong.
    return {code, message.section(u'\n', 0, 0).trimmed()};
}

BlobListPage BlobClient::parseList(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    BlobListPage page;
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("EnumerationResults"))
        return page;
    bool inProperties = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement && reader.name() == QLatin1String("Properties"))
            inProperties = false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (name == QLatin1String("Blob")) {
            ++page.blobs;
        } else if (name == QLatin1String("Properties")) {
            inProperties = true;
        } else if (inProperties && name == QLatin1String("Content-Length")) {
            bool ok = false;
            const qint64 n = reader.readElementText().trimmed().toLongLong(&ok);
            // A page whose sizes add up past 8 EiB is not a real answer (and would overflow).
            if (!ok || n < 0 || n > std::numeric_limits<qint64>::max() - page.bytes)
                return {};
            page.bytes += n;
        } else if (name == QLatin1String("NextMarker")) {
            page.nextMarker = reader.readElementText().trimmed();
        }
    }
    if (reader.hasError())
        return {};
    page.ok = true;
    return page;
}

void BlobClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body, Done done,
                      const QList<QByteArray> &headers)
{
    auto transfer = std::make_unique<CurlTransfer>();
    CURL *c = transfer->handle();
    curl_easy_setopt(c, CURLOPT_URL, transfer->keep(url.toEncoded()));
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, transfer->keep(method));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, long(qMin(m_timeoutMs, 10000)));
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, long(m_timeoutMs));
    if (method == "HEAD")
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    const QByteArray date =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
            .toLatin1() +
        " GMT";
    QList<QByteArray> lines{QByteArray("x-ms-version: ") + apiVersion, "x-ms-date: " + date,
                            "Expect:"};
    lines += headers;
    if (method == "PUT" || method == "POST") {
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, transfer->keep(body));
        curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
    }
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, transfer->list(lines));
    transfer->collectResponse();
    const QString where = maskSas(url.toString(QUrl::RemoveQuery));
    transfer->finished = [done = std::move(done), where](CurlTransfer &t, CURLcode code) {
        BlobAnswer a;
        if (code != CURLE_OK) {
            a.message = maskSas(QStringLiteral("%1 did not answer: %2")
                                    .arg(where, t.errorText().isEmpty()
                                                    ? QString::fromUtf8(curl_easy_strerror(code))
                                                    : t.errorText()));
            done(a);
            return;
        }
        a.status = int(t.responseCode());
        a.body = t.body;
        a.headers = t.headers;
        if (!a.ok()) {
            auto [errorCode, message] = parseError(t.body);
            if (errorCode.isEmpty())
                errorCode = QString::fromLatin1(t.header("x-ms-error-code"));
            a.errorCode = errorCode;
            a.message =
                maskSas(QStringLiteral("%1 answered %2 %3%4")
                            .arg(where, QString::number(a.status), errorCode,
                                 message.isEmpty() ? QString() : QStringLiteral(": ") + message));
        }
        done(a);
    };
    m_curl.start(std::move(transfer));
}

} // namespace insights::server
