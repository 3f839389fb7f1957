#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace insights {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Interaction Insights Console"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(makePage(QStringLiteral("customersPage"), tr("Customers")));
    m_pages->addWidget(makePage(QStringLiteral("servicesPage"), tr("Services")));
    m_pages->addWidget(makePage(QStringLiteral("auditPage"), tr("Audit trail")));
    setCentralWidget(m_pages);

    auto *pageBar = addToolBar(tr("Pages"));
    pageBar->setObjectName(QStringLiteral("pageToolBar"));
    pageBar->setMovable(false);
    m_pageActions = new QActionGroup(this);
    const struct
    {
        Page page;
        QString text;
        QString objectName;
    } pages[] = {{CustomersPage, tr("&Customers"), QStringLiteral("customersPageAction")},
                 {ServicesPage, tr("&Services"), QStringLiteral("servicesPageAction")},
                 {AuditPage, tr("&Audit trail"), QStringLiteral("auditPageAction")}};
    for (const auto &p : pages) {
        QAction *action = pageBar->addAction(p.text);
        action->setObjectName(p.objectName);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_1) + int(p.page))));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(p.text).remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, page = p.page] { showPage(page); });
    }
    m_pageActions->actions().constFirst()->setChecked(true);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    statusBar()->setObjectName(QStringLiteral("statusBar"));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 700);
}

QWidget *MainWindow::makePage(const QString &objectName, const QString &title)
{
    auto *page = new QWidget;
    page->setObjectName(objectName);
    page->setAccessibleName(title);
    auto *layout = new QVBoxLayout(page);
    auto *heading = new QLabel(title, page);
    heading->setObjectName(objectName + QStringLiteral("Heading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addStretch();
    return page;
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_pageActions->actions().at(page)->setChecked(true);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

} // namespace insights
