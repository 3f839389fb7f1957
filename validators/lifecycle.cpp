#include "lifecycle.h"

#include "storagelocations.h"

namespace insights {

QString Lifecycle::licenseType(UserType type)
{
    return type == UserType::Pro ? QStringLiteral("Audio & Redundancy")
                                 : QStringLiteral("Audio Recording");
}

HealthStatus Lifecycle::statusFor(DeploymentStatus status)
{
    switch (status) {
    case DeploymentStatus::Ready:
        return HealthStatus::OK;
    case DeploymentStatus::Deploying:
    case DeploymentStatus::PendingConsents:
    case DeploymentStatus::Deleting:
    case DeploymentStatus::Suspended:
        return HealthStatus::Warning;
    case DeploymentStatus::DeploymentError:
    case DeploymentStatus::DeletionFailed:
        return HealthStatus::Error;
    case DeploymentStatus::Deleted:
        return HealthStatus::None;
    }
    return HealthStatus::None;
}

HealthStatus Lifecycle::statusFor(DeploymentStatus status, const QList<Alarm> &alarms)
{
    const HealthStatus own = statusFor(status);
    if (own == HealthStatus::None)
        return own;
    QList<HealthStatus> all{own};
    for (const Alarm &a : alarms)
        all << (a.severity == QLatin1String("error") ? HealthStatus::Error : HealthStatus::Warning);
    return worst(all);
}

bool Lifecycle::applyLicenceAlarms(Service &s, const QDateTime &now)
{
    const qint64 included = s.settings.tenant.includedUsers;
    const qint64 inUse = s.usage.licensesInUse.value_or(0);
    QString code;
    QString severity;
    QString message;
    if (s.usage.licensesInUse && included > 0 && inUse > included) {
        code = licencesExceededCode();
        severity = QStringLiteral("error");
        message = licenceAlarmMessage(code, inUse, included);
    } else if (s.usage.licensesInUse && included > 0 && inUse * 5 >= included * 4) {
        code = licencesNearlyUsedCode();
        severity = QStringLiteral("warning");
        message = licenceAlarmMessage(code, inUse, included);
    }
    bool changed = false;
    for (const QString &other : {licencesNearlyUsedCode(), licencesExceededCode()}) {
        if (other != code)
            changed |= s.alarms.removeIf([&](const Alarm &a) { return a.code == other; }) > 0;
    }
    if (code.isEmpty())
        return changed;
    for (Alarm &a : s.alarms) {
        if (a.code == code) {
            if (a.message == message)
                return changed;
            a.message = message;
            return true;
        }
    }
    s.alarms.append(Alarm{code, severity, message, now});
    return true;
}

bool Lifecycle::onlyPlanned(const QString &stepId, OperationStatus status, const Service &s)
{
    if (status != OperationStatus::Succeeded)
        return false;
    const std::optional<StoragePlacement> p =
        stepId == QLatin1String("create-primary-storage")   ? s.storage.primary
        : stepId == QLatin1String("create-replica-storage") ? s.storage.replica
                                                            : std::nullopt;
    return p && !p->provisioned;
}

QString Lifecycle::alarmSummary(const QList<Alarm> &alarms)
{
    if (alarms.isEmpty())
        return {};
    // The newest of the most severe: what changed last is what the operator has not seen.
    auto rank = [](const Alarm &a) { return a.severity == QLatin1String("error") ? 1 : 0; };
    const Alarm *shown = &alarms.constFirst();
    for (const Alarm &a : alarms) {
        if (rank(a) > rank(*shown) || (rank(a) == rank(*shown) && a.raisedAt >= shown->raisedAt))
            shown = &a;
    }
    if (alarms.size() == 1)
        return shown->message;
    return tr("%1 (+%2 more)").arg(shown->message).arg(alarms.size() - 1);
}

HealthStatus Lifecycle::worst(const QList<HealthStatus> &statuses)
{
    auto rank = [](HealthStatus s) {
        switch (s) {
        case HealthStatus::Error:
            return 3;
        case HealthStatus::Warning:
            return 2;
        case HealthStatus::OK:
            return 1;
        default:
            return 0;
        }
    };
    HealthStatus result = HealthStatus::NotOnboarded;
    for (HealthStatus s : statuses) {
        if (rank(s) > rank(result))
            result = s;
    }
    return result;
}

HealthStatus Lifecycle::customerStatus(const QList<Service> &services)
{
    QList<HealthStatus> statuses;
    for (const Service &s : services) {
        if (s.deploymentStatus != DeploymentStatus::Deleted)
            statuses << s.status();
    }
    return worst(statuses);
}

const QList<ConsentDefinition> &Lifecycle::consentCatalog()
{
    static const QList<ConsentDefinition> catalog = {
        {QStringLiteral("m365-login"), QStringLiteral("M365 Login"), false},
        {QStringLiteral("read-directory"),
         QStringLiteral("Read Azure Active Directory Users and Groups"), false},
        {QStringLiteral("recording-calls"), QStringLiteral("Recording Calls"), false},
        {QStringLiteral("redundant-recording-calls"), QStringLiteral("Redundant Recording Calls"),
         true},
    };
    return catalog;
}

const ConsentDefinition *Lifecycle::consent(QStringView id)
{
    for (const ConsentDefinition &c : consentCatalog()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

QStringList Lifecycle::requiredConsents(UserType type)
{
    QStringList ids;
    for (const ConsentDefinition &c : consentCatalog()) {
        if (!c.proOnly || type == UserType::Pro)
            ids << c.id;
    }
    return ids;
}

QString Lifecycle::firstConsentId()
{
    return consentCatalog().constFirst().id;
}

QStringList Lifecycle::deploySteps()
{
    return {QStringLiteral("validate-settings"), QStringLiteral("create-primary-storage"),
            QStringLiteral("create-replica-storage"), QStringLiteral("register-bots"),
            QStringLiteral("issue-quick-start")};
}

QStringList Lifecycle::updateSteps()
{
    return {QStringLiteral("validate-settings"), QStringLiteral("update-replica-storage"),
            QStringLiteral("update-bots"), QStringLiteral("update-consents")};
}

QStringList Lifecycle::deleteSteps(bool deleteRecordings)
{
    QStringList steps{QStringLiteral("unregister-bots")};
    if (deleteRecordings)
        steps << QStringLiteral("delete-recordings");
    return steps << QStringLiteral("remove-storage") << QStringLiteral("revoke-quick-start");
}

bool Lifecycle::stepApplies(const QString &stepId, const ServiceSettings &settings)
{
    // An update's replica step always applies: it runs on a change of user type, so it either
    // creates the replica or stops it.
    if (stepId == QLatin1String("create-replica-storage"))
        return settings.compliance.advancedStorage;
    return true;
}

QString Lifecycle::stepDescription(const QString &stepId, const ServiceSettings &settings)
{
    const StorageLocations &locations = StorageLocations::builtIn();
    const QString location = settings.tenant.storageLocation;
    const StorageLocation *l = locations.find(location);
    const QString primary =
        location.isEmpty() ? tr("the chosen location") : locations.regionName(location);
    const QString paired = l && l->hasPair() ? locations.regionName(l->pairedRegion) : QString();
    const bool pro = settings.tenant.userType == UserType::Pro;
    const bool replica = settings.compliance.advancedStorage;

    if (stepId == QLatin1String("validate-settings"))
        return tr("Validate the settings");
    if (stepId == QLatin1String("create-primary-storage"))
        return tr("Create the primary storage in %1").arg(primary);
    if (stepId == QLatin1String("create-replica-storage")) {
        if (!replica)
            return tr("Create the replica in the paired region (Pro only)");
        return paired.isEmpty() ? tr("Create the replica in the paired region")
                                : tr("Create the replica in the paired region, %1").arg(paired);
    }
    if (stepId == QLatin1String("update-replica-storage")) {
        if (replica)
            return paired.isEmpty() ? tr("Create the replica in the paired region")
                                    : tr("Create the replica in the paired region, %1").arg(paired);
        return paired.isEmpty() ? tr("Stop the replica in the paired region")
                                : tr("Stop the replica in the paired region, %1").arg(paired);
    }
    if (stepId == QLatin1String("register-bots"))
        return pro ? tr("Register the recording bot and its paired bot")
                   : tr("Register the recording bot");
    if (stepId == QLatin1String("update-bots"))
        return pro ? tr("Register the paired bot") : tr("Unregister the paired bot");
    if (stepId == QLatin1String("issue-quick-start"))
        return tr("Issue the Quick Start link");
    if (stepId == QLatin1String("update-consents"))
        return pro ? tr("Ask the customer for the Redundant Recording Calls consent")
                   : tr("Update the consents the customer must grant");
    if (stepId == QLatin1String("unregister-bots"))
        return pro ? tr("Unregister the recording bot and its paired bot")
                   : tr("Unregister the recording bot");
    // True whether the recordings were kept or deleted: the service lets go of its storage,
    // and only the delete-recordings step before it removes containers.
    if (stepId == QLatin1String("remove-storage"))
        return replica && !paired.isEmpty()
                   ? tr("Detach the service from its storage in %1 and the replica in %2")
                         .arg(primary, paired)
                   : tr("Detach the service from its storage in %1").arg(primary);
    if (stepId == QLatin1String("delete-recordings"))
        return replica && !paired.isEmpty()
                   ? tr("Delete the recordings' containers in %1 and %2").arg(primary, paired)
                   : tr("Delete the recordings' container in %1").arg(primary);
    if (stepId == QLatin1String("revoke-quick-start"))
        return tr("Revoke the Quick Start link");
    if (stepId == QLatin1String("suspend-recording"))
        return pro ? tr("Stop recording: unregister the recording bot and its paired bot")
                   : tr("Stop recording: unregister the recording bot");
    if (stepId == QLatin1String("resume-recording"))
        return pro ? tr("Resume recording: register the recording bot and its paired bot")
                   : tr("Resume recording: register the recording bot");
    return stepId;
}

bool Lifecycle::mayChange(Role role)
{
    return role != Role::Monitor;
}

bool Lifecycle::mayManageUsers(Role role)
{
    return role == Role::Admin;
}

QString Lifecycle::licenceAlarmMessage(const QString &code, qint64 inUse, qint64 included)
{
    if (code == licencesExceededCode())
        return tr("%1 of %2 licences in use: %3 over the included users")
            .arg(inUse)
            .arg(included)
            .arg(inUse - included);
    return tr("%1 of %2 licences in use (%3 %)")
        .arg(inUse)
        .arg(included)
        .arg(included > 0 ? inUse * 100 / included : 0);
}

QList<Alarm> Lifecycle::localisedAlarms(const Service &s)
{
    QList<Alarm> alarms = s.alarms;
    const qint64 included = s.settings.tenant.includedUsers;
    for (Alarm &a : alarms) {
        if (a.code == consentAlarmCode()) {
            QStringList missing;
            for (const ConsentState &c : s.consents)
                if (c.required && !c.granted)
                    missing << c.name;
            if (!missing.isEmpty())
                a.message = consentAlarmMessage(missing);
        } else if ((a.code == licencesExceededCode() || a.code == licencesNearlyUsedCode()) &&
                   s.usage.licensesInUse && included > 0) {
            a.message = licenceAlarmMessage(a.code, *s.usage.licensesInUse, included);
        }
    }
    return alarms;
}

QString Lifecycle::consentAlarmMessage(const QStringList &missingConsentNames)
{
    return tr("Customer must complete the consent process in the Quick Start wizard "
              "(missing: %1)")
        .arg(missingConsentNames.join(QStringLiteral(", ")));
}

} // namespace insights
