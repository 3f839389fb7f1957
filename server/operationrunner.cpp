#include "operationrunner.h"

#include "notifications.h"
#include "storageprovisioner.h"

#include "lifecycle.h"
#include "servicerules.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcOps, "insights.operations")

namespace insights::server {

namespace {

const QString recordingBot = QStringLiteral("recording");
const QString pairedBot = QStringLiteral("paired-recording");

QStringList stepsOf(OperationKind kind, bool deleteRecordings)
{
    switch (kind) {
    case OperationKind::Deploy:
        return Lifecycle::deploySteps();
    case OperationKind::Update:
        return Lifecycle::updateSteps();
    case OperationKind::Delete:
        return Lifecycle::deleteSteps(deleteRecordings);
    case OperationKind::Suspend:
        return Lifecycle::suspendSteps();
    case OperationKind::Reactivate:
        return Lifecycle::reactivateSteps();
    }
    return {};
}

void setAlarm(Service &s, const QString &code, const QString &severity, const QString &message,
              const QDateTime &now)
{
    for (Alarm &a : s.alarms) {
        if (a.code == code) {
            if (a.message != message) {
                a.message = message;
                a.severity = severity;
            }
            return;
        }
    }
    s.alarms.append(Alarm{code, severity, message, now});
}

void clearAlarm(Service &s, const QString &code)
{
    s.alarms.removeIf([&code](const Alarm &a) { return a.code == code; });
}

// A step that succeeded, or did not apply, is behind the operation.
bool isFinished(OperationStatus status)
{
    return status == OperationStatus::Succeeded || status == OperationStatus::Skipped;
}

QString botAppId(const QString &serviceId, const QString &bot)
{
    static const QUuid ns = QUuid::fromString(u"{6f1c1f3e-6d2b-4c55-9a43-4f1f43f0b2a1}");
    return QUuid::createUuidV5(ns, serviceId + u'/' + bot).toString(QUuid::WithoutBraces);
}

} // namespace

OperationRunner::OperationRunner(Store &store, int stepMs, const QString &failStep, int leaseMs,
                                 const QString &instanceId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stepMs(stepMs)
    , m_leaseMs(leaseMs)
    , m_instanceId(!instanceId.isEmpty() ? instanceId
                                         : QSysInfo::machineHostName() + u':' +
                                               QString::number(QCoreApplication::applicationPid()))
    , m_heartbeat(new QTimer(this))
{
    m_heartbeat->setInterval(qMax(100, leaseMs / 3));
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        try {
            m_store.operations().renewLeases(m_instanceId,
                                             QDateTime::currentMSecsSinceEpoch() + m_leaseMs);
        } catch (const std::exception &e) {
            qCWarning(lcOps) << "cannot renew the operation leases:" << e.what();
        }
        scan();
    });
    const qsizetype colon = failStep.indexOf(u':');
    m_failStep = colon < 0 ? failStep : failStep.left(colon);
    if (colon >= 0)
        m_failuresLeft = failStep.mid(colon + 1).toInt();
}

Operation OperationRunner::newOperation(OperationKind kind, const QString &serviceId,
                                        const QDateTime &now, bool deleteRecordings)
{
    Operation op;
    op.id = Secrets::newId(u"op");
    op.kind = kind;
    op.serviceId = serviceId;
    op.status = OperationStatus::NotStarted;
    for (const QString &step : stepsOf(kind, deleteRecordings))
        op.steps << OperationStep{step, OperationStatus::NotStarted};
    op.createdAt = now;
    op.updatedAt = now;
    return op;
}

void OperationRunner::kick()
{
    QTimer::singleShot(0, this, &OperationRunner::scan);
}

void OperationRunner::start()
{
    m_heartbeat->start();
    kick();
}

void OperationRunner::releaseLeases()
{
    try {
        m_store.operations().releaseLeases(m_instanceId);
    } catch (const std::exception &e) {
        qCWarning(lcOps) << "cannot release the operation leases:" << e.what();
    }
}

void OperationRunner::scan()
{
    QList<OperationRow> claimable;
    try {
        claimable =
            m_store.operations().claimable(m_instanceId, QDateTime::currentMSecsSinceEpoch());
    } catch (const std::exception &e) {
        qCWarning(lcOps) << "cannot look for operations:" << e.what();
        return; // the heartbeat looks again
    }
    for (const OperationRow &row : claimable) {
        const QString id = row.operation.id;
        if (m_scheduled.contains(id))
            continue;
        m_scheduled.insert(id);
        QTimer::singleShot(m_stepMs, this, [this, id] { advance(id); });
    }
}

