// The Audit trail page in the real window, on a team server the test started: Who, Action
// and Period filter on the server, Export… saves the server's CSV of every matching entry,
// and the note says how long the server keeps entries.
#include "auditmodel.h"
#include "auditpage.h"
#include "mainwindow.h"
#include "support/apisession.h"
#include "support/quiet.h"
#include "support/remotewindow.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace insights;
using namespace insights::test;

namespace {

QStringList column(QTableView *table, int c)
{
    QStringList out;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        out << table->model()->index(r, c).data().toString();
    return out;
}

// Picks the entry with this text in a combo box with the keyboard, as a person does.
void choose(QComboBox *combo, const QString &text)
{
    combo->setFocus();
    const int target = combo->findText(text);
    QVERIFY(target >= 0);
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
}

} // namespace

class TestWindowAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("insights-test"); }

    void filtersExportAndRetention()
    {
        ServerProcess server({"--audit-retention-days", "400"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        QVERIFY(admin.createUser("carol", "carol-password-1", "operator"));
        ApiSession carol(server);
        QVERIFY(carol.signIn("carol", "carol-password-1"));
        QVERIFY(!carol.createCustomer("Carol's First Ltd").isEmpty());
        QVERIFY(!carol.createCustomer("Carol's Second Ltd").isEmpty());
        QVERIFY(!admin.createCustomer("Admin's Own Ltd").isEmpty());

        RemoteWindow remote;
        QVERIFY(remote.open(server, admin.token(), adminUser, Role::Admin));
        MainWindow &window = remote.window;
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_3));
        auto *page = window.findChild<AuditPage *>("auditPage");
        QTRY_VERIFY(page->isVisible());
        QTableView *table = page->table();
        QTRY_VERIFY(table->model()->rowCount() > 5);
        // Newest first, as the header's arrow says; a click on it changes nothing.
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(AuditModel::WhenColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(table->model()
                    ->index(0, AuditModel::WhenColumn)
                    .data(AuditModel::TimestampRole)
                    .toDateTime() >= table->model()
                                         ->index(1, AuditModel::WhenColumn)
                                         .data(AuditModel::TimestampRole)
                                         .toDateTime());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(AuditModel::WhenColumn) + 5,
                                 header->height() / 2));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(page->findChild<QLabel *>("auditRetention")->text(),
                     QString("The server keeps audit entries for 400 days "
                             "(insights-server --audit-retention-days)."));

        // Who is a user name exactly: one nobody uses says so, under the empty table.
        auto *who = page->findChild<QLineEdit *>("auditActor");
        auto *empty = page->findChild<QLabel *>("auditEmpty");
        QVERIFY(!empty->isVisible());
        QTest::keyClicks(who, "nobody");
        QVERIFY(waitUntilQuiet(page, remote.workspace.client()));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains("“nobody”"), qPrintable(empty->text()));
        // Typing suggests the user names the trail has shown.
        who->clear();
        QTest::keyClicks(who, "ca");
        QTRY_VERIFY(who->completer()->popup()->isVisible());
        QCOMPARE(who->completer()->popup()->model()->index(0, 0).data().toString(),
                 QString("carol"));
        QTest::keyClick(who->completer()->popup(), Qt::Key_Escape);
        who->clear();
        QVERIFY(waitUntilQuiet(page, remote.workspace.client()));
        QTRY_VERIFY(table->model()->rowCount() > 5);
        QTRY_VERIFY(!empty->isVisible());

        // Who: carol; the server answers with her entries only.
        QTest::keyClicks(who, "carol");
        QVERIFY(waitUntilQuiet(page, remote.workspace.client()));
        QTRY_VERIFY(!column(table, AuditModel::WhoColumn).isEmpty() &&
                    column(table, AuditModel::WhoColumn).count("carol") ==
                        table->model()->rowCount());
        QCOMPARE(column(table, AuditModel::WhoColumn).constFirst(), QString("carol"));
        const int carolEntries = table->model()->rowCount();
        QVERIFY(carolEntries >= 3); // her sign-in and her two customers

        // Action: Customers.
        choose(page->findChild<QComboBox *>("auditAction"), "Customers");
        QVERIFY(waitUntilQuiet(page, remote.workspace.client()));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(column(table, AuditModel::ActionColumn),
                 QStringList({"Customer created", "Customer created"}));
        choose(page->findChild<QComboBox *>("auditPeriod"), "Last 24 hours");
        QVERIFY(waitUntilQuiet(page, remote.workspace.client()));
        QCOMPARE(table->model()->rowCount(), 2);

        // Export…: what the filters show, as the server's CSV.
        QTemporaryDir dir;
        QString suggested;
        page->chooseSaveFile = [&](const QString &name) {
            suggested = name;
            return dir.filePath("audit.csv");
        };
        QTest::mouseClick(page->findChild<QPushButton *>("auditExport"), Qt::LeftButton);
        QVERIFY(suggested.startsWith("audit-") && suggested.endsWith(".csv"));
        QTRY_VERIFY(page->findChild<QLabel *>("auditRetention")->text().startsWith("Exported 2 "));
        QFile f(dir.filePath("audit.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("at,actor,action,target,result,detail\r\n"));
        QCOMPARE(csv.count('\n'), 3);
        QVERIFY(csv.contains("Carol's First Ltd"));
        QVERIFY(!csv.contains("Admin's Own Ltd"));

        // Back to everyone: the admin's entries are there again.
        page->findChild<QLineEdit *>("auditActor")->clear();
        QVERIFY(waitUntilQuiet(page, remote.workspace.client()));
        QTRY_COMPARE(table->model()->rowCount(), 3);
    }

    void aRowsContextMenuShowsItsAuditTrail()
    {
        ServerProcess server({"--deploy-step-ms", "20"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        QVERIFY(!admin.deployService("Traced Ltd", "Traced-EU", "essential").isEmpty());
        QVERIFY(!admin.createCustomer("Other Ltd").isEmpty());
        RemoteWindow remote;
        QVERIFY(remote.open(server, admin.token(), adminUser, Role::Admin));
        MainWindow &window = remote.window;
        QTableView *customers = window.customersView();
        QTRY_COMPARE(customers->model()->rowCount(), 2);
        int row = 0;
        while (customers->model()->index(row, 1).data().toString() != "Traced Ltd")
            ++row;
        const QRect cell = customers->visualRect(customers->model()->index(row, 1));
        QTest::mouseClick(customers->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY(window.findChild<QAction *>("showAuditAction")->isEnabled());
        window.findChild<QAction *>("showAuditAction")->trigger(); // as the context menu does
        auto *page = window.findChild<AuditPage *>("auditPage");
        QTRY_VERIFY(page->isVisible());
        QTRY_VERIFY(page->findChild<QLabel *>("auditScope")->text().contains("Traced Ltd"));
        // The service actions act on a customer's row; none is in view on this page.
        auto *edit = window.findChild<QAction *>("editServiceAction");
        QVERIFY(!edit->isEnabled());
        QVERIFY2(edit->toolTip().contains("select a customer first"), qPrintable(edit->toolTip()));
        QVERIFY(waitUntilQuiet(page, remote.workspace.client()));
        // The customer's entries and its service's, by name, and nothing of Other Ltd.
        QTRY_VERIFY(column(page->table(), AuditModel::TargetColumn).contains("Traced-EU"));
        const QStringList targets = column(page->table(), AuditModel::TargetColumn);
        QVERIFY(targets.contains("Traced Ltd"));
        QVERIFY(!targets.contains("Other Ltd"));
        for (const QString &t : targets)
            QVERIFY2(t == "Traced Ltd" || t == "Traced-EU", qPrintable(t));
        QTest::mouseClick(page->findChild<QPushButton *>("auditShowEverything"), Qt::LeftButton);
        QVERIFY(waitUntilQuiet(page, remote.workspace.client()));
        QTRY_VERIFY(column(page->table(), AuditModel::TargetColumn).contains("Other Ltd"));
        QVERIFY(!page->findChild<QLabel *>("auditScope")->isVisible());
    }
};

QTEST_MAIN(TestWindowAudit)
#include "tst_windowaudit.moc"
