#pragma once
// Sample services and their ids for the model tests: svc-0001 belongs to cus-0001, and each
// state brings the alarm the server would give it.
#include "domain.h"

#include <QDateTime>

namespace insights::samples {

inline QString serviceId(int i)
{
    return QString("svc-%1").arg(i, 4, 10, QChar('0'));
}

inline QString customerId(int i)
{
    return QString("cus-%1").arg(i, 4, 10, QChar('0'));
}

inline Service service(int i, DeploymentStatus state = DeploymentStatus::Ready)
{
    Service s;
    s.id = serviceId(i);
    s.customerId = customerId(i);
    s.settings.tenant.name = QString("Tenant-%1").arg(i);
    s.settings.tenant.domain = QString("t%1.onmicrosoft.com").arg(i);
    s.settings.tenant.shortName = QString("T%1").arg(i);
    s.settings.tenant.userType = UserType::Essential;
    s.settings.tenant.includedUsers = 100;
    s.settings.tenant.storageLocation = "westeurope";
    s.deploymentStatus = state;
    s.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 30), Qt::UTC).addSecs(i * 60);
    s.createdBy = "alice";
    if (state == DeploymentStatus::PendingConsents)
        s.alarms << Alarm{"consent-required", "warning", "Customer must consent", {}};
    if (state == DeploymentStatus::DeploymentError)
        s.alarms << Alarm{"deployment-failed", "error", "register-bots failed", {}};
    return s;
}

} // namespace insights::samples
