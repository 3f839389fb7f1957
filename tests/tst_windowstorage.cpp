// Storage in the real window, on a team server and Azurite: the edit dialog's Own storage tab
// (BYOS) checks a container URL as it is pasted, shows "Verifying…" while the server probes
// the container, puts the server's refusal at the field, lists a verified location with its
// expiry, and removes one after a confirmation that names it; the status bar says what the
// server cannot do, and File → Server settings… what it would need.
#include "byossection.h"
#include "customertablemodel.h"
#include "editservicedialog.h"
#include "mainwindow.h"
#include "serversettings.h"
#include "support/apisession.h"
#include "support/azurite.h"
#include "support/boxanswerer.h"
#include "support/quiet.h"
#include "support/remotewindow.h"
#include "syncengine.h"
#include "validatedfield.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace insights;
using namespace insights::test;

namespace {

const QString customerAccount = QStringLiteral("replicaacct");
const QString customerContainer = QStringLiteral("fabrikam-calls");

// Pastes text into a line edit as a person does: select what is there, Ctrl+V.
void paste(QLineEdit *edit, const QString &text)
{
    QApplication::clipboard()->setText(text);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

QString messageOf(ValidatedField *field)
{
    auto *label = field->findChild<QLabel *>(field->edit()->objectName() + "Message");
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestWindowStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("insights-test"); }

    void ownStorageIsAddedAndRemovedInTheEditDialog()
    {
        Azurite azurite;
        QVERIFY2(azurite.start(), qPrintable(azurite.error()));
        QVERIFY(azurite.createContainer(customerAccount, customerContainer));
        ServerProcess server({"--deploy-step-ms", "20"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        QVERIFY(!admin.deployService("Fabrikam Ltd", "Fabrikam", "essential", {{"byos", true}})
                     .isEmpty());

        RemoteWindow remote;
        QVERIFY(remote.open(server, admin.token(), adminUser, Role::Admin));
        MainWindow &window = remote.window;
        Workspace &workspace = remote.workspace;
        QTableView *table = window.customersView();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QTRY_COMPARE(table->model()->index(0, CustomerTableModel::DeploymentColumn).data(),
                     QVariant("Pending consents"));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 1)).center());
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        EditServiceDialog *edit = nullptr;
        QTRY_VERIFY((edit = window.findChild<EditServiceDialog *>()) != nullptr);
        QVERIFY(waitUntilQuiet(edit, workspace.client()));

        // The Own storage tab, clicked.
        auto *tabs = edit->findChild<QTabWidget *>("editTabs");
        const int tab = tabs->indexOf(edit->byosSection());
        QVERIFY(tab >= 0);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(tab).center());
        QCOMPARE(tabs->currentIndex(), tab);
        ByosSection *byos = edit->byosSection();
        QTRY_COMPARE(byos->table()->rowCount(), 0);
        QVERIFY(!byos->addButton()->isEnabled());

        // A name, and something that is not a container URL: refused as it is pasted.
        byos->nameField()->edit()->setFocus();
        QTest::keyClicks(byos->nameField()->edit(), "Archive");
        paste(byos->urlField()->edit(), "fabrikam recordings please");
        QVERIFY(messageOf(byos->urlField()).startsWith("Must be a URL"));
        QVERIFY(!byos->addButton()->isEnabled());

        // A read-only SAS passes the format check; the server's probe refuses it, at the field.
        paste(byos->urlField()->edit(),
              azurite.containerSasUrl(customerAccount, customerContainer, "rl"));
        QVERIFY(messageOf(byos->urlField()).isEmpty());
        QVERIFY(byos->addButton()->isEnabled());
        QTest::mouseClick(byos->addButton(), Qt::LeftButton);
        QVERIFY(byos->isVerifying());
        QVERIFY(byos->status()->text().startsWith("Verifying…"));
        QVERIFY(!byos->addButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!byos->isVerifying(), 20000);
        QVERIFY2(messageOf(byos->urlField()).contains("may not write"),
                 qPrintable(messageOf(byos->urlField())));
        QVERIFY(!messageOf(byos->urlField()).contains("sig="));
        QCOMPARE(byos->table()->rowCount(), 0);
        // The focus is back in the field to correct, so typing (or Return) goes there.
        QCOMPARE(edit->focusWidget(), byos->urlField()->edit());
        QCOMPARE(byos->status()->text(),
                 QString("“Archive” was not added; see the message at the field."));

