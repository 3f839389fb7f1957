#include "mainwindow.h"

#include "auditpage.h"
#include "consoleuserspage.h"
#include "csvexport.h"
#include "customerapi.h"
#include "customerdetailsview.h"
#include "customerspage.h"
#include "onboardingwizard.h"
#include "serversettings.h"
#include "serviceactions.h"
#include "servicespage.h"
#include "sessionstore.h"
#include "signindialog.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace insights {

namespace {

// The status filter's entry for the deleted services (the others are HealthStatus values).
constexpr int deletedServices = 100;
constexpr int overLicence = 101;
constexpr int suspended = 103;

} // namespace

MainWindow::MainWindow(Workspace *workspace, SessionStore *sessions, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_sessions(sessions)
    , m_actions(new ServiceActions(workspace, this))
    , m_customers(new insights::CustomersPage(workspace, this))
    , m_services(new insights::ServicesPage(workspace, this))
    , m_audit(new insights::AuditPage(workspace, this))
    , m_users(new insights::ConsoleUsersPage(workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Interaction Insights Console"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_customers);
    m_pages->addWidget(m_services);
    m_pages->addWidget(m_audit);
    m_pages->addWidget(m_users);
    setCentralWidget(m_pages);
    buildToolBar();
    buildMenus();
    buildStatusBar();

    connect(m_customers, &CustomersPage::currentCustomerChanged, this,
            &MainWindow::followSelection);
    connect(m_services, &ServicesPage::currentCustomerChanged, this, &MainWindow::followSelection);
    connect(m_customers, &CustomersPage::customerActivated, m_actions, &ServiceActions::activate);
    connect(m_services, &ServicesPage::serviceActivated, m_actions, &ServiceActions::activate);
    connect(m_customers, &CustomersPage::menuRequested, this, &MainWindow::showRowMenu);
    connect(m_services, &ServicesPage::menuRequested, this, &MainWindow::showRowMenu);
    connect(m_actions, &ServiceActions::addServiceRequested, this, &MainWindow::addService);
    connect(m_actions, &ServiceActions::auditRequested, this,
            [this](const QString &customerId, const QString &serviceId) {
                QStringList targets{customerId};
                if (!serviceId.isEmpty())
                    targets << serviceId;
                m_audit->showTargets(m_workspace->customers()->displayName(customerId), targets);
                showPage(AuditPage);
            });
    connect(m_actions, &ServiceActions::done, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_actions, &ServiceActions::mailsQueued, this, [this](const QString &customerId) {
        if (m_customers->details()->customerId() == customerId)
            m_customers->details()->reloadMails();
    });
    connect(m_actions, &ServiceActions::changed, this, [this] {
        if (m_workspace->sync())
            m_workspace->sync()->syncNow();
        m_customers->details()->reloadOwnStorage();
    });

    connect(m_workspace, &Workspace::identityChanged, this, [this] {
        refreshStatusBar();
        refreshPermissions();
    });
    // A 401 or File → Sign out: ask for the password again (the embedded backend signs
    // itself in).
    QObject::connect(m_workspace->client(), &ApiClient::signedOut, this, [this] {
        if (m_workspace->embedded())
            return;
        const QUrl server = m_workspace->client()->baseUrl();
        const QString username = m_workspace->username();
        QMetaObject::invokeMethod(
            this, [this, server, username] { signInAgain(server, username); },
            Qt::QueuedConnection);
    });
    connect(m_workspace, &Workspace::ready, this, [this] {
        connect(m_workspace->sync(), &SyncEngine::stateChanged, this, [this] {
            refreshStatusBar();
            refreshPermissions(); // Sign out becomes Sign in… while signed out
        });
        connect(m_workspace->sync(), &SyncEngine::synced, this, &MainWindow::refreshStatusBar);
        refreshStatusBar();
        m_workspace->refreshAudit();
        m_capabilities->reload(m_workspace->client());
    });
    connect(m_workspace, &Workspace::failed, this, [this](const QString &message) {
        m_syncLabel->setText(message);
        QMessageBox::warning(this, tr("Backend"), message);
    });
    connect(m_workspace, &Workspace::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });

    refreshStatusBar();
    refreshPermissions();
    QSettings settings;
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(qMin(1280, available.width() * 95 / 100), qMin(760, available.height() * 9 / 10));
    // A window saved on a larger screen, or at a smaller scale factor, must still fit.
    if (width() > available.width() || height() > available.height())
        resize(qMin(width(), available.width() * 9 / 10),
               qMin(height(), available.height() * 9 / 10));
    customersView()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/customerColumns")).toByteArray());
}

QTableView *MainWindow::customersView() const
{
    return m_customers->table();
}

void MainWindow::buildToolBar()
{
    // Two bars side by side: the pages, and what acts on the selected row. When both do not
    // fit (a small screen, a large scale factor) the second moves to a row of its own rather
    // than hide its buttons in an overflow menu (fitToolBars).
    auto *bar = addToolBar(tr("Pages"));
    m_pagesBar = bar;
    bar->setObjectName(QStringLiteral("pagesToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pageActions = new QActionGroup(this);
    const struct
    {
        Page page;
        QString text;
        QString name;
    } pages[] = {{CustomersPage, tr("&Customers"), QStringLiteral("customersPageAction")},
                 {ServicesPage, tr("&Services"), QStringLiteral("servicesPageAction")},
                 {AuditPage, tr("&Audit trail"), QStringLiteral("auditPageAction")},
                 {UsersPage, tr("Console &users"), QStringLiteral("usersPageAction")}};
    for (const auto &p : pages) {
        QAction *action = bar->addAction(p.text);
        action->setObjectName(p.name);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(int(Qt::Key_1) + int(p.page))));
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(p.text).remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, page = p.page] { showPage(page); });
    }
    m_pageActions->actions().constFirst()->setChecked(true);
    bar = addToolBar(tr("Service"));
    m_actionsBar = bar;
    bar->installEventFilter(this);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // "Add ▾ → Interaction Recording", as in the source ("Add Service ▾" on Services).
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(tr("Add"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_add);
    m_addRecording = addMenu->addAction(tr("&Interaction Recording"));
    m_addRecording->setObjectName(QStringLiteral("addInteractionRecordingAction"));
    m_addRecording->setShortcut(QKeySequence::New);
    connect(m_addRecording, &QAction::triggered, this, [this] {
        const QString customer = m_actions->customerId();
        addService(m_workspace->services()->hasLiveService(customer) ? QString() : customer);
    });
    addAction(m_addRecording);
    m_add->setMenu(addMenu);
    bar->addWidget(m_add);
    bar->addAction(m_actions->editService());
    bar->addAction(m_actions->operators());
    bar->addAction(m_actions->suspend());
    bar->addAction(m_actions->reactivate());

    QAction *refresh = bar->addAction(tr("Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Refresh (F5)"));
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_workspace->sync())
            m_workspace->sync()->syncNow();
        m_workspace->refreshAudit();
    });

    // Search and filter get a row of their own: on a small screen or at a large scale
    // factor they must never fall into the toolbar's overflow menu.
    addToolBarBreak();
    m_filterBar = addToolBar(tr("Search and filter"));
    m_filterBar->setObjectName(QStringLiteral("filterToolBar"));
    m_filterBar->setMovable(false);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setAccessibleName(tr("Search customers and services"));
    m_search->setPlaceholderText(tr("Search customer, tenant, domain… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(420);
    m_filterBar->addWidget(m_search);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (currentPage() == AuditPage)
            showPage(CustomersPage);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    m_statusFilter->addItem(QIcon(QStringLiteral(":/icons/status-ok.svg")), tr("OK"),
                            int(HealthStatus::OK));
    m_statusFilter->addItem(QIcon(QStringLiteral(":/icons/status-warning.svg")), tr("Warning"),
                            int(HealthStatus::Warning));
    m_statusFilter->addItem(QIcon(QStringLiteral(":/icons/status-error.svg")), tr("Error"),
                            int(HealthStatus::Error));
    m_statusFilter->addItem(QIcon(QStringLiteral(":/icons/status-not-onboarded.svg")),
                            tr("Not onboarded"), int(HealthStatus::NotOnboarded));
    m_statusFilter->insertSeparator(m_statusFilter->count());
    m_statusFilter->addItem(QIcon(QStringLiteral(":/icons/status-error.svg")), tr("Over licence"),
                            overLicence);
    m_statusFilter->setItemData(m_statusFilter->count() - 1,
                                tr("More licences in use than included"), Qt::ToolTipRole);
    m_statusFilter->addItem(QIcon(QStringLiteral(":/icons/status-warning.svg")), tr("Suspended"),
                            suspended);
    m_statusFilter->setItemData(m_statusFilter->count() - 1,
                                tr("Services stopped with Suspend…, until reactivated"),
                                Qt::ToolTipRole);
    m_statusFilter->addItem(QIcon(QStringLiteral(":/icons/status-deleted.svg")),
                            tr("Deleted services"), deletedServices);
    m_statusFilter->setItemData(m_statusFilter->count() - 1,
                                tr("Offboarded services, on the Services page"), Qt::ToolTipRole);
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filterBar->addWidget(m_statusFilter);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);
}

