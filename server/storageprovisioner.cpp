#include "storageprovisioner.h"

#include "servicerules.h"
#include "storagelocations.h"

#include <memory>

namespace insights::server {

namespace {

QString regionWords(const QString &location)
{
    return QStringLiteral("%1 (%2)").arg(StorageLocations::builtIn().regionName(location),
                                         location);
}

} // namespace

bool StorageProvisioner::isStorageStep(const QString &step)
{
    return step == QLatin1String("create-primary-storage") ||
           step == QLatin1String("create-replica-storage") ||
           step == QLatin1String("update-replica-storage") ||
           step == QLatin1String("delete-recordings");
}

QString StorageProvisioner::missingAccount(const QString &location) const
{
    if (m_accounts && m_accounts->find(location))
        return {};
    return QStringLiteral("no storage account is configured for %1").arg(regionWords(location));
}

StoragePlacement StorageProvisioner::placement(const QString &location,
                                               const QString &container) const
{
    StoragePlacement p{location, container, false, {}};
    if (const StorageAccount *a = m_accounts ? m_accounts->find(location) : nullptr) {
        p.provisioned = true;
        p.url = a->containerUrl(container);
    }
    return p;
}

bool StorageProvisioner::needsBlobService(const QString &step, const Service &s) const
{
    if (!m_accounts || !m_blob || !isStorageStep(step))
        return false;
    if (step == QLatin1String("delete-recordings"))
        return (s.storage.primary && s.storage.primary->provisioned) ||
               (s.storage.replica && s.storage.replica->provisioned);
    if (step == QLatin1String("update-replica-storage") && !s.settings.compliance.advancedStorage)
        return false; // stopping the replica keeps its recordings
    return true;
}

void StorageProvisioner::run(const QString &step, const Service &s,
                             std::function<void(QString)> done)
{
    const TenantSettings &t = s.settings.tenant;
    const QString container = ServiceRules::containerName(t.shortName, s.id);
    if (step == QLatin1String("create-primary-storage"))
        return createContainer(t.storageLocation, container, std::move(done));
    if (step == QLatin1String("delete-recordings")) {
        QList<StoragePlacement> placements;
        for (const auto &p : {s.storage.primary, s.storage.replica}) {
            if (p && p->provisioned)
                placements << *p;
        }
        return deleteContainers(placements, std::move(done));
    }
    // The replica goes to the paired location's account.
    const StorageLocation *l = StorageLocations::builtIn().find(t.storageLocation);
    if (!l || !l->hasPair())
        return done(QStringLiteral("%1 has no paired region").arg(t.storageLocation));
    createContainer(l->pairedRegion, container, std::move(done));
}

void StorageProvisioner::createContainer(const QString &location, const QString &container,
                                         std::function<void(QString)> done)
{
    const StorageAccount *a = m_accounts->find(location);
    if (!a)
        return done(missingAccount(location));
    m_blob->send("PUT", a->signedUrl(container, QStringLiteral("restype=container")), {},
                 [done = std::move(done), location](const BlobAnswer &r) {
                     // An earlier try of this step created it: the name is this service's own.
                     if (r.ok() || r.errorCode == QLatin1String("ContainerAlreadyExists"))
                         return done({});
                     done(QStringLiteral("the storage account of %1: %2")
                              .arg(regionWords(location), r.message));
                 });
}

void StorageProvisioner::deleteContainers(QList<StoragePlacement> placements,
                                          std::function<void(QString)> done)
{
    if (placements.isEmpty())
        return done({});
    const StoragePlacement p = placements.takeFirst();
    const StorageAccount *a = m_accounts->find(p.region);
    if (!a)
        return done(missingAccount(p.region));
    m_blob->send("DELETE", a->signedUrl(p.container, QStringLiteral("restype=container")), {},
                 [this, placements, done = std::move(done), p](const BlobAnswer &r) mutable {
                     if (!r.ok() && r.errorCode != QLatin1String("ContainerNotFound") &&
                         r.status != 404)
                         return done(QStringLiteral("the storage account of %1: %2")
                                         .arg(regionWords(p.region), r.message));
                     deleteContainers(placements, std::move(done));
                 });
}

} // namespace insights::server