        // A SAS that may write, read and delete: verified, listed with its expiry, fields clear.
        paste(byos->urlField()->edit(),
              azurite.containerSasUrl(customerAccount, customerContainer, "racwdl"));
        QVERIFY(byos->status()->text().isEmpty()); // the last try's outcome went with the edit
        QVERIFY(byos->addButton()->isEnabled());
        QTest::keyClick(byos->urlField()->edit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!byos->isVerifying(), 20000);
        QTRY_COMPARE(byos->table()->rowCount(), 1);
        QCOMPARE(byos->table()->item(0, 0)->text(), QString("Archive"));
        QCOMPARE(byos->table()->item(0, 1)->text(), customerAccount + "/" + customerContainer);
        QCOMPARE(byos->table()->item(0, 3)->text(), QString("Verified"));
        QVERIFY(!byos->table()->item(0, 2)->text().isEmpty());
        QCOMPARE(
            byos->status()->text(),
            QString("Added “Archive”: %1/%2 verified.").arg(customerAccount, customerContainer));
        QVERIFY(byos->nameField()->text().isEmpty());
        QVERIFY(byos->urlField()->text().isEmpty());
        // Emptied for the next one, and not flagged "required" before anything is typed.
        QVERIFY2(messageOf(byos->urlField()).isEmpty(), qPrintable(messageOf(byos->urlField())));
        QVERIFY(messageOf(byos->nameField()).isEmpty());
        QCOMPARE(azurite.blobCount(customerAccount, customerContainer), 0);

