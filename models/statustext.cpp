#include "statustext.h"

#include <QHash>

namespace insights {

QString StatusText::health(HealthStatus s)
{
    switch (s) {
    case HealthStatus::OK:
        return tr("OK");
    case HealthStatus::Warning:
        return tr("Warning");
    case HealthStatus::Error:
        return tr("Error");
    case HealthStatus::NotOnboarded:
        return tr("Not onboarded");
    case HealthStatus::None:
        return {};
    }
    return {};
}

QString StatusText::deployment(DeploymentStatus s)
{
    switch (s) {
    case DeploymentStatus::Deploying:
        return tr("Deploying");
    case DeploymentStatus::PendingConsents:
        return tr("Pending consents");
    case DeploymentStatus::Ready:
        return tr("Ready");
    case DeploymentStatus::DeploymentError:
        return tr("Deployment error");
    case DeploymentStatus::Deleting:
        return tr("Deleting");
    case DeploymentStatus::Deleted:
        return tr("Deleted");
    case DeploymentStatus::DeletionFailed:
        return tr("Deletion failed");
    case DeploymentStatus::Suspended:
        return tr("Suspended");
    }
    return {};
}

QString StatusText::userType(UserType t)
{
    switch (t) {
    case UserType::Essential:
        return tr("Essential");
    case UserType::Pro:
        return tr("Pro");
    case UserType::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString StatusText::iconName(HealthStatus s)
{
    switch (s) {
    case HealthStatus::OK:
        return QStringLiteral("status-ok");
    case HealthStatus::Warning:
        return QStringLiteral("status-warning");
    case HealthStatus::Error:
        return QStringLiteral("status-error");
    default:
        return QStringLiteral("status-not-onboarded");
    }
}

QString StatusText::role(Role r)
{
    switch (r) {
    case Role::Admin:
        return tr("Admin");
    case Role::Operator:
        return tr("Operator");
    case Role::Monitor:
        return tr("Monitor");
    }
    return {};
}

QString StatusText::roleWithScope(Role r)
{
    switch (r) {
    case Role::Admin:
        return tr("Admin: everything");
    case Role::Operator:
        return tr("Operator: add, edit and delete");
    case Role::Monitor:
        return tr("Monitor: read-only");
    }
    return {};
}

QString StatusText::operation(OperationKind k)
{
    switch (k) {
    case OperationKind::Deploy:
        return tr("Deploy");
    case OperationKind::Update:
        return tr("Update");
    case OperationKind::Delete:
        return tr("Offboarding");
    case OperationKind::Suspend:
        return tr("Suspension");
    case OperationKind::Reactivate:
        return tr("Reactivation");
    }
    return {};
}

QString StatusText::auditAction(const QString &action)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("login"), QT_TR_NOOP("Sign-in")},
        {QStringLiteral("user.bootstrap"), QT_TR_NOOP("First admin created")},
        {QStringLiteral("user.create"), QT_TR_NOOP("Console user added")},
        {QStringLiteral("user.update"), QT_TR_NOOP("Console user changed")},
        {QStringLiteral("user.delete"), QT_TR_NOOP("Console user removed")},
        {QStringLiteral("customer.create"), QT_TR_NOOP("Customer created")},
        {QStringLiteral("customer.update"), QT_TR_NOOP("Customer changed")},
        {QStringLiteral("customer.delete"), QT_TR_NOOP("Customer deleted")},
        {QStringLiteral("service.create"), QT_TR_NOOP("Service created")},
        {QStringLiteral("service.update"), QT_TR_NOOP("Service changed")},
        {QStringLiteral("service.delete"), QT_TR_NOOP("Service offboarded")},
        {QStringLiteral("service.deploy"), QT_TR_NOOP("Deploy retried")},
        {QStringLiteral("service.suspend"), QT_TR_NOOP("Service suspended")},
        {QStringLiteral("import.create"), QT_TR_NOOP("CSV import started")},
        {QStringLiteral("service.reactivate"), QT_TR_NOOP("Service reactivated")},
        {QStringLiteral("operator.create"), QT_TR_NOOP("Operator added")},
        {QStringLiteral("operator.update"), QT_TR_NOOP("Operator changed")},
        {QStringLiteral("operator.delete"), QT_TR_NOOP("Operator removed")},
        {QStringLiteral("consent.grant"), QT_TR_NOOP("Consent granted")},
        {QStringLiteral("service.notify"), QT_TR_NOOP("Quick Start email resent")},
    };
    const auto it = words.constFind(action);
    return it == words.cend() ? action : tr(*it);
}

QString StatusText::mailKind(const QString &kind)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("quick-start"), QT_TR_NOOP("Quick Start email")},
        {QStringLiteral("service-ready"), QT_TR_NOOP("Ready email")},
        {QStringLiteral("deployment-failed"), QT_TR_NOOP("Deployment-failed email")},
    };
    const auto it = words.constFind(kind);
    return it == words.cend() ? kind : tr(*it);
}

} // namespace insights
