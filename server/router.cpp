#include "router.h"

#include <QUrl>

namespace insights::server {

QStringList Router::split(const QString &path)
{
    QStringList segments = path.split(u'/');
    if (!segments.isEmpty() && segments.constFirst().isEmpty())
        segments.removeFirst();
    return segments;
}

void Router::add(const QByteArray &method, const QString &pattern, Handler handler,
                 QSet<QString> secretParams)
{
    m_routes.append(
        Route{method, pattern, split(pattern), std::move(handler), std::move(secretParams), {}});
}

void Router::addAsync(const QByteArray &method, const QString &pattern, AsyncHandler handler)
{
    m_routes.append(Route{method, pattern, split(pattern), {}, {}, std::move(handler)});
}

static bool isParam(const QString &segment)
{
    return segment.size() > 2 && segment.startsWith(u'{') && segment.endsWith(u'}');
}

const Router::Route *Router::match(QByteArrayView method, const QString &path,
                                   QHash<QString, QString> *params, Outcome *outcome,
                                   QList<QByteArray> *allowedMethods) const
{
    const QStringList segments = split(path);
    *outcome = Outcome::NotFound;
    const Route *found = nullptr;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, QString> captured;
        bool same = true;
        for (qsizetype i = 0; i < segments.size() && same; ++i) {
            const QString &expected = route.segments[i];
            if (isParam(expected)) {
                const QString value = QUrl::fromPercentEncoding(segments[i].toUtf8());
                same = !value.isEmpty();
                captured.insert(expected.mid(1, expected.size() - 2), value);
            } else {
                same = expected == segments[i];
            }
        }
        if (!same)
            continue;
        if (route.method == method) {
            if (!found) {
                found = &route;
                *params = captured;
                *outcome = Outcome::Found;
            }
        } else {
            if (*outcome == Outcome::NotFound)
                *outcome = Outcome::WrongMethod;
            if (allowedMethods)
                allowedMethods->append(route.method);
        }
    }
    return found;
}

QString Router::loggablePath(const Route *route, const QString &path)
{
    if (!route || route->secretParams.isEmpty())
        return path;
    QStringList segments = split(path);
    for (qsizetype i = 0; i < segments.size() && i < route->segments.size(); ++i) {
        const QString &s = route->segments[i];
        if (isParam(s) && route->secretParams.contains(s.mid(1, s.size() - 2)))
            segments[i] = QStringLiteral("***");
    }
    return u'/' + segments.join(u'/');
}

} // namespace insights::server
