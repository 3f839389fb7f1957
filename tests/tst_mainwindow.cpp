// The console's window opens and its pages switch with Ctrl+1..3.
#include "mainwindow.h"

#include <QTest>

using namespace insights;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName("insights-test"); }

    void pagesSwitchByKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), MainWindow::CustomersPage);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::ServicesPage);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::AuditPage);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::CustomersPage);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
