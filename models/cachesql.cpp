#include "cachesql.h"

#include "customerrow.h"
#include "domainjson.h"
#include "fieldnames.h"

#include <QJsonDocument>
#include <QSqlError>

namespace insights::cachesql {

const QList<QStringList> &migrations()
{
    static const QList<QStringList> list = {
        {QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE customers (id TEXT PRIMARY KEY, body TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE services (id TEXT PRIMARY KEY, body TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE operations (id TEXT PRIMARY KEY, body TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE drafts (key TEXT PRIMARY KEY, body TEXT NOT NULL, "
                        "updated_at TEXT NOT NULL)")},
        // 2: the customers table's projection, kept in the same transaction as the objects.
        {QStringLiteral(
             "CREATE TABLE customer_rows (customer_id TEXT PRIMARY KEY, "
             "display_name TEXT NOT NULL, created_by TEXT NOT NULL, "
             "created_at_ms INTEGER NOT NULL, health INTEGER NOT NULL, "
             "service_id TEXT NOT NULL DEFAULT '', tenant_name TEXT NOT NULL DEFAULT '', "
             "domain TEXT NOT NULL DEFAULT '', short_name TEXT NOT NULL DEFAULT '', "
             "storage_location TEXT NOT NULL DEFAULT '', alarm TEXT NOT NULL DEFAULT '', "
             "included_users INTEGER NOT NULL DEFAULT 0, "
             "deployment INTEGER NOT NULL DEFAULT -1, "
             "user_type INTEGER NOT NULL DEFAULT -1, "
             "has_customer INTEGER NOT NULL DEFAULT 1)"),
         QStringLiteral("INSERT INTO customer_rows (customer_id, display_name, created_by, "
                        "created_at_ms, health) SELECT id, json_extract(body, '$.displayName'), "
                        "json_extract(body, '$.createdBy'), 0, 3 FROM customers")},
        // 3: usage in the projection (api.md 1.1), read from the services already cached.
        {QStringLiteral("ALTER TABLE customer_rows ADD COLUMN licenses_in_use INTEGER NOT NULL "
                        "DEFAULT -1"),
         QStringLiteral("ALTER TABLE customer_rows ADD COLUMN storage_bytes INTEGER NOT NULL "
                        "DEFAULT -1"),
         QStringLiteral("UPDATE customer_rows SET licenses_in_use = COALESCE((SELECT "
                        "json_extract(body, '$.usage.licensesInUse') FROM services WHERE "
                        "services.id = customer_rows.service_id), -1), storage_bytes = "
                        "COALESCE((SELECT json_extract(body, '$.usage.storageBytes') FROM "
                        "services WHERE services.id = customer_rows.service_id), -1)")},
        // 4: what the services table reads from the projection instead of parsing every
        // service; the deleted services marked, so only they are parsed at start. The new
        // columns are filled by projecting the cached services again (reprojectIfAsked).
        {QStringLiteral("ALTER TABLE customer_rows ADD COLUMN service_health INTEGER NOT NULL "
                        "DEFAULT -1"),
         QStringLiteral("ALTER TABLE customer_rows ADD COLUMN replica_region TEXT NOT NULL "
                        "DEFAULT ''"),
         QStringLiteral("ALTER TABLE customer_rows ADD COLUMN service_created_at_ms INTEGER NOT "
                        "NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE services ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("UPDATE services SET deleted = 1 WHERE json_extract(body, "
                        "'$.deploymentStatus') = 'Deleted'"),
         QStringLiteral("CREATE INDEX services_deleted ON services (deleted) WHERE deleted = 1"),
         QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('reproject', '1')")},
    };
    return list;
}

bool bindAndRun(QSqlQuery &q, const QVariantList &binds, QString *error)
{
    for (const QVariant &b : binds) {
        // A null QString would bind as SQL NULL; the cache stores empty text instead.
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return bindAndRun(q, binds, error);
}

bool Statements::exec(const QString &sql, const QVariantList &binds, QString *error)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            *error = q.lastError().text();
            return false;
        }
        it = m_prepared.insert(sql, q);
    }
    return bindAndRun(*it, binds, error);
}

void projectionSteps(const CachedChange &c, Steps &out, Written written)
{
    if (c.kind == QLatin1String("customer")) {
        if (written == Written::Over)
            return; // the later change sets every column this one would
        if (c.deleted) {
            out.append({QStringLiteral("DELETE FROM customer_rows WHERE customer_id = ?"), {c.id}});
            return;
        }
        CustomerRow row;
        row.setCustomer(DomainJson::customerFromJson(c.object));
        out.append(
            {QStringLiteral("INSERT INTO customer_rows (customer_id, display_name, "
                            "created_by, created_at_ms, health) VALUES (?, ?, ?, ?, ?) "
                            "ON CONFLICT (customer_id) DO UPDATE SET display_name = "
                            "excluded.display_name, created_by = excluded.created_by, "
                            "created_at_ms = excluded.created_at_ms, health = "
                            "excluded.health, has_customer = 1"),
             {row.customerId, row.displayName, row.createdBy, row.createdAtMs, int(row.health)}});
        return;
    }
    if (c.kind != QLatin1String("service") || c.deleted)
        return;
    const Service s = DomainJson::serviceFromJson(c.object);
    CustomerRow row;
    row.setService(&s);
    if (s.deploymentStatus == DeploymentStatus::Deleted) {
        // Clears the columns only if it is the service the row shows.
        out.append({QStringLiteral("UPDATE customer_rows SET service_id = '', tenant_name = '', "
                                   "domain = '', short_name = '', storage_location = '', "
                                   "alarm = '', included_users = 0, deployment = -1, "
                                   "user_type = -1, licenses_in_use = -1, storage_bytes = -1, "
                                   "service_health = -1, replica_region = '', "
                                   "service_created_at_ms = 0 "
                                   "WHERE customer_id = ? AND service_id = ?"),
                    {s.customerId, s.id}});
        return;
    }
    // A compacted feed may bring a service before its customer: the row then waits, hidden,
    // until the customer arrives.
    out.append(
        {QStringLiteral("INSERT INTO customer_rows (customer_id, display_name, created_by, "
                        "created_at_ms, health, has_customer, service_id, tenant_name, "
                        "domain, short_name, storage_location, alarm, included_users, "
                        "deployment, user_type, licenses_in_use, storage_bytes, service_health, "
                        "replica_region, service_created_at_ms) VALUES (?, '', '', 0, 3, 0, ?, "
                        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (customer_id) "
                        "DO UPDATE SET service_id = excluded.service_id, tenant_name = "
                        "excluded.tenant_name, domain = excluded.domain, short_name = "
                        "excluded.short_name, storage_location = excluded.storage_location, "
                        "alarm = excluded.alarm, included_users = excluded.included_users, "
                        "deployment = excluded.deployment, user_type = excluded.user_type, "
                        "licenses_in_use = excluded.licenses_in_use, storage_bytes = "
                        "excluded.storage_bytes, service_health = excluded.service_health, "
                        "replica_region = excluded.replica_region, service_created_at_ms = "
                        "excluded.service_created_at_ms"),
         {s.customerId, row.serviceId, row.tenantName, row.domain, row.shortName,
          row.storageLocation, row.alarm, row.includedUsers, int(row.deployment), int(row.userType),
          row.licensesInUse, row.storageBytes, int(row.serviceHealth), row.replicaRegion,
          row.serviceCreatedAtMs}});
    return;
}

namespace {

QString tableFor(const QString &kind)
{
    if (kind == QLatin1String("customer"))
        return QStringLiteral("customers");
    if (kind == QLatin1String("service"))
        return QStringLiteral("services");
    if (kind == QLatin1String("operation"))
        return QStringLiteral("operations");
    return {};
}

} // namespace

Steps writeSteps(const CachedChange &c, Written written)
{
    Steps out;
    const QString table = tableFor(c.kind);
    if (table.isEmpty())
        return out;
    if (c.deleted) {
        out.append({QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {c.id}});
        projectionSteps(c, out);
        return out;
    }
    if (written == Written::Over) {
        projectionSteps(c, out, written);
        return out;
    }
    // UTF-8 as it came (or as written here), cast to text: never through UTF-16 and back.
    // Updated in place: a REPLACE would delete the row and insert it again.
    const QByteArray body =
        c.raw.isEmpty() ? QJsonDocument(c.object).toJson(QJsonDocument::Compact) : c.raw;
    if (table == QLatin1String("services"))
        out.append({QStringLiteral("INSERT INTO services (id, body, deleted) VALUES "
                                   "(?, CAST(? AS TEXT), ?) ON CONFLICT (id) DO UPDATE SET "
                                   "body = excluded.body, deleted = excluded.deleted"),
                    {c.id, body,
                     c.object.value(field::deploymentStatus).toString() ==
                             toString(DeploymentStatus::Deleted)
                         ? 1
                         : 0}});
    else
        out.append({QStringLiteral("INSERT INTO %1 (id, body) VALUES (?, CAST(? AS TEXT)) ON "
                                   "CONFLICT (id) DO UPDATE SET body = excluded.body")
                        .arg(table),
                    {c.id, body}});
    projectionSteps(c, out);
    return out;
}

std::vector<Steps> batchSteps(const QList<CachedChange> &changes)
{
    // Walk back from the end: for each object, whether the nearest later change of it in
    // this batch is an update (true) or a deletion (false).
    std::vector<Written> written(std::size_t(changes.size()), Written::Out);
    QHash<QString, bool> laterIsUpdate;
    laterIsUpdate.reserve(changes.size());
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        const CachedChange &c = changes.at(i);
        const QString key = c.kind + QLatin1Char('/') + c.id;
        const auto later = laterIsUpdate.constFind(key);
        if (!c.deleted && later != laterIsUpdate.cend() && later.value())
            written[std::size_t(i)] = Written::Over;
        laterIsUpdate.insert(key, !c.deleted);
    }
    std::vector<Steps> steps;
    steps.reserve(std::size_t(changes.size()));
    for (qsizetype i = 0; i < changes.size(); ++i)
        steps.push_back(writeSteps(changes.at(i), written[std::size_t(i)]));
    return steps;
}

bool run(Statements &q, const Steps &steps, QString *error)
{
    for (const Step &step : steps) {
        if (!q.exec(step.sql, step.binds, error))
            return false;
    }
    return true;
}

bool project(Statements &q, const CachedChange &c, QString *error)
{
    Steps steps;
    projectionSteps(c, steps);
    return run(q, steps, error);
}

bool reprojectIfAsked(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'reproject'"), {}, error))
        return false;
    if (!q.next())
        return true;
    q.finish();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    Statements statements(db);
    bool ok = exec(q, QStringLiteral("SELECT id, body FROM services WHERE deleted = 0"), {}, error);
    while (ok && q.next()) {
        const CachedChange c{QStringLiteral("service"), q.value(0).toString(), false,
                             QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()};
        ok = project(statements, c, error);
    }
    QSqlQuery done(db);
    ok = ok && exec(done, QStringLiteral("DELETE FROM meta WHERE key = 'reproject'"), {}, error) &&
         db.commit();
    if (!ok)
        db.rollback();
    return ok;
}

} // namespace insights::cachesql
