// The onboarding wizard end to end against the real server, driven by objectName: live
// validation keeps Next disabled for each broken rule, Advanced Storage follows the user
// type, Pro needs a paired location, the waiver needs its reference, and Deploy creates the
// service and shows its progress up to the Quick Start link.
#include "apiclient.h"
#include "compliancepage.h"
#include "countspinbox.h"
#include "editservicedialog.h"
#include "listeditor.h"
#include "localcache.h"
#include "onboardingwizard.h"
#include "operatorsdialog.h"
#include "reviewpage.h"
#include "selectcustomerpage.h"
#include "signindialog.h"
#include "storagelocationmodel.h"
#include "support/apisession.h"
#include "support/quiet.h"
#include "tenantpage.h"
#include "validatedfield.h"
#include "waiverdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace insights;
using namespace insights::test;

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void addEntry(ListEditor *editor, const QString &text)
{
    type(editor->input(), text);
    QTest::keyClick(editor->input(), Qt::Key_Return);
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_api;
    ApiClient m_client;

    // A wizard on the Tenant page with every field valid.
    std::unique_ptr<OnboardingWizard> validWizard(const QString &name, const QString &customer)
    {
        auto wizard = std::make_unique<OnboardingWizard>(
            &m_client, QList<CustomerChoice>{{customer, name + " Ltd"}}, customer);
        wizard->show();
        QApplication::setActiveWindow(wizard.get()); // focus moves only in the active window
        if (!QTest::qWaitForWindowActive(wizard.get()))
            return nullptr;
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        TenantPage *page = wizard->tenantPage();
        type(page->nameField()->edit(), name);
        type(page->domainField()->edit(), name.toLower() + ".onmicrosoft.com");
        type(page->shortNameField()->edit(), name);
        addEntry(page->emails(), "ops@" + name.toLower() + ".com");
        addEntry(page->upns(), "admin@" + name.toLower() + ".onmicrosoft.com");
        return wizard;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{"--deploy-step-ms", "20"},
                                                   bootstrapEnvironment());
        QVERIFY(m_server->start());
        m_api = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_api->signIn(adminUser, adminPassword));
        m_client.setBaseUrl(m_server->url());
        m_client.setToken(m_api->token());
    }

    void nextFollowsEveryRule_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("bad");
        QTest::newRow("name with a full stop") << "tenantName"
                                               << "CN.com";
        QTest::newRow("name with a space") << "tenantName"
                                           << "Contoso EU";
        QTest::newRow("name with *") << "tenantName"
                                     << "Con*toso";
        QTest::newRow("name with a doubled hyphen") << "tenantName"
                                                    << "Con--toso";
        QTest::newRow("name of 129") << "tenantName" << QString(129, 'a');
        QTest::newRow("name ending in a hyphen") << "tenantName"
                                                 << "Contoso-";
        QTest::newRow("single-label domain") << "tenantDomain"
                                             << "contoso";
        QTest::newRow("domain label of 64") << "tenantDomain" << QString(64, 'a') + ".com";
        QTest::newRow("short name of 33") << "shortName" << QString(33, 'b');
        QTest::newRow("short name with |") << "shortName"
                                           << "a|b";
    }
    void nextFollowsEveryRule()
    {
        QFETCH(QString, field);
        QFETCH(QString, bad);
        const QString name = QString("Rules%1")
                                 .arg(QTest::currentDataTag())
                                 .remove(QRegularExpression("[^A-Za-z0-9]"))
                                 .left(30);
        const QString customer = m_api->createCustomer(name);
        auto wizard = validWizard(name, customer);
        QVERIFY(wizard);
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QTRY_VERIFY(next->isEnabled()); // after the availability answers
        auto *edit = wizard->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        const QString good = edit->text();
        edit->setFocus(); // a person types into the field it is in
        type(edit, bad);
        QTRY_VERIFY(!next->isEnabled());
        auto *message = wizard->findChild<QLabel *>(field + "Message");
        QVERIFY(message);
        // An Intermediate value shows its message once the field is left.
        wizard->tenantPage()->includedUsers()->setFocus();
        QTRY_VERIFY2(!message->text().isEmpty(), qPrintable(bad));
        type(edit, good);
        QTRY_VERIFY(next->isEnabled());
    }

    void intermediateInputIsNotRedWhileTyping()
    {
        const QString customer = m_api->createCustomer("Typing");
        auto wizard = validWizard("Typing", customer);
        ValidatedField *field = wizard->tenantPage()->nameField();
        field->edit()->setFocus();
        type(field->edit(), "Typing-");
        auto *message = wizard->findChild<QLabel *>("tenantNameMessage");
        QVERIFY(message->isHidden()); // still typing: no red frame yet
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QCoreApplication::processEvents();
        QWidget *next = wizard->tenantPage()->domainField();
        const int before = next->mapTo(wizard.get(), QPoint()).y();
        wizard->tenantPage()->includedUsers()->setFocus();
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), QString("A hyphen cannot be the last character"));
        // The message took the line kept for it: the field below did not move.
        QCoreApplication::processEvents();
        QCOMPARE(next->mapTo(wizard.get(), QPoint()).y(), before);
    }

    void listEditorsRefuseBadEntriesAndWarnAboutSuffixes()
    {
        const QString customer = m_api->createCustomer("Lists");
        auto wizard = validWizard("Lists", customer);
        ListEditor *emails = wizard->tenantPage()->emails();
        addEntry(emails, "OPS@lists.com"); // a duplicate, in another case
        QCOMPARE(emails->entries().size(), 1);
        QVERIFY(wizard->findChild<QLabel *>("contactEmailsMessage")->text().contains("already"));
        addEntry(emails, "not-an-address");
        QCOMPARE(emails->entries().size(), 1);
        addEntry(emails, "  second@lists.com  "); // pasted with spaces: trimmed
        QCOMPARE(wizard->currentId(), int(OnboardingWizard::TenantId)); // Enter did not go on
        QCOMPARE(emails->entries().last(), QString("second@lists.com"));
        ListEditor *upns = wizard->tenantPage()->upns();
        addEntry(upns, "boss@elsewhere.com");
        QCOMPARE(upns->entries().size(), 2);
        auto *list = wizard->findChild<QListWidget *>("adminUpnsList");
        QVERIFY(list->item(1)->text().startsWith(QString::fromUtf8("⚠")));
        QVERIFY(list->item(1)->toolTip().contains("elsewhere.com"));
        QVERIFY(!list->item(0)->text().startsWith(QString::fromUtf8("⚠")));
    }

    // The line under a list says what it needs while it is empty and counts its entries once
    // it is not: the fields below it never jump as entries come and go.
    void theFormDoesNotJumpAsEntriesComeAndGo()
    {
        const QString customer = m_api->createCustomer("Steady");
        auto wizard = validWizard("Steady", customer);
        ListEditor *emails = wizard->tenantPage()->emails();
        ListEditor *upns = wizard->tenantPage()->upns();
        auto *hint = wizard->findChild<QLabel *>("contactEmailsEmptyHint");
        QVERIFY(hint);
        QTRY_COMPARE(hint->text(), QString("1 of at most 20."));
        QCoreApplication::processEvents();
        const int below = upns->mapTo(wizard.get(), QPoint()).y();
        auto *list = wizard->findChild<QListWidget *>("contactEmailsList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(0)).center());
        QTest::mouseClick(wizard->findChild<QPushButton *>("contactEmailsRemove"), Qt::LeftButton);
        QTRY_VERIFY(emails->entries().isEmpty());
        QCOMPARE(hint->text(),
                 QString("Required: at least one. Type it, then press Enter or Add."));
        QCoreApplication::processEvents();
        QCOMPARE(upns->mapTo(wizard.get(), QPoint()).y(), below);
        addEntry(emails, "ops@steady.com");
        QTRY_COMPARE(hint->text(), QString("1 of at most 20."));
        QCoreApplication::processEvents();
        QCOMPARE(upns->mapTo(wizard.get(), QPoint()).y(), below);
    }

    void advancedStorageFollowsTheUserType()
    {
        const QString customer = m_api->createCustomer("Coupling");
        auto wizard = validWizard("Coupling", customer);
        CompliancePage *compliance = wizard->compliancePage();
        QVERIFY(!compliance->advancedStorage()->isEnabled());
        QVERIFY(!compliance->advancedStorage()->isChecked());
        wizard->tenantPage()->pro()->click();
        QVERIFY(compliance->advancedStorage()->isChecked());
        QVERIFY(compliance->advancedStorage()->text().contains("North Europe"));
        wizard->tenantPage()->essential()->click();
        QVERIFY(!compliance->advancedStorage()->isChecked());
        wizard->tenantPage()->pro()->click();
        QVERIFY(compliance->advancedStorage()->isChecked());
        QVERIFY(!compliance->advancedStorage()->isEnabled());
    }

    void proNeedsAPairedLocation()
    {
        const QString customer = m_api->createCustomer("Unpaired");
        auto wizard = validWizard("Unpaired", customer);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QComboBox *storage = wizard->tenantPage()->storage();
        StorageLocationModel model;
        storage->setCurrentIndex(model.rowOf("qatarcentral"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // fine for Essential
        wizard->tenantPage()->pro()->click();
        QTRY_VERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *message = wizard->findChild<QLabel *>("storageLocationMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains("Qatar Central"));
        QVERIFY(!wizard->compliancePage()->isComplete());
        QVERIFY(wizard->compliancePage()->storageProblem()->text().contains("href"));
        storage->setCurrentIndex(model.rowOf("westeurope"));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

    void waiverDialogRefusesAnEmptyReference()
    {
        WaiverDialog dialog;
        QVERIFY(!dialog.confirmButton()->isEnabled());
        type(dialog.referenceEdit(), " ");
        QVERIFY(!dialog.confirmButton()->isEnabled());
        type(dialog.referenceEdit(), "WVR-2026-0042");
        QVERIFY(dialog.confirmButton()->isEnabled());

        // On the page: cancelling the dialog leaves the option off; a reference turns it on.
        CompliancePage page;
        page.askWaiver = [](const QString &) { return std::optional<QString>(); };
        QTest::mouseClick(page.controlNotifications(), Qt::LeftButton);
        QVERIFY(!page.controlNotifications()->isChecked());
        page.askWaiver = [](const QString &) { return std::optional<QString>("WVR-7"); };
        QTest::mouseClick(page.controlNotifications(), Qt::LeftButton);
        QVERIFY(page.controlNotifications()->isChecked());
        QCOMPARE(page.compliance().teamsNotificationsWaiverReference, QString("WVR-7"));
        page.confirmDeletion = [] { return false; };
        QTest::mouseClick(page.deleteRecordings(), Qt::LeftButton);
        QVERIFY(!page.deleteRecordings()->isChecked());
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

    void tabOrderFollowsTheLayout()
    {
        const QString customer = m_api->createCustomer("Tabs Ltd");
        auto wizard = validWizard("Tabs", customer);
        wizard->tenantPage()->nameField()->edit()->setFocus();
        QStringList order;
        for (int i = 0; i < 16; ++i) {
            order << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        // Top to bottom, left to right; the radio group is one stop.
        const QStringList expected{"tenantName",          "tenantDomain",     "shortName",
                                   "contactEmailsInput",  "contactEmailsAdd", "contactEmailsList",
                                   "contactEmailsRemove", "adminUpnsInput",   "adminUpnsAdd",
                                   "adminUpnsList",       "adminUpnsRemove",  "userTypeEssential",
                                   "includedUsers",       "storageLocation",  "byos",
                                   "unlimitedRetention"};
        QCOMPARE(order, expected);
    }

    void everyInteractiveWidgetHasNames()
    {
        const QString customer = m_api->createCustomer("Names Ltd");
        auto wizard = validWizard("Names", customer);
        QStringList missing;
        auto check = [&](QWidget *root) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                const bool interactive = w->focusPolicy() != Qt::NoFocus &&
                                         !qobject_cast<QScrollBar *>(w) &&
                                         !qobject_cast<QAbstractSpinBox *>(w->parentWidget()) &&
                                         w->metaObject()->className() != QByteArray("QWidget");
                if (!interactive)
                    continue;
                if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
                    missing << QString("%1 '%2' '%3'")
                                   .arg(w->metaObject()->className(), w->objectName(),
                                        w->accessibleName());
            }
        };
        check(wizard.get());
        OperatorsDialog operators(&m_client, customer, "Names Ltd", true);
        check(&operators);
        WaiverDialog waiver;
        check(&waiver);
        SignInDialog signIn;
        check(&signIn);
        EditServiceDialog edit(&m_client, "svc-none");
        check(&edit);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join("; ")));
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

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
