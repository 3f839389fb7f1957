#include "store.h"

#include "storesql.h"

#include "domainjson.h"
#include "lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace insights::server {

using namespace sql;

Store::Store(Database &database)
    : m_database(database)
    , m_sql(database)
    , m_feed(m_sql)
    , m_audit(m_sql)
    , m_idempotency(m_sql)
    , m_operations(m_sql, m_feed)
    , m_outbox(m_sql)
    , m_imports(m_sql)
    , m_byos(m_sql)
{}

namespace {

QString quickStartPath(const QString &token)
{
    return token.isEmpty() ? QString() : QStringLiteral("/quickstart/") + token;
}

} // namespace

QString Store::quickStartUrl(const QString &token) const
{
    return token.isEmpty() ? QString() : m_baseUrl + quickStartPath(token);
}

QByteArray Store::withPublicLinks(const QByteArray &json) const
{
    // Compact JSON as QJsonDocument writes it. Inside a JSON string every quote is escaped,
    // so this byte sequence only ever starts the member itself.
    static constexpr QByteArrayView member = "\"quickStartUrl\":\"";
    static constexpr QByteArrayView path = "/quickstart/";
    qsizetype at = json.indexOf(member);
    if (at < 0)
        return json;
    const QByteArray base = m_baseUrl.toUtf8();
    QByteArray out;
    out.reserve(json.size() + base.size());
    qsizetype copied = 0;
    while (at >= 0) {
        const qsizetype value = at + member.size();
        const qsizetype end = json.indexOf('"', value);
        if (end < 0)
            break;
        const QByteArrayView link = QByteArrayView(json).sliced(value, end - value);
        qsizetype relative = -1; // where "/quickstart/" starts within the link
        if (link.startsWith(path))
            relative = 0;
        else if (link.startsWith("http://") || link.startsWith("https://"))
            relative = link.indexOf(path, link.indexOf("//") + 2);
        if (relative >= 0) {
            out += QByteArrayView(json).sliced(copied, value - copied);
            out += base;
            copied = value + relative;
        }
        at = json.indexOf(member, end);
    }
    out += QByteArrayView(json).sliced(copied);
    return out;
}

// --- Customers ------------------------------------------------------------------------------

CustomerRow Store::customerFrom(QSqlQuery &q) const
{
    // id, display_name, description, status, service_ids, created_at, created_by,
    // updated_at, version, deleted, pk
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

static const char customerColumns[] =
    "id, display_name, description, status, service_ids, created_at, created_by, updated_at, "
    "version, deleted, pk";

std::optional<CustomerRow> Store::findCustomer(const QString &id)
{
    Rows q = run(QStringLiteral("SELECT %1 FROM customers WHERE id = ? AND deleted = 0")
                     .arg(QLatin1String(customerColumns)),
                 {id});
    if (!q.next())
        return std::nullopt;
    return customerFrom(q);
}

Page<QByteArray> Store::customerBodies(const QString &search, const QString &status, qint64 after,
                                       int limit)
{
    QString sql = QStringLiteral("SELECT body, pk FROM customers WHERE deleted = 0 AND pk > ?");
    QVariantList binds{after};
    if (!search.isEmpty()) {
        sql += QStringLiteral(" AND search_text LIKE ? ESCAPE '\\'");
        binds << likePattern(search);
    }
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        binds << status;
    }
    sql += QStringLiteral(" ORDER BY pk LIMIT ?");
    binds << limit + 1;
    Rows q = run(sql, binds);
    Page<QByteArray> page;
    qint64 lastPk = 0;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextAfter = lastPk;
            break;
        }
        page.items << q.value(0).toByteArray();
        lastPk = q.value(1).toLongLong();
    }
    return page;
}

void Store::insertCustomer(const Customer &c)
{
    run(QStringLiteral("INSERT INTO customers (id, display_name, description, status, "
                       "search_text, service_ids, deleted, body, version, created_at, "
                       "created_by, updated_at) VALUES (?, ?, ?, ?, ?, '', 0, ?, 1, ?, ?, ?)"),
        {c.id, c.displayName, c.description, toString(c.status), c.displayName.toCaseFolded(),
         jsonBytes(DomainJson::toJson(c)), DomainJson::timestamp(c.createdAt), c.createdBy,
         DomainJson::timestamp(c.updatedAt)});
    m_feed.append(QStringLiteral("customer"), c.id, false, DomainJson::toJson(c));
}

