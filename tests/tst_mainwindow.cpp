// The console's window on its embedded backend: it starts the server by itself, signs in,
// shows customers as they sync, switches pages by keyboard, and a monitor's actions are off.
#include "customertablemodel.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "support/apisession.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace insights;
using namespace insights::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("insights-test");
        qputenv("INSIGHTS_SERVER_EXECUTABLE", serverExecutable().toLocal8Bit());
        qputenv("INSIGHTS_DEPLOY_STEP_MS", "50");
    }

    // A narrow window (a small screen, a large scale factor) moves the Service bar to a row of
    // its own instead of hiding its buttons in the toolbar's overflow menu.
    void theServiceBarNeverOverflows()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QToolBar *>("pagesToolBar");
        auto *service = window.findChild<QToolBar *>("mainToolBar");
        QVERIFY(pages && service);
        QTRY_VERIFY(!window.toolBarBreak(service));
        QCOMPARE(service->y(), pages->y()); // one row
        window.resize(520, 700);
        QTRY_VERIFY(window.toolBarBreak(service));
        QTRY_VERIFY(service->y() > pages->y());
        // Every button of the bar is on it, none in the overflow (») menu.
        for (QAction *a : service->actions()) {
            QWidget *button = service->widgetForAction(a);
            QVERIFY2(button && button->isVisible(), qPrintable(a->text()));
            QVERIFY2(button->geometry().right() <= service->width(), qPrintable(a->text()));
        }
        window.resize(1200, 700);
        QTRY_VERIFY(!window.toolBarBreak(service));
    }

    // However small the screen (tst_mainwindow_scale2: 720x450 to the window), the window
    // opens inside it, every page included: the tall ones scroll instead.
    void theWindowOpensInsideTheScreen()
    {
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY2(
            window.minimumSizeHint().height() <= available.height(),
            qPrintable(
                QString("%1 > %2").arg(window.minimumSizeHint().height()).arg(available.height())));
        QVERIFY(window.minimumSizeHint().width() <= available.width());
        QTRY_VERIFY(available.contains(window.frameGeometry()));
    }

    void embeddedBackendEndToEnd()
    {
        QTemporaryDir data;
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ready(&workspace, &Workspace::ready);
        workspace.startEmbedded(data.path());
        QVERIFY(ready.wait(20000));
        QCOMPARE(window.findChild<QLabel *>("backendLabel")->text(),
                 QString("Embedded local backend"));
        QCOMPARE(window.findChild<QLabel *>("userLabel")->text(), QString("local-admin (admin)"));
        QTRY_VERIFY(window.findChild<QLabel *>("syncLabel")->text().startsWith("Online"));
        QCOMPARE(workspace.customers()->rowCount(), 0);
        QVERIFY(window.findChild<QToolButton *>("addButton")->isEnabled());

        // A customer created on the server shows up in the table by itself.
        ApiClient &client = *workspace.client();
        ApiJob *job = client.post("/api/v1/customers", {{"displayName", "Contoso Ltd"}});
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(10000));
        workspace.sync()->syncNow();
        QTRY_COMPARE(workspace.customers()->rowCount(), 1);
        QCOMPARE(window.findChild<QLabel *>("customersSummary")->text(), QString("1 customer"));
        QTableView *table = window.customersView();
        QCOMPARE(table->model()->index(0, 1).data().toString(), QString("Contoso Ltd"));
        QVERIFY(!table->model()->index(0, 0).data(Qt::DecorationRole).isNull());

        // A deploy turns the same row Warning with the consent alarm; the consents turn it OK.
        const QString customerId =
            table->model()->index(0, 0).data(CustomerTableModel::CustomerIdRole).toString();
        ApiJob *post = client.post("/api/v1/customers/" + customerId + "/services",
                                   ApiSession::serviceBody("Contoso-EU", "pro"));
        QSignalSpy posted(post, &ApiJob::finished);
        QVERIFY(posted.wait(10000));
        const auto service = posted.at(0).at(0).value<ApiResponse>().object();
        workspace.sync()->syncNow();
        auto cell = [&](int column) { return table->model()->index(0, column).data().toString(); };
        // The operation reaches the console through the feed; a finished one is not "current".
        QTRY_VERIFY_WITH_TIMEOUT(workspace.latestOperation(service["id"].toString()).has_value(),
                                 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(CustomerTableModel::DeploymentColumn),
                                  QString("Pending consents"), 15000);
        QCOMPARE(cell(CustomerTableModel::StatusColumn), QString("Warning"));
        QVERIFY(cell(CustomerTableModel::AlarmColumn).contains("Quick Start"));
        QCOMPARE(cell(CustomerTableModel::LicenseColumn), QString("Audio & Redundancy"));
        ApiJob *read = client.get("/api/v1/services/" + service["id"].toString());
        QSignalSpy got(read, &ApiJob::finished);
        QVERIFY(got.wait(10000));
        const QJsonObject pending = got.at(0).at(0).value<ApiResponse>().object();
        const QString quickStart = QUrl(pending["quickStartUrl"].toString()).path();
        for (const QJsonValue &consent : pending["consents"].toArray()) {
            ApiJob *grant = client.post(quickStart + "/consents/" + consent["id"].toString(), {});
            QSignalSpy granted(grant, &ApiJob::finished);
            QVERIFY(granted.wait(10000));
        }
        workspace.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(cell(CustomerTableModel::StatusColumn), QString("OK"), 10000);
        QCOMPARE(cell(CustomerTableModel::DeploymentColumn), QString("Ready"));
        QVERIFY(cell(CustomerTableModel::AlarmColumn).isEmpty());
        QCOMPARE(cell(CustomerTableModel::CustomerColumn), QString("Contoso Ltd")); // same row

        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::ServicesPage);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::AuditPage);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::CustomersPage);
    }

    void signInDialogAndSigningInAgain()
    {
        ServerProcess server({"--token-ttl-seconds", "2"}, bootstrapEnvironment());
        QVERIFY(server.start());
        SignInDialog dialog(server.url(), adminUser);
        dialog.passwordEdit()->setText("not-the-password");
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.status()->text(), QString("Wrong user name or password."));
        QVERIFY(dialog.passwordEdit()->text().isEmpty()); // never kept
        QVERIFY(dialog.result() != QDialog::Accepted);
        dialog.passwordEdit()->setText(adminPassword);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.token().size(), 43);
        QVERIFY(dialog.role() == Role::Admin);

        // The token expires: the sync says signed out, and a new token resumes it.
        QTemporaryDir data;
        Workspace workspace;
        QSignalSpy ready(&workspace, &Workspace::ready);
        workspace.startRemote(server.url(), dialog.token(), adminUser, Role::Admin, data.path());
        QVERIFY(ready.wait(10000));
        workspace.sync()->setPollInterval(200);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.sync()->state(), SyncEngine::State::SignedOut, 10000);
        ApiSession again(server);
        QVERIFY(again.signIn(adminUser, adminPassword));
        workspace.client()->setToken(again.token());
        workspace.sync()->resume();
        QTRY_COMPARE_WITH_TIMEOUT(workspace.sync()->state(), SyncEngine::State::Online, 10000);
    }

    void signingOutEndsTheSessionOnTheServer()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        QTemporaryDir data;
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *signOut = window.findChild<QAction *>("signOutAction");
        QVERIFY(!signOut->isEnabled()); // nobody is signed in yet
        QSignalSpy ready(&workspace, &Workspace::ready);
        workspace.startRemote(server.url(), admin.token(), adminUser, Role::Admin, data.path());
        QVERIFY(ready.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(workspace.sync()->state(), SyncEngine::State::Online, 10000);
        QVERIFY(signOut->isEnabled());

        // The person answers the sign-in dialog that follows, as they would.
        QString asked; // the dialog's title, once it came up (the dialog is gone when it closes)
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
            if (!dialog || !asked.isEmpty())
                return;
            asked = dialog->windowTitle();
            QTest::keyClicks(dialog->passwordEdit(), adminPassword);
            QTest::keyClick(dialog->passwordEdit(), Qt::Key_Return);
        });
        answer.start();

        // File → Sign out, with the mouse, in the real menu.
        QMenu *file = window.menuBar()->actions().first()->menu();
        const auto clickInFileMenu = [&](QAction *action) {
            file->popup(window.mapToGlobal(QPoint(0, 0)));
            QVERIFY(QTest::qWaitForWindowExposed(file));
            QTest::mouseClick(file, Qt::LeftButton, {}, file->actionGeometry(action).center());
        };
        clickInFileMenu(signOut);
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        QCOMPARE(asked, QString("Sign in again"));
        // The old token is gone on the server, not only forgotten here.
        ApiSession old(server);
        old.setToken(admin.token());
        QCOMPARE(old.get("/api/v1/customers").status, 401);

        // Signed in again: the sync goes on with the new token, and may sign out again.
        QTRY_COMPARE_WITH_TIMEOUT(workspace.sync()->state(), SyncEngine::State::Online, 10000);
        QVERIFY(workspace.client()->token() != admin.token());
        QVERIFY(!workspace.client()->token().isEmpty());
        QTRY_VERIFY(signOut->isEnabled());
        QCOMPARE(signOut->text(), QString("Sign &out"));
        answer.stop();

        // Signed out, and the dialog dismissed: the window says so and offers Sign in….
        QTimer dismiss;
        dismiss.setInterval(20);
        connect(&dismiss, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        dismiss.start();
        clickInFileMenu(signOut);
        QTRY_COMPARE_WITH_TIMEOUT(signOut->text(), QString("Sign &in…"), 10000);
        QTRY_VERIFY(window.findChild<QLabel *>("userLabel")->text().contains("signed out"));
        dismiss.stop();
    }

    void monitorCannotChangeAnything()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        QVERIFY(admin.createUser("watcher", "watcher-password-1", "monitor"));
        ApiSession monitor(server);
        QVERIFY(monitor.signIn("watcher", "watcher-password-1"));
        QTemporaryDir data;
        Workspace workspace;
        MainWindow window(&workspace);
        workspace.startRemote(server.url(), monitor.token(), "watcher", Role::Monitor, data.path());
        auto *add = window.findChild<QToolButton *>("addButton");
        QVERIFY(!add->isEnabled());
        QVERIFY(add->toolTip().contains("read-only"));
        QVERIFY(window.findChild<QLabel *>("userLabel")->text().contains("monitor"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
