// The Store's SQL for bulk onboarding (api.md 1.1, "Bulk onboarding (CSV)").
#include "store.h"

#include "storesql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace insights::server {

using namespace sql;

namespace {

const QString importColumns = QStringLiteral(
    "id, status, dry_run, total, checked, valid, invalid, created, failed, created_by, "
    "created_at, updated_at");

ImportRecord importFrom(const QSqlQuery &q)
{
    ImportRecord r;
    r.id = q.value(0).toString();
    r.status = q.value(1).toString();
    r.dryRun = q.value(2).toInt() != 0;
    r.total = q.value(3).toInt();
    r.checked = q.value(4).toInt();
    r.valid = q.value(5).toInt();
    r.invalid = q.value(6).toInt();
    r.created = q.value(7).toInt();
    r.failed = q.value(8).toInt();
    r.createdBy = q.value(9).toString();
    r.createdAt = fromMs(q.value(10).toLongLong());
    r.updatedAt = fromMs(q.value(11).toLongLong());
    return r;
}

bool finished(const QString &status)
{
    return status != QLatin1String("Validating") && status != QLatin1String("Running");
}

} // namespace

void Store::insertImport(const ImportRecord &r, const QString &csv)
{
    run(QStringLiteral("INSERT INTO imports (id, status, dry_run, total, csv, created_by, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.status, r.dryRun ? 1 : 0, r.total, csv, r.createdBy, toMs(r.createdAt),
         toMs(r.updatedAt)});
}

std::optional<ImportRecord> Store::findImport(const QString &id)
{
    Rows q = run(QStringLiteral("SELECT %1 FROM imports WHERE id = ?").arg(importColumns), {id});
    if (!q.next())
        return std::nullopt;
    return importFrom(q);
}

QString Store::importCsv(const QString &id)
{
    Rows q = run(QStringLiteral("SELECT csv FROM imports WHERE id = ?"), {id});
    return q.next() ? q.value(0).toString() : QString();
}

QList<ImportRecord> Store::recentImports(int limit)
{
    Rows q =
        run(QStringLiteral("SELECT %1 FROM imports ORDER BY pk DESC LIMIT ?").arg(importColumns),
            {limit});
    QList<ImportRecord> out;
    while (q.next())
        out << importFrom(q);
    return out;
}

void Store::updateImport(const ImportRecord &r)
{
    // A finished job needs its file no more: the rows say everything.
    const QString csv = finished(r.status) ? QStringLiteral(", csv = ''") : QString();
    run(QStringLiteral("UPDATE imports SET status = ?, checked = ?, valid = ?, invalid = ?, "
                       "created = ?, failed = ?, updated_at = ?%1 WHERE id = ?")
            .arg(csv),
        {r.status, r.checked, r.valid, r.invalid, r.created, r.failed, toMs(r.updatedAt), r.id},
        Expect::OneRow);
}

void Store::insertImportRows(const QString &importId, const QList<ImportRowRecord> &rows)
{
    for (const ImportRowRecord &r : rows)
        run(QStringLiteral("INSERT INTO import_rows (import_id, row_number, status, "
                           "customer_name, customer_id, service_id, errors) VALUES (?, ?, ?, ?, "
                           "?, ?, ?)"),
            {importId, r.row, r.status, r.customerName, r.customerId, r.serviceId,
             QString::fromUtf8(QJsonDocument(r.errors).toJson(QJsonDocument::Compact))});
}

void Store::updateImportRow(const QString &importId, const ImportRowRecord &r)
{
    run(QStringLiteral("UPDATE import_rows SET status = ?, customer_id = ?, service_id = ?, "
                       "errors = ? WHERE import_id = ? AND row_number = ?"),
        {r.status, r.customerId, r.serviceId,
         QString::fromUtf8(QJsonDocument(r.errors).toJson(QJsonDocument::Compact)), importId,
         r.row},
        Expect::OneRow);
}

QList<ImportRowRecord> Store::importRows(const QString &importId, const QString &status, int limit)
{
    QVariantList binds{importId};
    QString where;
    if (!status.isEmpty()) {
        where = QStringLiteral(" AND status = ?");
        binds << status;
    }
    binds << (limit < 0 ? 1000000 : limit); // PostgreSQL has no LIMIT -1
    Rows q = run(QStringLiteral("SELECT row_number, status, customer_name, customer_id, "
                                "service_id, errors FROM import_rows WHERE import_id = ?%1 "
                                "ORDER BY row_number LIMIT ?")
                     .arg(where),
                 binds);
    QList<ImportRowRecord> out;
    while (q.next()) {
        ImportRowRecord r;
        r.row = q.value(0).toInt();
        r.status = q.value(1).toString();
        r.customerName = q.value(2).toString();
        r.customerId = q.value(3).toString();
        r.serviceId = q.value(4).toString();
        r.errors = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
        out << r;
    }
    return out;
}

QStringList Store::claimableImports(const QString &owner, qint64 nowMs)
{
    Rows q = run(QStringLiteral("SELECT id FROM imports WHERE status IN ('Validating', "
                                "'Running') AND (lease_owner = '' OR lease_owner = ? OR "
                                "lease_until < ?) ORDER BY pk"),
                 {owner, nowMs});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

bool Store::holdImportLease(const QString &id, const QString &owner, qint64 nowMs, qint64 untilMs)
{
    return run(QStringLiteral("UPDATE imports SET lease_owner = ?, lease_until = ? WHERE id = ? "
                              "AND status IN ('Validating', 'Running') AND (lease_owner = '' OR "
                              "lease_owner = ? OR lease_until < ?)"),
               {owner, untilMs, id, owner, nowMs})
               .numRowsAffected() == 1;
}

void Store::releaseImportLeases()
{
    run(QStringLiteral("UPDATE imports SET lease_owner = '', lease_until = 0 WHERE lease_owner "
                       "<> ''"));
}

QHash<QString, QSet<QString>> Store::serviceKeysInUse()
{
    QHash<QString, QSet<QString>> out;
    Rows q = run(QStringLiteral("SELECT name_key, domain_key, short_name_key FROM services "
                                "WHERE name_key IS NOT NULL"));
    QSet<QString> &names = out[QStringLiteral("name")];
    QSet<QString> &domains = out[QStringLiteral("domain")];
    QSet<QString> &shortNames = out[QStringLiteral("shortName")];
    while (q.next()) {
        names.insert(q.value(0).toString());
        domains.insert(q.value(1).toString());
        shortNames.insert(q.value(2).toString());
    }
    return out;
}

QString Store::customerWithoutServiceNamed(const QString &displayName)
{
    Rows q = run(QStringLiteral("SELECT c.id FROM customers c WHERE c.deleted = 0 AND "
                                "c.display_name = ? AND NOT EXISTS (SELECT 1 FROM services s "
                                "WHERE s.active_customer_id = c.id) ORDER BY c.pk LIMIT 1"),
                 {displayName});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace insights::server
