#pragma once

#include <QString>

// The one place that spells the JSON member names of api.md. Field paths in errors
// ("tenant.adminUpns[1]") are built from the same constants.
namespace insights::field {

// Groups of a service.
inline const QString tenant = QStringLiteral("tenant");
inline const QString compliance = QStringLiteral("compliance");

// Tenant settings.
inline const QString name = QStringLiteral("name");
inline const QString domain = QStringLiteral("domain");
inline const QString shortName = QStringLiteral("shortName");
inline const QString contactEmails = QStringLiteral("contactEmails");
inline const QString adminUpns = QStringLiteral("adminUpns");
inline const QString userType = QStringLiteral("userType");
inline const QString includedUsers = QStringLiteral("includedUsers");
inline const QString allowExceedIncludedUsers = QStringLiteral("allowExceedIncludedUsers");
inline const QString storageLocation = QStringLiteral("storageLocation");
inline const QString byos = QStringLiteral("byos");
inline const QString unlimitedRetention = QStringLiteral("unlimitedRetention");
inline const QString notes = QStringLiteral("notes");

// Suspend (api.md 1.1); confirmShortName is also what offboarding with delete asks for.
inline const QString reason = QStringLiteral("reason");
inline const QString confirmShortName = QStringLiteral("confirmShortName");

// Compliance settings.
inline const QString controlTeamsNotifications = QStringLiteral("controlTeamsNotifications");
inline const QString teamsNotificationsWaiverReference =
    QStringLiteral("teamsNotificationsWaiverReference");
inline const QString deleteCallRecordings = QStringLiteral("deleteCallRecordings");
inline const QString advancedStorage = QStringLiteral("advancedStorage");

// Resources.
inline const QString id = QStringLiteral("id");
inline const QString type = QStringLiteral("type");
inline const QString customerId = QStringLiteral("customerId");
inline const QString serviceId = QStringLiteral("serviceId");
inline const QString serviceIds = QStringLiteral("serviceIds");
inline const QString displayName = QStringLiteral("displayName");
inline const QString description = QStringLiteral("description");
inline const QString status = QStringLiteral("status");
inline const QString licenseType = QStringLiteral("licenseType");
inline const QString deploymentStatus = QStringLiteral("deploymentStatus");
inline const QString alarms = QStringLiteral("alarms");
inline const QString code = QStringLiteral("code");
inline const QString severity = QStringLiteral("severity");
inline const QString message = QStringLiteral("message");
inline const QString raisedAt = QStringLiteral("raisedAt");
inline const QString lockedFields = QStringLiteral("lockedFields");
inline const QString consents = QStringLiteral("consents");
inline const QString required = QStringLiteral("required");
inline const QString granted = QStringLiteral("granted");
inline const QString grantedAt = QStringLiteral("grantedAt");
inline const QString quickStartUrl = QStringLiteral("quickStartUrl");
inline const QString storage = QStringLiteral("storage");
inline const QString primary = QStringLiteral("primary");
inline const QString replica = QStringLiteral("replica");
inline const QString region = QStringLiteral("region");
inline const QString container = QStringLiteral("container");
inline const QString provisioned = QStringLiteral("provisioned");
inline const QString url = QStringLiteral("url");
inline const QString usage = QStringLiteral("usage");
inline const QString licensesIncluded = QStringLiteral("licensesIncluded");
inline const QString licensesInUse = QStringLiteral("licensesInUse");
inline const QString storageBytes = QStringLiteral("storageBytes");
inline const QString measuredAt = QStringLiteral("measuredAt");
inline const QString account = QStringLiteral("account");
inline const QString containerUrl = QStringLiteral("containerUrl");
inline const QString expiresAt = QStringLiteral("expiresAt");
inline const QString verifiedAt = QStringLiteral("verifiedAt");
inline const QString createdAt = QStringLiteral("createdAt");
inline const QString createdBy = QStringLiteral("createdBy");
inline const QString updatedAt = QStringLiteral("updatedAt");
inline const QString kind = QStringLiteral("kind");
inline const QString percentComplete = QStringLiteral("percentComplete");
inline const QString steps = QStringLiteral("steps");
inline const QString error = QStringLiteral("error");
inline const QString email = QStringLiteral("email");
inline const QString level = QStringLiteral("level");
inline const QString username = QStringLiteral("username");
inline const QString password = QStringLiteral("password");
inline const QString role = QStringLiteral("role");
inline const QString at = QStringLiteral("at");
inline const QString actor = QStringLiteral("actor");
inline const QString action = QStringLiteral("action");
inline const QString target = QStringLiteral("target");
inline const QString result = QStringLiteral("result");
inline const QString detail = QStringLiteral("detail");
inline const QString geography = QStringLiteral("geography");
inline const QString pairedRegion = QStringLiteral("pairedRegion");
// Mails of the outbox (api.md 1.1, "Notification emails").
inline const QString to = QStringLiteral("to");
inline const QString subject = QStringLiteral("subject");
inline const QString attempts = QStringLiteral("attempts");
inline const QString lastError = QStringLiteral("lastError");
inline const QString sentAt = QStringLiteral("sentAt");

// "tenant" + "name" -> "tenant.name"
inline QString path(const QString &group, const QString &member)
{
    return group + QLatin1Char('.') + member;
}
// "tenant.adminUpns" + 1 -> "tenant.adminUpns[1]"
inline QString indexed(const QString &listPath, qsizetype index)
{
    return listPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace insights::field
