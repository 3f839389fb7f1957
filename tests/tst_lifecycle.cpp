// domain.md "Lifecycle", "Consents" and "Roles".
#include "lifecycle.h"

#include <QTest>

using namespace insights;

Q_DECLARE_METATYPE(insights::DeploymentStatus)
Q_DECLARE_METATYPE(insights::HealthStatus)

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void statusOfEachState_data()
    {
        QTest::addColumn<DeploymentStatus>("state");
        QTest::addColumn<HealthStatus>("status");
        QTest::addColumn<QString>("spelling");
        QTest::newRow("Deploying")
            << DeploymentStatus::Deploying << HealthStatus::Warning << "Deploying";
        QTest::newRow("PendingConsents")
            << DeploymentStatus::PendingConsents << HealthStatus::Warning << "PendingConsents";
        QTest::newRow("Ready") << DeploymentStatus::Ready << HealthStatus::OK << "Ready";
        QTest::newRow("DeploymentError")
            << DeploymentStatus::DeploymentError << HealthStatus::Error << "DeploymentError";
        QTest::newRow("Deleting") << DeploymentStatus::Deleting << HealthStatus::Warning
                                  << "Deleting";
        QTest::newRow("Deleted") << DeploymentStatus::Deleted << HealthStatus::None << "Deleted";
        QTest::newRow("DeletionFailed")
            << DeploymentStatus::DeletionFailed << HealthStatus::Error << "DeletionFailed";
        QTest::newRow("Suspended")
            << DeploymentStatus::Suspended << HealthStatus::Warning << "Suspended";
    }
    void statusOfEachState()
    {
        QFETCH(DeploymentStatus, state);
        QFETCH(HealthStatus, status);
        QFETCH(QString, spelling);
        QCOMPARE(toString(Lifecycle::statusFor(state)), toString(status));
        QCOMPARE(toString(state), spelling);
        QVERIFY(deploymentStatusFromString(spelling) == state);
    }

    void alarmsMakeAServiceWorse()
    {
        using D = DeploymentStatus;
        const Alarm warning{"byos-expiring", "warning", "expires soon", {}};
        const Alarm error{"byos-expired", "error", "expired", {}};
        QCOMPARE(toString(Lifecycle::statusFor(D::Ready, {})), toString(HealthStatus::OK));
        QCOMPARE(toString(Lifecycle::statusFor(D::Ready, {warning})),
                 toString(HealthStatus::Warning));
        QCOMPARE(toString(Lifecycle::statusFor(D::PendingConsents, {error})),
                 toString(HealthStatus::Error));
        QCOMPARE(toString(Lifecycle::statusFor(D::DeploymentError, {warning})),
                 toString(HealthStatus::Error));
        QCOMPARE(toString(Lifecycle::statusFor(D::Deleted, {error})), toString(HealthStatus::None));
    }

    void aStorageStepWithoutAnAccountWasOnlyPlanned()
    {
        Service s;
        s.storage.primary = StoragePlacement{"westeurope", "contoso", false, {}};
        s.storage.replica = StoragePlacement{"northeurope", "contoso", true, "http://x/contoso"};
        using O = OperationStatus;
        QVERIFY(Lifecycle::onlyPlanned("create-primary-storage", O::Succeeded, s));
        QVERIFY(!Lifecycle::onlyPlanned("create-replica-storage", O::Succeeded, s));
        QVERIFY(!Lifecycle::onlyPlanned("create-primary-storage", O::Running, s));
        QVERIFY(!Lifecycle::onlyPlanned("register-bots", O::Succeeded, s));
        s.storage.primary.reset();
        QVERIFY(!Lifecycle::onlyPlanned("create-primary-storage", O::Succeeded, s));
    }

    void theAlarmColumnShowsTheWorstAlarm()
    {
        const Alarm consent{"consent-required", "warning", "Waiting for consents", {}};
        const Alarm expired{"byos-expired", "error", "Own storage expired", {}};
        QCOMPARE(Lifecycle::alarmSummary({}), QString());
        QCOMPARE(Lifecycle::alarmSummary({consent}), QString("Waiting for consents"));
        QCOMPARE(Lifecycle::alarmSummary({consent, expired}),
                 QString("Own storage expired (+1 more)"));
    }

    void customerStatusIsTheWorst()
    {
        using H = HealthStatus;
        QCOMPARE(toString(Lifecycle::worst({})), toString(H::NotOnboarded));
        QCOMPARE(toString(Lifecycle::worst({H::None})), toString(H::NotOnboarded));
        QCOMPARE(toString(Lifecycle::worst({H::OK})), toString(H::OK));
        QCOMPARE(toString(Lifecycle::worst({H::OK, H::Warning})), toString(H::Warning));
        QCOMPARE(toString(Lifecycle::worst({H::Error, H::Warning, H::OK})), toString(H::Error));

        // From the services: a deleted one does not count, whatever it was before.
        auto service = [](DeploymentStatus d) {
            Service s;
            s.deploymentStatus = d;
            return s;
        };
        QCOMPARE(toString(Lifecycle::customerStatus({})), toString(H::NotOnboarded));
        QCOMPARE(toString(Lifecycle::customerStatus({service(DeploymentStatus::Deleted)})),
                 toString(H::NotOnboarded));
        QCOMPARE(toString(Lifecycle::customerStatus(
                     {service(DeploymentStatus::Ready), service(DeploymentStatus::Deleted)})),
                 toString(H::OK));
        QCOMPARE(toString(Lifecycle::customerStatus({service(DeploymentStatus::DeploymentError),
                                                     service(DeploymentStatus::Ready)})),
                 toString(H::Error));
    }

    void consents()
    {
        QCOMPARE(Lifecycle::requiredConsents(UserType::Essential),
                 (QStringList{"m365-login", "read-directory", "recording-calls"}));
        QCOMPARE(Lifecycle::requiredConsents(UserType::Pro),
                 (QStringList{"m365-login", "read-directory", "recording-calls",
                              "redundant-recording-calls"}));
        QCOMPARE(Lifecycle::firstConsentId(), QStringLiteral("m365-login"));
        QCOMPARE(Lifecycle::consent(u"redundant-recording-calls")->name,
                 QStringLiteral("Redundant Recording Calls"));
        QVERIFY(!Lifecycle::consent(u"nope"));
    }

    void licenseTypes()
    {
        QCOMPARE(Lifecycle::licenseType(UserType::Pro), QStringLiteral("Audio & Redundancy"));
        QCOMPARE(Lifecycle::licenseType(UserType::Essential), QStringLiteral("Audio Recording"));
    }

    void deployHasTheFiveStepsOfDomainMd() { QCOMPARE(Lifecycle::deploySteps().size(), 5); }

    void skippedIsAnOperationStatus()
    {
        QCOMPARE(toString(OperationStatus::Skipped), QStringLiteral("Skipped"));
        QVERIFY(operationStatusFromString(u"Skipped") == OperationStatus::Skipped);
    }

    void onlyTheEssentialReplicaDoesNotApply()
    {
        ServiceSettings pro;
        pro.tenant.userType = UserType::Pro;
        pro.tenant.storageLocation = "westeurope";
        pro.compliance.advancedStorage = true;
        ServiceSettings essential = pro;
        essential.tenant.userType = UserType::Essential;
        essential.compliance.advancedStorage = false;
        const QStringList all = Lifecycle::deploySteps() + Lifecycle::updateSteps() +
                                Lifecycle::deleteSteps(true) + Lifecycle::suspendSteps() +
                                Lifecycle::reactivateSteps();
        for (const QString &step : all) {
            QVERIFY2(Lifecycle::stepApplies(step, pro), qPrintable(step));
            QCOMPARE(Lifecycle::stepApplies(step, essential), step != "create-replica-storage");
        }
    }

    void stepsReadAsSentences()
    {
        ServiceSettings pro;
        pro.tenant.userType = UserType::Pro;
        pro.tenant.storageLocation = "westeurope";
        pro.compliance.advancedStorage = true;
        ServiceSettings essential = pro;
        essential.tenant.userType = UserType::Essential;
        essential.compliance.advancedStorage = false;

        QCOMPARE(Lifecycle::stepDescription("validate-settings", pro),
                 QStringLiteral("Validate the settings"));
        QCOMPARE(Lifecycle::stepDescription("create-primary-storage", pro),
                 QStringLiteral("Create the primary storage in West Europe (Netherlands)"));
        QCOMPARE(Lifecycle::stepDescription("create-replica-storage", pro),
                 QStringLiteral("Create the replica in the paired region, North Europe (Ireland)"));
        QVERIFY(!Lifecycle::stepDescription("create-replica-storage", essential)
                     .contains("North Europe"));
        QCOMPARE(Lifecycle::stepDescription("register-bots", pro),
                 QStringLiteral("Register the recording bot and its paired bot"));
        QCOMPARE(Lifecycle::stepDescription("register-bots", essential),
                 QStringLiteral("Register the recording bot"));
        QCOMPARE(Lifecycle::stepDescription("issue-quick-start", essential),
                 QStringLiteral("Issue the Quick Start link"));
        // A downgrade's update stops the replica, an upgrade's creates it.
        QCOMPARE(Lifecycle::stepDescription("update-replica-storage", essential),
                 QStringLiteral("Stop the replica in the paired region, North Europe (Ireland)"));
        QCOMPARE(Lifecycle::stepDescription("update-replica-storage", pro),
                 Lifecycle::stepDescription("create-replica-storage", pro));
        QCOMPARE(Lifecycle::stepDescription("remove-storage", pro),
                 QStringLiteral("Detach the service from its storage in West Europe (Netherlands) "
                                "and the replica in North Europe (Ireland)"));
        Service service;
        service.settings = essential;
        QCOMPARE(
            Lifecycle::stepDescription("remove-storage", service),
            QStringLiteral("Detach the service from its storage in West Europe (Netherlands)"));
        // Every step of every operation is a sentence, never its id.
        const QStringList all = Lifecycle::deploySteps() + Lifecycle::updateSteps() +
                                Lifecycle::deleteSteps(true) + Lifecycle::suspendSteps() +
                                Lifecycle::reactivateSteps();
        for (const ServiceSettings &settings : {pro, essential}) {
            for (const QString &step : all) {
                const QString text = Lifecycle::stepDescription(step, settings);
                QVERIFY2(!text.isEmpty() && text != step && text.at(0).isUpper() &&
                             !text.contains('-'),
                         qPrintable(step + ": " + text));
            }
        }
        QCOMPARE(Lifecycle::stepDescription("future-step", pro), QStringLiteral("future-step"));
    }

    void suspendAndReactivate()
    {
        // Allowed transitions: only Ready and PendingConsents suspend; only Suspended returns.
        for (int i = 0; i <= int(DeploymentStatus::Suspended); ++i) {
            const auto state = DeploymentStatus(i);
            const bool may =
                state == DeploymentStatus::Ready || state == DeploymentStatus::PendingConsents;
            QCOMPARE(Lifecycle::maySuspend(state), may);
            QCOMPARE(Lifecycle::whyNotSuspend(state).isEmpty(), may);
            QCOMPARE(Lifecycle::mayReactivate(state), state == DeploymentStatus::Suspended);
            QCOMPARE(Lifecycle::whyNotReactivate(state).isEmpty(),
                     state == DeploymentStatus::Suspended);
        }
        Service s;
        s.settings.tenant.userType = UserType::Essential;
        const QDateTime at = QDateTime::fromString("2026-12-02T09:30:00Z", Qt::ISODate);
        Lifecycle::settleConsents(s, at);
        QCOMPARE(toString(s.deploymentStatus), QStringLiteral("PendingConsents"));
        QCOMPARE(s.alarms.size(), 1);
        Lifecycle::suspend(s, "  Unpaid invoice ", "alice", at);
        QCOMPARE(toString(s.deploymentStatus), QStringLiteral("Suspended"));
        QCOMPARE(s.alarms.size(), 1);
        QCOMPARE(s.alarms[0].code, Lifecycle::suspendedAlarmCode());
        QCOMPARE(s.alarms[0].message,
                 QStringLiteral("Suspended by alice on 2026-12-02 09:30 UTC: Unpaid invoice"));
        QCOMPARE(toString(Lifecycle::statusFor(s.deploymentStatus, s.alarms)),
                 QStringLiteral("Warning"));
        Lifecycle::reactivate(s, at);
        QCOMPARE(toString(s.deploymentStatus), QStringLiteral("PendingConsents"));
        QCOMPARE(s.alarms.size(), 1);
        QCOMPARE(s.alarms[0].code, Lifecycle::consentAlarmCode());
        for (ConsentState &c : s.consents)
            c.granted = true;
        Lifecycle::suspend(s, "again", "bob", at);
        Lifecycle::reactivate(s, at);
        QCOMPARE(toString(s.deploymentStatus), QStringLiteral("Ready"));
        QVERIFY(s.alarms.isEmpty());
    }

    void suspensionChecks()
    {
        QCOMPARE(Lifecycle::checkSuspendReason(" ").code, QStringLiteral("required"));
        QVERIFY(Lifecycle::checkSuspendReason("Unpaid").isAcceptable());
        QVERIFY(Lifecycle::checkSuspendReason(QString(500, 'x')).isAcceptable());
        QCOMPARE(Lifecycle::checkSuspendReason(QString(501, 'x')).code, QStringLiteral("too-long"));
        QVERIFY(Lifecycle::checkShortNameConfirmation("", "CONTOSO").state ==
                RuleState::Intermediate);
        QCOMPARE(Lifecycle::checkShortNameConfirmation("contos", "CONTOSO").code,
                 QStringLiteral("mismatch"));
        QVERIFY(Lifecycle::checkShortNameConfirmation(" contoso ", "CONTOSO").isAcceptable());
    }

    void roles()
    {
        QVERIFY(Lifecycle::mayChange(Role::Admin));
        QVERIFY(Lifecycle::mayChange(Role::Operator));
        QVERIFY(!Lifecycle::mayChange(Role::Monitor));
        QVERIFY(Lifecycle::mayManageUsers(Role::Admin));
        QVERIFY(!Lifecycle::mayManageUsers(Role::Operator));
        QVERIFY(roleFromString(u"monitor") == Role::Monitor);
        QVERIFY(!roleFromString(u"root"));
    }
};

QTEST_APPLESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
