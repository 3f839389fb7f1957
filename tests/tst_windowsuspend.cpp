// Suspend and reactivate in the real window, on a team server the test started: the Service
// menu's Suspend… opens a dialog that checks the reason and the typed short name as the person
// types, keeps what was typed when the server refuses, and the row then shows Suspended with
// its alarm; Reactivate asks in a real message box. A monitor sees both disabled, with why.
#include "customertablemodel.h"
#include "mainwindow.h"
#include "serviceactions.h"
#include "support/apisession.h"
#include "support/boxanswerer.h"
#include "support/quiet.h"
#include "support/remotewindow.h"
#include "suspenddialog.h"
#include "validatedfield.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace insights;
using namespace insights::test;

namespace {

QVariant cell(QTableView *table, int column)
{
    return table->model()->index(0, column).data();
}

void clickFirstRow(QTableView *table)
{
    const QRect r = table->visualRect(table->model()->index(0, CustomerTableModel::CustomerColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, r.center());
}

// Opens the Service menu and clicks the action in it, as a person does.
void clickInServiceMenu(MainWindow &window, QAction *action)
{
    auto *menu = window.findChild<QMenu *>("serviceMenu");
    menu->popup(window.mapToGlobal(QPoint(40, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
}

} // namespace

class TestWindowSuspend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("insights-test"); }

    void suspendAndReactivateFromTheServiceMenu()
    {
        ServerProcess server({"--deploy-step-ms", "20"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        const QString serviceId = admin.deployService("Northwind Ltd", "Northwind-EU", "essential");
        QVERIFY(!serviceId.isEmpty());

        RemoteWindow remote;
        QVERIFY(remote.open(server, admin.token(), adminUser, Role::Admin));
        MainWindow &window = remote.window;
        QTableView *table = window.customersView();
        QTRY_COMPARE(cell(table, CustomerTableModel::DeploymentColumn),
                     QVariant("Pending consents"));
        clickFirstRow(table);
        ServiceActions *actions = window.serviceActions();
        QTRY_VERIFY(actions->suspend()->isEnabled());
        QVERIFY(!actions->reactivate()->isEnabled());
        QVERIFY2(actions->reactivate()->toolTip().contains("not suspended"),
                 qPrintable(actions->reactivate()->toolTip()));

        // Suspend…: nothing can be sent until the reason and the short name are right.
        clickInServiceMenu(window, actions->suspend());
        SuspendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SuspendDialog *>("suspendDialog")));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->windowTitle().contains("Northwind-EU"));
        QVERIFY(!dialog->suspendButton()->isEnabled());
        QTest::keyClicks(dialog->reason()->edit(), "Invoice 2026-118 unpaid");
        QTest::keyClicks(dialog->confirmation()->edit(), "Northwind-US");
        QVERIFY(waitUntilQuiet(dialog, remote.workspace.client()));
        QVERIFY(!dialog->suspendButton()->isEnabled());
        QVERIFY(!dialog->confirmation()->isAcceptable());
        bool saysWhy = false;
        for (QLabel *l : dialog->confirmation()->findChildren<QLabel *>())
            saysWhy = saysWhy || (l->isVisible() && l->text().contains("Does not match"));
        QVERIFY(saysWhy);
        dialog->confirmation()->edit()->selectAll();
        QTest::keyClicks(dialog->confirmation()->edit(), "northwind-eu"); // any case
        QVERIFY(waitUntilQuiet(dialog, remote.workspace.client()));
        QVERIFY(dialog->suspendButton()->isEnabled());

        // Someone else suspends it first: the refusal is said, and what was typed stays.
        QCOMPARE(
            admin
                .post("/api/v1/services/" + serviceId + "/suspend",
                      {{"reason", "Suspended elsewhere"}, {"confirmShortName", "Northwind-EU"}})
                .status,
            202);
        QTest::mouseClick(dialog->suspendButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog->statusLabel()->isVisible() &&
                    dialog->statusLabel()->text().contains("suspended already"));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->reason()->text(), QString("Invoice 2026-118 unpaid"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<SuspendDialog *>("suspendDialog"));

        // The row follows: Suspended, with who and why; Reactivate is what applies now.
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, CustomerTableModel::DeploymentColumn),
                                  QVariant("Suspended"), 10000);
        QVERIFY(cell(table, CustomerTableModel::AlarmColumn)
                    .toString()
                    .contains("Suspended elsewhere"));
        // A warning (the summary counts it so) that says which: Suspended, by the warning icon.
        QCOMPARE(cell(table, CustomerTableModel::StatusColumn), QVariant("Suspended"));
        QCOMPARE(table->model()->index(0, CustomerTableModel::StatusColumn).data(Qt::ToolTipRole),
                 QVariant("Warning: suspended"));
        QVERIFY(window.findChild<QLabel *>("customersSummary")->text().contains("1 warning"));
        QTRY_VERIFY(actions->reactivate()->isEnabled());
        QVERIFY(!actions->suspend()->isEnabled());
        QVERIFY(actions->suspend()->toolTip().contains("suspended already"));