bool OperationRunner::shouldFail(const QString &step)
{
    if (m_failStep.isEmpty() || step != m_failStep || m_failuresLeft == 0)
        return false;
    if (m_failuresLeft > 0)
        --m_failuresLeft;
    return true;
}

StoragePlacement OperationRunner::placement(const QString &location, const QString &container) const
{
    return m_storage ? m_storage->placement(location, container)
                     : StoragePlacement{location, container, false, {}};
}

QString OperationRunner::perform(OperationKind kind, const QString &step, ServiceRow &row,
                                 const QDateTime &now)
{
    Service &s = row.service;
    const TenantSettings &t = s.settings.tenant;
    const StorageLocation *location = StorageLocations::builtIn().find(t.storageLocation);
    if (step == QLatin1String("validate-settings")) {
        const ValidationReport report = ServiceRules::validate(s.settings);
        if (!report.isValid())
            return QStringLiteral("the settings are not valid: %1 %2")
                .arg(report.errors.constFirst().field, report.errors.constFirst().message);
        return {};
    }
    if (step == QLatin1String("create-primary-storage")) {
        if (!location)
            return QStringLiteral("unknown storage location %1").arg(t.storageLocation);
        s.storage.primary = placement(location->id, ServiceRules::containerName(t.shortName, s.id));
        return {};
    }
    if (step == QLatin1String("create-replica-storage") ||
        step == QLatin1String("update-replica-storage")) {
        if (s.settings.compliance.advancedStorage) {
            if (!location || !location->hasPair())
                return QStringLiteral("%1 has no paired region").arg(t.storageLocation);
            s.storage.replica =
                placement(location->pairedRegion, ServiceRules::containerName(t.shortName, s.id));
        } else {
            s.storage.replica.reset();
        }
        return {};
    }
    if (step == QLatin1String("register-bots") || step == QLatin1String("update-bots") ||
        step == QLatin1String("resume-recording")) {
        QStringList bots{recordingBot};
        if (t.userType == UserType::Pro)
            bots << pairedBot;
        for (const QString &bot : bots)
            m_store.operations().registerBot(s.id, bot, botAppId(s.id, bot), now);
        m_store.operations().unregisterBots(s.id, bots);
        return {};
    }
    if (step == QLatin1String("issue-quick-start") || step == QLatin1String("update-consents")) {
        if (row.quickStartToken.isEmpty())
            row.quickStartToken = Secrets::newToken();
        Lifecycle::settleConsents(s, now);
        return {};
    }
    if (step == QLatin1String("delete-recordings"))
        return {}; // the containers went in the step's first turn (or none were provisioned)
    if (step == QLatin1String("unregister-bots") || step == QLatin1String("suspend-recording")) {
        m_store.operations().unregisterBots(s.id);
        return {};
    }
    if (step == QLatin1String("remove-storage")) {
        s.storage = {};
        return {};
    }
    if (step == QLatin1String("revoke-quick-start")) {
        row.quickStartToken.clear();
        s.deploymentStatus = DeploymentStatus::Deleted;
        s.alarms.clear();
        return {};
    }
    Q_UNUSED(kind);
    return QStringLiteral("unknown step %1").arg(step);
}

void OperationRunner::startStorageStep(const QString &operationId, const QString &step,
                                       const Service &service)
{
    if (m_storageBusy.contains(operationId))
        return; // its answer is on the way
    m_storageBusy.insert(operationId);
    m_storage->run(step, service, [this, operationId, step](const QString &error) {
        m_storageBusy.remove(operationId);
        m_storageAnswers.insert(operationId, StorageAnswer{step, error});
        advance(operationId);
    });
}