qint64 Store::updateCustomer(const CustomerRow &row)
{
    const Customer &c = row.customer;
    QString searchText = c.displayName;
    for (const ServiceRow &s : servicesOfCustomer(c.id)) {
        if (s.service.deploymentStatus == DeploymentStatus::Deleted)
            continue;
        const TenantSettings &t = s.service.settings.tenant;
        searchText += u'\n' + t.name + u'\n' + t.domain + u'\n' + t.shortName;
    }
    const qint64 version = row.version + 1;
    // body is what the list route sends as it is, so it changes with every column.
    run(QStringLiteral("UPDATE customers SET display_name = ?, description = ?, status = ?, "
                       "search_text = ?, service_ids = ?, deleted = ?, body = ?, version = ?, "
                       "updated_at = ? WHERE id = ? AND version = ?"),
        {c.displayName, c.description, toString(c.status), searchText.toCaseFolded(),
         c.serviceIds.join(u','), row.deleted ? 1 : 0, jsonBytes(DomainJson::toJson(c)), version,
         DomainJson::timestamp(c.updatedAt), c.id, row.version},
        Expect::OneRow);
    m_feed.append(QStringLiteral("customer"), c.id, row.deleted,
                  row.deleted ? QJsonObject() : DomainJson::toJson(c));
    return version;
}

CustomerRow Store::refreshCustomer(const QString &customerId, const QDateTime &now)
{
    // Locked first (on PostgreSQL), so instances refreshing one customer take turns instead
    // of one losing its write.
    run(QStringLiteral("SELECT version FROM customers WHERE id = ?") + m_database.forUpdate(),
        {customerId});
    std::optional<CustomerRow> row = findCustomer(customerId);
    if (!row)
        throw StoreError("refreshCustomer: no customer " + customerId.toStdString());
    QList<Service> services;
    QStringList ids;
    for (const ServiceRow &s : servicesOfCustomer(customerId)) {
        services << s.service;
        if (s.service.deploymentStatus != DeploymentStatus::Deleted)
            ids << s.service.id;
    }
    row->customer.status = Lifecycle::customerStatus(services);
    row->customer.serviceIds = ids;
    row->customer.updatedAt = now;
    row->version = updateCustomer(*row);
    return *row;
}

// --- Services -------------------------------------------------------------------------------

static const char serviceColumns[] = "body, quick_start_token, version, pk";

ServiceRow Store::serviceFrom(QSqlQuery &q) const
{
    ServiceRow row;
    row.service = DomainJson::serviceFromJson(parseObject(q.value(0).toString()));
    row.quickStartToken = q.value(1).toString();
    row.service.quickStartUrl = quickStartUrl(row.quickStartToken);
    row.version = q.value(2).toLongLong();
    return row;
}

std::optional<ServiceRow> Store::findService(const QString &id)
{
    Rows q = run(
        QStringLiteral("SELECT %1 FROM services WHERE id = ?").arg(QLatin1String(serviceColumns)),
        {id});
    if (!q.next())
        return std::nullopt;
    return serviceFrom(q);
}

std::optional<ServiceRow> Store::findServiceByQuickStartToken(const QString &token)
{
    Rows q = run(QStringLiteral("SELECT %1 FROM services WHERE quick_start_token = ?")
                     .arg(QLatin1String(serviceColumns)),
                 {token});
    if (!q.next())
        return std::nullopt;
    return serviceFrom(q);
}

Page<ServiceRow> Store::services(const QString &customerId, const QString &status, qint64 after,
                                 int limit)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM services WHERE pk > ?").arg(QLatin1String(serviceColumns));
    QVariantList binds{after};
    if (!customerId.isEmpty()) {
        sql += QStringLiteral(" AND customer_id = ?");
        binds << customerId;
    }
    if (status.isEmpty()) {
        sql += QStringLiteral(" AND deployment_status <> 'Deleted'");
    } else {
        sql += QStringLiteral(" AND (status = ? OR deployment_status = ?)");
        binds << status << status;
    }
    sql += QStringLiteral(" ORDER BY pk LIMIT ?");
    binds << limit + 1;
    Rows q = run(sql, binds);
    Page<ServiceRow> page;
    qint64 lastPk = 0;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextAfter = lastPk;
            break;
        }
        page.items << serviceFrom(q);
        lastPk = q.value(3).toLongLong();
    }
    return page;
}

