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
{}

QSqlQuery Store::statement(const QString &sql)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED // a copy shares the prepared statement, which is the point
        if (const auto it = m_statements.constFind(sql); it != m_statements.cend()) return *it;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throwFor(q.lastError(), sql);
    if (m_statements.size() >= maxStatements)
        m_statements.clear();
    m_statements.insert(sql, q);
    QT_WARNING_POP
    return q;
}

void Store::reconnect()
{
    // The kept statements belong to the connection that goes.
    m_statements.clear();
    m_database.reconnect();
}

Store::Rows Store::run(const QString &sql, const QVariantList &binds, Expect expect)
{
    QSqlQuery q = statement(sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, m_database.bindable(binds.at(i)));
    if (!q.exec()) {
        m_statements.remove(sql); // prepared afresh next time
        throwFor(q.lastError(), sql);
    }
    if (expect == Expect::OneRow && q.numRowsAffected() != 1)
        throw StaleWrite("the row changed since it was read: " + sql.toStdString());
    return Rows(q);
}

QString Store::databaseProblem()
{
    QSqlQuery q(m_database.connection());
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return {};
    const QString why = q.lastError().text().trimmed();
    reconnect();
    return why.isEmpty() ? QStringLiteral("not connected") : why;
}

QString Store::engineName() const
{
    return m_database.dialect() == Database::Dialect::Postgresql ? QStringLiteral("postgresql")
                                                                 : QStringLiteral("sqlite");
}

void Store::throwFor(const QSqlError &error, const QString &sql)
{
    const std::string what =
        "query failed: " + error.text().toStdString() + " in " + sql.toStdString();
    const QString text = error.text();
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE 23505; SQLite's extended codes 2067 (UNIQUE) and 1555 (PRIMARY KEY).
    if (code == QLatin1String("23505") || code == QLatin1String("2067") ||
        code == QLatin1String("1555") || text.contains(QLatin1String("UNIQUE constraint"))) {
        // Longest first: "short_name_key" holds "name_key".
        for (const char *column : {"active_customer_id", "quick_start_token", "short_name_key",
                                   "username_key", "domain_key", "email_key", "name_key"}) {
            if (text.contains(QLatin1String(column)))
                throw UniqueViolation(what, QString::fromLatin1(column));
        }
        throw UniqueViolation(what, {});
    }
    // Class 08 is "connection exception"; 57P01-03 an administrator's shutdown. A lost
    // connection comes from libpq itself, without an SQLSTATE. The next statement gets a
    // fresh connection, so the server recovers by itself when the database is back.
    if (m_database.dialect() == Database::Dialect::Postgresql &&
        (error.type() == QSqlError::ConnectionError || code.isEmpty() ||
         code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))) {
        reconnect();
        throw DatabaseUnavailable(what);
    }
    throw StoreError(what);
}

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

Store::Transaction::Transaction(Store &store)
    : m_store(store)
{
    QSqlDatabase db = m_store.m_database.connection();
    if (!db.transaction()) {
        if (m_store.m_database.dialect() == Database::Dialect::Postgresql)
            throw DatabaseUnavailable("cannot begin a transaction: " +
                                      db.lastError().text().toStdString());
        throw StoreError("cannot begin a transaction: " + db.lastError().text().toStdString());
    }
    // On PostgreSQL writers take turns (docs/ARCHITECTURE.md, "Team server: the change feed, leases
    // and version checks"): a change's seq is drawn while this lock is held and the lock goes at
    // commit, so seq order is commit order and a poller can never pass a change that commits later.
    // Taken first, before any row lock, so it cannot deadlock with one.
    if (m_store.m_database.dialect() == Database::Dialect::Postgresql)
        m_store.run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(feedLockKey));
}

Store::Transaction::~Transaction()
{
    if (!m_done)
        m_store.m_database.connection().rollback();
}

void Store::Transaction::commit()
{
    if (!m_store.m_database.connection().commit())
        throw StoreError("commit failed: " +
                         m_store.m_database.connection().lastError().text().toStdString());
    m_done = true;
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
    appendChange(QStringLiteral("customer"), c.id, false, DomainJson::toJson(c));
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
    appendChange(QStringLiteral("customer"), c.id, row.deleted,
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
    QList<HealthStatus> statuses;
    QStringList ids;
    for (const ServiceRow &s : servicesOfCustomer(customerId)) {
        if (s.service.deploymentStatus == DeploymentStatus::Deleted)
            continue;
        statuses << s.service.status();
        ids << s.service.id;
    }
    row->customer.status = Lifecycle::worst(statuses);
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
    appendChange(QStringLiteral("service"), s.id, false, storedServiceJson(row));
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
    appendChange(QStringLiteral("service"), s.id, false, storedServiceJson(updated));
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

} // namespace insights::server
