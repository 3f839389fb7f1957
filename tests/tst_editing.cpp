// Day-two work in the forms, at a person's pace: every check waits until the form is quiet
// (no debounce pending, no request in flight) before it looks, as a person waits for the
// form to settle. Editing a deployed service, the Tenant page's messages, the operators'
// levels and renaming a customer, each against the real server.
#include "apiclient.h"
#include "countspinbox.h"
#include "customerdialog.h"
#include "editservicedialog.h"
#include "listeditor.h"
#include "offboarddialog.h"
#include "onboardingwizard.h"
#include "operatorsdialog.h"
#include "support/apisession.h"
#include "support/quiet.h"
#include "tenantpage.h"
#include "validatedfield.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QWheelEvent>

using namespace insights;
using namespace insights::test;

namespace {

void type(QWidget *w, const QString &text)
{
    w->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier); // select what is there
    QTest::keyClick(w, Qt::Key_Backspace);
    QTest::keyClicks(w, text);
}

void wheel(QWidget *w, int steps)
{
    const QPoint at = w->rect().center();
    QWheelEvent event(at, w->mapToGlobal(at), {}, {0, 120 * steps}, Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_api;
    ApiClient m_client;

    QString deployed(const QString &name)
    {
        const QString customer = m_api->createCustomer(name + " Ltd");
        HttpResult r = m_api->post("/api/v1/customers/" + customer + "/services",
                                   ApiSession::serviceBody(name, "essential"));
        if (r.status != 202)
            return {};
        const QString service = r.json()["id"].toString();
        m_api->waitForStatus(service, {"PendingConsents"});
        return service;
    }

    // A wizard on its Tenant page, the window active so focus moves as for a person.
    std::unique_ptr<OnboardingWizard> tenantPageOf(const QString &customer)
    {
        auto wizard = std::make_unique<OnboardingWizard>(
            &m_client, QList<CustomerChoice>{{customer, "Some Ltd"}}, customer);
        wizard->show();
        QApplication::setActiveWindow(wizard.get());
        if (!QTest::qWaitForWindowActive(wizard.get()))
            return nullptr;
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        return wizard;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{"--deploy-step-ms", "0"},
                                                   bootstrapEnvironment());
        QVERIFY(m_server->start());
        m_api = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_api->signIn(adminUser, adminPassword));
        m_client.setBaseUrl(m_server->url());
        m_client.setToken(m_api->token());
    }

    // The bug a fast test hid: the availability check fired 300 ms after loading and found
    // the service's own names "in use", so Save never enabled.
    void editingADeployedServiceAfterThreeIdleSeconds()
    {
        const QString service = deployed("EditMe");
        QVERIFY(!service.isEmpty());
        EditServiceDialog dialog(&m_client, service);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy loaded(&dialog, &EditServiceDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QTest::qWait(3000); // a person reads the form before changing anything
        QVERIFY(waitUntilQuiet(&dialog, &m_client));

        TenantPage *page = dialog.tenantPage();
        for (ValidatedField *locked :
             {page->nameField(), page->domainField(), page->shortNameField()}) {
            QVERIFY(!locked->edit()->isEnabled());
            QCOMPARE(locked->edit()->toolTip(), QString("Cannot be modified after deployment"));
            const QString name = locked->edit()->objectName();
            QVERIFY2(dialog.findChild<QLabel *>(name + "Message")->isHidden(), qPrintable(name));
            // No availability note (its room beside the field stays empty).
            QVERIFY2(dialog.findChild<QLabel *>(name + "Note")->text().isEmpty(), qPrintable(name));
        }
        QVERIFY(!page->storage()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled()); // nothing changed yet

        type(page->includedUsers(), "321");
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QVERIFY(dialog.saveButton()->isEnabled());
        QSignalSpy saved(&dialog, &EditServiceDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        QCOMPARE(
            m_api->get("/api/v1/services/" + service).json()["tenant"]["includedUsers"].toInt(),
            321);
    }

    void changingTheUserTypeAsksFirstAndNamesTheTenant()
    {
        const QString service = deployed("AskFirst");
        EditServiceDialog dialog(&m_client, service);
        QSignalSpy loaded(&dialog, &EditServiceDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QVERIFY(dialog.windowTitle().contains("AskFirst"));
        UserType askedTo = UserType::Unknown;
        dialog.confirmUserTypeChange = [&](UserType, UserType to) {
            askedTo = to;
            return false;
        };
        QTest::mouseClick(dialog.tenantPage()->pro(), Qt::LeftButton);
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(askedTo == UserType::Pro);
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QCOMPARE(m_api->get("/api/v1/services/" + service).json()["tenant"]["userType"].toString(),
                 QString("essential"));
    }

    void cancelAsksBeforeDroppingEdits()
    {
        const QString service = deployed("KeepMine");
        EditServiceDialog dialog(&m_client, service);
        dialog.show();
        QSignalSpy loaded(&dialog, &EditServiceDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        int asked = 0;
        bool discard = false;
        dialog.confirmDiscard = [&] {
            ++asked;
            return discard;
        };
        auto *cancel = dialog.findChild<QPushButton *>("cancelButton");
        auto *notes = dialog.findChild<QPlainTextEdit *>("notes");
        notes->setFocus();
        QTest::keyClicks(notes, "half a thought");
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible()); // kept, with the edit
        QCOMPARE(notes->toPlainText(), QString("half a thought"));
        discard = true;
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(asked, 2);
        QVERIFY(!dialog.isVisible());
    }

    void editDialogFitsTheScreen()
    {
        const QString service = deployed("FitsIn");
        EditServiceDialog dialog(&m_client, service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QRect available = dialog.screen()->availableGeometry();
        const QRect frame = dialog.frameGeometry();
        QVERIFY2(frame.width() <= available.width() && frame.height() <= available.height(),
                 qPrintable(QString("%1x%2 on %3x%4")
                                .arg(frame.width())
                                .arg(frame.height())
                                .arg(available.width())
                                .arg(available.height())));
        // The long Tenant page scrolls inside it instead.
        auto *scroll = dialog.findChild<QScrollArea *>("tenantScroll");
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0);
    }

    void inUseReplacesCheckingAndStaysQuiet()
    {
        QVERIFY(!deployed("Taken").isEmpty());
        const QString customer = m_api->createCustomer("Second Ltd");
        auto wizard = tenantPageOf(customer);
        QVERIFY(wizard);
        TenantPage *page = wizard->tenantPage();
        type(page->nameField()->edit(), "taken");
        // Before the fix the "In use" answer started a new check, for ever: never quiet.
        QVERIFY(waitUntilQuiet(wizard.get(), &m_client, 5000));
        auto *message = wizard->findChild<QLabel *>("tenantNameMessage");
        auto *note = wizard->findChild<QLabel *>("tenantNameNote");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith("Already used by another service"),
                 qPrintable(message->text()));
        QVERIFY2(note->isHidden() || !note->text().contains("Checking"), qPrintable(note->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        type(page->nameField()->edit(), "Free-Name");
        QVERIFY(waitUntilQuiet(wizard.get(), &m_client, 5000));
        QVERIFY(message->isHidden());
        QCOMPARE(note->text(), QString("✓ Available"));
    }

    void includedUsersSaysWhyAtTheField()
    {
        const QString customer = m_api->createCustomer("Counting Ltd");
        auto wizard = tenantPageOf(customer);
        QVERIFY(wizard);
        CountSpinBox *users = wizard->tenantPage()->includedUsers();
        auto *message = wizard->findChild<QLabel *>("includedUsersMessage");
        type(users, "0");
        QVERIFY(waitUntilQuiet(wizard.get(), &m_client));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().startsWith("At least 1 user is required"),
                 qPrintable(message->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        // Leaving the field keeps the value and the message: nothing reverts silently.
        QTest::keyClick(users, Qt::Key_Tab);
        QCOMPARE(users->count(), 0);
        QVERIFY(message->isVisible());
        type(users, "");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains("purchase order"));
        type(users, "1000001");
        QVERIFY(message->text().contains("at most"));
        type(users, "250");
        QVERIFY(message->isHidden());
        QCOMPARE(wizard->tenantPage()->tenant().includedUsers, 250);
    }

    void theWheelScrollsThePageNotTheValues()
    {
        const QString customer = m_api->createCustomer("Wheel Ltd");
        auto wizard = tenantPageOf(customer);
        QVERIFY(wizard);
        TenantPage *page = wizard->tenantPage();
        page->nameField()->edit()->setFocus();
        const int users = page->includedUsers()->value();
        const int location = page->storage()->currentIndex();
        wheel(page->includedUsers(), -1);
        wheel(page->storage(), -1);
        QCOMPARE(page->includedUsers()->value(), users);
        QCOMPARE(page->storage()->currentIndex(), location);
        // Once the person has clicked into it, the wheel is theirs to use.
        page->includedUsers()->setFocus(Qt::MouseFocusReason);
        wheel(page->includedUsers(), 1);
        QCOMPARE(page->includedUsers()->value(), users + 1);
    }

    void operatorLevelsInWordsChangedAndReset()
    {
        const QString customer = m_api->createCustomer("Levels Ltd");
        OperatorsDialog dialog(&m_client, customer, "Levels Ltd", true);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        type(dialog.nameField()->edit(), "Ada");
        type(dialog.emailField()->edit(), "ada@levels.com");
        dialog.level()->setCurrentIndex(dialog.level()->findData(int(Role::Admin)));
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, 2)->text(), QString("Admin"));
        QCOMPARE(dialog.level()->currentData().toInt(), int(Role::Operator));

        // A refused add says why; typing again clears the stale message.
        type(dialog.nameField()->edit(), "Ada Again");
        type(dialog.emailField()->edit(), "ADA@levels.com");
        QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QVERIFY(dialog.status()->text().startsWith("Not added"));
        QTest::keyClicks(dialog.emailField()->edit(), "x");
        QVERIFY(dialog.status()->text().isEmpty());

        dialog.table()->selectRow(0);
        QComboBox *change = dialog.changeLevel();
        QVERIFY(change->isEnabled());
        QCOMPARE(change->currentData().toInt(), int(Role::Admin));
        change->setFocus();
        QTest::keyClick(change, Qt::Key_Down); // Admin → Operator, saved at once
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QCOMPARE(dialog.table()->item(0, 2)->text(), QString("Operator"));
        QVERIFY(change->isEnabled());          // still the same person selected
        QTest::keyClick(change, Qt::Key_Down); // → Monitor
        QCOMPARE(change->currentData().toInt(), int(Role::Monitor));
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QCOMPARE(dialog.table()->item(0, 2)->text(), QString("Monitor"));
        const QJsonArray onServer =
            m_api->get("/api/v1/customers/" + customer + "/operators").json()["items"].toArray();
        QCOMPARE(onServer.at(0)["level"].toString(), QString("monitor"));
    }

    void essentialDeploySaysTheReplicaIsSkipped()
    {
        const QString customer = m_api->createCustomer("Single Ltd");
        auto wizard = tenantPageOf(customer);
        QVERIFY(wizard);
        TenantPage *page = wizard->tenantPage();
        type(page->nameField()->edit(), "Single");
        type(page->domainField()->edit(), "single.onmicrosoft.com");
        type(page->shortNameField()->edit(), "Single");
        for (ListEditor *list : {page->emails(), page->upns()}) {
            type(list->input(),
                 list == page->emails() ? "ops@single.com" : "admin@single.onmicrosoft.com");
            QTest::keyClick(list->input(), Qt::Key_Return);
        }
        QVERIFY(waitUntilQuiet(wizard.get(), &m_client));
        QAbstractButton *next = wizard->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton); // Compliance
        QTest::mouseClick(next, Qt::LeftButton); // Review
        QTest::mouseClick(wizard->findChild<QPushButton *>("deployButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::CommitButton)->isEnabled(), 15000);
        auto *steps = wizard->findChild<QListWidget *>("deploySteps");
        QVERIFY(steps);
        QStringList lines;
        for (int i = 0; i < steps->count(); ++i)
            lines << steps->item(i)->text();
        const auto replica = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.contains("replica", Qt::CaseInsensitive);
        });
        QVERIFY2(replica != lines.cend(), qPrintable(lines.join(" | ")));
        QVERIFY2(replica->contains("skipped") && !replica->startsWith("✓"), qPrintable(*replica));
        // Steps read as sentences, never as ids.
        QVERIFY2(!lines.join(' ').contains("create-primary-storage"), qPrintable(lines.join('|')));
        QVERIFY(lines.join(' ').contains("West Europe"));

        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        auto *reach = wizard->findChild<QLabel *>("linkReachNote");
        QVERIFY(reach->isVisible()); // the test server listens on 127.0.0.1
        QVERIFY(reach->text().contains("only on this computer"));
        // Offscreen no browser can be started: the page says so and points at Copy.
        QTest::mouseClick(wizard->findChild<QPushButton *>("openQuickStartLink"), Qt::LeftButton);
        QVERIFY(wizard->findChild<QLabel *>("copiedNote")->text().contains("copy the link"));
    }

    void deletingTheRecordingsNeedsTheShortNameTyped()
    {
        OffboardDialog dialog("Contoso-EU", "Contoso", "Contoso Ltd");
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.windowTitle().contains("Contoso-EU"));
        QVERIFY(dialog.keep()->isChecked()); // keeping is the default
        QVERIFY(dialog.offboardButton()->isEnabled());
        QVERIFY(dialog.confirmation()->isHidden());
        const QPoint offboardAt = dialog.offboardButton()->mapTo(&dialog, QPoint());
        const QSize size = dialog.size();
        QTest::mouseClick(dialog.remove(), Qt::LeftButton);
        QVERIFY(dialog.confirmation()->isVisible());
        // The dialog has room for the confirmation rows: the intro's wrapped lines are all
        // shown, and nothing moves as they come and go.
        auto *intro = dialog.findChild<QLabel *>("offboardIntro");
        QTRY_VERIFY(intro->height() >= intro->heightForWidth(intro->width()));
        QCOMPARE(dialog.offboardButton()->mapTo(&dialog, QPoint()), offboardAt);
        QTest::mouseClick(dialog.keep(), Qt::LeftButton);
        QVERIFY(dialog.confirmation()->isHidden());
        QCOMPARE(dialog.offboardButton()->mapTo(&dialog, QPoint()), offboardAt);
        QCOMPARE(dialog.size(), size);
        QTest::mouseClick(dialog.remove(), Qt::LeftButton);
        QVERIFY(!dialog.offboardButton()->isEnabled());
        dialog.confirmation()->setFocus();
        QTest::keyClicks(dialog.confirmation(), "Contos");
        QVERIFY(!dialog.offboardButton()->isEnabled());
        QTest::keyClicks(dialog.confirmation(), "O"); // case does not matter
        QVERIFY(dialog.offboardButton()->isEnabled());
        QVERIFY(dialog.recordings() == Recordings::Delete);
        QTest::mouseClick(dialog.offboardButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void renamingACustomerNeverOverwritesAnotherSave()
    {
        const QString customer = m_api->createCustomer("Old Name Ltd");
        CustomerDialog dialog(&m_client, customer);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(waitUntilQuiet(&dialog, &m_client));
        QVERIFY(!dialog.saveButton()->isEnabled());
        type(dialog.nameField()->edit(), "New Name Ltd");
        type(dialog.description(), "Our oldest customer");
        QVERIFY(dialog.saveButton()->isEnabled());

        // Someone else renames it first.
        HttpResult read = m_api->get("/api/v1/customers/" + customer);
        QCOMPARE(m_api
                     ->patch("/api/v1/customers/" + customer, {{"displayName", "Theirs Ltd"}},
                             {{"If-Match", read.header("ETag")}})
                     .status,
                 200);
        QSignalSpy conflict(&dialog, &CustomerDialog::conflict);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(conflict.wait(5000));
        QVERIFY(dialog.status()->text().contains("Theirs Ltd"));
        QCOMPARE(m_api->get("/api/v1/customers/" + customer).json()["displayName"].toString(),
                 QString("Theirs Ltd"));
        // Saving again, with theirs in view, is a decision: it goes through.
        QSignalSpy saved(&dialog, &CustomerDialog::saved);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(5000));
        const QJsonObject now = m_api->get("/api/v1/customers/" + customer).json().object();
        QCOMPARE(now["displayName"].toString(), QString("New Name Ltd"));
        QCOMPARE(now["description"].toString(), QString("Our oldest customer"));
    }
};

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
