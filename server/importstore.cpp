#include "importstore.h"

#include "storesql.h"

#include <QJsonDocument>

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

void ImportStore::insert(const ImportRecord &r, const QString &csv)
{
    m_sql.run(QStringLiteral("INSERT INTO imports (id, status, dry_run, total, csv, created_by, "
                             "created_at, updated_at) VALUES (:id, :status, :dry, :total, :csv, "
                             ":by, :created, :updated)"),
              {{":id", r.id},
               {":status", r.status},
               {":dry", r.dryRun ? 1 : 0},
               {":total", r.total},
               {":csv", csv},
               {":by", r.createdBy},
               {":created", toMs(r.createdAt)},
               {":updated", toMs(r.updatedAt)}});
}

std::optional<ImportRecord> ImportStore::find(const QString &id)
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT %1 FROM imports WHERE id = :id").arg(importColumns), {{":id", id}});
    if (!q.next())
        return std::nullopt;
    return importFrom(q);
}

QString ImportStore::csvOf(const QString &id)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT csv FROM imports WHERE id = :id"), {{":id", id}});
    return q.next() ? q.value(0).toString() : QString();
}

QList<ImportRecord> ImportStore::recent(int limit)
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT %1 FROM imports ORDER BY pk DESC LIMIT :limit").arg(importColumns),
        {{":limit", limit}});
    QList<ImportRecord> out;
    while (q.next())
        out << importFrom(q);
    return out;
}

void ImportStore::update(const ImportRecord &r)
{
    // A finished job needs its file no more: the rows say everything.
    const QString csv = finished(r.status) ? QStringLiteral(", csv = ''") : QString();
    m_sql.run(QStringLiteral("UPDATE imports SET status = :status, checked = :checked, valid = "
                             ":valid, invalid = :invalid, created = :created, failed = :failed, "
                             "updated_at = :updated%1 WHERE id = :id")
                  .arg(csv),
              {{":status", r.status},
               {":checked", r.checked},
               {":valid", r.valid},
               {":invalid", r.invalid},
               {":created", r.created},
               {":failed", r.failed},
               {":updated", toMs(r.updatedAt)},
               {":id", r.id}},
              SqlSession::Expect::OneRow);
}

void ImportStore::insertRows(const QString &importId, const QList<ImportRowRecord> &rows)
{
    for (const ImportRowRecord &r : rows)
        m_sql.run(QStringLiteral("INSERT INTO import_rows (import_id, row_number, status, "
                                 "customer_name, customer_id, service_id, errors) VALUES "
                                 "(:import, :row, :status, :name, :customer, :service, :errors)"),
                  {{":import", importId},
                   {":row", r.row},
                   {":status", r.status},
                   {":name", r.customerName},
                   {":customer", r.customerId},
                   {":service", r.serviceId},
                   {":errors",
                    QString::fromUtf8(QJsonDocument(r.errors).toJson(QJsonDocument::Compact))}});
}

void ImportStore::updateRow(const QString &importId, const ImportRowRecord &r)
{
    m_sql.run(
        QStringLiteral("UPDATE import_rows SET status = :status, customer_id = :customer, "
                       "service_id = :service, errors = :errors WHERE import_id = :import "
                       "AND row_number = :row"),
        {{":status", r.status},
         {":customer", r.customerId},
         {":service", r.serviceId},
         {":errors", QString::fromUtf8(QJsonDocument(r.errors).toJson(QJsonDocument::Compact))},
         {":import", importId},
         {":row", r.row}},
        SqlSession::Expect::OneRow);
}

QList<ImportRowRecord> ImportStore::rows(const QString &importId, const QString &status, int limit)
{
    SqlSession::Binds binds{{":import", importId}};
    QString where;
    if (!status.isEmpty()) {
        where = QStringLiteral(" AND status = :status");
        binds.append({":status", status});
    }
    binds.append({":limit", limit < 0 ? 1000000 : limit}); // PostgreSQL has no LIMIT -1
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT row_number, status, customer_name, customer_id, "
                                 "service_id, errors FROM import_rows WHERE import_id = :import%1 "
                                 "ORDER BY row_number LIMIT :limit")
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

QStringList ImportStore::claimable(const QString &owner, qint64 nowMs)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT id FROM imports WHERE status IN ('Validating', "
                                 "'Running') AND (lease_owner = '' OR lease_owner = :owner OR "
                                 "lease_until < :now) ORDER BY pk"),
                  {{":owner", owner}, {":now", nowMs}});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

bool ImportStore::holdLease(const QString &id, const QString &owner, qint64 nowMs, qint64 untilMs)
{
    return m_sql
               .run(QStringLiteral("UPDATE imports SET lease_owner = :owner, lease_until = :until "
                                   "WHERE id = :id AND status IN ('Validating', 'Running') AND "
                                   "(lease_owner = '' OR lease_owner = :owner OR lease_until < "
                                   ":now)"),
                    {{":owner", owner}, {":until", untilMs}, {":id", id}, {":now", nowMs}})
               .numRowsAffected() == 1;
}

void ImportStore::releaseLeases()
{
    m_sql.run(QStringLiteral("UPDATE imports SET lease_owner = '', lease_until = 0 WHERE "
                             "lease_owner <> ''"));
}

} // namespace insights::server
