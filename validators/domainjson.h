#pragma once

#include "domain.h"
#include "verdict.h"

#include <QJsonObject>

namespace insights {

// What was wrong with a JSON object, split by the status code api.md gives it:
// shape errors (wrong type, unknown member) are a 400, missing or bad values a 422.
struct JsonProblems
{
    QList<FieldError> shapeErrors;
    QList<FieldError> valueErrors;

    bool isEmpty() const { return shapeErrors.isEmpty() && valueErrors.isEmpty(); }
};

// A POST /customers/{id}/services body.
struct ServiceDraft
{
    QString type = interactionRecordingType;
    ServiceSettings settings;

    friend bool operator==(const ServiceDraft &, const ServiceDraft &) = default;
};

// JSON of every domain type, exactly as api.md spells it. Parsing is strict when a
// JsonProblems is given (requests), lenient otherwise (responses the client reads).
class DomainJson
{
    Q_DECLARE_TR_FUNCTIONS(DomainJson)

public:
    static QJsonObject toJson(const TenantSettings &v);
    static QJsonObject toJson(const ComplianceSettings &v);
    static QJsonObject toJson(const ServiceDraft &v);
    static QJsonObject toJson(const Service &v);
    static QJsonObject toJson(const Customer &v);
    static QJsonObject toJson(const Operation &v);
    static QJsonObject toJson(const CustomerOperator &v);
    static QJsonObject toJson(const ConsoleUser &v);
    static QJsonObject toJson(const AuditEntry &v);
    static QJsonObject toJson(const OutboxMail &v);
    static QJsonObject toJson(const ByosLocation &v);

    static TenantSettings tenantFromJson(const QJsonObject &o, JsonProblems *problems = nullptr,
                                         const QString &path = {});
    static ComplianceSettings complianceFromJson(const QJsonObject &o,
                                                 JsonProblems *problems = nullptr,
                                                 const QString &path = {},
                                                 std::optional<UserType> userType = {});
    static ServiceDraft serviceDraftFromJson(const QJsonObject &o,
                                             JsonProblems *problems = nullptr);
    static Service serviceFromJson(const QJsonObject &o, JsonProblems *problems = nullptr);
    static Customer customerFromJson(const QJsonObject &o, JsonProblems *problems = nullptr);
    static Operation operationFromJson(const QJsonObject &o, JsonProblems *problems = nullptr);
    static CustomerOperator customerOperatorFromJson(const QJsonObject &o,
                                                     JsonProblems *problems = nullptr);
    static ConsoleUser consoleUserFromJson(const QJsonObject &o, JsonProblems *problems = nullptr);
    static AuditEntry auditEntryFromJson(const QJsonObject &o, JsonProblems *problems = nullptr);
    static OutboxMail outboxMailFromJson(const QJsonObject &o, JsonProblems *problems = nullptr);
    static ByosLocation byosLocationFromJson(const QJsonObject &o,
                                             JsonProblems *problems = nullptr);

    // RFC 3339 UTC with milliseconds, e.g. "2026-11-27T10:20:51.123Z".
    static QString timestamp(const QDateTime &t);
    static QDateTime parseTimestamp(const QString &s);
};

} // namespace insights
