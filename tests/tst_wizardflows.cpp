// The wizard and its dialogs across the server over time: Deploy up to the Quick Start link, a
// draft outliving the wizard, operators, a stale save, a closed wizard, a name taken meanwhile.
#include "apiclient.h"
#include "compliancepage.h"
#include "countspinbox.h"
#include "editservicedialog.h"
#include "listeditor.h"
#include "localcache.h"
#include "onboardingwizard.h"
#include "operatorsdialog.h"
#include "reviewpage.h"
#include "support/apisession.h"
#include "support/quiet.h"
#include "support/wizardtesting.h"
#include "tenantpage.h"
#include "validatedfield.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace insights;
using namespace insights::test;

class TestWizardFlows : public QObject, public WizardFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = startServer();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void deployShowsProgressAndTheQuickStartLink()
    {
        const QString customer = m_api->createCustomer("Deploy Ltd");
        auto wizard = validWizard("DeployMe", customer);
        wizard->tenantPage()->pro()->click();
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton); // Compliance
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ComplianceId));
        QTest::mouseClick(next, Qt::LeftButton); // Review
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::ReviewId));
        ReviewPage *review = wizard->reviewPage();
        QVERIFY(
            wizard->findChild<QTextBrowser *>("reviewSummary")->toPlainText().contains("DeployMe"));
        QSignalSpy created(wizard.get(), &OnboardingWizard::serviceCreated);
        QTest::mouseClick(review->deployButton(), Qt::LeftButton);
        QVERIFY(created.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(review->isComplete(), 15000);
        QVERIFY(!wizard->button(QWizard::BackButton)->isVisible()); // no editing a deployed form
        QCOMPARE(review->progress()->value(), 100);
        QVERIFY(review->quickStartUrl().contains("/quickstart/"));
        // This server has no storage accounts: the containers were only planned, and the
        // steps say so instead of ticking "Create".
        auto *steps = wizard->findChild<QListWidget *>("deploySteps");
        QStringList lines;
        for (int i = 0; i < steps->count(); ++i)
            lines << steps->item(i)->text();
        QVERIFY2(lines.join('\n').contains("– Create the primary storage in West Europe "
                                           "(Netherlands) — planned only: no storage account is "
                                           "configured there"),
                 qPrintable(lines.join('\n')));
        // And the sentence under them does not read as full success.
        const QString status = wizard->findChild<QLabel *>("deployStatus")->text();
        QVERIFY2(status.startsWith("Deployed without storage"), qPrintable(status));
        // Nothing is left to cancel.
        QCOMPARE(wizard->button(QWizard::CancelButton)->text(), QString("Close"));
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::FinishId));
        QCOMPARE(wizard->findChild<QLineEdit *>("quickStartLink")->text(), review->quickStartUrl());
        // The server queued the Quick Start email when the deploy finished; this test server
        // has no mail server, and the page says so.
        QVERIFY(waitUntilQuiet(wizard.get(), &m_client));
        QCOMPARE(wizard->findChild<QLabel *>("quickStartMailNote")->text(),
                 QString("✉ The Quick Start email was queued to the contact ops@deployme.com.\n"
                         "Not sent yet: no mail server is configured (insights-server "
                         "--smtp-url)"));

        const QJsonObject service =
            m_api->get("/api/v1/services/" + created.at(0).at(0).toString()).json().object();
        QCOMPARE(service["deploymentStatus"].toString(), QString("PendingConsents"));
        QCOMPARE(service["licenseType"].toString(), QString("Audio & Redundancy"));
    }

    void draftResumesAfterTheWizardIsDestroyed()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath("cache.sqlite"));
        bool opened = false;
        cache.open([&](bool ok, const QString &) { opened = ok; });
        QTRY_VERIFY(opened);
        const QString customer = m_api->createCustomer("Drafty Ltd");
        {
            auto wizard = std::make_unique<OnboardingWizard>(
                &m_client, QList<CustomerChoice>{{customer, "Drafty Ltd"}}, customer);
            wizard->setDraftStore(&cache);
            wizard->askResume = [](const QString &, const QDateTime &) { return true; };
            QSignalSpy offered(wizard.get(), &OnboardingWizard::draftOffered);
            wizard->show();
            QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
            QVERIFY(offered.wait(5000));
            QCOMPARE(offered.at(0).at(1).toBool(), false); // nothing to resume yet
            QSignalSpy saved(wizard.get(), &OnboardingWizard::draftSaved);
            type(wizard->tenantPage()->nameField()->edit(), "Drafty-EU");
            type(wizard->tenantPage()->domainField()->edit(), "drafty.onmicrosoft.com");
            addEntry(wizard->tenantPage()->emails(), "ops@drafty.com");
            wizard->tenantPage()->pro()->click();
            wizard->tenantPage()->includedUsers()->setValue(777);
            QVERIFY(saved.wait(5000));
            QTRY_VERIFY(saved.count() >= 1);
            // Destroyed in the middle of its input, as a crash would.
        }
        auto again = std::make_unique<OnboardingWizard>(
            &m_client, QList<CustomerChoice>{{customer, "Drafty Ltd"}}, customer);
        again->setDraftStore(&cache);
        QString askedFor;
        again->askResume = [&](const QString &name, const QDateTime &) {
            askedFor = name;
            return true;
        };
        QSignalSpy offered(again.get(), &OnboardingWizard::draftOffered);
        again->show();
        QTest::mouseClick(again->button(QWizard::NextButton), Qt::LeftButton);
        QVERIFY(offered.wait(5000));
        QCOMPARE(offered.at(0).at(1).toBool(), true);
        QCOMPARE(askedFor, QString("Drafty Ltd"));
        const TenantSettings t = again->tenantPage()->tenant();
        QCOMPARE(t.name, QString("Drafty-EU"));
        QCOMPARE(t.domain, QString("drafty.onmicrosoft.com"));
        QCOMPARE(t.contactEmails, QStringList{"ops@drafty.com"});
        QVERIFY(t.userType == UserType::Pro);
        QCOMPARE(t.includedUsers, 777);
        QVERIFY(again->compliancePage()->advancedStorage()->isChecked());
    }

    void customerOperators()
    {
        const QString customer = m_api->createCustomer("Operators Ltd");
        OperatorsDialog dialog(&m_client, customer, "Operators Ltd", true);
        QSignalSpy loaded(&dialog, &OperatorsDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(!dialog.addButton()->isEnabled());
        dialog.nameField()->edit()->setText(
            QString::fromUtf8("Zoë Ångström")); // keyClicks is ASCII-only
        // Half an address while typing: Add is off, and the field says why.
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.emailField()->edit()->setFocus();
        type(dialog.emailField()->edit(), "zoe");
        QVERIFY(!dialog.addButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>("operatorEmailMessage")->isVisible());
        QVERIFY(dialog.findChild<QLabel *>("operatorEmailMessage")->text().contains("'@'"));
        type(dialog.emailField()->edit(), "zoe@operators.com");
        QVERIFY(dialog.addButton()->isEnabled());
        dialog.level()->setCurrentIndex(2); // monitor
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 2)->text(), QString("Monitor"));     // a word, not an id
        QCOMPARE(dialog.level()->currentData().toInt(), int(Role::Operator)); // reset

        // The same email in another case is refused, and the message sits under the field.
        type(dialog.nameField()->edit(), "Zoe Again");
        type(dialog.emailField()->edit(), "ZOE@operators.com");
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.status()->text().startsWith("Not added"));
        QTRY_VERIFY(!dialog.findChild<QLabel *>("operatorEmailMessage")->text().isEmpty());
        QCOMPARE(dialog.table()->rowCount(), 1);

        dialog.table()->selectRow(0);
        dialog.confirmRemove = [](const CustomerOperator &) { return true; };
        QVERIFY(dialog.removeButton()->isEnabled());
        QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.table()->rowCount(), 0);

        OperatorsDialog readOnly(&m_client, customer, "Operators Ltd", false);
        QVERIFY(!readOnly.addButton()->isEnabled());
        QVERIFY(readOnly.addButton()->toolTip().contains("read-only"));
    }

    void staleSaveShowsTheConflict()
    {
        const QString customer = m_api->createCustomer("Stale Ltd");
        HttpResult r = m_api->post("/api/v1/customers/" + customer + "/services",
                                   ApiSession::serviceBody("StaleOne", "essential"));
        const QString service = r.json()["id"].toString();
        m_api->waitForStatus(service, {"PendingConsents"});
        EditServiceDialog dialog(&m_client, service);
        QSignalSpy loaded(&dialog, &EditServiceDialog::loaded);
        QVERIFY(loaded.wait(5000));

        // Someone else saves first.
        r = m_api->get("/api/v1/services/" + service);
        QCOMPARE(m_api
                     ->patch("/api/v1/services/" + service,
                             {{"tenant", QJsonObject{{"notes", "theirs"}}}},
                             {{"If-Match", r.header("ETag")}})
                     .status,
                 200);

        dialog.findChild<QPlainTextEdit *>("notes")->setPlainText("mine");
        QStringList seen;
        dialog.resolveConflict = [&](const QStringList &differences) {
            seen = differences;
            return EditServiceDialog::ConflictChoice::Reload;
        };
        QSignalSpy conflict(&dialog, &EditServiceDialog::conflict);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(conflict.wait(5000));
        QCOMPARE(seen.size(), 1);
        QVERIFY(seen[0].startsWith("tenant.notes"));
        QVERIFY(seen[0].contains("mine") && seen[0].contains("theirs"));
        // Nothing was overwritten, and the form now shows their version.
        QCOMPARE(m_api->get("/api/v1/services/" + service).json()["tenant"]["notes"].toString(),
                 QString("theirs"));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>("notes")->toPlainText(), QString("theirs"));
    }

    void closingTheWizardLeavesTheDeployRunning()
    {
        ServerProcess slow({"--deploy-step-ms", "300"}, bootstrapEnvironment());
        QVERIFY(slow.start());
        ApiSession api(slow);
        QVERIFY(api.signIn(adminUser, adminPassword));
        ApiClient client;
        client.setBaseUrl(slow.url());
        client.setToken(api.token());
        const QString customer = api.createCustomer("Closer Ltd");
        QString service;
        {
            OnboardingWizard wizard(&client, {{customer, "Closer Ltd"}}, customer);
            wizard.show();
            wizard.next();
            TenantPage *page = wizard.tenantPage();
            page->nameField()->edit()->setText("Closer");
            page->domainField()->edit()->setText("closer.onmicrosoft.com");
            page->shortNameField()->edit()->setText("Closer");
            page->emails()->setEntries({"ops@closer.com"});
            page->upns()->setEntries({"admin@closer.onmicrosoft.com"});
            QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
            wizard.next();
            wizard.next();
            QSignalSpy created(&wizard, &OnboardingWizard::serviceCreated);
            wizard.reviewPage()->deploy();
            QVERIFY(created.wait(10000));
            service = created.at(0).at(0).toString();
            QVERIFY(!wizard.reviewPage()->isComplete()); // still deploying
            wizard.close();
        } // and destroyed
        QCOMPARE(api.waitForStatus(service, {"PendingConsents"})["deploymentStatus"].toString(),
                 QString("PendingConsents"));
    }

    void serverErrorsLandUnderTheirFields()
    {
        // Someone takes the name between the availability check and Deploy.
        const QString customer = m_api->createCustomer("Race Ltd");
        auto wizard = validWizard("RaceName", customer);
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled());
        const QString other = m_api->createCustomer("Other Ltd");
        QCOMPARE(m_api
                     ->post("/api/v1/customers/" + other + "/services",
                            ApiSession::serviceBody("RaceName", "essential"))
                     .status,
                 202);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(wizard->reviewPage()->deployButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(OnboardingWizard::TenantId), 10000);
        auto *message = wizard->findChild<QLabel *>("tenantNameMessage");
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains("already used"));
    }
};

QTEST_MAIN(TestWizardFlows)
#include "tst_wizardflows.moc"
