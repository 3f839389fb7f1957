#include "domainjson.h"

#include "fieldnames.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

namespace insights {

namespace f = field;

namespace {

QString joinPath(const QString &prefix, const QString &member)
{
    return prefix.isEmpty() ? member : f::path(prefix, member);
}

// Reads the members of one JSON object. With a JsonProblems it records each wrong type,
// each missing required member and, in finish(), each member nobody asked for.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, JsonProblems *problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    QString string(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            wrongType(key, DomainJson::tr("must be a string"));
        return {};
    }

    // A string member that may also be null (null reads as empty).
    QString nullableString(const QString &key) { return string(key); }

    bool boolean(const QString &key, bool fallback = false)
    {
        const QJsonValue v = take(key, false);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            wrongType(key, DomainJson::tr("must be true or false"));
        return fallback;
    }

    qint64 integer(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined() || (v.isNull() && !m_problems))
            return 0;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d) {
            wrongType(key, DomainJson::tr("must be a whole number"));
            return 0;
        }
        // Out-of-range values stay out of range, so the value rule reports them.
        if (d >= 9.2e18)
            return std::numeric_limits<qint64>::max();
        if (d <= -9.2e18)
            return std::numeric_limits<qint64>::min();
        return qint64(d);
    }

    QStringList stringList(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            wrongType(key, DomainJson::tr("must be a list of strings"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].isString()) {
                out << a[i].toString();
            } else {
                addShape(f::indexed(joinPath(m_path, key), i), QStringLiteral("wrong-type"),
                         DomainJson::tr("must be a string"));
                out << QString();
            }
        }
        return out;
    }

    // The member as an object, or nullopt when absent or null.
    std::optional<QJsonObject> object(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            wrongType(key, DomainJson::tr("must be an object"));
        return std::nullopt;
    }

    std::optional<QJsonArray> array(const QString &key)
    {
        const QJsonValue v = take(key, false);
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined() && !v.isNull())
            wrongType(key, DomainJson::tr("must be a list"));
        return std::nullopt;
    }

    QDateTime timestamp(const QString &key)
    {
        const QString s = string(key);
        return s.isEmpty() ? QDateTime() : DomainJson::parseTimestamp(s);
    }

    // A member a client may echo back (id, status, ...): accepted and ignored.
    void ignore(std::initializer_list<QString> keys)
    {
        for (const QString &k : keys)
            m_seen.insert(k);
    }

    // Reports every member that was never read: api.md forbids silent mass assignment.
    void finish()
    {
        if (!m_problems)
            return;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                addShape(joinPath(m_path, it.key()), QStringLiteral("unknown-member"),
                         DomainJson::tr("is not a member of this object"));
        }
    }

    QString pathOf(const QString &key) const { return joinPath(m_path, key); }
    JsonProblems *problems() const { return m_problems; }
    bool has(const QString &key) const { return m_object.contains(key); }

private:
    QJsonValue take(const QString &key, bool required)
    {
        m_seen.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && required && m_problems)
            m_problems->valueErrors << FieldError{pathOf(key), QStringLiteral("required"),
                                                  DomainJson::tr("Required"), Severity::Error};
        return v;
    }

    void wrongType(const QString &key, const QString &what)
    {
        addShape(pathOf(key), QStringLiteral("wrong-type"), what);
    }

    void addShape(const QString &path, const QString &code, const QString &message)
    {
        if (m_problems)
            m_problems->shapeErrors << FieldError{path, code, message, Severity::Error};
    }

    QJsonObject m_object;
    QString m_path;
    JsonProblems *m_problems;
    QSet<QString> m_seen;
};

QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue timestampValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(DomainJson::timestamp(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject placementJson(const StoragePlacement &p)
{
    return {{f::region, p.region},
            {f::container, p.container},
            {f::provisioned, p.provisioned},
            {f::url, p.url.isEmpty() ? QJsonValue() : QJsonValue(p.url)}};
}

std::optional<StoragePlacement> placementFromJson(const std::optional<QJsonObject> &o,
                                                  JsonProblems *problems, const QString &path)
{
    if (!o)
        return std::nullopt;
    ObjectReader r(*o, path, problems);
    StoragePlacement p;
    p.region = r.string(f::region);
    p.container = r.string(f::container);
    p.provisioned = r.boolean(f::provisioned);
    p.url = r.string(f::url);
    r.finish();
    return p;
}

template <typename E>
E enumMember(ObjectReader &r, const QString &key, std::optional<E> (*parse)(QStringView),
             E fallback, bool required = false)
{
    const QString s = r.string(key, required);
    if (const auto v = parse(s))
        return *v;
    if (r.problems() && r.has(key))
        r.problems()->valueErrors << FieldError{r.pathOf(key), QStringLiteral("invalid-choice"),
                                                DomainJson::tr("'%1' is not one of the allowed "
                                                               "values")
                                                    .arg(s),
                                                Severity::Error};
    return fallback;
}

} // namespace

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
              f::lockedFields, f::consents, f::quickStartUrl, f::storage, f::createdAt,
              f::createdBy, f::updatedAt});
    r.finish();
    return d;
}

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