void MainWindow::applySearch()
{
    // Only the table in view filters on a keystroke; the other catches up when shown.
    const QString text = m_search->text();
    if (currentPage() == ServicesPage)
        m_workspace->services()->setFilterText(text);
    else
        m_workspace->customers()->setFilterText(text);
}

void MainWindow::applyStatusFilter()
{
    const int status = m_statusFilter->currentData().toInt();
    const bool deleted = status == deletedServices;
    const bool over = status == overLicence;
    const bool paused = status == suspended;
    const auto health = status < 0 || deleted || over || paused
                            ? std::nullopt
                            : std::optional(HealthStatus(status));
    const auto state = paused ? std::optional(DeploymentStatus::Suspended) : std::nullopt;
    m_workspace->customers()->setDeploymentFilter(state);
    m_workspace->services()->setDeploymentFilter(state);
    m_workspace->customers()->setStatusFilter(health);
    m_workspace->customers()->setOverLicenceOnly(over);
    m_workspace->services()->setStatusFilter(health);
    m_workspace->services()->setOverLicenceOnly(over);
    m_workspace->services()->setDeletedOnly(deleted);
    // A customer row has no deleted service to show: the Services page has them.
    if (deleted && currentPage() == CustomersPage) {
        showPage(ServicesPage);
        statusBar()->showMessage(
            tr("Deleted services are listed on the Services page (Ctrl+1 goes back to the "
               "customers)."),
            15000);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The bar lays its buttons out after the window's resize (and again when a text changes):
    // look once more then, when a hidden button shows that it did not fit.
    if (watched == m_actionsBar && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &MainWindow::fitToolBars);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Once the bars are polished (their fonts, the scale factor) their size hints are true.
    QTimer::singleShot(0, this, &MainWindow::fitToolBars);
}

void MainWindow::fitToolBars()
{
    // What each bar needs with every button shown (its own size hint counts only what is
    // shown, which is less once buttons went into the overflow menu).
    auto needed = [](const QToolBar *bar) {
        const int spacing = bar->layout()->spacing();
        const QMargins m = bar->contentsMargins() + bar->layout()->contentsMargins();
        int width = m.left() + m.right() +
                    bar->style()->pixelMetric(QStyle::PM_ToolBarHandleExtent, nullptr, bar);
        for (QAction *a : bar->actions())
            if (const QWidget *w = bar->widgetForAction(a); w && a->isVisible())
                width += w->sizeHint().width() + spacing;
        return width;
    };
    // A button the bar had to hide (in its » menu) means it does not fit, whatever the sums
    // say; back on one row only with a fifth to spare, so it does not flip at the edge.
    if (!isVisible())
        return; // nothing is laid out yet; the first show resizes and asks again
    bool hidden = false;
    for (QAction *a : m_actionsBar->actions())
        if (const QWidget *w = m_actionsBar->widgetForAction(a); w && a->isVisible())
            hidden = hidden || !w->isVisibleTo(m_actionsBar);
    const int wanted = needed(m_pagesBar) + needed(m_actionsBar);
    const bool split = toolBarBreak(m_actionsBar);
    if (!split && (hidden || wanted * 11 / 10 > width()))
        insertToolBarBreak(m_actionsBar);
    else if (split && wanted * 12 / 10 <= width())
        removeToolBarBreak(m_actionsBar);
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    // "Deleted services" is a Services-page view: the customers table shows everyone.
    if (page != ServicesPage && m_statusFilter->currentData().toInt() == deletedServices)
        m_statusFilter->setCurrentIndex(0);
    // The search box and status filter act on the two tables only.
    m_filterBar->setVisible(page == CustomersPage || page == ServicesPage);
    applySearch();
    m_pageActions->actions().at(page)->setChecked(true);
    m_add->setText(page == ServicesPage ? tr("Add Service") : tr("Add"));
    if (page == AuditPage)
        m_workspace->refreshAudit();
    if (page == UsersPage)
        m_users->reload();
    followSelection();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::followSelection()
{
    // The actions act on the row selected on the page in view.
    switch (currentPage()) {
    case CustomersPage:
        m_actions->setCustomer(m_customers->currentCustomerId());
        break;
    case ServicesPage:
        m_actions->setCustomer(m_services->currentCustomerId());
        break;
    case AuditPage:
    case UsersPage:
        // No row of a customer is in view: the Service menu and toolbar wait for one.
        m_actions->setCustomer({});
        break;
    }
}

void MainWindow::showRowMenu(const QPoint &globalPos)
{
    followSelection();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("customerMenu"));
    m_actions->addTo(&menu);
    menu.exec(globalPos);
}

void MainWindow::refreshPermissions()
{
    const bool may = m_workspace->mayChange();
    m_addRecording->setEnabled(may);
    m_add->setEnabled(may);
    m_add->setToolTip(may ? tr("Add an Interaction Recording service (Ctrl+N)")
                          : tr("The monitor role is read-only"));
    // Console users are an admin's business: the page is not there for anyone else.
    const bool admin = m_workspace->role() == Role::Admin && !m_workspace->username().isEmpty();
    m_pageActions->actions().at(UsersPage)->setVisible(admin);
    m_pageActions->actions().at(UsersPage)->setEnabled(admin);
    if (!admin && currentPage() == UsersPage)
        showPage(CustomersPage);
    const bool team = !m_workspace->embedded() && !m_workspace->username().isEmpty();
    const bool signedOut = m_workspace->client()->token().isEmpty();
    m_signOut->setEnabled(team);
    m_signOut->setText(team && signedOut ? tr("Sign &in…") : tr("Sign &out"));
    m_signOut->setToolTip(
        !team       ? tr("The console's own backend signs itself in")
        : signedOut ? tr("Sign in to %1 again").arg(m_workspace->backendDescription())
                    : tr("End this session on %1").arg(m_workspace->backendDescription()));
}

void MainWindow::addService(const QString &customerId)
{
    QList<CustomerChoice> choices;
    for (const auto &[id, name] : m_workspace->customers()->customersWithoutService())
        choices << CustomerChoice{id, name};
    auto *wizard = new OnboardingWizard(m_workspace->client(), choices, customerId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setDraftStore(m_workspace->cache());
    auto syncNow = [this] {
        if (m_workspace->sync())
            m_workspace->sync()->syncNow();
    };
    connect(wizard, &OnboardingWizard::serviceCreated, this, syncNow);
    connect(wizard, &OnboardingWizard::customerCreated, this, syncNow);
    wizard->show();
}

void MainWindow::exportCsv()
{
    CsvExport::start(customersView(), this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/customerColumns"),
                      customersView()->horizontalHeader()->saveState());
    event->accept();
}

} // namespace insights
