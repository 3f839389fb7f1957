#include "serviceapi.h"

#include "domainjson.h"
#include "fieldnames.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace insights {

namespace f = field;

namespace {

const QString servicesPath = QStringLiteral("/api/v1/services/");

Service parseService(const ApiResponse &r)
{
    return DomainJson::serviceFromJson(r.object());
}

} // namespace

Call<Service> ServicesApi::get(const QString &id) const
{
    return {m_client->get(servicesPath + id), parseService};
}

Call<Service> ServicesApi::create(const QString &customerId, const ServiceSettings &settings,
                                  const QByteArray &idempotencyKey) const
{
    const ServiceDraft draft{interactionRecordingType, settings};
    return {m_client->post(QStringLiteral("/api/v1/customers/%1/services").arg(customerId),
                           DomainJson::toJson(draft), idempotencyKey),
            parseService};
}

Call<Service> ServicesApi::patch(const QString &id, const QByteArray &etag,
                                 const ServiceSettings &settings, const QStringList &locked) const
{
    QJsonObject tenant = DomainJson::toJson(settings.tenant);
    QJsonObject compliance = DomainJson::toJson(settings.compliance);
    for (const QString &path : locked) {
        const QString group = path.section(u'.', 0, 0);
        const QString member = path.section(u'.', 1);
        (group == f::tenant ? tenant : compliance).remove(member);
    }
    const QJsonObject body{{f::tenant, tenant}, {f::compliance, compliance}};
    return {m_client->patch(servicesPath + id, body, etag), parseService};
}

Call<Nothing> ServicesApi::retryDeploy(const QString &id) const
{
    return {m_client->post(servicesPath + id + QStringLiteral("/deploy"), {},
                           ApiClient::newIdempotencyKey()),
            nullptr};
}

Call<Nothing> ServicesApi::offboard(const QString &id, const QByteArray &etag,
                                    Recordings recordings) const
{
    // Keep is the server's default: saying nothing works with a 1.0 server too.
    const QString query =
        recordings == Recordings::Delete ? QStringLiteral("?recordings=delete") : QString();
    return {m_client->del(servicesPath + id + query, etag), nullptr};
}

Call<Service> ServicesApi::suspend(const QString &id, const QString &reason,
                                   const QString &confirmShortName) const
{
    const QJsonObject body{{f::reason, reason}, {f::confirmShortName, confirmShortName}};
    return {m_client->post(servicesPath + id + QStringLiteral("/suspend"), body,
                           ApiClient::newIdempotencyKey()),
            parseService};
}

Call<Service> ServicesApi::reactivate(const QString &id) const
{
    return {m_client->post(servicesPath + id + QStringLiteral("/reactivate"), {},
                           ApiClient::newIdempotencyKey()),
            parseService};
}

Call<Availability> ServicesApi::availability(const QString &member, const QString &value) const
{
    QUrlQuery query;
    query.addQueryItem(member, value);
    return {
        m_client->get(QStringLiteral("/api/v1/availability?") + query.toString(QUrl::FullyEncoded)),
        [member](const ApiResponse &r) {
            const QJsonObject answer = r.object().value(member).toObject();
            return Availability{answer.value(QStringLiteral("available")).toBool(),
                                answer.value(QStringLiteral("reason")).toString()};
        }};
}

Call<int> ServicesApi::resendQuickStart(const QString &id) const
{
    return {
        m_client->post(servicesPath + id + QStringLiteral("/notifications/quick-start"), {},
                       ApiClient::newIdempotencyKey()),
        [](const ApiResponse &r) { return r.object().value(QStringLiteral("queued")).toInt(); }};
}

Call<QList<OutboxMail>> ServicesApi::mails(const QString &serviceId) const
{
    QUrlQuery query;
    query.addQueryItem(f::serviceId, serviceId);
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
    return {m_client->get(QStringLiteral("/api/v1/outbox?") + query.toString(QUrl::FullyEncoded)),
            [](const ApiResponse &r) {
                QList<OutboxMail> mails;
                for (const QJsonValue &v : r.object().value(QStringLiteral("items")).toArray())
                    mails << DomainJson::outboxMailFromJson(v.toObject());
                return mails;
            }};
}

Call<Operation> ServicesApi::operationAt(const QByteArray &location) const
{
    return {m_client->get(QString::fromUtf8(location)),
            [](const ApiResponse &r) { return DomainJson::operationFromJson(r.object()); }};
}

} // namespace insights