QJsonObject DomainJson::toJson(const Operation &v)
{
    QJsonArray steps;
    for (const OperationStep &s : v.steps)
        steps.append(QJsonObject{{f::name, s.name}, {f::status, toString(s.status)}});
    return {{f::id, v.id},
            {f::kind, toString(v.kind)},
            {f::serviceId, v.serviceId},
            {f::status, toString(v.status)},
            {f::percentComplete, v.percentComplete},
            {f::steps, steps},
            {f::error, v.error ? QJsonValue(QJsonObject{{f::code, v.error->code},
                                                        {f::message, v.error->message}})
                               : QJsonValue(QJsonValue::Null)},
            {f::createdAt, timestampValue(v.createdAt)},
            {f::updatedAt, timestampValue(v.updatedAt)}};
}

Operation DomainJson::operationFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    Operation op;
    op.id = r.string(f::id);
    op.kind = enumMember(r, f::kind, &operationKindFromString, OperationKind::Deploy);
    op.serviceId = r.string(f::serviceId);
    op.status = enumMember(r, f::status, &operationStatusFromString, OperationStatus::NotStarted);
    op.percentComplete = int(r.integer(f::percentComplete));
    if (const auto steps = r.array(f::steps)) {
        for (const QJsonValue &v : *steps) {
            ObjectReader s(v.toObject(), f::steps, problems);
            OperationStep step;
            step.name = s.string(f::name);
            step.status =
                enumMember(s, f::status, &operationStatusFromString, OperationStatus::NotStarted);
            s.finish();
            op.steps << step;
        }
    }
    if (const auto e = r.object(f::error)) {
        ObjectReader er(*e, f::error, problems);
        op.error = OperationError{er.string(f::code), er.string(f::message)};
        er.finish();
    }
    op.createdAt = r.timestamp(f::createdAt);
    op.updatedAt = r.timestamp(f::updatedAt);
    r.finish();
    return op;
}

QJsonObject DomainJson::toJson(const CustomerOperator &v)
{
    return {{f::id, v.id}, {f::name, v.name}, {f::email, v.email}, {f::level, toString(v.level)}};
}

CustomerOperator DomainJson::customerOperatorFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    CustomerOperator op;
    r.ignore({f::id});
    op.id = o.value(f::id).toString();
    op.name = r.string(f::name, true);
    op.email = r.string(f::email, true);
    op.level = enumMember(r, f::level, &roleFromString, Role::Operator, true);
    r.finish();
    return op;
}

QJsonObject DomainJson::toJson(const ConsoleUser &v)
{
    return {{f::username, v.username},
            {f::role, toString(v.role)},
            {f::createdAt, timestampValue(v.createdAt)}};
}

ConsoleUser DomainJson::consoleUserFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    ConsoleUser u;
    u.username = r.string(f::username, true);
    u.role = enumMember(r, f::role, &roleFromString, Role::Operator);
    u.createdAt = r.timestamp(f::createdAt);
    r.finish();
    return u;
}

QJsonObject DomainJson::toJson(const AuditEntry &v)
{
    return {{f::at, timestampValue(v.at)}, {f::actor, v.actor},   {f::action, v.action},
            {f::target, v.target},         {f::result, v.result}, {f::detail, v.detail}};
}

AuditEntry DomainJson::auditEntryFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    AuditEntry e;
    e.at = r.timestamp(f::at);
    e.actor = r.string(f::actor);
    e.action = r.string(f::action);
    e.target = r.string(f::target);
    e.result = r.string(f::result);
    e.detail = r.string(f::detail);
    r.finish();
    return e;
}

QJsonObject DomainJson::toJson(const OutboxMail &v)
{
    return {{f::id, v.id},
            {f::kind, v.kind},
            {f::to, v.to},
            {f::subject, v.subject},
            {f::serviceId, v.serviceId},
            {f::status, v.status},
            {f::attempts, v.attempts},
            {f::lastError, v.lastError.isEmpty() ? QJsonValue() : QJsonValue(v.lastError)},
            {f::createdAt, timestampValue(v.createdAt)},
            {f::sentAt, timestampValue(v.sentAt)}};
}

OutboxMail DomainJson::outboxMailFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    OutboxMail m;
    m.id = r.string(f::id);
    m.kind = r.string(f::kind);
    m.to = r.string(f::to);
    m.subject = r.string(f::subject);
    m.serviceId = r.string(f::serviceId);
    m.status = r.string(f::status);
    m.attempts = int(r.integer(f::attempts));
    m.lastError = r.string(f::lastError);
    m.createdAt = r.timestamp(f::createdAt);
    m.sentAt = r.timestamp(f::sentAt);
    r.finish();
    return m;
}

} // namespace insights
