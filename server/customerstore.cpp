#include "customerstore.h"

#include "domainjson.h"
#include "lifecycle.h"
#include "storesql.h"

namespace insights::server {

using namespace sql;

namespace {

const QString customerColumns =
    QStringLiteral("id, display_name, description, status, service_ids, created_at, created_by, "
                   "updated_at, version, deleted, pk");

CustomerRow customerFrom(const QSqlQuery &q)
{
    CustomerRow row;
    Customer &c = row.customer;
    c.id = q.value(0).toString();
    c.displayName = q.value(1).toString();
    c.description = q.value(2).toString();
    c.status = healthStatusFromString(q.value(3).toString()).value_or(HealthStatus::NotOnboarded);
    const QString ids = q.value(4).toString();
    c.serviceIds = ids.isEmpty() ? QStringList() : ids.split(u',');
    c.createdAt = DomainJson::parseTimestamp(q.value(5).toString());
    c.createdBy = q.value(6).toString();
    c.updatedAt = DomainJson::parseTimestamp(q.value(7).toString());
    row.version = q.value(8).toLongLong();
    row.deleted = q.value(9).toBool();
    return row;
}

} // namespace

std::optional<CustomerRow> CustomerStore::find(const QString &id)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT %1 FROM customers WHERE id = :id AND deleted = 0")
                      .arg(customerColumns),
                  {{":id", id}});
    if (!q.next())
        return std::nullopt;
    return customerFrom(q);
}

Page<QByteArray> CustomerStore::bodies(const QString &search, const QString &status, qint64 after,
                                       int limit)
{
    QString sql =
        QStringLiteral("SELECT body, pk FROM customers WHERE deleted = 0 AND pk > :after");
    SqlSession::Binds binds{{":after", after}};
    if (!search.isEmpty()) {
        sql += QStringLiteral(" AND search_text LIKE :search ESCAPE '\\'");
        binds.append({":search", likePattern(search)});
    }
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = :status");
        binds.append({":status", status});
    }
    sql += QStringLiteral(" ORDER BY pk LIMIT :limit");
    binds.append({":limit", limit + 1});
    SqlSession::Rows q = m_sql.run(sql, binds);
    return readPage<QByteArray>(q, limit, 1,
                                [](const QSqlQuery &r) { return r.value(0).toByteArray(); });
}

void CustomerStore::insert(const Customer &c)
{
    const QJsonObject json = DomainJson::toJson(c);
    m_sql.run(QStringLiteral("INSERT INTO customers (id, display_name, description, status, "
                             "search_text, service_ids, deleted, body, version, created_at, "
                             "created_by, updated_at) VALUES (:id, :name, :description, "
                             ":status, :search, '', 0, :body, 1, :created, :by, :updated)"),
              {{":id", c.id},
               {":name", c.displayName},
               {":description", c.description},
               {":status", toString(c.status)},
               {":search", c.displayName.toCaseFolded()},
               {":body", jsonBytes(json)},
               {":created", DomainJson::timestamp(c.createdAt)},
               {":by", c.createdBy},
               {":updated", DomainJson::timestamp(c.updatedAt)}});
    m_feed.append(QStringLiteral("customer"), c.id, false, json);
}

qint64 CustomerStore::update(const CustomerRow &row)
{
    const Customer &c = row.customer;
    QString searchText = c.displayName;
    for (const ServiceRow &s : m_services.ofCustomer(c.id)) {
        if (s.service.deploymentStatus == DeploymentStatus::Deleted)
            continue;
        const TenantSettings &t = s.service.settings.tenant;
        searchText += u'\n' + t.name + u'\n' + t.domain + u'\n' + t.shortName;
    }
    const qint64 version = row.version + 1;
    const QJsonObject json = DomainJson::toJson(c);
    // body is what the list route sends as it is, so it changes with every column.
    m_sql.run(QStringLiteral("UPDATE customers SET display_name = :name, description = "
                             ":description, status = :status, search_text = :search, "
                             "service_ids = :services, deleted = :deleted, body = :body, "
                             "version = :version, updated_at = :updated WHERE id = :id AND "
                             "version = :was"),
              {{":name", c.displayName},
               {":description", c.description},
               {":status", toString(c.status)},
               {":search", searchText.toCaseFolded()},
               {":services", c.serviceIds.join(u',')},
               {":deleted", row.deleted ? 1 : 0},
               {":body", jsonBytes(json)},
               {":version", version},
               {":updated", DomainJson::timestamp(c.updatedAt)},
               {":id", c.id},
               {":was", row.version}},
              SqlSession::Expect::OneRow);
    m_feed.append(QStringLiteral("customer"), c.id, row.deleted,
                  row.deleted ? QJsonObject() : json);
    return version;
}

CustomerRow CustomerStore::refresh(const QString &customerId, const QDateTime &now)
{
    // Locked first (on PostgreSQL), so instances refreshing one customer take turns instead
    // of one losing its write.
    m_sql.run(QStringLiteral("SELECT version FROM customers WHERE id = :id") +
                  m_sql.database().forUpdate(),
              {{":id", customerId}});
    std::optional<CustomerRow> row = find(customerId);
    if (!row)
        throw StoreError("CustomerStore::refresh: no customer " + customerId.toStdString());
    QList<Service> services;
    QStringList ids;
    for (const ServiceRow &s : m_services.ofCustomer(customerId)) {
        services << s.service;
        if (s.service.deploymentStatus != DeploymentStatus::Deleted)
            ids << s.service.id;
    }
    row->customer.status = Lifecycle::customerStatus(services);
    row->customer.serviceIds = ids;
    row->customer.updatedAt = now;
    row->version = update(*row);
    return *row;
}

QString CustomerStore::withoutServiceNamed(const QString &displayName)
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT c.id FROM customers c WHERE c.deleted = 0 AND c.display_name = "
                       ":name AND NOT EXISTS (SELECT 1 FROM services s WHERE "
                       "s.active_customer_id = c.id) ORDER BY c.pk LIMIT 1"),
        {{":name", displayName}});
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace insights::server
