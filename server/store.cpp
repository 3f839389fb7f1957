#include "store.h"

#include "domainjson.h"
#include "lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>

namespace insights::server {

namespace {

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The JSON the hot read routes send as it is, stored as UTF-8 bytes (a BLOB in SQLite), so
// reading it back costs no UTF-16 round trip.
QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

QString likePattern(const QString &term)
{
    QString escaped = term.toCaseFolded();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// SQL NULL on purpose; a QString that is merely null binds as ''.
QVariant sqlNull()
{
    return QVariant::fromValue(nullptr);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? sqlNull() : QVariant(s);
}

} // namespace

Store::Store(Database &database)
    : m_database(database)
{}

QSqlQuery Store::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        throw StoreError("prepare failed: " + q.lastError().text().toStdString() + " in " +
                         sql.toStdString());
    for (const QVariant &b : binds)
        q.addBindValue(m_database.bindable(b));
    if (!q.exec())
        throw StoreError("query failed: " + q.lastError().text().toStdString() + " in " +
                         sql.toStdString());
    return q;
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
    if (!m_store.m_database.connection().transaction())
        throw StoreError("cannot begin a transaction: " +
                         m_store.m_database.connection().lastError().text().toStdString());
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
    QSqlQuery q = run(QStringLiteral("SELECT %1 FROM customers WHERE id = ? AND deleted = 0")
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
    QSqlQuery q = run(sql, binds);
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
                       "updated_at = ? WHERE id = ?"),
        {c.displayName, c.description, toString(c.status), searchText.toCaseFolded(),
         c.serviceIds.join(u','), row.deleted ? 1 : 0, jsonBytes(DomainJson::toJson(c)), version,
         DomainJson::timestamp(c.updatedAt), c.id});
    appendChange(QStringLiteral("customer"), c.id, row.deleted,
                 row.deleted ? QJsonObject() : DomainJson::toJson(c));
    return version;
}

CustomerRow Store::refreshCustomer(const QString &customerId, const QDateTime &now)
{
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
    QSqlQuery q = run(
        QStringLiteral("SELECT %1 FROM services WHERE id = ?").arg(QLatin1String(serviceColumns)),
        {id});
    if (!q.next())
        return std::nullopt;
    return serviceFrom(q);
}