        // Removed after a confirmation that names the location and the tenant.
        QVERIFY(!byos->removeButton()->isEnabled());
        QTest::mouseClick(byos->table()->viewport(), Qt::LeftButton, {},
                          byos->table()->visualItemRect(byos->table()->item(0, 0)).center());
        QVERIFY(byos->removeButton()->isEnabled());
        BoxAnswerer yes(QMessageBox::Yes);
        QTest::mouseClick(byos->removeButton(), Qt::LeftButton);
        QTRY_VERIFY(!yes.text.isEmpty());
        QVERIFY2(yes.text.contains("“Archive”") && yes.text.contains("from Fabrikam"),
                 qPrintable(yes.text));
        QTRY_COMPARE(byos->table()->rowCount(), 0);
        QCOMPARE(byos->status()->text(), QString("Removed “Archive”."));
        edit->close();
    }

    void theDetailsShowTheLicencesInUse()
    {
        ServerProcess server({"--deploy-step-ms", "20"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        const QString serviceId =
            admin.deployService("Tailspin Toys", "Tailspin", "essential", {{"includedUsers", 100}});
        QVERIFY(!serviceId.isEmpty());

        RemoteWindow remote;
        QVERIFY(remote.open(server, admin.token(), adminUser, Role::Admin));
        QTableView *table = remote.window.customersView();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 1)).center());
        auto *details = remote.window.findChild<QTextBrowser *>("customerDetails");
        QTRY_VERIFY(details->toPlainText().contains("not reported how many are in use yet"));

        // The platform reports 87 in use: the panel follows through the sync, with the alarm.
        const QString measured = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
        QCOMPARE(
            admin
                .send("PUT", "/api/v1/services/" + serviceId + "/usage",
                      QJsonDocument(QJsonObject{{"licensesInUse", 87}, {"measuredAt", measured}})
                          .toJson())
                .status,
            200);
        remote.workspace.sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            details->toPlainText().contains("Licences: 87 / 100 in use (87 %)"), 10000);
        QVERIFY(details->toPlainText().contains("87 of 100 licences in use (87 %)")); // the alarm
        // Two warnings now (the consents and the licences): the Alarm column says there is more.
        QTRY_VERIFY(table->model()
                        ->index(0, CustomerTableModel::AlarmColumn)
                        .data()
                        .toString()
                        .endsWith("(+1 more)"));
        QCOMPARE(table->model()->index(0, CustomerTableModel::LicencesColumn).data().toString(),
                 QString("87 / 100"));

        // Not over its licences: the "Over licence" filter, chosen with the keyboard, hides it.
        auto *filter = remote.window.findChild<QComboBox *>("statusFilter");
        const int over = filter->findText("Over licence");
        QVERIFY(over > 0);
        filter->setFocus();
        // Down steps over the separator, as it does for a person.
        for (int i = 0; i < filter->count() && filter->currentIndex() != over; ++i)
            QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(filter->currentText(), QString("Over licence"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        // 120 in use: it shows up under the filter, in error.
        const QString later = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        QCOMPARE(admin
                     .send("PUT", "/api/v1/services/" + serviceId + "/usage",
                           QJsonDocument(QJsonObject{{"licensesInUse", 120}, {"measuredAt", later}})
                               .toJson())
                     .status,
                 200);
        remote.workspace.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QCOMPARE(table->model()->index(0, CustomerTableModel::LicencesColumn).data().toString(),
                 QString("120 / 100"));
        QCOMPARE(table->model()->index(0, CustomerTableModel::StatusColumn).data().toString(),
                 QString("Error"));
    }

    void theStatusBarAndServerSettingsSayWhatTheServerCanDo()
    {
        Azurite azurite;
        QVERIFY2(azurite.start(), qPrintable(azurite.error()));
        for (const bool configured : {false, true}) {
            QStringList arguments{"--deploy-step-ms", "20"};
            if (configured)
                arguments << "--smtp-url"
                          << "smtp://127.0.0.1:2525"
                          << "--storage-accounts"
                          << azurite.writeAccountsFile({{"westeurope", "primaryacct"}});
            ServerProcess server(arguments, bootstrapEnvironment());
            QVERIFY2(server.start(), qPrintable(server.error()));
            ApiSession admin(server);
            QVERIFY(admin.signIn(adminUser, adminPassword));
            RemoteWindow remote;
            QVERIFY(remote.open(server, admin.token(), adminUser, Role::Admin));
            MainWindow &window = remote.window;
            auto *label = window.findChild<ServerCapabilitiesLabel *>("serverCapabilities");
            QTRY_VERIFY(label->isVisible());
            QCOMPARE(label->fullText(), configured
                                            ? QString("Mail: smtp://127.0.0.1:2525 · Storage: 1 "
                                                      "location")
                                            : QString("Mail: not configured · Storage: not "
                                                      "provisioned"));

            // File → Server settings…, clicked in the real menu bar.
            QString shown;
            bool fits = false;
            QTimer reader;
            reader.setInterval(20);
            connect(&reader, &QTimer::timeout, this, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog || dialog->objectName() != "serverSettingsDialog" || !shown.isEmpty())
                    return;
                for (QLabel *l : dialog->findChildren<QLabel *>())
                    shown += l->text() + "\n";
                // It fits the screen, Close included (its groups scroll instead).
                fits = dialog->frameGeometry().height() <=
                       dialog->screen()->availableGeometry().height();
                dialog->reject();
            });
            reader.start();
            QMenuBar *bar = window.menuBar();
            QAction *file = bar->actions().constFirst();
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(file).center());
            QMenu *menu = file->menu();
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            auto *settings = window.findChild<QAction *>("serverSettingsAction");
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(settings).center());
            QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
            reader.stop();
            QVERIFY(fits);
            if (configured) {
                QVERIFY2(shown.contains("smtp://127.0.0.1:2525") && shown.contains("westeurope"),
                         qPrintable(shown));
                QVERIFY(!shown.contains("--smtp-url"));
            } else {
                QVERIFY2(shown.contains("Not configured") && shown.contains("--smtp-url") &&
                             shown.contains("Not provisioned") &&
                             shown.contains("--storage-accounts"),
                         qPrintable(shown));
            }
            QVERIFY(!shown.contains("sig="));
        }
    }
};

QTEST_MAIN(TestWindowStorage)
#include "tst_windowstorage.moc"
