// Bulk onboarding from CSV (api.md 1.1): POST /api/v1/imports takes the file, checks its
// shape at once (a bad quote, an unknown or missing column, too many rows: 400 naming it) and
// leaves the rows to the ImportRunner; GET shows the job and each row's outcome.
#include "api.h"

#include "csvreader.h"
#include "importrows.h"
#include "importrunner.h"
#include "resthelpers.h"

#include <QJsonArray>

namespace insights::server {

using namespace rest;

namespace {

QJsonObject importJson(const ImportRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("dryRun"), r.dryRun},
            {QStringLiteral("total"), r.total},
            {QStringLiteral("checked"), r.checked},
            {QStringLiteral("valid"), r.valid},
            {QStringLiteral("invalid"), r.invalid},
            {QStringLiteral("created"), r.created},
            {QStringLiteral("failed"), r.failed},
            {QStringLiteral("createdBy"), r.createdBy},
            {QStringLiteral("createdAt"), r.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updatedAt"), r.updatedAt.toString(Qt::ISODateWithMs)}};
}

QJsonArray rowsJson(const QList<ImportRowRecord> &rows)
{
    QJsonArray out;
    for (const ImportRowRecord &r : rows) {
        out << QJsonObject{
            {QStringLiteral("row"), r.row},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("customer"), r.customerName},
            {QStringLiteral("customerId"),
             r.customerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.customerId)},
            {QStringLiteral("serviceId"),
             r.serviceId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.serviceId)},
            {QStringLiteral("errors"), r.errors}};
    }
    return out;
}

HttpResponse badFile(const QString &why)
{
    return HttpResponse::problem(400, problemMalformed, Problems::tr("The file: %1").arg(why));
}

} // namespace

void Api::setImports(ImportRunner *imports)
{
    m_imports = imports;
    imports->setCreate([this](const QString &customerId, const QString &customerName,
                              const ServiceDraft &draft, const QString &actor, const QDateTime &t) {
        QString id = customerId;
        if (id.isEmpty()) {
            Customer c;
            c.id = Secrets::newId(u"cus");
            c.displayName = customerName;
            c.status = HealthStatus::NotOnboarded;
            c.createdAt = c.updatedAt = t;
            c.createdBy = actor;
            m_store.customers().insert(c);
            audit(actor, QStringLiteral("customer.create"), c.id, QStringLiteral("success"),
                  QStringLiteral("%1 (import)").arg(c.displayName));
            id = c.id;
        }
        const auto [row, operationId] = insertNewService(id, customerName, draft, actor, t);
        Q_UNUSED(operationId);
        return std::pair{id, row.service.id};
    });
}

HttpResponse Api::createImport(const HttpRequest &r, const Principal &who)
{
    const QByteArray type = r.header("Content-Type").split(';').constFirst().trimmed().toLower();
    if (type != "text/csv")
        return HttpResponse::problem(415, {},
                                     Problems::tr("Send the file as Content-Type: text/csv "
                                                  "(UTF-8)"));
    const QString dryRunText = r.query.queryItemValue(QStringLiteral("dryRun"));
    if (!dryRunText.isEmpty() && dryRunText != QLatin1String("true") &&
        dryRunText != QLatin1String("false"))
        return HttpResponse::problem(
            400, problemMalformed, Problems::tr("dryRun must be true or false"),
            {fieldError(QStringLiteral("dryRun"), QStringLiteral("invalid"),
                        Problems::tr("must be true or false"))});
    CsvTable table = readCsv(r.body, ImportRunner::maxRows + 1);
    if (!table.error.isEmpty())
        return badFile(table.error);
    if (table.records.isEmpty())
        return badFile(QStringLiteral("it is empty; the first row names the columns"));
    QString error;
    if (!ImportColumns::fromHeader(table.records.constFirst().cells, &error))
        return badFile(QStringLiteral("row 1: %1").arg(error));
    if (table.records.size() == 1)
        return badFile(QStringLiteral("it has a header but no rows"));
    ImportRecord record;
    record.id = Secrets::newId(u"imp");
    record.status = QStringLiteral("Validating");
    record.dryRun = dryRunText != QLatin1String("false"); // a dry run unless told otherwise
    record.total = int(table.records.size() - 1);
    record.createdBy = who.username;
    record.createdAt = record.updatedAt = now();
    m_store.imports().insert(record, QString::fromUtf8(r.body));
    audit(who.username, QStringLiteral("import.create"), record.id, QStringLiteral("success"),
          QStringLiteral("%1 rows, %2")
              .arg(record.total)
              .arg(record.dryRun ? QStringLiteral("dry run: checked only")
                                 : QStringLiteral("onboarding the valid ones")));
    QJsonObject body = importJson(record);
    body.insert(QStringLiteral("rows"), QJsonArray());
    return HttpResponse::json(202, body).withHeader("Location",
                                                    "/api/v1/imports/" + record.id.toUtf8());
}

HttpResponse Api::getImport(const HttpRequest &r, const Principal &)
{
    const std::optional<ImportRecord> record =
        m_store.imports().find(r.param(QStringLiteral("id")));
    if (!record)
        return notFound(QStringLiteral("import"));
    QJsonObject body = importJson(*record);
    // ?rows=none for a progress poll; ?rows=invalid for the report of what needs fixing.
    const QString rows = r.query.queryItemValue(QStringLiteral("rows"));
    if (!rows.isEmpty() && rows != QLatin1String("none") && rows != QLatin1String("invalid") &&
        rows != QLatin1String("all"))
        return HttpResponse::problem(400, problemMalformed,
                                     Problems::tr("rows must be all, invalid or none"));
    if (rows != QLatin1String("none"))
        body.insert(QStringLiteral("rows"),
                    rowsJson(m_store.imports().rows(record->id, rows == QLatin1String("invalid")
                                                                    ? QStringLiteral("Invalid")
                                                                    : QString())));
    return HttpResponse::json(200, body);
}

HttpResponse Api::listImports(const HttpRequest &r, const Principal &)
{
    bool ok = true;
    const QString limitText = r.query.queryItemValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 20 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 100)
        return HttpResponse::problem(400, problemMalformed,
                                     Problems::tr("limit must be from 1 to 100"));
    QJsonArray items;
    for (const ImportRecord &record : m_store.imports().recent(limit))
        items << importJson(record);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace insights::server