std::optional<ServiceRow> Store::findServiceByQuickStartToken(const QString &token)
{
    QSqlQuery q = run(QStringLiteral("SELECT %1 FROM services WHERE quick_start_token = ?")
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
    QSqlQuery q = run(sql, binds);
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
    QSqlQuery q = run(QStringLiteral("SELECT %1 FROM services WHERE customer_id = ? ORDER BY pk")
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
    QSqlQuery q = run(QStringLiteral("SELECT id FROM services WHERE %1 = ?").arg(column),
                      {value.toCaseFolded()});
    return q.next() ? q.value(0).toString() : QString();
}

QString Store::activeServiceOf(const QString &customerId)
{
    QSqlQuery q =
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
    binds << uniqueKeys(s) << version << s.id;
    run(QStringLiteral("UPDATE services SET body = ?, deployment_status = ?, status = ?, "
                       "quick_start_token = ?, name_key = ?, domain_key = ?, "
                       "short_name_key = ?, active_customer_id = ?, version = ? WHERE id = ?"),
        binds);
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

// --- Operations -----------------------------------------------------------------------------

std::optional<OperationRow> Store::findOperation(const QString &id)
{
    QSqlQuery q = run(QStringLiteral("SELECT body, version FROM operations WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return OperationRow{DomainJson::operationFromJson(parseObject(q.value(0).toString())),
                        q.value(1).toLongLong()};
}

QList<OperationRow> Store::unfinishedOperations()
{
    QSqlQuery q = run(QStringLiteral("SELECT body, version FROM operations WHERE status IN "
                                     "('NotStarted', 'Running') ORDER BY pk"));
    QList<OperationRow> out;
    while (q.next())
        out << OperationRow{DomainJson::operationFromJson(parseObject(q.value(0).toString())),
                            q.value(1).toLongLong()};
    return out;
}

QString Store::runningOperationOf(const QString &serviceId)
{
    QSqlQuery q = run(QStringLiteral("SELECT id FROM operations WHERE service_id = ? AND status "
                                     "IN ('NotStarted', 'Running')"),
                      {serviceId});
    return q.next() ? q.value(0).toString() : QString();
}

void Store::insertOperation(const Operation &op)
{
    run(QStringLiteral("INSERT INTO operations (id, service_id, status, body, version) "
                       "VALUES (?, ?, ?, ?, 1)"),
        {op.id, op.serviceId, toString(op.status), compactJson(DomainJson::toJson(op))});
    appendChange(QStringLiteral("operation"), op.id, false, DomainJson::toJson(op));
}

qint64 Store::updateOperation(const OperationRow &row)
{
    const qint64 version = row.version + 1;
    run(QStringLiteral("UPDATE operations SET status = ?, body = ?, version = ? WHERE id = ?"),
        {toString(row.operation.status), compactJson(DomainJson::toJson(row.operation)), version,
         row.operation.id});
    appendChange(QStringLiteral("operation"), row.operation.id, false,
                 DomainJson::toJson(row.operation));
    return version;
}

// --- Bots -----------------------------------------------------------------------------------

void Store::registerBot(const QString &serviceId, const QString &bot, const QString &appId,
                        const QDateTime &at)
{
    run(QStringLiteral("DELETE FROM bot_registrations WHERE service_id = ? AND bot = ?"),
        {serviceId, bot});
    run(QStringLiteral("INSERT INTO bot_registrations (service_id, bot, app_id, registered_at) "
                       "VALUES (?, ?, ?, ?)"),
        {serviceId, bot, appId, DomainJson::timestamp(at)});
}

void Store::unregisterBots(const QString &serviceId, const QStringList &keep)
{
    for (const QString &bot : botsOf(serviceId)) {
        if (!keep.contains(bot))
            run(QStringLiteral("DELETE FROM bot_registrations WHERE service_id = ? AND bot = ?"),
                {serviceId, bot});
    }
}

QStringList Store::botsOf(const QString &serviceId)
{
    QSqlQuery q = run(QStringLiteral("SELECT bot FROM bot_registrations WHERE service_id = ? "
                                     "ORDER BY bot"),
                      {serviceId});
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// --- Change feed ----------------------------------------------------------------------------

void Store::appendChange(const QString &kind, const QString &id, bool deleted,
                         const QJsonObject &object)
{
    run(QStringLiteral("INSERT INTO changes (kind, object_id, deleted, object) "
                       "VALUES (?, ?, ?, ?)"),
        {kind, id, deleted ? 1 : 0, deleted ? sqlNull() : QVariant(jsonBytes(object))});
}

QList<ChangeRow> Store::changesAfter(qint64 seq, int limit)
{
    QSqlQuery q = run(QStringLiteral("SELECT seq, kind, object_id, deleted, object FROM changes "
                                     "WHERE seq > ? ORDER BY seq LIMIT ?"),
                      {seq, limit});
    QList<ChangeRow> out;
    while (q.next())
        out << ChangeRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toBool(), q.value(4).toByteArray()};
    return out;
}

qint64 Store::lastChangeSeq()
{
    QSqlQuery q = run(QStringLiteral("SELECT MAX(seq) FROM changes"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 Store::changeHorizon()
{
    QSqlQuery q = run(QStringLiteral("SELECT compacted_through FROM change_horizon"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void Store::compactChanges(qint64 throughSeq)
{
    run(QStringLiteral("DELETE FROM changes WHERE seq <= ? AND EXISTS (SELECT 1 FROM changes "
                       "AS later WHERE later.kind = changes.kind AND later.object_id = "
                       "changes.object_id AND later.seq > changes.seq)"),
        {throughSeq});
    run(QStringLiteral("UPDATE change_horizon SET compacted_through = ?"), {throughSeq});
}

// --- Audit ----------------------------------------------------------------------------------

void Store::appendAudit(const AuditEntry &e)
{
    run(QStringLiteral("INSERT INTO audit (at, actor, action, target, result, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {DomainJson::timestamp(e.at), e.actor, e.action, e.target, e.result, e.detail});
}

Page<std::pair<qint64, AuditEntry>> Store::audit(const QString &target, qint64 before, int limit)
{
    QString sql = QStringLiteral("SELECT seq, at, actor, action, target, result, detail "
                                 "FROM audit WHERE seq < ?");
    QVariantList binds{before > 0 ? before : std::numeric_limits<qint64>::max()};
    if (!target.isEmpty()) {
        sql += QStringLiteral(" AND target = ?");
        binds << target;
    }
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT ?");
    binds << limit + 1;
    QSqlQuery q = run(sql, binds);
    Page<std::pair<qint64, AuditEntry>> page;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextAfter = page.items.constLast().first;
            break;
        }
        page.items << std::make_pair(q.value(0).toLongLong(),
                                     AuditEntry{DomainJson::parseTimestamp(q.value(1).toString()),
                                                q.value(2).toString(), q.value(3).toString(),
                                                q.value(4).toString(), q.value(5).toString(),
                                                q.value(6).toString()});
    }
    return page;
}

// --- Idempotency ----------------------------------------------------------------------------

std::optional<IdempotentRecord> Store::findIdempotent(const QString &actor, const QString &endpoint,
                                                      const QString &key)
{
    QSqlQuery q = run(QStringLiteral("SELECT request_hash, status, headers, body FROM "
                                     "idempotency_keys WHERE actor = ? AND endpoint = ? AND "
                                     "idem_key = ?"),
                      {actor, endpoint, key});
    if (!q.next())
        return std::nullopt;
    return IdempotentRecord{q.value(0).toString(), q.value(1).toInt(),
                            parseObject(q.value(2).toString()), q.value(3).toByteArray()};
}

void Store::storeIdempotent(const QString &actor, const QString &endpoint, const QString &key,
                            const IdempotentRecord &r, qint64 nowMs)
{
    run(QStringLiteral("INSERT INTO idempotency_keys (actor, endpoint, idem_key, request_hash, "
                       "status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {actor, endpoint, key, r.requestHash, r.status, compactJson(r.headers),
         QString::fromUtf8(r.body), nowMs});
}

void Store::deleteIdempotentBefore(qint64 ms)
{
    run(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < ?"), {ms});
}

} // namespace insights::server
