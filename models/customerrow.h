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
    // Usage (api.md 1.1): -1 until the platform (licences) or the storage scan reports it.
    qint64 licensesInUse = -1;
    qint64 storageBytes = -1;
    qint8 deployment = -1;
    qint8 userType = -1;
    // What the services table adds: the service's own status (its alarms count), its
    // replica's region and when it was created.
    qint8 serviceHealth = -1;
    QString replicaRegion;
    qint64 serviceCreatedAtMs = 0;

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
            licensesInUse = storageBytes = -1;
            deployment = userType = serviceHealth = -1;
            replicaRegion = QString();
            serviceCreatedAtMs = 0;
            return;
        }
        const TenantSettings &t = s->settings.tenant;
        serviceId = s->id;
        tenantName = t.name;
        domain = t.domain;
        shortName = t.shortName;
        storageLocation = t.storageLocation;
        alarm = Lifecycle::alarmSummary(Lifecycle::localisedAlarms(*s));
        includedUsers = qint32(t.includedUsers);
        licensesInUse = s->usage.licensesInUse.value_or(-1);
        storageBytes = s->usage.storageBytes.value_or(-1);
        deployment = qint8(s->deploymentStatus);
        userType = qint8(t.userType);
        serviceHealth = qint8(s->status());
        replicaRegion = s->storage.replica ? s->storage.replica->region : QString();
        serviceCreatedAtMs = s->createdAt.isValid() ? s->createdAt.toMSecsSinceEpoch() : 0;
    }
};

} // namespace insights
