#include "http.h"

#include <QJsonArray>

namespace insights::server {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpResponse HttpResponse::json(int status, const QJsonDocument &document)
{
    HttpResponse r;
    r.status = status;
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::html(int status, QByteArray body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = std::move(body);
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType.clear();
    return r;
}

HttpResponse HttpResponse::problem(int status, const QString &title, const QString &detail,
                                   const QList<FieldError> &errors)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("about:blank")},
                  {QStringLiteral("title"), title.isEmpty() ? reasonPhrase(status) : title},
                  {QStringLiteral("status"), status}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const FieldError &e : errors)
            list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                    {QStringLiteral("code"), e.code},
                                    {QStringLiteral("message"), e.message}});
        o.insert(QStringLiteral("errors"), list);
    }
    HttpResponse r = json(status, o);
    r.contentType = "application/problem+json; charset=utf-8";
    return r;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Content Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 428:
        return QStringLiteral("Precondition Required");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return QStringLiteral("Status %1").arg(status);
    }
}

} // namespace insights::server
