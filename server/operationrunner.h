#pragma once

#include "store.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace insights::server {

class Notifications;
class StorageProvisioner;

// Runs deploy, update and delete operations off the request path. Each step is one
// transaction (the step's data, the operation's progress, the service's state, their
// change-feed rows), so a crash loses at most the step in flight, which reruns on start.
class OperationRunner : public QObject
{
    Q_OBJECT

public:
    // failStep is the documented test hook INSIGHTS_FAIL_STEP: "step" fails that step every
    // time, "step:N" fails it N times. An operation is leased for leaseMs to the instance
    // running it; the lease is renewed while it runs, and another instance takes the
    // operation over once the lease has run out (the owner died or lost the database).
    OperationRunner(Store &store, int stepMs, const QString &failStep, int leaseMs = 30000,
                    const QString &instanceId = {}, QObject *parent = nullptr);

    // Looks for operations to run (after a commit, on start, and every leaseMs / 3).
    void kick();
    // Starts the heartbeat that renews this instance's leases and takes over abandoned ones.
    void start();
    // Gives this instance's leases back (a clean stop), so another takes over at once.
    void releaseLeases();
    QString instanceId() const { return m_instanceId; }
    // Where a step that changes the deployment status queues its mails (none: no mail).
    void setNotifications(Notifications *notifications) { m_notifications = notifications; }
    // Where storage steps create and delete real containers (none: nothing is provisioned).
    void setStorage(StorageProvisioner *storage) { m_storage = storage; }

    // A Delete with deleteRecordings deletes the service's containers too.
    static Operation newOperation(OperationKind kind, const QString &serviceId,
                                  const QDateTime &now, bool deleteRecordings = false);

signals:
    void operationFinished(const QString &id);

private:
    void scan();
    void advance(const QString &operationId);
    // Performs one step on the service; returns an error message, or empty on success.
    QString perform(OperationKind kind, const QString &step, ServiceRow &row, const QDateTime &now);
    bool shouldFail(const QString &step);
    void startStorageStep(const QString &operationId, const QString &step, const Service &service);
    StoragePlacement placement(const QString &location, const QString &container) const;

    Store &m_store;
    int m_stepMs;
    QString m_failStep;
    int m_failuresLeft = -1; // -1: always
    int m_leaseMs;
    QString m_instanceId;
    QTimer *m_heartbeat;
    QSet<QString> m_scheduled;
    Notifications *m_notifications = nullptr;
    StorageProvisioner *m_storage = nullptr;
    // Storage steps whose request is out, and the answers waiting to be recorded.
    struct StorageAnswer
    {
        QString step;
        QString error;
    };
    QSet<QString> m_storageBusy;
    QHash<QString, StorageAnswer> m_storageAnswers;
};

} // namespace insights::server
