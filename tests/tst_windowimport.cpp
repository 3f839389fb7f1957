// File → Import customers from CSV… in the real window, on a team server the test started:
// save the template, pick a file, read the server's dry run row by row (the bad row with its
// field, rule and value), export that report, onboard the valid rows and watch them appear
// in the customers table; opened again later, the dialog shows the job's result.
#include "customertablemodel.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "support/apisession.h"
#include "support/boxanswerer.h"
#include "support/remotewindow.h"
#include "workspace.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace insights;
using namespace insights::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ImportDialog *openImport(MainWindow &window)
{
    window.findChild<QAction *>("importCsvAction")->trigger();
    auto *dialog = window.findChild<ImportDialog *>("importDialog");
    if (dialog)
        (void)QTest::qWaitForWindowExposed(dialog);
    return dialog;
}

} // namespace

class TestWindowImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("insights-test"); }

    void templateDryRunReportAndOnboarding()
    {
        ServerProcess server({"--deploy-step-ms", "20"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        RemoteWindow remote;
        QVERIFY(remote.open(server, admin.token(), adminUser, Role::Admin));
        MainWindow &window = remote.window;
        QTemporaryDir files;

        ImportDialog *dialog = openImport(window);
        QVERIFY(dialog);
        QStringList saved;
        dialog->chooseSaveFile = [&](const QString &suggested) {
            saved << suggested;
            return files.filePath(suggested);
        };
        QTest::mouseClick(dialog->findChild<QPushButton *>("saveTemplateButton"), Qt::LeftButton);
        QCOMPARE(saved.value(0), QString("onboarding-template.csv"));
        const QByteArray templ = readAll(files.filePath("onboarding-template.csv"));
        QCOMPARE(templ, ImportsApi::templateCsv());

        // The template as it is: its example rows use reserved domains, so nobody is
        // onboarded by mistake.
        dialog->chooseFile = [&] { return files.filePath("onboarding-template.csv"); };
        QTest::mouseClick(dialog->findChild<QPushButton *>("chooseFileButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->summary()->text(),
            QString("2 rows checked: 0 valid, 2 to fix. Nothing was created."), 10000);
        QCOMPARE(dialog->table()->item(0, 3)->text(), QString("domain"));
        QCOMPARE(dialog->table()->item(0, 5)->text(), QString("contoso.example"));
        QVERIFY(!dialog->onboardButton()->isEnabled());

        // The template's two rows with real domains, and one the person got wrong.
        const QString mine = files.filePath("tenants.csv");
        {
            QFile f(mine);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(templ).replace(".example", ".onmicrosoft.com") +
                    "Northwind Ltd,Northwind-EU,northwind.onmicrosoft.com,NORTHWIND,"
                    "ops@northwind.com,admin@northwind.onmicrosoft.com,platinum,50,"
                    "westeurope,false,false,,false,,false\r\n");
        }
        dialog->chooseFile = [&] { return mine; };
        QTest::mouseClick(dialog->findChild<QPushButton *>("chooseFileButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            dialog->summary()->text(),
            QString("3 rows checked: 2 valid, 1 to fix. Nothing was created."), 10000);
        QVERIFY(!dialog->progress()->isVisible());
        QTableWidget *rows = dialog->table();
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->item(0, 1)->text(), QString("Valid"));
        QCOMPARE(rows->item(2, 0)->text(), QString("4"));
        QCOMPARE(rows->item(2, 1)->text(), QString("Needs fixing"));
        QCOMPARE(rows->item(2, 3)->text(), QString("userType"));
        QCOMPARE(rows->item(2, 5)->text(), QString("platinum"));
        QCOMPARE(remote.workspace.customers()->totalCount(), 0); // nothing created

        QTest::mouseClick(dialog->findChild<QPushButton *>("exportReportButton"), Qt::LeftButton);
        QCOMPARE(saved.value(1), QString("tenants-report.csv"));
        const QByteArray report = readAll(files.filePath("tenants-report.csv"));
        QVERIFY2(report.contains("4,Invalid,Northwind Ltd,userType,"), report.constData());
        QVERIFY(report.contains("platinum"));

        // Onboard: the dialog follows the job, and the table shows each customer.
        QCOMPARE(dialog->onboardButton()->text(), QString("&Onboard 2 valid rows"));
        QVERIFY(dialog->onboardButton()->isEnabled());
        {
            // It asks first, with the count; No changes nothing.
            BoxAnswerer no(QMessageBox::No);
            QTest::mouseClick(dialog->onboardButton(), Qt::LeftButton);
            QTRY_COMPARE(no.text, QString("Onboard 2 customers now? Each gets an Interaction "
                                          "Recording service, deployed at once. The rows to fix "
                                          "(1) are left out."));
            QVERIFY(dialog->onboardButton()->isEnabled());
            QCOMPARE(remote.workspace.customers()->totalCount(), 0);
        }
        BoxAnswerer yes(QMessageBox::Yes);
        QTest::mouseClick(dialog->onboardButton(), Qt::LeftButton);
        QTRY_VERIFY(!yes.text.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->summary()->text(),
                                  QString("Onboarded 2 of 3 rows. 1 to fix."), 15000);
        QVERIFY(!dialog->onboardButton()->isEnabled());
        QCOMPARE(rows->item(0, 1)->text(), QString("Onboarded"));
        QTRY_COMPARE_WITH_TIMEOUT(remote.workspace.customers()->totalCount(), 2, 10000);
        QTableView *table = window.customersView();
        QStringList names;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            names << table->model()->index(r, CustomerTableModel::CustomerColumn).data().toString();
        names.sort();
        QCOMPARE(names, QStringList({"Contoso Ltd", "Fabrikam Inc"}));

        // Closed, and opened again later: the newest job's result.
        QTest::mouseClick(dialog->findChild<QPushButton *>("closeButton"), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<ImportDialog *>("importDialog"));
        dialog = openImport(window);
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->summary()->text(),
                                  QString("Onboarded 2 of 3 rows. 1 to fix."), 10000);
        QTRY_COMPARE(dialog->table()->rowCount(), 3);
        QVERIFY(dialog->findChild<QLabel *>("importFile")->text().startsWith("Newest import:"));
        QVERIFY(!dialog->onboardButton()->isEnabled());
    }
};

QTEST_MAIN(TestWindowImport)
#include "tst_windowimport.moc"
