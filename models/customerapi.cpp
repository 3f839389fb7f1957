#include "customerapi.h"

#include "domainjson.h"
#include "fieldnames.h"

#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace insights {

namespace f = field;

namespace {

const QString customersPath = QStringLiteral("/api/v1/customers/");
const QString usersPath = QStringLiteral("/api/v1/users");

QString operatorsPath(const QString &customerId)
{
    return customersPath + customerId + QStringLiteral("/operators");
}

Customer parseCustomer(const ApiResponse &r)
{
    return DomainJson::customerFromJson(r.object());
}

CustomerOperator parseOperator(const ApiResponse &r)
{
    return DomainJson::customerOperatorFromJson(r.object());
}

ConsoleUser parseUser(const ApiResponse &r)
{
    return DomainJson::consoleUserFromJson(r.object());
}

// A list answer: a bare array, or a page {"items": [...]}.
template <typename T, typename Parse> QList<T> parseList(const ApiResponse &r, Parse parse)
{
    const QJsonArray items =
        r.json.isArray() ? r.json.array() : r.object().value(QStringLiteral("items")).toArray();
    QList<T> out;
    out.reserve(items.size());
    for (const QJsonValue &v : items)
        out << parse(v.toObject(), nullptr);
    return out;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

} // namespace

Call<Customer> CustomersApi::get(const QString &id) const
{
    return {m_client->get(customersPath + id), parseCustomer};
}

Call<Customer> CustomersApi::create(const QString &displayName, const QString &description,
                                    const QByteArray &idempotencyKey) const
{
    QJsonObject body{{f::displayName, displayName}};
    if (!description.isEmpty())
        body.insert(f::description, description);
    return {m_client->post(customersPath.chopped(1), body, idempotencyKey), parseCustomer};
}

Call<Customer> CustomersApi::patch(const QString &id, const QByteArray &etag,
                                   const QString &displayName, const QString &description) const
{
    const QJsonObject body{{f::displayName, displayName}, {f::description, description}};
    return {m_client->patch(customersPath + id, body, etag), parseCustomer};
}

Call<Nothing> CustomersApi::remove(const QString &id, const QByteArray &etag) const
{
    return {m_client->del(customersPath + id, etag), nullptr};
}

Call<QList<CustomerOperator>> CustomersApi::operators(const QString &customerId) const
{
    return {m_client->get(operatorsPath(customerId)), [](const ApiResponse &r) {
                return parseList<CustomerOperator>(r, &DomainJson::customerOperatorFromJson);
            }};
}

Call<CustomerOperator> CustomersApi::addOperator(const QString &customerId,
                                                 const CustomerOperator &op) const
{
    QJsonObject body = DomainJson::toJson(op);
    body.remove(f::id);
    return {m_client->post(operatorsPath(customerId), body, ApiClient::newIdempotencyKey()),
            parseOperator};
}

Call<CustomerOperator> CustomersApi::setOperatorLevel(const QString &customerId,
                                                      const QString &operatorId, Role level) const
{
    return {m_client->patch(operatorsPath(customerId) + u'/' + operatorId,
                            {{f::level, toString(level)}}, {}),
            parseOperator};
}

Call<Nothing> CustomersApi::removeOperator(const QString &customerId,
                                           const QString &operatorId) const
{
    return {m_client->del(operatorsPath(customerId) + u'/' + operatorId, {}), nullptr};
}

Call<SignedIn> UsersApi::signIn(const QString &username, const QString &password) const
{
    return {m_client->signIn(username, password), [](const ApiResponse &r) {
                const QJsonObject o = r.object();
                return SignedIn{
                    o.value(QStringLiteral("accessToken")).toString().toLatin1(),
                    o.value(f::username).toString(),
                    roleFromString(o.value(f::role).toString()).value_or(Role::Monitor)};
            }};
}

Call<Nothing> UsersApi::signOut() const
{
    return {m_client->del(QStringLiteral("/api/v1/auth/token"), {}), nullptr};
}

Call<QList<ConsoleUser>> UsersApi::list() const
{
    return {m_client->get(usersPath), [](const ApiResponse &r) {
                return parseList<ConsoleUser>(r, &DomainJson::consoleUserFromJson);
            }};
}

Call<ConsoleUser> UsersApi::create(const QString &username, const QString &password,
                                   Role role) const
{
    const QJsonObject body{
        {f::username, username}, {f::password, password}, {f::role, toString(role)}};
    return {m_client->post(usersPath, body, ApiClient::newIdempotencyKey()), parseUser};
}

Call<ConsoleUser> UsersApi::setRole(const QString &username, Role role) const
{
    return {m_client->patch(usersPath + u'/' + encoded(username), {{f::role, toString(role)}}, {}),
            parseUser};
}

Call<Nothing> UsersApi::remove(const QString &username) const
{
    return {m_client->del(usersPath + u'/' + encoded(username), {}), nullptr};
}

namespace {

QString auditPath(const AuditQuery &q, int limit)
{
    QUrlQuery query;
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    for (const QString &t : q.targets)
        query.addQueryItem(QStringLiteral("target"), t);
    if (!q.actor.isEmpty())
        query.addQueryItem(QStringLiteral("actor"), q.actor);
    if (!q.action.isEmpty())
        query.addQueryItem(QStringLiteral("action"), q.action);
    if (q.since.isValid())
        query.addQueryItem(QStringLiteral("since"), DomainJson::timestamp(q.since));
    return QStringLiteral("/api/v1/audit?") + query.toString(QUrl::FullyEncoded);
}

} // namespace

Call<QList<AuditEntry>> UsersApi::audit(const AuditQuery &query) const
{
    return {m_client->get(auditPath(query, query.limit)), [](const ApiResponse &r) {
                return parseList<AuditEntry>(r, &DomainJson::auditEntryFromJson);
            }};
}

Call<QByteArray> UsersApi::auditCsv(const AuditQuery &query) const
{
    ApiRequest request;
    request.path = auditPath(query, 0);
    request.accept = "text/csv";
    return {m_client->send(request), [](const ApiResponse &r) { return r.body; }};
}

} // namespace insights
