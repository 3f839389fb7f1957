#include "lifecycle.h"

namespace insights {

QString Lifecycle::licenseType(UserType type)
{
    return type == UserType::Pro ? QStringLiteral("Audio & Redundancy")
                                 : QStringLiteral("Audio Recording");
}

HealthStatus Lifecycle::statusFor(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Ready:
        return HealthStatus::OK;
    case DeploymentStatus::Deploying:
    case DeploymentStatus::PendingConsents:
    case DeploymentStatus::Deleting:
        return HealthStatus::Warning;
    case DeploymentStatus::DeploymentError:
    case DeploymentStatus::DeletionFailed:
        return HealthStatus::Error;
    case DeploymentStatus::Deleted:
        return HealthStatus::None;
    }
    return HealthStatus::None;
}

HealthStatus Lifecycle::worst(const QList<HealthStatus> &statuses)
{
    auto rank = [](HealthStatus s) {
        switch (s) {
        case HealthStatus::Error:
            return 3;
        case HealthStatus::Warning:
            return 2;
        case HealthStatus::OK:
            return 1;
        default:
            return 0;
        }
    };
    HealthStatus result = HealthStatus::NotOnboarded;
    for (HealthStatus s : statuses) {
        if (rank(s) > rank(result))
            result = s;
    }
    return result;
}

const QList<ConsentDefinition> &Lifecycle::consentCatalog()
{
    static const QList<ConsentDefinition> catalog = {
        {QStringLiteral("m365-login"), QStringLiteral("M365 Login"), false},
        {QStringLiteral("read-directory"),
         QStringLiteral("Read Azure Active Directory Users and Groups"), false},
        {QStringLiteral("recording-calls"), QStringLiteral("Recording Calls"), false},
        {QStringLiteral("redundant-recording-calls"), QStringLiteral("Redundant Recording Calls"),
         true},
    };
    return catalog;
}

const ConsentDefinition *Lifecycle::consent(QStringView id)
{
    for (const ConsentDefinition &c : consentCatalog()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QStringList Lifecycle::requiredConsents(UserType type)
{
    QStringList ids;
    for (const ConsentDefinition &c : consentCatalog()) {
        if (!c.proOnly || type == UserType::Pro)
            ids << c.id;
    }
    return ids;
}

QString Lifecycle::firstConsentId()
{
    return consentCatalog().constFirst().id;
}

QStringList Lifecycle::deploySteps()
{
    return {QStringLiteral("validate-settings"), QStringLiteral("create-primary-storage"),
            QStringLiteral("create-replica-storage"), QStringLiteral("register-bots"),
            QStringLiteral("issue-quick-start")};
}

QStringList Lifecycle::updateSteps()
{
    return {QStringLiteral("validate-settings"), QStringLiteral("update-replica-storage"),
            QStringLiteral("update-bots"), QStringLiteral("update-consents")};
}

QStringList Lifecycle::deleteSteps()
{
    return {QStringLiteral("unregister-bots"), QStringLiteral("remove-storage"),
            QStringLiteral("revoke-quick-start")};
}

bool Lifecycle::mayChange(Role role)
{
    return role != Role::Monitor;
}

bool Lifecycle::mayManageUsers(Role role)
{
    return role == Role::Admin;
}

QString Lifecycle::consentAlarmMessage(const QStringList &missingConsentNames)
{
    return tr("Customer must complete the consent process in the Quick Start wizard "
              "(missing: %1)")
        .arg(missingConsentNames.join(QStringLiteral(", ")));
}

} // namespace insights
