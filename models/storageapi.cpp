#include "storageapi.h"

#include "domainjson.h"
#include "fieldnames.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace insights {

namespace f = field;

namespace {

QString locationsPath(const QString &serviceId)
{
    return QStringLiteral("/api/v1/services/") + serviceId + QStringLiteral("/byos-locations");
}

} // namespace

Call<QList<ByosLocation>> StorageApi::byosLocations(const QString &serviceId) const
{
    return {m_client->get(locationsPath(serviceId)), [](const ApiResponse &r) {
                QList<ByosLocation> list;
                for (const QJsonValue &v : r.object().value(QStringLiteral("items")).toArray())
                    list << DomainJson::byosLocationFromJson(v.toObject());
                return list;
            }};
}

Call<ByosLocation> StorageApi::addByosLocation(const QString &serviceId, const QString &name,
                                               const QString &containerUrl) const
{
    ApiRequest request;
    request.method = "POST";
    request.path = locationsPath(serviceId);
    request.body = QJsonDocument(QJsonObject{{f::name, name}, {f::containerUrl, containerUrl}})
                       .toJson(QJsonDocument::Compact);
    request.idempotencyKey = ApiClient::newIdempotencyKey();
    request.timeoutMs = verifyTimeoutMs;
    return {m_client->send(request),
            [](const ApiResponse &r) { return DomainJson::byosLocationFromJson(r.object()); }};
}

Call<Nothing> StorageApi::removeByosLocation(const QString &serviceId,
                                             const QString &locationId) const
{
    return {m_client->del(locationsPath(serviceId) + u'/' + locationId, {}), nullptr};
}

Call<ServerSettings> StorageApi::serverSettings() const
{
    return {m_client->get(QStringLiteral("/api/v1/server-settings")), [](const ApiResponse &r) {
                const QJsonObject o = r.object();
                const QJsonObject mail = o.value(QStringLiteral("mail")).toObject();
                const QJsonObject storage = o.value(QStringLiteral("storage")).toObject();
                ServerSettings s;
                s.version = o.value(QStringLiteral("version")).toString();
                s.database = o.value(QStringLiteral("database")).toString();
                s.publicUrl = o.value(QStringLiteral("publicUrl")).toString();
                s.auditRetentionDays = o.value(QStringLiteral("auditRetentionDays")).toInt();
                s.mailConfigured = mail.value(QStringLiteral("configured")).toBool();
                s.mailServer = mail.value(QStringLiteral("server")).toString();
                s.mailFrom = mail.value(QStringLiteral("from")).toString();
                s.notifyAddress = mail.value(QStringLiteral("notifyAddress")).toString();
                s.storageConfigured = storage.value(QStringLiteral("configured")).toBool();
                for (const QJsonValue &v : storage.value(QStringLiteral("locations")).toArray())
                    s.storageLocations << v.toString();
                s.usageIntervalSeconds =
                    storage.value(QStringLiteral("usageIntervalSeconds")).toInt();
                return s;
            }};
}

} // namespace insights
