// What both halves of the hostile corpus use: appending rows, compact JSON, a valid service body.
#include "hostilecorpus.h"

#include "apisession.h"

#include <QJsonDocument>

#include <utility>

namespace insights::test {

void AddHostile::operator()(QByteArray label, QByteArray method, QByteArray path, QByteArray body,
                            bool withToken, QByteArrayList headers, int expected) const
{
    rows.append(Hostile{std::move(label), std::move(method), std::move(path), std::move(body),
                        withToken, std::move(headers), expected});
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject validServiceJson()
{
    return ApiSession::serviceBody("Robust-2", "pro");
}

} // namespace insights::test
