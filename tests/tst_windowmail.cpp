// The notification mails in the real window, on a team server that sends to a real mail
// server (aiosmtpd): the details panel lists the customer's mails as Sent, Pending (and why)
// or Failed, and Service → Resend Quick Start email, clicked in the menu and confirmed in the
// real message box, sends the mail again.
#include "customerdetailsview.h"
#include "customertablemodel.h"
#include "mainwindow.h"
#include "support/apisession.h"
#include "support/boxanswerer.h"
#include "support/remotewindow.h"
#include "support/smtpsink.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace insights;
using namespace insights::test;

class TestWindowMail : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("insights-test"); }

    void detailsListTheMailsAndResendWorksFromTheMenu()
    {
        SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.error()));
        ServerProcess server(
            {"--deploy-step-ms", "20", "--smtp-url", sink.url(), "--mail-retry-seconds", "1"},
            bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        const QString customer = admin.createCustomer("Fourth Coffee");
        QJsonObject body = ApiSession::serviceBody("FourthCoffee", "essential");
        QJsonObject tenant = body["tenant"].toObject();
        tenant["contactEmails"] = QJsonArray{"ops@fourthcoffee.com", "it@fourthcoffee.com"};
        body["tenant"] = tenant;
        const QString serviceId =
            admin.post("/api/v1/customers/" + customer + "/services", body).json()["id"].toString();
        admin.waitForStatus(serviceId, {"PendingConsents"});
        QVERIFY(sink.waitForMessages(2));

        RemoteWindow remote;
        QVERIFY(remote.open(server, admin.token(), adminUser, Role::Admin));
        MainWindow &window = remote.window;
        QTableView *table = window.customersView();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QTRY_COMPARE(table->model()->index(0, CustomerTableModel::DeploymentColumn).data(),
                     QVariant("Pending consents"));

        // The person clicks the row; the details list both mails, sent.
        const QRect cell = table->visualRect(table->model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto *details = window.findChild<CustomerDetailsView *>("customerDetails");
        QTRY_COMPARE(details->customerId(), customer);
        QTRY_VERIFY_WITH_TIMEOUT(
            details->toPlainText().contains("Quick Start email to ops@fourthcoffee.com — sent") &&
                details->toPlainText().contains("Quick Start email to it@fourthcoffee.com — sent"),
            10000);

        // The mail server goes away; Service → Resend Quick Start email, in the real menu.
        sink.stop();
        BoxAnswerer answer(QMessageBox::Yes);
        QMenu *serviceMenu = window.findChild<QMenu *>("serviceMenu");
        auto *resend = window.findChild<QAction *>("resendQuickStartAction");
        QTRY_VERIFY(resend->isEnabled());
        serviceMenu->popup(window.mapToGlobal(QPoint(40, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(serviceMenu));
        QTest::mouseClick(serviceMenu, Qt::LeftButton, {},
                          serviceMenu->actionGeometry(resend).center());
        QTRY_VERIFY(!answer.text.isEmpty());
        // The question names the tenant and whom it goes to.
        QCOMPARE(answer.text, QString("Send the Quick Start email of FourthCoffee again to its 2 "
                                      "contacts: ops@fourthcoffee.com, it@fourthcoffee.com?"));
        QTRY_COMPARE(window.statusBar()->currentMessage(),
                     QString("Queued the Quick Start email of FourthCoffee to 2 contacts."));
        // Pending, with the reason, while the mail server is away.
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(
                                     "Quick Start email to ops@fourthcoffee.com — pending: "),
                                 15000);

        // Back: the panel follows by itself, without a click.
        QVERIFY(sink.start());
        QVERIFY(sink.waitForMessages(4, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(!details->toPlainText().contains("pending"), 15000);
        QCOMPARE(details->toPlainText().count("— sent"), 4);
        QCOMPARE(recipientsOf(sink.messages().mid(2)),
                 QStringList({"it@fourthcoffee.com", "ops@fourthcoffee.com"}));
    }

    void aMonitorCannotResend()
    {
        ServerProcess server({"--deploy-step-ms", "20"}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        const QString customer = admin.createCustomer("Watched Ltd");
        const QString serviceId = admin
                                      .post("/api/v1/customers/" + customer + "/services",
                                            ApiSession::serviceBody("Watched", "essential"))
                                      .json()["id"]
                                      .toString();
        admin.waitForStatus(serviceId, {"PendingConsents"});
        QVERIFY(admin.createUser("watcher", "watcher-password-1", "monitor"));
        ApiSession monitor(server);
        QVERIFY(monitor.signIn("watcher", "watcher-password-1"));
        RemoteWindow remote;
        QVERIFY(remote.open(server, monitor.token(), "watcher", Role::Monitor));
        MainWindow &window = remote.window;
        QTableView *table = window.customersView();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 1)).center());
        auto *resend = window.findChild<QAction *>("resendQuickStartAction");
        QTRY_VERIFY(resend->toolTip().contains("read-only"));
        QVERIFY(!resend->isEnabled());
        // A monitor still sees the mails, waiting for a mail server this test never gave.
        auto *details = window.findChild<CustomerDetailsView *>("customerDetails");
        QTRY_VERIFY_WITH_TIMEOUT(
            details->toPlainText().contains("pending: no mail server is configured"), 10000);
    }

private:
    static QStringList recipientsOf(const QList<QJsonObject> &messages)
    {
        QStringList out;
        for (const QJsonObject &m : messages)
            out << m["rcptTo"].toArray().first().toString();
        out.sort();
        return out;
    }
};

QTEST_MAIN(TestWindowMail)
#include "tst_windowmail.moc"
