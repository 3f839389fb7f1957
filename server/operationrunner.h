#pragma once

#include "store.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace insights::server {

// Runs deploy, update and delete operations off the request path. Each step is one
// transaction (the step's data, the operation's progress, the service's state, their
// change-feed rows), so a crash loses at most the step in flight, which reruns on start.
class OperationRunner : public QObject
{
    Q_OBJECT

public:
    // failStep is the documented test hook INSIGHTS_FAIL_STEP: "step" fails that step every
    // time, "step:N" fails it N times.
    OperationRunner(Store &store, int stepMs, const QString &failStep, QObject *parent = nullptr);

    // Looks for operations to run (after a commit, and once on start).
    void kick();

    static Operation newOperation(OperationKind kind, const QString &serviceId,
                                  const QDateTime &now);

signals:
    void operationFinished(const QString &id);

private:
    void scan();
    void advance(const QString &operationId);
    // Performs one step on the service; returns an error message, or empty on success.
    QString perform(OperationKind kind, const QString &step, ServiceRow &row, const QDateTime &now);
    bool shouldFail(const QString &step);
    static void settleConsents(Service &service, const QDateTime &now);

    Store &m_store;
    int m_stepMs;
    QString m_failStep;
    int m_failuresLeft = -1; // -1: always
    QSet<QString> m_scheduled;
};

} // namespace insights::server
