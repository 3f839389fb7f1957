// The lifecycle's transitions that the server and the console both derive from here: the
// consents a service still needs, and suspend and reactivate (domain.md 1.1).
#include "lifecycle.h"

namespace insights {

void Lifecycle::settleConsents(Service &s, const QDateTime &now)
{
    QList<ConsentState> consents;
    for (const QString &id : requiredConsents(s.settings.tenant.userType)) {
        ConsentState c{id, consent(id)->name, true, false, {}};
        for (const ConsentState &old : std::as_const(s.consents)) {
            if (old.id == id)
                c = old;
        }
        consents << c;
    }
    s.consents = consents;
    QStringList missing;
    for (const ConsentState &c : std::as_const(consents)) {
        if (!c.granted)
            missing << c.name;
    }
    const QString code = consentAlarmCode();
    if (missing.isEmpty()) {
        s.deploymentStatus = DeploymentStatus::Ready;
        s.alarms.removeIf([&code](const Alarm &a) { return a.code == code; });
        return;
    }
    s.deploymentStatus = DeploymentStatus::PendingConsents;
    const QString message = consentAlarmMessage(missing);
    for (Alarm &a : s.alarms) {
        if (a.code == code) {
            a.message = message;
            return;
        }
    }
    s.alarms.append(Alarm{code, QStringLiteral("warning"), message, now});
}

bool Lifecycle::maySuspend(DeploymentStatus status)
{
    return status == DeploymentStatus::Ready || status == DeploymentStatus::PendingConsents;
}

bool Lifecycle::mayReactivate(DeploymentStatus status)
{
    return status == DeploymentStatus::Suspended;
}

QString Lifecycle::whyNotSuspend(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Suspended:
        return tr("the service is suspended already");
    case DeploymentStatus::Deploying:
        return tr("wait until the deploy ends");
    case DeploymentStatus::DeploymentError:
        return tr("the deploy failed: retry it or offboard the service");
    case DeploymentStatus::Deleting:
    case DeploymentStatus::Deleted:
    case DeploymentStatus::DeletionFailed:
        return tr("the service is offboarded");
    default:
        return {};
    }
}

QString Lifecycle::whyNotReactivate(DeploymentStatus status)
{
    return status == DeploymentStatus::Suspended ? QString() : tr("the service is not suspended");
}

Verdict Lifecycle::checkSuspendReason(const QString &reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        return Verdict::invalid(QStringLiteral("required"),
                                tr("Give the reason: it is shown with the service"));
    if (r.size() > maxSuspendReasonLength)
        return Verdict::invalid(
            QStringLiteral("too-long"),
            tr("At most %1 characters (this is %2)").arg(maxSuspendReasonLength).arg(r.size()));
    return Verdict::acceptable();
}

Verdict Lifecycle::checkShortNameConfirmation(const QString &typed, const QString &shortName)
{
    if (typed.trimmed().isEmpty())
        return Verdict::intermediate(QStringLiteral("required"),
                                     tr("Type the short name %1 to confirm").arg(shortName));
    if (typed.trimmed().compare(shortName, Qt::CaseInsensitive) != 0)
        return Verdict::invalid(QStringLiteral("mismatch"),
                                tr("Does not match the short name %1").arg(shortName));
    return Verdict::acceptable();
}

void Lifecycle::suspend(Service &s, const QString &reason, const QString &by, const QDateTime &now)
{
    s.deploymentStatus = DeploymentStatus::Suspended;
    const QString consentCode = consentAlarmCode();
    const QString code = suspendedAlarmCode();
    s.alarms.removeIf([&](const Alarm &a) { return a.code == consentCode || a.code == code; });
    s.alarms.append(Alarm{code, QStringLiteral("warning"),
                          tr("Suspended by %1 on %2 UTC: %3")
                              .arg(by, now.toUTC().toString(u"yyyy-MM-dd HH:mm"), reason.trimmed()),
                          now});
}

void Lifecycle::reactivate(Service &s, const QDateTime &now)
{
    const QString code = suspendedAlarmCode();
    s.alarms.removeIf([&code](const Alarm &a) { return a.code == code; });
    settleConsents(s, now);
}

QStringList Lifecycle::suspendSteps()
{
    return {QStringLiteral("suspend-recording")};
}

QStringList Lifecycle::reactivateSteps()
{
    return {QStringLiteral("resume-recording")};
}

} // namespace insights
