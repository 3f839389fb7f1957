#include "domainjson.h"

#include "fieldnames.h"
#include "jsonobjectreader.h"

namespace insights {

namespace f = field;
using namespace jsonread;

QString DomainJson::timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

// The exact form timestamp() writes, "2026-11-27T10:20:51.123Z", read without QDateTime's
// general parser: caches and syncs read hundreds of thousands of these.
std::optional<qint64> fastUtcMilliseconds(const QString &s)
{
    if (s.size() != 24 || s[4] != u'-' || s[7] != u'-' || s[10] != u'T' || s[13] != u':' ||
        s[16] != u':' || s[19] != u'.' || s[23] != u'Z')
        return std::nullopt;
    auto num = [&s](int from, int len, bool *ok) {
        int v = 0;
        for (int i = from; i < from + len; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                *ok = false;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    bool ok = true;
    const int year = num(0, 4, &ok), month = num(5, 2, &ok), day = num(8, 2, &ok);
    const int hour = num(11, 2, &ok), minute = num(14, 2, &ok), second = num(17, 2, &ok);
    const int ms = num(20, 3, &ok);
    if (!ok || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 59 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60000LL +
           second * 1000LL + ms;
}

} // namespace

QDateTime DomainJson::parseTimestamp(const QString &s)
{
    if (const auto ms = fastUtcMilliseconds(s))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject DomainJson::toJson(const TenantSettings &v)
{
    return {{f::name, v.name},
            {f::domain, v.domain},
            {f::shortName, v.shortName},
            {f::contactEmails, QJsonArray::fromStringList(v.contactEmails)},
            {f::adminUpns, QJsonArray::fromStringList(v.adminUpns)},
            {f::userType, toString(v.userType)},
            {f::includedUsers, double(v.includedUsers)},
            {f::allowExceedIncludedUsers, v.allowExceedIncludedUsers},
            {f::storageLocation, v.storageLocation},
            {f::byos, v.byos},
            {f::unlimitedRetention, v.unlimitedRetention},
            {f::notes, v.notes}};
}

QJsonObject DomainJson::toJson(const ComplianceSettings &v)
{
    return {{f::controlTeamsNotifications, v.controlTeamsNotifications},
            {f::teamsNotificationsWaiverReference, v.teamsNotificationsWaiverReference},
            {f::deleteCallRecordings, v.deleteCallRecordings},
            {f::advancedStorage, v.advancedStorage}};
}

QJsonObject DomainJson::toJson(const ServiceDraft &v)
{
    return {{f::type, v.type},
            {f::tenant, toJson(v.settings.tenant)},
            {f::compliance, toJson(v.settings.compliance)}};
}

TenantSettings DomainJson::tenantFromJson(const QJsonObject &o, JsonProblems *problems,
                                          const QString &path)
{
    ObjectReader r(o, path, problems);
    TenantSettings t;
    t.name = r.string(f::name, true);
    t.domain = r.string(f::domain, true);
    t.shortName = r.string(f::shortName, true);
    t.contactEmails = r.stringList(f::contactEmails, true);
    t.adminUpns = r.stringList(f::adminUpns, true);
    t.userType = enumMember(r, f::userType, &userTypeFromString, UserType::Unknown, true);
    t.includedUsers = r.integer(f::includedUsers, true);
    t.allowExceedIncludedUsers = r.boolean(f::allowExceedIncludedUsers);
    t.storageLocation = r.string(f::storageLocation, true);
    t.byos = r.boolean(f::byos);
    t.unlimitedRetention = r.boolean(f::unlimitedRetention);
    t.notes = r.string(f::notes);
    r.finish();
    return t;
}

ComplianceSettings DomainJson::complianceFromJson(const QJsonObject &o, JsonProblems *problems,
                                                  const QString &path,
                                                  std::optional<UserType> userType)
{
    ObjectReader r(o, path, problems);
    ComplianceSettings c;
    c.controlTeamsNotifications = r.boolean(f::controlTeamsNotifications);
    c.teamsNotificationsWaiverReference = r.string(f::teamsNotificationsWaiverReference);
    c.deleteCallRecordings = r.boolean(f::deleteCallRecordings);
    // Left out, Advanced Storage follows the user type, as the form shows it.
    const bool derived = userType && *userType == UserType::Pro;
    c.advancedStorage = r.boolean(f::advancedStorage, derived);
    r.finish();
    return c;
}

ServiceDraft DomainJson::serviceDraftFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    ServiceDraft d;
    d.type = r.string(f::type, true);
    if (problems && r.has(f::type) && !d.type.isEmpty() && d.type != interactionRecordingType)
        problems->valueErrors << FieldError{f::type, QStringLiteral("invalid-choice"),
                                            tr("'%1' is not a service type; the only type is %2")
                                                .arg(d.type, interactionRecordingType),
                                            Severity::Error};
    const auto tenant = r.object(f::tenant, true);
    if (tenant)
        d.settings.tenant = tenantFromJson(*tenant, problems, f::tenant);
    const std::optional<UserType> userType =
        tenant ? std::optional(d.settings.tenant.userType) : std::nullopt;
    const auto compliance = r.object(f::compliance);
    d.settings.compliance =
        complianceFromJson(compliance.value_or(QJsonObject()), problems, f::compliance, userType);
    // Read-only members of the service resource a client may echo back.
    r.ignore({f::id, f::customerId, f::licenseType, f::deploymentStatus, f::status, f::alarms,
              f::lockedFields, f::consents, f::quickStartUrl, f::storage, f::usage, f::createdAt,
              f::createdBy, f::updatedAt});
    r.finish();
    return d;
}

namespace {

QJsonValue optionalNumber(const std::optional<qint64> &n)
{
    return n ? QJsonValue(double(*n)) : QJsonValue(QJsonValue::Null);
}

QJsonObject usageJson(const Service &v)
{
    return {{f::licensesIncluded, double(v.settings.tenant.includedUsers)},
            {f::licensesInUse, optionalNumber(v.usage.licensesInUse)},
            {f::storageBytes, optionalNumber(v.usage.storageBytes)},
            {f::measuredAt, timestampValue(v.usage.measuredAt)}};
}

} // namespace

QJsonObject DomainJson::toJson(const Service &v)
{
    QJsonArray alarms;
    for (const Alarm &a : v.alarms)
        alarms.append(QJsonObject{{f::code, a.code},
                                  {f::severity, a.severity},
                                  {f::message, a.message},
                                  {f::raisedAt, timestampValue(a.raisedAt)}});
    QJsonArray consents;
    for (const ConsentState &c : v.consents)
        consents.append(QJsonObject{{f::id, c.id},
                                    {f::name, c.name},
                                    {f::required, c.required},
                                    {f::granted, c.granted},
                                    {f::grantedAt, timestampValue(c.grantedAt)}});
    QJsonObject storage{
        {f::primary, v.storage.primary ? QJsonValue(placementJson(*v.storage.primary))
                                       : QJsonValue(QJsonValue::Null)},
        {f::replica, v.storage.replica ? QJsonValue(placementJson(*v.storage.replica))
                                       : QJsonValue(QJsonValue::Null)}};
    return {{f::id, v.id},
            {f::customerId, v.customerId},
            {f::type, v.type},
            {f::tenant, toJson(v.settings.tenant)},
            {f::compliance, toJson(v.settings.compliance)},
            {f::licenseType, v.licenseType()},
            {f::deploymentStatus, toString(v.deploymentStatus)},
            {f::status, toString(v.status())},
            {f::alarms, alarms},
            {f::lockedFields, QJsonArray::fromStringList(v.lockedFields)},
            {f::consents, consents},
            {f::quickStartUrl, nullable(v.quickStartUrl)},
            {f::storage, storage},
            {f::usage, usageJson(v)},
            {f::createdAt, timestampValue(v.createdAt)},
            {f::createdBy, v.createdBy},
            {f::updatedAt, timestampValue(v.updatedAt)}};
}

Service DomainJson::serviceFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    Service s;
    s.id = r.string(f::id);
    s.customerId = r.string(f::customerId);
    s.type = r.string(f::type);
    if (const auto t = r.object(f::tenant))
        s.settings.tenant = tenantFromJson(*t, problems, f::tenant);
    if (const auto c = r.object(f::compliance))
        s.settings.compliance = complianceFromJson(*c, problems, f::compliance);
    s.deploymentStatus = enumMember(r, f::deploymentStatus, &deploymentStatusFromString,
                                    DeploymentStatus::Deploying);
    if (const auto alarms = r.array(f::alarms)) {
        for (const QJsonValue &v : *alarms) {
            ObjectReader a(v.toObject(), f::alarms, problems);
            s.alarms << Alarm{a.string(f::code), a.string(f::severity), a.string(f::message),
                              a.timestamp(f::raisedAt)};
            a.finish();
        }
    }
    s.lockedFields = r.stringList(f::lockedFields);
    if (const auto consents = r.array(f::consents)) {
        for (const QJsonValue &v : *consents) {
            ObjectReader c(v.toObject(), f::consents, problems);
            ConsentState cs;
            cs.id = c.string(f::id);
            cs.name = c.string(f::name);
            cs.required = c.boolean(f::required, true);
            cs.granted = c.boolean(f::granted);
            cs.grantedAt = c.timestamp(f::grantedAt);
            c.finish();
            s.consents << cs;
        }
    }
    s.quickStartUrl = r.nullableString(f::quickStartUrl);
    if (const auto storage = r.object(f::storage)) {
        ObjectReader st(*storage, f::storage, problems);
        s.storage.primary =
            placementFromJson(st.object(f::primary), problems, st.pathOf(f::primary));
        s.storage.replica =
            placementFromJson(st.object(f::replica), problems, st.pathOf(f::replica));
        st.finish();
    }
    if (const auto usage = r.object(f::usage)) {
        ObjectReader u(*usage, f::usage, problems);
        u.ignore({f::licensesIncluded}); // the tenant's included users
        s.usage.licensesInUse = u.optionalInteger(f::licensesInUse);
        s.usage.storageBytes = u.optionalInteger(f::storageBytes);
        s.usage.measuredAt = u.timestamp(f::measuredAt);
        u.finish();
    }
    s.createdAt = r.timestamp(f::createdAt);
    s.createdBy = r.string(f::createdBy);
    s.updatedAt = r.timestamp(f::updatedAt);
    r.ignore({f::licenseType, f::status}); // derived from the settings and the state
    r.finish();
    return s;
}

QJsonObject DomainJson::toJson(const Customer &v)
{
    return {{f::id, v.id},
            {f::displayName, v.displayName},
            {f::description, v.description},
            {f::status, toString(v.status)},
            {f::serviceIds, QJsonArray::fromStringList(v.serviceIds)},
            {f::createdAt, timestampValue(v.createdAt)},
            {f::createdBy, v.createdBy},
            {f::updatedAt, timestampValue(v.updatedAt)}};
}

Customer DomainJson::customerFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    Customer c;
    c.id = r.string(f::id);
    c.displayName = r.string(f::displayName);
    c.description = r.string(f::description);
    c.status = enumMember(r, f::status, &healthStatusFromString, HealthStatus::NotOnboarded);
    c.serviceIds = r.stringList(f::serviceIds);
    c.createdAt = r.timestamp(f::createdAt);
    c.createdBy = r.string(f::createdBy);
    c.updatedAt = r.timestamp(f::updatedAt);
    r.finish();
    return c;
}

} // namespace insights
