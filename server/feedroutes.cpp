// The change feed (GET /api/v1/changes) and the audit trail.
#include "api.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "fieldrules.h"
#include "lifecycle.h"
#include "resthelpers.h"
#include "servicerules.h"
#include "storagelocations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace insights::server {

namespace f = field;

using namespace rest;

// --- Change feed and audit ------------------------------------------------------------------

HttpResponse Api::changes(const HttpRequest &r, const Principal &)
{
    int limit;
    qint64 ignored;
    HttpResponse error;
    QHash<QString, QString> none;
    HttpRequest paging = r;
    paging.query.removeAllQueryItems(QStringLiteral("since"));
    if (!readPaging(paging, &limit, &ignored, &error))
        return error;
    const auto since = decodeCursor(r.query.queryItemValue(QStringLiteral("since")));
    if (!since)
        return HttpResponse::problem(400, problemMalformed,
                                     QStringLiteral("since is not a token this server issued"));
    const qint64 horizon = m_store.changeHorizon();
    if ((*since > 0 && *since < horizon) || *since > m_store.lastChangeSeq())
        return HttpResponse::problem(410, {},
                                     QStringLiteral("The token is too old (or from another "
                                                    "database); reload everything"));
    const QList<ChangeRow> rows = m_store.changesAfter(*since, limit + 1);
    static const QString serviceKind = QStringLiteral("service");
    const bool hasMore = rows.size() > limit;
    // The stored objects go out as they are: a full walk of a large feed must not parse and
    // re-serialise every object. Only a service's quick-start link is made absolute, on the
    // bytes, so the object equals what GET /services/{id} serves for the same version.
    QByteArray body = "{\"changes\":[";
    qint64 last = *since;
    for (qsizetype i = 0; i < rows.size() && i < limit; ++i) {
        const ChangeRow &c = rows[i];
        if (i > 0)
            body += ',';
        body += "{\"kind\":" + jsonString(c.kind) + ",\"id\":" + jsonString(c.id) +
                ",\"deleted\":" + (c.deleted ? "true" : "false") + ",\"object\":" +
                (c.deleted || c.objectJson.isEmpty() ? QByteArray("null")
                 : c.kind == serviceKind             ? m_store.withPublicLinks(c.objectJson)
                                                     : c.objectJson) +
                '}';
        last = c.seq;
    }
    body += "],\"next\":" + jsonString(encodeCursor(last)) +
            ",\"hasMore\":" + (hasMore ? "true" : "false") + '}';
    HttpResponse response;
    response.body = std::move(body);
    return response;
}

HttpResponse Api::auditTrail(const HttpRequest &r, const Principal &)
{
    int limit;
    qint64 before;
    HttpResponse error;
    if (!readPaging(r, &limit, &before, &error))
        return error;
    const auto page =
        m_store.audit(r.query.queryItemValue(f::target, QUrl::FullyDecoded), before, limit);
    QJsonArray items;
    for (const auto &[seq, entry] : page.items)
        items.append(DomainJson::toJson(entry));
    return listResponse(items, page.nextAfter);
}

} // namespace insights::server