        // Reactivate, confirmed in the real message box that names the tenant: Enter is
        // enough, since Yes is its default (only destructive questions default to No).
        BoxAnswerer answer(QMessageBox::Yes, BoxAnswerer::By::Enter);
        clickInServiceMenu(window, actions->reactivate());
        QTRY_VERIFY(!answer.text.isEmpty());
        QCOMPARE(answer.text,
                 QString("Reactivate Northwind-EU of the customer Northwind Ltd? Its recording "
                         "starts again."));
        QTRY_COMPARE(window.statusBar()->currentMessage(),
                     QString("Reactivated Northwind-EU: it waits for the customer's consents."));
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, CustomerTableModel::DeploymentColumn),
                                  QVariant("Pending consents"), 10000);

        // Now through the dialog, all the way, with the keyboard.
        QTRY_VERIFY(actions->suspend()->isEnabled());
        clickInServiceMenu(window, actions->suspend());
        QTRY_VERIFY((dialog = window.findChild<SuspendDialog *>("suspendDialog")));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->reason()->edit(), "Contract paused for the summer");
        QTest::keyClick(dialog->reason()->edit(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), "NORTHWIND-EU");
        QVERIFY(waitUntilQuiet(dialog, remote.workspace.client()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<SuspendDialog *>("suspendDialog"));
        QTRY_COMPARE(window.statusBar()->currentMessage(),
                     QString("Suspended Northwind-EU: its recording stops."));
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, CustomerTableModel::DeploymentColumn),
                                  QVariant("Suspended"), 10000);
        QVERIFY(cell(table, CustomerTableModel::AlarmColumn)
                    .toString()
                    .contains("Contract paused for the summer"));

        // The status filter's "Suspended" shows the suspended tenants only.
        QVERIFY(!admin.deployService("Contoso Ltd", "Contoso-EU", "essential").isEmpty());
        remote.workspace.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 10000);
        auto *filter = window.findChild<QComboBox *>("statusFilter");
        filter->setFocus();
        const int target = filter->findText("Suspended");
        QVERIFY(target > 0);
        while (filter->currentIndex() < target)
            QTest::keyClick(filter, Qt::Key_Down);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(cell(table, CustomerTableModel::CustomerColumn), QVariant("Northwind Ltd"));
    }

    void aMonitorSeesBothDisabled()
    {
        ServerProcess server({"--deploy-step-ms", "20"}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        QVERIFY(!admin.deployService("Watched Ltd", "Watched-EU", "essential").isEmpty());
        QVERIFY(admin.createUser("watcher", "watcher-password-1", "monitor"));
        ApiSession monitor(server);
        QVERIFY(monitor.signIn("watcher", "watcher-password-1"));
        RemoteWindow remote;
        QVERIFY(remote.open(server, monitor.token(), "watcher", Role::Monitor));
        QTableView *table = remote.window.customersView();
        QTRY_COMPARE(table->model()->rowCount(), 1);
        clickFirstRow(table);
        ServiceActions *actions = remote.window.serviceActions();
        QTRY_COMPARE(actions->customerId().isEmpty(), false);
        for (QAction *a : {actions->suspend(), actions->reactivate()}) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY2(a->toolTip().contains("read-only"), qPrintable(a->toolTip()));
        }
    }
};

QTEST_MAIN(TestWindowSuspend)
#include "tst_windowsuspend.moc"
