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

    void customerStatusIsTheWorst()
    {
        using H = HealthStatus;
        QCOMPARE(toString(Lifecycle::worst({})), toString(H::NotOnboarded));
        QCOMPARE(toString(Lifecycle::worst({H::None})), toString(H::NotOnboarded));
        QCOMPARE(toString(Lifecycle::worst({H::OK})), toString(H::OK));
        QCOMPARE(toString(Lifecycle::worst({H::OK, H::Warning})), toString(H::Warning));
        QCOMPARE(toString(Lifecycle::worst({H::Error, H::Warning, H::OK})), toString(H::Error));
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
