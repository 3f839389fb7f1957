#pragma once

#include "domain.h"
#include "lifecycle.h"

namespace insights {

// What the customers table shows of one customer and its live service: the projection the
// cache keeps next to the full objects, so the table loads without parsing any JSON.
struct CustomerRow
{
    QString customerId;
    QString displayName;
    QString createdBy;
    qint64 createdAtMs = 0;
    qint8 health = qint8(HealthStatus::NotOnboarded);
    // Empty/-1 when the customer has no live service.
    QString serviceId;
    QString tenantName;
    QString domain;
    QString shortName;
    QString storageLocation; // an id of the storage-location table
    QString alarm;           // Lifecycle::alarmSummary of its alarms
    qint32 includedUsers = 0;
    qint8 deployment = -1;
    qint8 userType = -1;

    void setCustomer(const Customer &c)
    {
        customerId = c.id;
        displayName = c.displayName;
        createdBy = c.createdBy;
        createdAtMs = c.createdAt.toMSecsSinceEpoch();
        health = qint8(c.status);
    }
    // A deleted service (or none) clears the service's columns.
    void setService(const Service *s)
    {
        if (!s || s->deploymentStatus == DeploymentStatus::Deleted) {
            serviceId = tenantName = domain = shortName = storageLocation = alarm = QString();
            includedUsers = 0;
            deployment = userType = -1;
            return;
        }
        const TenantSettings &t = s->settings.tenant;
        serviceId = s->id;
        tenantName = t.name;
        domain = t.domain;
        shortName = t.shortName;
        storageLocation = t.storageLocation;
        alarm = Lifecycle::alarmSummary(s->alarms);
        includedUsers = qint32(t.includedUsers);
        deployment = qint8(s->deploymentStatus);
        userType = qint8(t.userType);
    }
};

} // namespace insights
