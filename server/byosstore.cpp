// The Store's SQL for storage locations of the customer's own (api.md 1.1, "Bring your own
// storage").
#include "store.h"

#include "storesql.h"

#include <QSqlQuery>

namespace insights::server {

using namespace sql;

void Store::insertByos(const ByosRow &row, const QString &createdBy)
{
    const ByosLocation &l = row.location;
    run(QStringLiteral("INSERT INTO byos_locations (id, service_id, name, label_key, account, "
                       "container, url, sas, expires_at, verified_at, created_by) VALUES (?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {l.id, l.serviceId, l.name, l.name.toCaseFolded(), l.account, l.container, l.url, row.sas,
         toMs(l.expiresAt), toMs(l.verifiedAt), createdBy});
}

QList<ByosRow> Store::byosOf(const QString &serviceId)
{
    Rows q = run(QStringLiteral("SELECT id, service_id, name, account, container, url, sas, "
                                "expires_at, verified_at FROM byos_locations WHERE "
                                "service_id = ? ORDER BY pk"),
                 {serviceId});
    QList<ByosRow> rows;
    while (q.next()) {
        ByosRow row;
        ByosLocation &l = row.location;
        l.id = q.value(0).toString();
        l.serviceId = q.value(1).toString();
        l.name = q.value(2).toString();
        l.account = q.value(3).toString();
        l.container = q.value(4).toString();
        l.url = q.value(5).toString();
        row.sas = q.value(6).toString();
        l.expiresAt = fromMs(q.value(7).toLongLong());
        l.verifiedAt = fromMs(q.value(8).toLongLong());
        rows << row;
    }
    return rows;
}

bool Store::deleteByos(const QString &serviceId, const QString &locationId)
{
    return run(QStringLiteral("DELETE FROM byos_locations WHERE service_id = ? AND id = ?"),
               {serviceId, locationId})
               .numRowsAffected() == 1;
}

void Store::deleteByosOf(const QString &serviceId)
{
    run(QStringLiteral("DELETE FROM byos_locations WHERE service_id = ?"), {serviceId});
}

QStringList Store::servicesWithExpiringByos()
{
    Rows q = run(QStringLiteral("SELECT DISTINCT service_id FROM byos_locations WHERE "
                                "expires_at > 0"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace insights::server
