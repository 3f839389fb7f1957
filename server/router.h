#pragma once

#include "http.h"

#include <QSet>

#include <functional>

namespace insights::server {

// Maps METHOD + path pattern ("/api/v1/customers/{id}") to a handler. A path that matches
// no pattern is a 404; one that matches a pattern under another method is a 405.
class Router
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    // A route whose answer waits for another server (the BYOS probe): it calls reply once,
    // later, on the event loop.
    using Reply = std::function<void(HttpResponse)>;
    using AsyncHandler = std::function<void(const HttpRequest &, Reply)>;

    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Handler handler;            // empty for an asynchronous route
        QSet<QString> secretParams; // never logged, e.g. a quick-start token
        AsyncHandler async;
    };

    enum class Outcome { Found, WrongMethod, NotFound };

    void add(const QByteArray &method, const QString &pattern, Handler handler,
             QSet<QString> secretParams = {});
    void addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler);

    // Fills params with the {name} segments of the matching route.
    const Route *match(QByteArrayView method, const QString &path, QHash<QString, QString> *params,
                       Outcome *outcome, QList<QByteArray> *allowedMethods = nullptr) const;

    const QList<Route> &routes() const { return m_routes; }

    // The path as it may appear in a log: secret parameters replaced by "***".
    static QString loggablePath(const Route *route, const QString &path);

private:
    static QStringList split(const QString &path);
    QList<Route> m_routes;
};

} // namespace insights::server
