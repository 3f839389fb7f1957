#include "servicestore.h"

#include "domainjson.h"
#include "storesql.h"

namespace insights::server {

using namespace sql;

QString PublicLinks::quickStartPath(const QString &token)
{
    return token.isEmpty() ? QString() : QStringLiteral("/quickstart/") + token;
}

QString PublicLinks::quickStartUrl(const QString &token) const
{
    return token.isEmpty() ? QString() : m_base + quickStartPath(token);
}

QByteArray PublicLinks::rewrite(const QByteArray &json) const
{
    // Compact JSON as QJsonDocument writes it. Inside a JSON string every quote is escaped,
    // so this byte sequence only ever starts the member itself.
    static constexpr QByteArrayView member = "\"quickStartUrl\":\"";
    static constexpr QByteArrayView path = "/quickstart/";
    qsizetype at = json.indexOf(member);
    if (at < 0)
        return json;
    const QByteArray base = m_base.toUtf8();
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

namespace {

const QString serviceColumns = QStringLiteral("body, quick_start_token, version, pk");

// The unique keys of a service; a deleted service gives its names up.
SqlSession::Binds uniqueKeys(const Service &s)
{
    const bool gone = s.deploymentStatus == DeploymentStatus::Deleted;
    const TenantSettings &t = s.settings.tenant;
    return {{":nameKey", nullIfEmpty(gone ? QString() : t.name.toCaseFolded())},
            {":domainKey", nullIfEmpty(gone ? QString() : t.domain.toCaseFolded())},
            {":shortNameKey", nullIfEmpty(gone ? QString() : t.shortName.toCaseFolded())},
            {":activeCustomer", nullIfEmpty(gone ? QString() : s.customerId)}};
}

QJsonObject storedBody(Service s)
{
    s.quickStartUrl.clear(); // rebuilt from the token and the server's address on load
    return DomainJson::toJson(s);
}

} // namespace

ServiceRow ServiceStore::rowFrom(const QSqlQuery &q) const
{
    ServiceRow row;
    row.service = DomainJson::serviceFromJson(parseObject(q.value(0).toString()));
    row.quickStartToken = q.value(1).toString();
    row.service.quickStartUrl = m_links.quickStartUrl(row.quickStartToken);
    row.version = q.value(2).toLongLong();
    return row;
}

QList<ServiceRow> ServiceStore::rows(SqlSession::Rows &q) const
{
    QList<ServiceRow> out;
    while (q.next())
        out << rowFrom(q);
    return out;
}

std::optional<ServiceRow> ServiceStore::find(const QString &id)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT %1 FROM services WHERE id = :id").arg(serviceColumns),
                  {{":id", id}});
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

std::optional<ServiceRow> ServiceStore::findByQuickStartToken(const QString &token)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT %1 FROM services WHERE quick_start_token = :token")
                      .arg(serviceColumns),
                  {{":token", token}});
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

Page<ServiceRow> ServiceStore::page(const QString &customerId, const QString &status, qint64 after,
                                    int limit)
{
    QString sql = QStringLiteral("SELECT %1 FROM services WHERE pk > :after").arg(serviceColumns);
    SqlSession::Binds binds{{":after", after}};
    if (!customerId.isEmpty()) {
        sql += QStringLiteral(" AND customer_id = :customer");
        binds.append({":customer", customerId});
    }
    if (status.isEmpty()) {
        sql += QStringLiteral(" AND deployment_status <> 'Deleted'");
    } else {
        sql += QStringLiteral(" AND (status = :status OR deployment_status = :status)");
        binds.append({":status", status});
    }
    sql += QStringLiteral(" ORDER BY pk LIMIT :limit");
    binds.append({":limit", limit + 1});
    SqlSession::Rows q = m_sql.run(sql, binds);
    return readPage<ServiceRow>(q, limit, 3, [this](const QSqlQuery &r) { return rowFrom(r); });
}

