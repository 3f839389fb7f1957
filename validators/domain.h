#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The domain types shared by the console and the server (domain.md, api.md). QtCore only.
namespace insights {

enum class UserType { Essential, Pro, Unknown };

// "Tenant Management" form.
struct TenantSettings
{
    QString name;
    QString domain;
    QString shortName;
    QStringList contactEmails;
    QStringList adminUpns;
    UserType userType = UserType::Essential;
    qint64 includedUsers = 0;
    bool allowExceedIncludedUsers = false;
    QString storageLocation;
    bool byos = false;
    bool unlimitedRetention = false;
    QString notes;

    friend bool operator==(const TenantSettings &, const TenantSettings &) = default;
};

// "Compliance Exception Features".
struct ComplianceSettings
{
    bool controlTeamsNotifications = false;
    QString teamsNotificationsWaiverReference;
    bool deleteCallRecordings = false;
    bool advancedStorage = false;

    friend bool operator==(const ComplianceSettings &, const ComplianceSettings &) = default;
};

struct ServiceSettings
{
    TenantSettings tenant;
    ComplianceSettings compliance;

    friend bool operator==(const ServiceSettings &, const ServiceSettings &) = default;
};

enum class DeploymentStatus {
    Deploying,
    PendingConsents,
    Ready,
    DeploymentError,
    Deleting,
    Deleted,
    DeletionFailed,
    // Stopped without deleting anything (api.md 1.1, "Suspend and reactivate").
    Suspended
};

// The icon status of a service or customer. None is a deleted service's (hidden).
enum class HealthStatus { OK, Warning, Error, NotOnboarded, None };

enum class Role { Admin, Operator, Monitor };

struct Alarm
{
    QString code;
    QString severity; // "warning" or "error"
    QString message;
    QDateTime raisedAt;

    friend bool operator==(const Alarm &, const Alarm &) = default;
};

struct ConsentState
{
    QString id;
    QString name;
    bool required = true;
    bool granted = false;
    QDateTime grantedAt; // null until granted

    friend bool operator==(const ConsentState &, const ConsentState &) = default;
};

struct StoragePlacement
{
    QString region;
    QString container;
    // Created for real in a storage account (api.md 1.1); false when the server has none for
    // the region, and then url is empty. The URL never carries a SAS.
    bool provisioned = false;
    QString url;

    friend bool operator==(const StoragePlacement &, const StoragePlacement &) = default;
};

struct ServiceStorage
{
    std::optional<StoragePlacement> primary;
    std::optional<StoragePlacement> replica;

    friend bool operator==(const ServiceStorage &, const ServiceStorage &) = default;
};

// What a service uses (api.md 1.1, "Usage"). licensesIncluded is the tenant's included users;
// the others are unknown (null) until measured: licences in use as the recording platform
// reports them, bytes as the server's scan of the service's containers adds them up.
struct ServiceUsage
{
    std::optional<qint64> licensesInUse;
    QDateTime measuredAt; // of licensesInUse
    std::optional<qint64> storageBytes;

    friend bool operator==(const ServiceUsage &, const ServiceUsage &) = default;
};

inline const QString interactionRecordingType = QStringLiteral("interaction-recording");

struct Service
{
    QString id;
    QString customerId;
    QString type = interactionRecordingType;
    ServiceSettings settings;
    DeploymentStatus deploymentStatus = DeploymentStatus::Deploying;
    QList<Alarm> alarms;
    QStringList lockedFields;
    QList<ConsentState> consents;
    QString quickStartUrl;
    ServiceStorage storage;
    ServiceUsage usage;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;

    // Derived members of the resource.
    QString licenseType() const;
    HealthStatus status() const;

    friend bool operator==(const Service &, const Service &) = default;
};

struct Customer
{
    QString id;
    QString displayName;
    QString description;
    HealthStatus status = HealthStatus::NotOnboarded;
    QStringList serviceIds;
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;

    friend bool operator==(const Customer &, const Customer &) = default;
};

enum class OperationKind { Deploy, Update, Delete, Suspend, Reactivate };
// Skipped: a step that does not apply to the service (the replica of an Essential deploy); it
// counts as finished but is never reported as done.
enum class OperationStatus { NotStarted, Running, Succeeded, Failed, Skipped };

struct OperationStep
{
    QString name;
    OperationStatus status = OperationStatus::NotStarted;

    friend bool operator==(const OperationStep &, const OperationStep &) = default;
};

struct OperationError
{
    QString code;
    QString message;

    friend bool operator==(const OperationError &, const OperationError &) = default;
};

struct Operation
{
    QString id;
    OperationKind kind = OperationKind::Deploy;
    QString serviceId;
    OperationStatus status = OperationStatus::NotStarted;
    int percentComplete = 0;
    QList<OperationStep> steps;
    std::optional<OperationError> error;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Operation &, const Operation &) = default;
};

// A person of the customer who may log in to the platform ("Live Platform Operator").
struct CustomerOperator
{
    QString id;
    QString name;
    QString email;
    Role level = Role::Operator;

    friend bool operator==(const CustomerOperator &, const CustomerOperator &) = default;
};

// Service-provider staff who use the console.
struct ConsoleUser
{
    QString username;
    Role role = Role::Operator;
    QDateTime createdAt = {}; // null when the server did not say

    friend bool operator==(const ConsoleUser &, const ConsoleUser &) = default;
};

// A notification mail in the server's outbox: one per recipient.
struct OutboxMail
{
    QString id;
    QString kind; // "quick-start", "service-ready", "deployment-failed"
    QString to;
    QString subject;
    QString serviceId;
    QString status; // "Pending", "Sent", "Failed"
    int attempts = 0;
    QString lastError; // why it is still pending, or why it failed
    QDateTime createdAt = {};
    QDateTime sentAt = {}; // null until sent

    friend bool operator==(const OutboxMail &, const OutboxMail &) = default;
};

// A storage location of the customer's own (api.md 1.1, "Bring your own storage"): a container
// the server verified by writing, reading and deleting a probe blob. Its SAS stays on the server.
struct ByosLocation
{
    QString id;
    QString serviceId;
    QString name;
    QString account;
    QString container;
    QString url;         // the container's URL without its SAS
    QDateTime expiresAt; // the SAS's "se"; null when it has none
    QDateTime verifiedAt;
    QString status; // "Verified", "Expiring" (within 14 days), "Expired"

    friend bool operator==(const ByosLocation &, const ByosLocation &) = default;
};

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString action;
    QString target;
    QString result;
    QString detail;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// The spelling of each enum value on the wire. An unknown spelling gives std::nullopt.
QString toString(UserType v);
QString toString(DeploymentStatus v);
QString toString(HealthStatus v);
QString toString(Role v);
QString toString(OperationKind v);
QString toString(OperationStatus v);
std::optional<UserType> userTypeFromString(QStringView s);
std::optional<DeploymentStatus> deploymentStatusFromString(QStringView s);
std::optional<HealthStatus> healthStatusFromString(QStringView s);
std::optional<Role> roleFromString(QStringView s);
std::optional<OperationKind> operationKindFromString(QStringView s);
std::optional<OperationStatus> operationStatusFromString(QStringView s);

} // namespace insights
