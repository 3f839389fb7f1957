#pragma once

#include "domain.h"
#include "verdict.h"

#include <QCoreApplication>

namespace insights {

// One consent of the customer-side Quick Start wizard.
struct ConsentDefinition
{
    QString id;
    QString name;
    bool proOnly = false;
};

// The lifecycle of domain.md: which status a deployment state shows, which consents a user
// type needs, the steps of each operation and what each role may do.
class Lifecycle
{
    Q_DECLARE_TR_FUNCTIONS(Lifecycle)

public:
    // On the wire, so not translated.
    static QString licenseType(UserType type);
    static HealthStatus statusFor(DeploymentStatus status);
    // A service's status: its state's, made worse by any alarm it carries (a Ready service
    // whose own storage SAS expires soon is Warning). A deleted service stays hidden.
    static HealthStatus statusFor(DeploymentStatus status, const QList<Alarm> &alarms);
    // The licence alarms of api.md 1.1 ("Usage"): licences-nearly-used (warning) from 80 % of
    // the included users, licences-exceeded (error) above 100 %. Raises, updates or clears
    // them on the service from its usage; returns whether its alarms changed.
    static bool applyLicenceAlarms(Service &service, const QDateTime &now);
    static QString licencesNearlyUsedCode() { return QStringLiteral("licences-nearly-used"); }
    static QString licencesExceededCode() { return QStringLiteral("licences-exceeded"); }
    // A storage step that succeeded without creating anything: the server has no storage
    // account for the region, so the container is only planned (provisioned false).
    static bool onlyPlanned(const QString &stepId, OperationStatus status, const Service &service);
    // What a table's Alarm column shows: the most severe alarm's message (errors before
    // warnings; the newest of those), with "(+N more)" when there are others.
    static QString alarmSummary(const QList<Alarm> &alarms);
    // The worst of the statuses of a customer's services; NotOnboarded when none counts.
    static HealthStatus worst(const QList<HealthStatus> &statuses);
    // A customer's status from its services: the worst of those not deleted (an offboarded
    // service no longer counts); NotOnboarded when none is left.
    static HealthStatus customerStatus(const QList<Service> &services);

    // In the order the customer must grant them; m365-login comes first.
    static const QList<ConsentDefinition> &consentCatalog();
    static const ConsentDefinition *consent(QStringView id);
    static QStringList requiredConsents(UserType type);
    static QString firstConsentId();

    static QStringList deploySteps();
    static QStringList updateSteps();
    // With deleteRecordings (offboarding with recordings=delete) the containers go too.
    static QStringList deleteSteps(bool deleteRecordings = false);
    // False for a step that does not apply to these settings (the replica of an Essential
    // deploy): the operation reports it as Skipped, never as done.
    static bool stepApplies(const QString &stepId, const ServiceSettings &settings);
    // The step as a person reads it, e.g. "Create the primary storage in West Europe
    // (Netherlands)"; translated. The settings are the service's after the operation (for an
    // update, the new user type). An unknown id comes back as it is.
    static QString stepDescription(const QString &stepId, const ServiceSettings &settings);
    static QString stepDescription(const QString &stepId, const Service &service)
    {
        return stepDescription(stepId, service.settings);
    }

    // True when the role may change anything; monitors are read-only.
    static bool mayChange(Role role);
    static bool mayManageUsers(Role role);

    static QString consentAlarmCode() { return QStringLiteral("consent-required"); }
    static QString deploymentAlarmCode() { return QStringLiteral("deployment-failed"); }
    static QString deletionAlarmCode() { return QStringLiteral("deletion-failed"); }
    static QString consentAlarmMessage(const QStringList &missingConsentNames);
    static QString licenceAlarmMessage(const QString &code, qint64 inUse, qint64 included);
    // The service's alarms with the messages this side can say again in its own language (the
    // missing consents, the licences in use); the others as the server wrote them.
    static QList<Alarm> localisedAlarms(const Service &s);

    // --- Transitions (lifecycletransitions.cpp) ------------------------------------------
    // The consents the user type needs, keeping those granted, and the state they give:
    // Ready when none is missing, else PendingConsents with the consent-required alarm.
    static void settleConsents(Service &service, const QDateTime &now);

    // Suspend and reactivate (domain.md 1.1): only a Ready or PendingConsents service can be
    // suspended, and only a suspended one reactivated. The why-not is a sentence for a person.
    static bool maySuspend(DeploymentStatus status);
    static bool mayReactivate(DeploymentStatus status);
    static QString whyNotSuspend(DeploymentStatus status);
    static QString whyNotReactivate(DeploymentStatus status);
    // The request's own checks, field by field (the server's 422 and the console's dialog):
    // a reason of 1 to 500 characters, and the tenant's short name typed (any case).
    static constexpr int maxSuspendReasonLength = 500;
    static Verdict checkSuspendReason(const QString &reason);
    static Verdict checkShortNameConfirmation(const QString &typed, const QString &shortName);
    // Suspended, with the alarm naming the reason, who and when; the consent alarm goes (no
    // one is asked for consents while recording is stopped).
    static void suspend(Service &service, const QString &reason, const QString &by,
                        const QDateTime &now);
    // Back to Ready, or PendingConsents when consents are missing.
    static void reactivate(Service &service, const QDateTime &now);
    static QString suspendedAlarmCode() { return QStringLiteral("suspended"); }
    static QStringList suspendSteps();
    static QStringList reactivateSteps();
};

} // namespace insights
