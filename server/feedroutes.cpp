// The change feed (GET /api/v1/changes) and the audit trail.
#include "api.h"

#include "csvcell.h"

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
                                     Problems::tr("since is not a token this server issued"));
    const qint64 horizon = m_store.feed().horizon();
    if ((*since > 0 && *since < horizon) || *since > m_store.feed().lastSeq())
        return HttpResponse::problem(410, {},
                                     Problems::tr("The token is too old (or from another "
                                                  "database); reload everything"));
    const QList<ChangeRow> rows = m_store.feed().after(*since, limit + 1);
    static const QString serviceKind = QStringLiteral("service");
    const bool hasMore = rows.size() > limit;
    // The stored objects go out as they are: a full walk of a large feed must not parse and
    // re-serialise every object. Only a service's quick-start link is made absolute, on the
    // bytes, so the object equals what GET /services/{id} serves for the same version.
    qsizetype size = 64;
    for (const ChangeRow &c : rows)
        size += c.objectJson.size() + c.id.size() + 64;
    QByteArray body;
    body.reserve(size);
    body.append("{\"changes\":[");
    qint64 last = *since;
    for (qsizetype i = 0; i < rows.size() && i < limit; ++i) {
        const ChangeRow &c = rows[i];
        if (i > 0)
            body += ',';
        // append, not QStringBuilder: its concatenation copies an object a byte at a time.
        body.append("{\"kind\":").append(jsonString(c.kind)).append(",\"id\":");
        body.append(jsonString(c.id)).append(",\"deleted\":");
        body.append(c.deleted ? "true" : "false").append(",\"object\":");
        if (c.deleted || c.objectJson.isEmpty())
            body.append("null");
        else
            body.append(c.kind == serviceKind ? m_store.links().rewrite(c.objectJson)
                                              : c.objectJson);
        body.append('}');
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
    AuditLog::Filter filter;
    // target may repeat: a customer's trail is its own entries and its services'.
    filter.targets = r.query.allQueryItemValues(f::target, QUrl::FullyDecoded);
    filter.targets.removeAll(QString());
    if (filter.targets.size() > 50)
        return HttpResponse::problem(
            400, problemMalformed, Problems::tr("At most 50 targets at once"),
            {fieldError(f::target, QStringLiteral("too-many"), Problems::tr("at most 50"))});
    filter.actor = r.query.queryItemValue(QStringLiteral("actor"), QUrl::FullyDecoded);
    filter.action = r.query.queryItemValue(QStringLiteral("action"), QUrl::FullyDecoded);
    QList<FieldError> errors;
    for (const auto &[name, target] : {std::pair{QStringLiteral("since"), &filter.since},
                                       std::pair{QStringLiteral("until"), &filter.until}}) {
        const QString text = r.query.queryItemValue(name, QUrl::FullyDecoded);
        if (text.isEmpty())
            continue;
        *target = DomainJson::parseTimestamp(text);
        if (!target->isValid())
            errors << fieldError(name, QStringLiteral("format"),
                                 Problems::tr("must be an RFC 3339 time, e.g. "
                                              "2026-12-01T00:00:00Z"));
    }
    if (!errors.isEmpty())
        return HttpResponse::problem(400, problemMalformed, errors.constFirst().message, errors);
    if (filter.since.isValid() && filter.until.isValid() && filter.until <= filter.since)
        return HttpResponse::problem(400, problemMalformed,
                                     Problems::tr("until must be after since"),
                                     {fieldError(QStringLiteral("until"), QStringLiteral("range"),
                                                 Problems::tr("must be after since"))});

    // Accept: text/csv is the export: every matching entry, newest first, up to 100,000 (a
    // longer trail is exported in time slices with since and until).
    if (r.header("Accept").contains("text/csv")) {
        constexpr int maxRows = 100'000;
        QByteArray csv = "at,actor,action,target,result,detail\r\n";
        qint64 cursor = before;
        int rows = 0;
        bool more = true;
        while (more && rows < maxRows) {
            const auto page = m_store.auditLog().page(filter, cursor, qMin(1000, maxRows - rows));
            for (const auto &[seq, e] : page.items) {
                csv += csvCell(DomainJson::timestamp(e.at)) + ',' + csvCell(e.actor) + ',' +
                       csvCell(e.action) + ',' + csvCell(e.target) + ',' + csvCell(e.result) + ',' +
                       csvCell(e.detail) + "\r\n";
                ++rows;
            }
            more = page.nextAfter > 0;
            cursor = page.nextAfter;
        }
        HttpResponse response;
        response.contentType = "text/csv; charset=utf-8";
        response.body = std::move(csv);
        response.withHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        if (more)
            response.withHeader("X-Truncated", "true");
        return response;
    }
    const auto page = m_store.auditLog().page(filter, before, limit);
    QJsonArray items;
    for (const auto &[seq, entry] : page.items)
        items.append(DomainJson::toJson(entry));
    return listResponse(items, page.nextAfter);
}

} // namespace insights::server
