#include "domain.h"

#include "lifecycle.h"

#include <array>
#include <utility>

namespace insights {

namespace {

template <typename E, std::size_t N>
using Spellings = std::array<std::pair<E, const char16_t *>, N>;

template <typename E, std::size_t N> QString spell(const Spellings<E, N> &table, E v)
{
    for (const auto &[value, text] : table) {
        if (value == v)
            return QString::fromUtf16(text);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parse(const Spellings<E, N> &table, QStringView s)
{
    for (const auto &[value, text] : table) {
        if (s == QStringView(text))
            return value;
    }
    return std::nullopt;
}

constexpr Spellings<UserType, 2> userTypes{
    {{UserType::Essential, u"essential"}, {UserType::Pro, u"pro"}}};
constexpr Spellings<DeploymentStatus, 8> deploymentStatuses{
    {{DeploymentStatus::Deploying, u"Deploying"},
     {DeploymentStatus::PendingConsents, u"PendingConsents"},
     {DeploymentStatus::Ready, u"Ready"},
     {DeploymentStatus::DeploymentError, u"DeploymentError"},
     {DeploymentStatus::Deleting, u"Deleting"},
     {DeploymentStatus::Deleted, u"Deleted"},
     {DeploymentStatus::DeletionFailed, u"DeletionFailed"},
     {DeploymentStatus::Suspended, u"Suspended"}}};
constexpr Spellings<HealthStatus, 5> healthStatuses{{{HealthStatus::OK, u"OK"},
                                                     {HealthStatus::Warning, u"Warning"},
                                                     {HealthStatus::Error, u"Error"},
                                                     {HealthStatus::NotOnboarded, u"NotOnboarded"},
                                                     {HealthStatus::None, u"None"}}};
constexpr Spellings<Role, 3> roles{
    {{Role::Admin, u"admin"}, {Role::Operator, u"operator"}, {Role::Monitor, u"monitor"}}};
constexpr Spellings<OperationKind, 5> operationKinds{{{OperationKind::Deploy, u"deploy"},
                                                      {OperationKind::Update, u"update"},
                                                      {OperationKind::Delete, u"delete"},
                                                      {OperationKind::Suspend, u"suspend"},
                                                      {OperationKind::Reactivate, u"reactivate"}}};
constexpr Spellings<OperationStatus, 5> operationStatuses{
    {{OperationStatus::NotStarted, u"NotStarted"},
     {OperationStatus::Running, u"Running"},
     {OperationStatus::Succeeded, u"Succeeded"},
     {OperationStatus::Failed, u"Failed"},
     {OperationStatus::Skipped, u"Skipped"}}};

} // namespace

QString toString(UserType v)
{
    return spell(userTypes, v);
}
QString toString(DeploymentStatus v)
{
    return spell(deploymentStatuses, v);
}
QString toString(HealthStatus v)
{
    return spell(healthStatuses, v);
}
QString toString(Role v)
{
    return spell(roles, v);
}
QString toString(OperationKind v)
{
    return spell(operationKinds, v);
}
QString toString(OperationStatus v)
{
    return spell(operationStatuses, v);
}

std::optional<UserType> userTypeFromString(QStringView s)
{
    return parse(userTypes, s);
}
std::optional<DeploymentStatus> deploymentStatusFromString(QStringView s)
{
    return parse(deploymentStatuses, s);
}
std::optional<HealthStatus> healthStatusFromString(QStringView s)
{
    return parse(healthStatuses, s);
}
std::optional<Role> roleFromString(QStringView s)
{
    return parse(roles, s);
}
std::optional<OperationKind> operationKindFromString(QStringView s)
{
    return parse(operationKinds, s);
}
std::optional<OperationStatus> operationStatusFromString(QStringView s)
{
    return parse(operationStatuses, s);
}

QString Service::licenseType() const
{
    return Lifecycle::licenseType(settings.tenant.userType);
}

HealthStatus Service::status() const
{
    return Lifecycle::statusFor(deploymentStatus, alarms);
}

} // namespace insights
