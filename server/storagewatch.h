#pragma once

#include "domain.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace insights::server {

class BlobClient;
class Store;
class StorageAccounts;

// Alarms of a service's own storage (api.md 1.1): byos-expiring (warning) when a location's
// SAS runs out within 14 days, byos-expired (error) once one has. Returns whether they changed.
bool applyByosAlarms(Service &service, const QList<ByosLocation> &locations, const QDateTime &now);
// The same, written: the service (and its customer's status and feed rows) only when its
// alarms changed. Inside the caller's transaction.
void refreshByosAlarms(Store &store, const QString &serviceId, const QDateTime &now);

// The server's watch over storage, on its event loop:
// - every --usage-interval-s, the blob sizes of each service's provisioned containers are
//   added up (List Blobs, paged with marker) into usage.storageBytes;
// - the BYOS alarms are raised when a SAS crosses its 14-day mark or its expiry: the watch
//   wakes at the next such moment (and hourly, for what another instance added).
// Several instances may watch one database: a write that lost a race is left to the next round.
class StorageWatch : public QObject
{
    Q_OBJECT

public:
    StorageWatch(Store &store, BlobClient &blob, const StorageAccounts *accounts,
                 int usageIntervalMs, QObject *parent = nullptr);

    void start();
    // A location was added or removed: the next expiry moment may have changed.
    void byosChanged();

signals:
    // One usage round is over: how many containers were listed, how many blobs they held.
    void usageScanned(int containers, qint64 blobs, qint64 bytes);

private:
    struct Job
    {
        QString serviceId;
        QStringList regions;
        QStringList containers;
        qint64 bytes = 0;
    };
    void checkByos();
    void scanUsage();
    void nextContainer();
    void listPage(const QString &marker);
    void finishService();

    Store &m_store;
    BlobClient &m_blob;
    const StorageAccounts *m_accounts;
    QTimer m_usageTimer;
    QTimer m_byosTimer;
    QList<Job> m_jobs; // services still to scan in this round
    Job m_job;
    bool m_scanning = false;
    QElapsedTimer m_round;
    int m_containers = 0;
    qint64 m_blobs = 0;
    qint64 m_bytes = 0;
};

} // namespace insights::server
