#pragma once

#include "verdict.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace insights::server {

// What a route handler sees of a request: method, path parameters, query, headers, body.
struct HttpRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QString, QString> params; // from {name} segments of the route pattern
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;

    QByteArray header(QByteArrayView name) const;
    // Whether the header was sent at all, even empty (header() answers "" for both).
    bool hasHeader(QByteArrayView name) const;
    QString param(const QString &name) const { return params.value(name); }
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    HttpResponse &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse html(int status, QByteArray body);
    static HttpResponse empty(int status);
    // RFC 9457 problem details, with the field errors of api.md in "errors".
    static HttpResponse problem(int status, const QString &title, const QString &detail = {},
                                const QList<FieldError> &errors = {});
};

// The translation context of the server's problem details and field messages: they follow
// the request's Accept-Language (RestServer installs that language for the handler's run).
// Titles stay English, like the status line's reason phrase.
class Problems
{
    Q_DECLARE_TR_FUNCTIONS(Problems)
};

// The reason phrase of a status code, as the problem "title" default.
QString reasonPhrase(int status);

} // namespace insights::server
