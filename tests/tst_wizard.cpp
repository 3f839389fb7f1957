// The onboarding wizard's Tenant and Compliance pages as a person types, driven by objectName:
// each broken rule keeps Next disabled, the pages' couplings, the waiver, tab order and names.
#include "compliancepage.h"
#include "countspinbox.h"
#include "editservicedialog.h"
#include "listeditor.h"
#include "onboardingwizard.h"
#include "operatorsdialog.h"
#include "signindialog.h"
#include "storagelocationmodel.h"
#include "support/wizardtesting.h"
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
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>

using namespace insights;
using namespace insights::test;

class TestWizard : public QObject, public WizardFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = startServer();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
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
        // Still typing: no red frame yet, but the rule that keeps Next off is said, in grey.
        QVERIFY(field->edit()->styleSheet().isEmpty());
        QVERIFY(message->isVisible());
        QVERIFY(!message->styleSheet().contains("#b71c1c"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QCoreApplication::processEvents();
        QWidget *next = wizard->tenantPage()->domainField();
        const int before = next->mapTo(wizard.get(), QPoint()).y();
        wizard->tenantPage()->includedUsers()->setFocus();
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), QString("A hyphen cannot be the last character"));
        QTRY_VERIFY(message->styleSheet().contains("#b71c1c")); // now red, and the frame too
        QVERIFY(!field->edit()->styleSheet().isEmpty());
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

    // The tenant page opens with its name field focused, so what a person types first is not
    // lost; and Alt+letter is never claimed twice on a page (Alt+N once went to the name's
    // label and Next by turns, never to the next page).
    void keyboardOnlyNeedsNoClicks()
    {
        const QString customer = m_api->createCustomer("Keys Ltd");
        OnboardingWizard wizard(&m_client, {{customer, "Keys Ltd"}}, customer);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        QTest::keyClick(&wizard, Qt::Key_N, Qt::AltModifier); // Next on the first page
        QTRY_COMPARE(wizard.currentPage(), static_cast<QWizardPage *>(wizard.tenantPage()));
        QTRY_COMPARE(QApplication::focusWidget(),
                     static_cast<QWidget *>(wizard.tenantPage()->nameField()->edit()));
        QTest::keyClicks(QApplication::focusWidget(), "Keys");
        QCOMPARE(wizard.tenantPage()->nameField()->text(), QString("Keys"));

        const auto mnemonic = [](const QString &text) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == u'&' && text.at(i + 1) != u'&')
                    return text.at(i + 1).toLower();
                if (text.at(i) == u'&')
                    ++i; // "&&" is a literal ampersand
            }
            return QChar();
        };
        for (QWizardPage *page : {static_cast<QWizardPage *>(wizard.tenantPage()),
                                  static_cast<QWizardPage *>(wizard.compliancePage())}) {
            QHash<QChar, QStringList> owners;
            for (QWizard::WizardButton b :
                 {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton})
                if (const QChar c = mnemonic(wizard.buttonText(b)); !c.isNull())
                    owners[c] << wizard.buttonText(b);
            for (QLabel *label : page->findChildren<QLabel *>())
                if (const QChar c = mnemonic(label->text()); !c.isNull())
                    owners[c] << label->text();
            for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
                if (const QChar c = mnemonic(button->text()); !c.isNull())
                    owners[c] << button->text();
            for (auto it = owners.cbegin(); it != owners.cend(); ++it)
                QVERIFY2(it.value().size() == 1, qPrintable(it.value().join(" | ")));
        }
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
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
