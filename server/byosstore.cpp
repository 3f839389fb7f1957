#include "byosstore.h"

#include "storesql.h"

namespace insights::server {

using namespace sql;

void ByosStore::insert(const ByosRow &row, const QString &createdBy)
{
    const ByosLocation &l = row.location;
    m_sql.run(QStringLiteral("INSERT INTO byos_locations (id, service_id, name, label_key, "
                             "account, container, url, sas, expires_at, verified_at, created_by) "
                             "VALUES (:id, :service, :name, :key, :account, :container, :url, "
                             ":sas, :expires, :verified, :by)"),
              {{":id", l.id},
               {":service", l.serviceId},
               {":name", l.name},
               {":key", l.name.toCaseFolded()},
               {":account", l.account},
               {":container", l.container},
               {":url", l.url},
               {":sas", row.sas},
               {":expires", toMs(l.expiresAt)},
               {":verified", toMs(l.verifiedAt)},
               {":by", createdBy}});
}

QList<ByosRow> ByosStore::of(const QString &serviceId)
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT id, service_id, name, account, container, url, sas, expires_at, "
                       "verified_at FROM byos_locations WHERE service_id = :service ORDER BY pk"),
        {{":service", serviceId}});
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

bool ByosStore::remove(const QString &serviceId, const QString &locationId)
{
    return m_sql
               .run(QStringLiteral("DELETE FROM byos_locations WHERE service_id = :service AND "
                                   "id = :id"),
                    {{":service", serviceId}, {":id", locationId}})
               .numRowsAffected() == 1;
}

void ByosStore::removeAllOf(const QString &serviceId)
{
    m_sql.run(QStringLiteral("DELETE FROM byos_locations WHERE service_id = :service"),
              {{":service", serviceId}});
}

QStringList ByosStore::servicesWithExpiry()
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT DISTINCT service_id FROM byos_locations WHERE expires_at > 0"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace insights::server
