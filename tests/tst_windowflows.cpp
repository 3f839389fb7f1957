// The operator's day two in the real window on the embedded backend, driven as a person
// drives it: clicks on rows, the keyboard, the Service menu and the filters; every check
// waits until the window is quiet. Also: a monitor sees the actions disabled with the
// reason, the embedded backend keeps its port and comes back after a crash, Help → About.
#include "consoleuserspage.h"
#include "customertablemodel.h"
#include "editservicedialog.h"
#include "embeddedbackend.h"
#include "mainwindow.h"
#include "onboardingwizard.h"
#include "serviceactions.h"
#include "servicetablemodel.h"
#include "signindialog.h"
#include "support/apisession.h"
#include "support/quiet.h"
#include "tenantpage.h"
#include "validatedfield.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <csignal>

using namespace insights;
using namespace insights::test;

namespace {

bool finished(ApiJob *job)
{
    QSignalSpy done(job, &ApiJob::finished);
    return done.wait(10000) && done.at(0).at(0).value<ApiResponse>().ok();
}

// Clicks the row that shows this text in the given column.
bool clickRow(QTableView *table, int column, const QString &text)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, column);
        if (index.data().toString() == text) {
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                              table->visualRect(index).center());
            return true;
        }
    }
    return false;
}

QString summary(const MainWindow &w, const char *name)
{
    return w.findChild<QLabel *>(name)->text();
}

} // namespace

class TestWindowFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of their own (the saved port)
        QCoreApplication::setOrganizationName("insights-test");
        qputenv("INSIGHTS_SERVER_EXECUTABLE", serverExecutable().toLocal8Bit());
        qputenv("INSIGHTS_DEPLOY_STEP_MS", "0");
    }

    void dayTwoInTheRealWindow()
    {
        QTemporaryDir data;
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy ready(&workspace, &Workspace::ready);
        workspace.startEmbedded(data.path());
        QVERIFY(ready.wait(20000));
        ApiClient *client = workspace.client();
        QVERIFY(finished(client->post("/api/v1/customers", {{"displayName", "Alpha Ltd"},
                                                            {"description", "Pilot in the EU"}})));
        for (const char *name : {"Beta Ltd", "Gamma Ltd"})
            QVERIFY(finished(client->post("/api/v1/customers", {{"displayName", name}})));
        workspace.sync()->syncNow();
        QTRY_COMPARE(workspace.customers()->totalCount(), 3);
        QTableView *table = window.customersView();
        const int nameColumn = CustomerTableModel::CustomerColumn;
        // A row the view made current without highlighting it (as focus does) is not shown.
        table->selectionModel()->setCurrentIndex(table->model()->index(0, nameColumn),
                                                 QItemSelectionModel::NoUpdate);
        QVERIFY(window.findChild<QTextBrowser *>("customerDetails")
                    ->toPlainText()
                    .startsWith("Select a customer"));
        QVERIFY(window.serviceActions()->customerId().isEmpty());
        QVERIFY(clickRow(table, nameColumn, "Alpha Ltd"));
        const QString alpha = window.serviceActions()->customerId();
        QVERIFY(!alpha.isEmpty());
        QVERIFY(finished(client->post("/api/v1/customers/" + alpha + "/services",
                                      ApiSession::serviceBody("Alpha-EU", "essential"))));
        workspace.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(
            workspace.services()->serviceOfCustomer(alpha) &&
                workspace.services()->serviceOfCustomer(alpha)->deploymentStatus ==
                    DeploymentStatus::PendingConsents,
            true, 15000);
        QVERIFY(waitUntilQuiet(&window, client));
        QCOMPARE(summary(window, "customersSummary"), QString("3 customers · 1 warning"));

        // The details show the selected customer with who created it.
        auto *details = window.findChild<QTextBrowser *>("customerDetails");
        QTRY_VERIFY(details->toPlainText().contains("Alpha-EU"));
        QVERIFY(details->toPlainText().contains("Created"));
        QVERIFY(details->toPlainText().contains("local-admin"));
        // And its description, which the table does not keep: read for the selected row.
        QTRY_VERIFY(details->toPlainText().contains("Pilot in the EU"));

        // The Service menu acts on that row and says why what does not apply is off.
        auto *actions = window.serviceActions();
        QVERIFY(actions->editService()->isEnabled());
        QVERIFY(!actions->deleteCustomer()->isEnabled());
        QVERIFY(actions->deleteCustomer()->toolTip().contains("offboard its service first"));
        QVERIFY(!actions->retryDeploy()->isEnabled());
        QVERIFY(actions->retryDeploy()->toolTip().contains("only a failed deploy"));
        QVERIFY(actions->copyLink()->isEnabled());
        // Offscreen there is no browser to start: the console says so and points at Copy.
        QString reported;
        const auto report = actions->report;
        actions->report = [&](const QString &, const QString &message) { reported = message; };
        actions->openLink()->trigger();
        QVERIFY2(reported.contains("Copy Quick Start link"), qPrintable(reported));
        actions->report = report;
        QVERIFY(window.findChild<QMenu *>("serviceMenu")->actions().contains(actions->offboard()));

        // Enter opens the service; so does Ctrl+E. The dialog settles with nothing to save.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        EditServiceDialog *edit = nullptr;
        QTRY_VERIFY((edit = window.findChild<EditServiceDialog *>()) != nullptr);
        QVERIFY(waitUntilQuiet(edit, client));
        QCOMPARE(edit->tenantPage()->nameField()->text(), QString("Alpha-EU"));
        QVERIFY(!edit->saveButton()->isEnabled());
        edit->close();
        QTRY_VERIFY(window.findChild<EditServiceDialog *>() == nullptr);
        // The window manager gives the focus back to the window (offscreen has none to do it).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_E));
        QTRY_VERIFY((edit = window.findChild<EditServiceDialog *>()) != nullptr);
        edit->close();
        QTRY_VERIFY(window.findChild<EditServiceDialog *>() == nullptr);

        // Enter on a customer without a service opens the wizard for it.
        QVERIFY(clickRow(table, nameColumn, "Beta Ltd"));
        QTest::keyClick(table, Qt::Key_Return);
        OnboardingWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<OnboardingWizard *>()) != nullptr);
        QCOMPARE(wizard->customerId(), window.serviceActions()->customerId());
        wizard->close();
        QTRY_VERIFY(window.findChild<OnboardingWizard *>() == nullptr);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // A filter: the summary says how many of how many; the hidden selection leaves
        // the details.
        QVERIFY(clickRow(table, nameColumn, "Alpha Ltd"));
        auto *search = window.findChild<QLineEdit *>("searchBox");
        search->setFocus();
        QTest::keyClicks(search, "gam");
        QVERIFY(waitUntilQuiet(&window, client));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(summary(window, "customersSummary"),
                 QString("1 of 3 customers shown (in all: 1 warning)"));
        QVERIFY(details->toPlainText().startsWith("Select a customer"));
        QVERIFY(!actions->editService()->isEnabled());

        // The Services page follows the same search box, with names and icons.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
        auto *services = window.findChild<QTableView *>("servicesTable");
        QCOMPARE(services->model()->rowCount(), 0); // Gamma has no service
        search->selectAll();
        QTest::keyClicks(search, "alpha");
        QTRY_COMPARE(services->model()->rowCount(), 1);
        QCOMPARE(services->model()->index(0, ServiceTableModel::CustomerColumn).data().toString(),
                 QString("Alpha Ltd"));
        QVERIFY(!services->model()
                     ->index(0, ServiceTableModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .isNull());
        QCOMPARE(summary(window, "servicesSummary"), QString("1 service"));
        search->clear();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));

        // Offboard, then delete the customer: the counts follow at once.
        QVERIFY(clickRow(table, nameColumn, "Alpha Ltd"));
        QStringList asked;
        actions->confirm = [&](const QString &title, const QString &, ServiceActions::Risk) {
            asked << title;
            return true;
        };
        actions->chooseOffboarding = [&](const Service &s) {
            asked << "Offboard " + s.settings.tenant.name;
            return std::optional(Recordings::Keep);
        };
        actions->offboard()->trigger();
        QCOMPARE(asked.value(0), QString("Offboard Alpha-EU"));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.services()->serviceOfCustomer(alpha) == nullptr, 15000);
        QTRY_VERIFY(actions->deleteCustomer()->isEnabled());
        actions->deleteCustomer()->trigger();
        QCOMPARE(asked.value(1), QString("Delete Alpha Ltd"));
        QTRY_COMPARE_WITH_TIMEOUT(workspace.customers()->totalCount(), 2, 10000);
        QCOMPARE(summary(window, "customersSummary"), QString("2 customers"));

        // "Deleted services" shows what was offboarded, on the Services page.
        auto *filter = window.findChild<QComboBox *>("statusFilter");
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_End);
        QCOMPARE(window.currentPage(), MainWindow::ServicesPage);
        QVERIFY(window.statusBar()->currentMessage().contains("on the Services page"));
        QTRY_COMPARE(services->model()->rowCount(), 1);
        QCOMPARE(services->model()->index(0, ServiceTableModel::DeploymentColumn).data().toString(),
                 QString("Deleted"));
        QCOMPARE(summary(window, "servicesSummary"), QString("1 deleted service"));
        // Its customer is gone too: the row says so, and nothing on it applies.
        QCOMPARE(services->model()->index(0, ServiceTableModel::CustomerColumn).data().toString(),
                 QString("(deleted customer)"));
        QVERIFY(clickRow(services, ServiceTableModel::TenantNameColumn, "Alpha-EU"));
        QVERIFY(!actions->operators()->isEnabled());
        QVERIFY(actions->operators()->toolTip().contains("the customer was deleted"));
        // Back on the customers, "Deleted services" does not stay shown over everyone.
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(filter->currentText(), QString("All statuses"));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(services->model()->rowCount(), 0);

        // Search and filter have their own row: in view on a 1024-pixel-wide window, and
        // gone where they would do nothing.
        window.resize(1024, 700);
        QTRY_VERIFY(search->isVisible() && filter->isVisible());
        QVERIFY(window.rect().contains(search->mapTo(&window, search->rect().bottomRight())));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_3));
        QVERIFY(!search->isVisible());
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
        QVERIFY(search->isVisible());
    }

    void aMonitorSeesWhyEachActionIsOff()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        admin.createCustomer("Watched Ltd");
        QVERIFY(admin.createUser("watcher", "watcher-password-1", "monitor"));
        ApiSession monitor(server);
        QVERIFY(monitor.signIn("watcher", "watcher-password-1"));
        QTemporaryDir data;
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QSignalSpy ready(&workspace, &Workspace::ready);
        workspace.startRemote(server.url(), monitor.token(), "watcher", Role::Monitor, data.path());
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE(workspace.customers()->totalCount(), 1);
        QVERIFY(
            clickRow(window.customersView(), CustomerTableModel::CustomerColumn, "Watched Ltd"));
        ServiceActions *actions = window.serviceActions();
        for (QAction *a :
             {actions->addService(), actions->editCustomer(), actions->deleteCustomer()}) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY2(a->toolTip().contains("read-only"), qPrintable(a->toolTip()));
        }
        QVERIFY(actions->operators()->isEnabled());                            // looking is allowed
        QVERIFY(!window.findChild<QAction *>("usersPageAction")->isVisible()); // admins only
    }

    void adminsManageConsoleUsers()
    {
        QTemporaryDir data;
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy ready(&workspace, &Workspace::ready);
        workspace.startEmbedded(data.path());
        QVERIFY(ready.wait(20000));
        auto *pageAction = window.findChild<QAction *>("usersPageAction");
        QTRY_VERIFY(pageAction->isVisible()); // the local admin is an admin
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_4));
        QCOMPARE(window.currentPage(), MainWindow::UsersPage);
        auto *page = window.findChild<QWidget *>("consoleUsersPage");
        ApiClient *client = workspace.client();
        QVERIFY(waitUntilQuiet(page, client));
        auto *table = window.findChild<QTableWidget *>("consoleUsersTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QString("Admin"));

        auto *name = window.findChild<QLineEdit *>("newUsername");
        auto *password = window.findChild<QLineEdit *>("newPassword");
        auto *add = window.findChild<QPushButton *>("addUserButton");
        name->setFocus();
        QTest::keyClicks(name, "new user"); // a space: the rule says no at once
        QVERIFY(!add->isEnabled());
        QVERIFY(window.findChild<QLabel *>("newUsernameMessage")->isVisible());
        name->selectAll();
        QTest::keyClicks(name, "dana");
        password->setFocus();
        QTest::keyClicks(password, "short"); // still typing: Add says why it is off, in grey
        QVERIFY(!add->isEnabled());
        auto *passwordMessage = window.findChild<QLabel *>("newPasswordMessage");
        QVERIFY(passwordMessage->isVisible());
        QVERIFY2(passwordMessage->text().contains("at least"), qPrintable(passwordMessage->text()));
        password->selectAll();
        QTest::keyClicks(password, "a-long-enough-password");
        QVERIFY(passwordMessage->isHidden());
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(waitUntilQuiet(page, client));
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(window.findChild<QLabel *>("consoleUsersStatus")->text().contains("Added dana"));

        // Dana becomes a monitor; the role is a word in the list.
        const auto row = table->findItems("dana", Qt::MatchExactly).value(0)->row();
        table->selectRow(row);
        auto *role = window.findChild<QComboBox *>("changeUserRole");
        role->setFocus();
        QTest::keyClick(role, Qt::Key_End); // Monitor
        QVERIFY(waitUntilQuiet(page, client));
        QCOMPARE(table->item(table->findItems("dana", Qt::MatchExactly).value(0)->row(), 1)->text(),
                 QString("Monitor"));

        // The last admin cannot be demoted: the server says so, the page shows it.
        table->selectRow(table->findItems("local-admin", Qt::MatchExactly).value(0)->row());
        role->setFocus();
        QTest::keyClick(role, Qt::Key_End);
        QVERIFY(waitUntilQuiet(page, client));
        QVERIFY2(window.findChild<QLabel *>("consoleUsersStatus")->text().contains("last admin"),
                 qPrintable(window.findChild<QLabel *>("consoleUsersStatus")->text()));

        auto *users = qobject_cast<ConsoleUsersPage *>(page);
        users->confirmRemove = [](const ConsoleUser &) { return true; };
        table->selectRow(table->findItems("dana", Qt::MatchExactly).value(0)->row());
        QTest::mouseClick(window.findChild<QPushButton *>("removeUserButton"), Qt::LeftButton);
        QVERIFY(waitUntilQuiet(page, client));
        QCOMPARE(table->rowCount(), 1);
    }

    void theEmbeddedBackendKeepsItsPortAndComesBack()
    {
        QTemporaryDir data;
        quint16 port = 0;
        {
            Workspace workspace;
            MainWindow window(&workspace);
            QSignalSpy ready(&workspace, &Workspace::ready);
            workspace.startEmbedded(data.path());
            QVERIFY(ready.wait(20000));
            port = quint16(workspace.client()->baseUrl().port());
            QTRY_COMPARE(workspace.sync()->state(), SyncEngine::State::Online);

            // The server dies under the console: it comes back on the same port, signed in.
            QSignalSpy notices(&workspace, &Workspace::notice);
            ::kill(pid_t(workspace.embedded()->processId()), SIGKILL);
            QTRY_VERIFY_WITH_TIMEOUT(notices.size() >= 2, 20000);
            QVERIFY(notices.at(0).at(0).toString().contains("stopped unexpectedly"));
            QVERIFY(notices.at(1).at(0).toString().contains("restarted"));
            QCOMPARE(workspace.client()->baseUrl().port(), int(port));
            QVERIFY(finished(workspace.client()->post("/api/v1/customers",
                                                      {{"displayName", "After The Crash"}})));
            QTRY_VERIFY(window.statusBar()->currentMessage().contains("restarted"));
        }
        // A new console run gets the same port, so yesterday's Quick Start links still work.
        Workspace again;
        QSignalSpy ready(&again, &Workspace::ready);
        again.startEmbedded(data.path());
        QVERIFY(ready.wait(20000));
        QCOMPARE(again.client()->baseUrl().port(), int(port));
    }

    void theCommandLineNamesATeamServer()
    {
        QProcess console;
        console.start(INSIGHTS_CONSOLE_EXECUTABLE, {"--version"});
        QVERIFY(console.waitForFinished(10000));
        QVERIFY(console.readAllStandardOutput().contains(INSIGHTS_VERSION));
        console.start(INSIGHTS_CONSOLE_EXECUTABLE, {"--server", "ftp://nowhere"});
        QVERIFY(console.waitForFinished(10000));
        QCOMPARE(console.exitCode(), 2);
        QVERIFY(console.readAllStandardError().contains("--server"));
        // With a server and a user, the sign-in has only the password left to ask.
        SignInDialog dialog(QUrl("http://127.0.0.1:9"), "dana");
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.passwordEdit());
        QCOMPARE(dialog.usernameEdit()->text(), QString("dana"));
    }

    void helpAboutSaysWhatRuns()
    {
        QTemporaryDir data;
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QSignalSpy ready(&workspace, &Workspace::ready);
        workspace.startEmbedded(data.path());
        QVERIFY(ready.wait(20000));
        QStringList texts;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->done(0);
            }
        });
        poll.start(20);
        window.findChild<QAction *>("aboutAction")->trigger();
        window.findChild<QAction *>("shortcutsAction")->trigger();
        poll.stop();
        QCOMPARE(texts.size(), 2);
        QVERIFY(texts[0].contains(INSIGHTS_VERSION));
        QVERIFY(texts[0].contains("Embedded local backend"));
        QVERIFY(texts[0].contains(qVersion()));
        QVERIFY(texts[0].contains("Licence"));
        QVERIFY(texts[1].contains("Ctrl+E"));
        QVERIFY(texts[1].contains("Shift+F10"));
    }
};

QTEST_MAIN(TestWindowFlows)
#include "tst_windowflows.moc"
