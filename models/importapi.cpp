#include "importapi.h"

#include "apiclient.h"
#include "csvcell.h"
#include "domainjson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace insights {

namespace {

const QString importsPath = QStringLiteral("/api/v1/imports");

ImportJob jobFrom(const QJsonObject &o)
{
    ImportJob j;
    j.id = o.value(QStringLiteral("id")).toString();
    j.status = o.value(QStringLiteral("status")).toString();
    j.dryRun = o.value(QStringLiteral("dryRun")).toBool(true);
    j.total = o.value(QStringLiteral("total")).toInt();
    j.checked = o.value(QStringLiteral("checked")).toInt();
    j.valid = o.value(QStringLiteral("valid")).toInt();
    j.invalid = o.value(QStringLiteral("invalid")).toInt();
    j.created = o.value(QStringLiteral("created")).toInt();
    j.failed = o.value(QStringLiteral("failed")).toInt();
    j.createdBy = o.value(QStringLiteral("createdBy")).toString();
    j.createdAt = DomainJson::parseTimestamp(o.value(QStringLiteral("createdAt")).toString());
    for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
        ImportRowResult r;
        r.row = v[QStringLiteral("row")].toInt();
        r.status = v[QStringLiteral("status")].toString();
        r.customer = v[QStringLiteral("customer")].toString();
        r.customerId = v[QStringLiteral("customerId")].toString();
        r.serviceId = v[QStringLiteral("serviceId")].toString();
        for (const QJsonValue &e : v[QStringLiteral("errors")].toArray())
            r.errors << ImportCellError{
                e[QStringLiteral("field")].toString(), e[QStringLiteral("code")].toString(),
                e[QStringLiteral("message")].toString(), e[QStringLiteral("value")].toString()};
        j.rows << r;
    }
    return j;
}

} // namespace

bool ImportJob::isFinished() const
{
    return status != QLatin1String("Validating") && status != QLatin1String("Running");
}

int ImportJob::percent() const
{
    if (isFinished())
        return 100;
    const int work = dryRun ? total : total + valid;
    const int done = checked + created + failed;
    return work > 0 ? qBound(0, done * 100 / work, 99) : 0;
}

Call<ImportJob> ImportsApi::start(const QByteArray &csv, bool dryRun) const
{
    ApiRequest request;
    request.method = "POST";
    request.path =
        importsPath + (dryRun ? QStringLiteral("?dryRun=true") : QStringLiteral("?dryRun=false"));
    request.body = csv;
    request.contentType = "text/csv; charset=utf-8";
    request.idempotencyKey = ApiClient::newIdempotencyKey();
    return {m_client->send(request), [](const ApiResponse &r) { return jobFrom(r.object()); }};
}

Call<ImportJob> ImportsApi::get(const QString &id, bool withRows) const
{
    return {m_client->get(importsPath + u'/' + id +
                          (withRows ? QString() : QStringLiteral("?rows=none"))),
            [](const ApiResponse &r) { return jobFrom(r.object()); }};
}

Call<ImportJob> ImportsApi::latest() const
{
    return {m_client->get(importsPath + QStringLiteral("?limit=1")), [](const ApiResponse &r) {
                const QJsonArray items = r.object().value(QStringLiteral("items")).toArray();
                return items.isEmpty() ? ImportJob{} : jobFrom(items.first().toObject());
            }};
}

QByteArray ImportsApi::templateCsv()
{
    // The example rows use domains reserved for examples (RFC 2606): a template sent as it is
    // is refused row by row, and onboards nobody by mistake.
    return "customer,name,domain,shortName,contactEmails,adminUpns,userType,includedUsers,"
           "storageLocation,byos,unlimitedRetention,notes,controlTeamsNotifications,"
           "teamsNotificationsWaiverReference,deleteCallRecordings\r\n"
           "Contoso Ltd,Contoso-EU,contoso.example,CONTOSO,ops@contoso.example;"
           "it@contoso.example,admin@contoso.example,essential,100,westeurope,false,false,"
           "\"Example row: replace it with a real tenant\",false,,false\r\n"
           "Fabrikam Inc,Fabrikam-US,fabrikam.example,FABRIKAM,ops@fabrikam.example,"
           "admin@fabrikam.example;backup@fabrikam.example,pro,250,eastus,false,"
           "true,Example row: Pro with the replica in the paired region,false,,false\r\n";
}

QByteArray ImportsApi::reportCsv(const ImportJob &job)
{
    QByteArray out = "row,status,customer,field,rule,value,message\r\n";
    for (const ImportRowResult &r : job.rows) {
        const QByteArray head =
            QByteArray::number(r.row) + ',' + csvCell(r.status) + ',' + csvCell(r.customer) + ',';
        if (r.errors.isEmpty())
            out += head + ",,,\r\n";
        for (const ImportCellError &e : r.errors)
            out += head + csvCell(e.field) + ',' + csvCell(e.code) + ',' + csvCell(e.value) + ',' +
                   csvCell(e.message) + "\r\n";
    }
    return out;
}

} // namespace insights