void OperationRunner::advance(const QString &operationId)
{
    m_scheduled.remove(operationId);
    bool more = false;
    bool failedNow = false;
    try {
        Store::Transaction tx(m_store);
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        // Each step runs under the lease, in the transaction that records it: a step either
        // happened and is marked, or neither, so a takeover never runs one twice.
        if (!m_store.operations().holdLease(operationId, m_instanceId, nowMs, nowMs + m_leaseMs))
            return; // finished, or another instance runs it
        std::optional<OperationRow> opRow = m_store.operations().find(operationId);
        if (!opRow)
            return;
        Operation &op = opRow->operation;
        std::optional<ServiceRow> svc = m_store.services().find(op.serviceId);
        if (!svc ||
            (op.status != OperationStatus::NotStarted && op.status != OperationStatus::Running))
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const DeploymentStatus before = svc->service.deploymentStatus;
        const QJsonObject unchanged = ServiceStore::storedJson(*svc);

        qsizetype index = 0;
        while (index < op.steps.size() && isFinished(op.steps[index].status))
            ++index;
        if (index < op.steps.size()) {
            OperationStep &step = op.steps[index];
            op.status = OperationStatus::Running;
            // Decided when the step's turn comes, from the settings as they are then.
            const bool applies = Lifecycle::stepApplies(step.name, svc->service.settings);
            // A storage step that talks to the Blob service runs in two turns: the request
            // goes out with the lease held and nothing else written; its answer comes back
            // through advance() again and is recorded then, in one transaction.
            const auto answer = m_storageAnswers.constFind(operationId);
            const bool answered =
                answer != m_storageAnswers.constEnd() && answer->step == step.name;
            QString error;
            if (!applies) {
            } else if (answered) {
                error = answer->error;
                m_storageAnswers.remove(operationId);
                if (error.isEmpty())
                    error = perform(op.kind, step.name, *svc, now);
            } else if (shouldFail(step.name)) {
                error = QStringLiteral("injected failure (INSIGHTS_FAIL_STEP)");
            } else if (m_storage && m_storage->needsBlobService(step.name, svc->service)) {
                startStorageStep(operationId, step.name, svc->service);
                tx.commit(); // the lease only
                return;
            } else {
                error = perform(op.kind, step.name, *svc, now);
            }
            if (!applies) {
                step.status = OperationStatus::Skipped;
            } else if (error.isEmpty()) {
                step.status = OperationStatus::Succeeded;
            } else {
                step.status = OperationStatus::Failed;
                op.status = OperationStatus::Failed;
                const QString code = op.kind == OperationKind::Delete
                                         ? Lifecycle::deletionAlarmCode()
                                         : Lifecycle::deploymentAlarmCode();
                // The step in the words a person reads, as the console shows the steps.
                const QString message =
                    QStringLiteral("%1 did not succeed: %2")
                        .arg(Lifecycle::stepDescription(step.name, svc->service.settings), error);
                op.error = OperationError{code, message};
                Service &s = svc->service;
                s.deploymentStatus = op.kind == OperationKind::Delete
                                         ? DeploymentStatus::DeletionFailed
                                         : DeploymentStatus::DeploymentError;
                clearAlarm(s, Lifecycle::consentAlarmCode());
                setAlarm(s, code, QStringLiteral("error"), message, now);
                qCWarning(lcOps).noquote()
                    << op.id << toString(op.kind) << "failed at" << step.name;
            }
        }
        int done = 0;
        for (const OperationStep &s : op.steps)
            done += isFinished(s.status) ? 1 : 0;
        op.percentComplete = int(done * 100 / qMax<qsizetype>(1, op.steps.size()));
        if (done == op.steps.size())
            op.status = OperationStatus::Succeeded;
        op.updatedAt = now;
        more = op.status == OperationStatus::Running;

        // A step that left the service as it was writes nothing to it, so an edit opened
        // during a deploy is not refused for a version the operator never saw change.
        if (ServiceStore::storedJson(*svc) != unchanged) {
            svc->service.updatedAt = now;
            m_store.services().update(*svc);
        }
        m_store.operations().update(*opRow);
        if (svc->service.deploymentStatus != before) {
            m_store.customers().refresh(svc->service.customerId, now);
            if (m_notifications) // in this transaction: the mail and its cause commit together
                m_notifications->serviceChanged(*svc, before, now);
        }
        tx.commit();
        if (!more)
            emit operationFinished(operationId);
    } catch (const std::exception &e) {
        qCCritical(lcOps) << "operation" << operationId << "could not advance:" << e.what();
        more = true;
        failedNow = true;
    }
    if (more) {
        m_scheduled.insert(operationId);
        // After a database failure, wait at least a second instead of spinning.
        QTimer::singleShot(failedNow ? qMax(m_stepMs, 1000) : m_stepMs, this,
                           [this, operationId] { advance(operationId); });
    }
}

} // namespace insights::server
