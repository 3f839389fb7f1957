#pragma once

#include "blobclient.h"
#include "domain.h"
#include "storageaccounts.h"

#include <functional>
#include <optional>

namespace insights::server {

// The storage side of provisioning (api.md 1.1, "Real storage provisioning"): with
// --storage-accounts, a deploy's storage steps create real containers through the Blob REST
// API, the replica in the paired location's account, and offboarding with recordings=delete
// deletes them. Each call may run twice with the effect of once: a container that already
// exists (an earlier try of the same step made it) counts as created, one already gone as
// deleted. Without an account for a location nothing is created, and the placement says so.
class StorageProvisioner
{
public:
    // accounts may be null: nothing is provisioned.
    StorageProvisioner(const StorageAccounts *accounts, BlobClient *blob)
        : m_accounts(accounts)
        , m_blob(blob)
    {}

    // The steps that talk to the storage accounts when the service's location has one.
    static bool isStorageStep(const QString &step);
    // Whether running this step for the service needs the Blob service at all.
    bool needsBlobService(const QString &step, const Service &service) const;
    // Does the step's storage work; done gets an error message naming the location, or empty.
    void run(const QString &step, const Service &service, std::function<void(QString)> done);
    // The placement a created container has: provisioned with its URL when the location has
    // an account.
    StoragePlacement placement(const QString &location, const QString &container) const;
    // "no storage account is configured for West Europe (westeurope)", empty when one is.
    QString missingAccount(const QString &location) const;

private:
    void createContainer(const QString &location, const QString &container,
                         std::function<void(QString)> done);
    void deleteContainers(QList<StoragePlacement> placements, std::function<void(QString)> done);

    const StorageAccounts *m_accounts;
    BlobClient *m_blob;
};

} // namespace insights::server