QList<ServiceRow> ServiceStore::ofCustomer(const QString &customerId)
{
    SqlSession::Rows q = m_sql.run(
        QStringLiteral("SELECT %1 FROM services WHERE customer_id = :customer ORDER BY pk")
            .arg(serviceColumns),
        {{":customer", customerId}});
    return rows(q);
}

QString ServiceStore::idUsing(Key key, const QString &value)
{
    static const QString byKey[] = {
        QStringLiteral("SELECT id FROM services WHERE name_key = :value"),
        QStringLiteral("SELECT id FROM services WHERE domain_key = :value"),
        QStringLiteral("SELECT id FROM services WHERE short_name_key = :value")};
    SqlSession::Rows q = m_sql.run(byKey[int(key)], {{":value", value.toCaseFolded()}});
    return q.next() ? q.value(0).toString() : QString();
}

QString ServiceStore::activeOf(const QString &customerId)
{
    SqlSession::Rows q =
        m_sql.run(QStringLiteral("SELECT id FROM services WHERE active_customer_id = :customer"),
                  {{":customer", customerId}});
    return q.next() ? q.value(0).toString() : QString();
}

void ServiceStore::insert(const ServiceRow &row)
{
    const Service &s = row.service;
    SqlSession::Binds binds{{":id", s.id},
                            {":customer", s.customerId},
                            {":body", compactJson(storedBody(s))},
                            {":deployment", toString(s.deploymentStatus)},
                            {":status", toString(s.status())},
                            {":token", nullIfEmpty(row.quickStartToken)}};
    binds << uniqueKeys(s);
    m_sql.run(QStringLiteral("INSERT INTO services (id, customer_id, body, deployment_status, "
                             "status, quick_start_token, name_key, domain_key, short_name_key, "
                             "active_customer_id, version) VALUES (:id, :customer, :body, "
                             ":deployment, :status, :token, :nameKey, :domainKey, :shortNameKey, "
                             ":activeCustomer, 1)"),
              binds);
    m_feed.append(QStringLiteral("service"), s.id, false, storedJson(row));
}

qint64 ServiceStore::update(const ServiceRow &row)
{
    const Service &s = row.service;
    const qint64 version = row.version + 1;
    SqlSession::Binds binds{{":body", compactJson(storedBody(s))},
                            {":deployment", toString(s.deploymentStatus)},
                            {":status", toString(s.status())},
                            {":token", nullIfEmpty(row.quickStartToken)},
                            {":version", version},
                            {":id", s.id},
                            {":was", row.version}};
    binds << uniqueKeys(s);
    m_sql.run(QStringLiteral("UPDATE services SET body = :body, deployment_status = :deployment, "
                             "status = :status, quick_start_token = :token, name_key = :nameKey, "
                             "domain_key = :domainKey, short_name_key = :shortNameKey, "
                             "active_customer_id = :activeCustomer, version = :version WHERE id "
                             "= :id AND version = :was"),
              binds, SqlSession::Expect::OneRow);
    ServiceRow updated = row;
    updated.version = version;
    m_feed.append(QStringLiteral("service"), s.id, false, storedJson(updated));
    return version;
}

QHash<QString, QSet<QString>> ServiceStore::keysInUse()
{
    QHash<QString, QSet<QString>> out;
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT name_key, domain_key, short_name_key "
                                                  "FROM services WHERE name_key IS NOT NULL"));
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

QJsonObject ServiceStore::json(const ServiceRow &row) const
{
    Service s = row.service;
    s.quickStartUrl = m_links.quickStartUrl(row.quickStartToken);
    return DomainJson::toJson(s);
}

QJsonObject ServiceStore::storedJson(const ServiceRow &row)
{
    Service s = row.service;
    s.quickStartUrl = PublicLinks::quickStartPath(row.quickStartToken);
    return DomainJson::toJson(s);
}

} // namespace insights::server