QList<ServiceRow> Store::servicesOfCustomer(const QString &customerId)
{
    Rows q = run(QStringLiteral("SELECT %1 FROM services WHERE customer_id = ? ORDER BY pk")
                     .arg(QLatin1String(serviceColumns)),
                 {customerId});
    QList<ServiceRow> out;
    while (q.next())
        out << serviceFrom(q);
    return out;
}

QString Store::serviceUsing(const QString &column, const QString &value)
{
    // column is one of three fixed names chosen by the caller, never user input.
    Rows q = run(QStringLiteral("SELECT id FROM services WHERE %1 = ?").arg(column),
                 {value.toCaseFolded()});
    return q.next() ? q.value(0).toString() : QString();
}

QString Store::activeServiceOf(const QString &customerId)
{
    Rows q =
        run(QStringLiteral("SELECT id FROM services WHERE active_customer_id = ?"), {customerId});
    return q.next() ? q.value(0).toString() : QString();
}

namespace {

// The unique keys of a service; a deleted service gives its names up.
QVariantList uniqueKeys(const Service &s)
{
    if (s.deploymentStatus == DeploymentStatus::Deleted)
        return {nullIfEmpty({}), nullIfEmpty({}), nullIfEmpty({}), nullIfEmpty({})};
    const TenantSettings &t = s.settings.tenant;
    return {nullIfEmpty(t.name.toCaseFolded()), nullIfEmpty(t.domain.toCaseFolded()),
            nullIfEmpty(t.shortName.toCaseFolded()), s.customerId};
}

QJsonObject storedBody(Service s)
{
    s.quickStartUrl.clear(); // rebuilt from the token and the server's address on load
    return DomainJson::toJson(s);
}

} // namespace

void Store::insertService(const ServiceRow &row)
{
    const Service &s = row.service;
    QVariantList binds{s.id,
                       s.customerId,
                       compactJson(storedBody(s)),
                       toString(s.deploymentStatus),
                       toString(s.status()),
                       nullIfEmpty(row.quickStartToken)};
    binds << uniqueKeys(s);
    run(QStringLiteral("INSERT INTO services (id, customer_id, body, deployment_status, status, "
                       "quick_start_token, name_key, domain_key, short_name_key, "
                       "active_customer_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
        binds);
    m_feed.append(QStringLiteral("service"), s.id, false, storedServiceJson(row));
}

qint64 Store::updateService(const ServiceRow &row)
{
    const Service &s = row.service;
    const qint64 version = row.version + 1;
    QVariantList binds{compactJson(storedBody(s)), toString(s.deploymentStatus),
                       toString(s.status()), nullIfEmpty(row.quickStartToken)};
    binds << uniqueKeys(s) << version << s.id << row.version;
    run(QStringLiteral("UPDATE services SET body = ?, deployment_status = ?, status = ?, "
                       "quick_start_token = ?, name_key = ?, domain_key = ?, "
                       "short_name_key = ?, active_customer_id = ?, version = ? "
                       "WHERE id = ? AND version = ?"),
        binds, Expect::OneRow);
    ServiceRow updated = row;
    updated.version = version;
    m_feed.append(QStringLiteral("service"), s.id, false, storedServiceJson(updated));
    return version;
}

QJsonObject Store::serviceJson(const ServiceRow &row) const
{
    Service s = row.service;
    s.quickStartUrl = quickStartUrl(row.quickStartToken);
    return DomainJson::toJson(s);
}

QJsonObject Store::storedServiceJson(const ServiceRow &row)
{
    Service s = row.service;
    s.quickStartUrl = quickStartPath(row.quickStartToken);
    return DomainJson::toJson(s);
}

// --- What bulk onboarding checks a file against ----------------------------------------

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
