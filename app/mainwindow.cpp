#include "mainwindow.h"

#include "editservicedialog.h"
#include "onboardingwizard.h"
#include "operatorsdialog.h"
#include "sessionstore.h"
#include "signindialog.h"
#include "statusiconproxy.h"
#include "statustext.h"
#include "storagelocations.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace insights {

namespace {

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // A million rows scroll smoothly only when the view need not measure each of them.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    return view;
}

} // namespace

MainWindow::MainWindow(Workspace *workspace, SessionStore *sessions, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_sessions(sessions)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Interaction Insights Console"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(makeCustomersPage());
    m_pages->addWidget(makeServicesPage());
    m_pages->addWidget(makeAuditPage());
    setCentralWidget(m_pages);

    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
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
                 {AuditPage, tr("&Audit trail"), QStringLiteral("auditPageAction")}};
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
    bar->addSeparator();

    // "Add ▾ → Interaction Recording", as in the source ("Add Service ▾" on Services).
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(tr("Add"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(m_add);
    QAction *addRecording = addMenu->addAction(tr("&Interaction Recording"));
    addRecording->setObjectName(QStringLiteral("addInteractionRecordingAction"));
    addRecording->setShortcut(QKeySequence::New);
    connect(addRecording, &QAction::triggered, this, [this] { addService(selectedCustomerId()); });
    addAction(addRecording);
    m_add->setMenu(addMenu);
    bar->addWidget(m_add);
    m_changingActions << addRecording;

    m_refresh = bar->addAction(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Refresh (F5)"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_workspace->sync())
            m_workspace->sync()->syncNow();
        m_workspace->refreshAudit();
    });

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setPlaceholderText(tr("Search customer, tenant, domain… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    bar->addWidget(m_search);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
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
    bar->addWidget(m_statusFilter);
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_workspace->customers()->setFilterText(text); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusFilter->currentData().toInt();
        m_workspace->customers()->setStatusFilter(status < 0 ? std::nullopt
                                                             : std::optional(HealthStatus(status)));
    });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = fileMenu->addAction(tr("&Export visible rows to CSV…"));
    exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    QAction *connectAction = fileMenu->addAction(tr("&Connect to a server…"));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    for (QLabel *label : {m_backendLabel, m_syncLabel, m_userLabel})
        label->setContentsMargins(6, 0, 18, 0); // room between the parts of the status bar
    statusBar()->addWidget(m_backendLabel);
    statusBar()->addWidget(m_syncLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_workspace, &Workspace::identityChanged, this, [this] {
        refreshStatusBar();
        refreshPermissions();
    });
    QObject::connect(m_workspace->client(), &ApiClient::signedOut, this, [this] {
        const QUrl server = QSettings().value(QStringLiteral("backend/url")).toUrl();
        if (!server.isEmpty()) // the embedded backend signs itself in
            QMetaObject::invokeMethod(
                this,
                [this, server] {
                    signInAgain(server,
                                QSettings().value(QStringLiteral("backend/username")).toString());
                },
                Qt::QueuedConnection);
    });
    connect(m_workspace, &Workspace::ready, this, [this] {
        connect(m_workspace->sync(), &SyncEngine::stateChanged, this,
                &MainWindow::refreshStatusBar);
        connect(m_workspace->sync(), &SyncEngine::synced, this, &MainWindow::refreshStatusBar);
        connect(m_workspace->sync(), &SyncEngine::synced, this, &MainWindow::refreshDetails);
        refreshStatusBar();
        m_workspace->refreshAudit();
    });
    connect(m_workspace, &Workspace::operationsChanged, this, &MainWindow::refreshDetails);
    connect(m_workspace, &Workspace::failed, this, [this](const QString &message) {
        m_syncLabel->setText(message);
        QMessageBox::warning(this, tr("Backend"), message);
    });
    CustomerTableModel *customers = m_workspace->customers();
    connect(customers, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshSummary);
    connect(customers, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refreshSummary);
    connect(customers, &QAbstractItemModel::modelReset, this, &MainWindow::refreshSummary);
    connect(customers, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshSummary);
    connect(customers, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshDetails);

    refreshStatusBar();
    refreshSummary();
    refreshPermissions();
    QSettings settings;
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    // A window saved on a larger screen, or at a smaller scale factor, must still fit.
    if (width() > available.width() || height() > available.height())
        resize(qMin(width(), available.width() * 9 / 10),
               qMin(height(), available.height() * 9 / 10));
    m_customersView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/customerColumns")).toByteArray());
}

QWidget *MainWindow::makeCustomersPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("customersPage"));
    page->setAccessibleName(tr("Customers"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("customersSummary"));
    m_customerIcons = new StatusIconProxy(CustomerTableModel::StatusIconRole,
                                          CustomerTableModel::StatusColumn, this);
    m_customerIcons->setSourceModel(m_workspace->customers());
    m_customersView = makeTable(QStringLiteral("customersTable"), tr("Customers"), page);
    m_customersView->setModel(m_customerIcons);
    m_customersView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_customersView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    const int widths[] = {125, 190, 150, 230, 110, 140, 100, 170, 140, 320, 130, 90};
    for (int c = 0; c < CustomerTableModel::ColumnCount; ++c)
        m_customersView->setColumnWidth(c, widths[c]);
    connect(m_customersView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showCustomerMenu);
    connect(m_customersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::refreshDetails);
    connect(m_customersView, &QTableView::doubleClicked, this, [this] {
        if (m_workspace->services()->serviceOfCustomer(selectedCustomerId()) == nullptr &&
            m_workspace->mayChange())
            addService(selectedCustomerId());
    });

    m_details = new QTextBrowser(page);
    m_details->setObjectName(QStringLiteral("customerDetails"));
    m_details->setAccessibleName(tr("Customer details"));
    m_details->setOpenExternalLinks(true);
    m_details->setMinimumWidth(300);

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("customersSplitter"));
    split->addWidget(m_customersView);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    return page;
}

QWidget *MainWindow::makeServicesPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("servicesPage"));
    page->setAccessibleName(tr("Services"));
    m_servicesView = makeTable(QStringLiteral("servicesTable"), tr("Services"), page);
    m_servicesView->setModel(m_workspace->services());
    m_servicesView->setSortingEnabled(false);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_servicesView);
    return page;
}

QWidget *MainWindow::makeAuditPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("auditPage"));
    page->setAccessibleName(tr("Audit trail"));
    auto *filter = new QLineEdit(page);
    filter->setObjectName(QStringLiteral("auditFilter"));
    filter->setAccessibleName(tr("Filter the audit trail"));
    filter->setPlaceholderText(tr("Filter by who, action, target or detail"));
    filter->setClearButtonEnabled(true);
    m_auditView = makeTable(QStringLiteral("auditTable"), tr("Audit trail"), page);
    m_auditView->setModel(m_workspace->audit());
    m_auditView->setSortingEnabled(false);
    connect(filter, &QLineEdit::textChanged, m_workspace->audit(), &AuditModel::setFilterText);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(filter);
    layout->addWidget(m_auditView);
    return page;
}

QString MainWindow::profileName(const QUrl &server, const QString &username)
{
    return username + u'@' + server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

void MainWindow::connectToServer()
{
    QSettings settings;
    SignInDialog dialog(settings.value(QStringLiteral("backend/url")).toUrl(),
                        settings.value(QStringLiteral("backend/username")).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.embeddedChosen()) {
        settings.remove(QStringLiteral("backend"));
    } else {
        settings.setValue(QStringLiteral("backend/url"), dialog.url());
        settings.setValue(QStringLiteral("backend/username"), dialog.username());
        settings.setValue(QStringLiteral("backend/role"), toString(dialog.role()));
        if (m_sessions)
            m_sessions->save(profileName(dialog.url(), dialog.username()), dialog.token());
    }
    // One backend per run keeps the cache, the sync and the tables simple: start again on
    // the new one once the token is stored.
    auto restart = [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
        qApp->quit();
    };
    if (m_sessions && !dialog.embeddedChosen())
        QObject::connect(m_sessions, &SessionStore::saved, this, restart, Qt::SingleShotConnection);
    else
        restart();
}

void MainWindow::signInAgain(const QUrl &server, const QString &username)
{
    SignInDialog dialog(server, username, this);
    dialog.setWindowTitle(tr("Sign in again"));
    if (dialog.exec() != QDialog::Accepted || dialog.embeddedChosen()) {
        if (dialog.embeddedChosen()) {
            QSettings().remove(QStringLiteral("backend"));
            QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
            qApp->quit();
        }
        return;
    }
    if (m_sessions)
        m_sessions->save(profileName(dialog.url(), dialog.username()), dialog.token());
    if (m_workspace->sync()) {
        m_workspace->client()->setToken(dialog.token());
        m_workspace->sync()->resume();
    } else {
        m_workspace->startRemote(dialog.url(), dialog.token(), dialog.username(), dialog.role(),
                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_pageActions->actions().at(page)->setChecked(true);
    m_add->setText(page == ServicesPage ? tr("Add Service") : tr("Add"));
    if (page == AuditPage)
        m_workspace->refreshAudit();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::refreshStatusBar()
{
    m_backendLabel->setText(m_workspace->backendDescription().isEmpty()
                                ? tr("Starting the backend…")
                                : m_workspace->backendDescription());
    m_syncLabel->setText(m_workspace->sync() ? m_workspace->sync()->statusText()
                                             : tr("Connecting…"));
    m_userLabel->setText(
        m_workspace->username().isEmpty()
            ? tr("Not signed in")
            : tr("%1 (%2)").arg(m_workspace->username(), toString(m_workspace->role())));
}

void MainWindow::refreshSummary()
{
    const CustomerTableModel *customers = m_workspace->customers();
    m_summary->setText(customers->totalCount() == 0
                           ? tr("No customers yet. Use Add ▾ → Interaction Recording (Ctrl+N) "
                                "to onboard the first one.")
                           : customers->summary());
}

void MainWindow::refreshPermissions()
{
    const bool may = m_workspace->mayChange();
    for (QAction *a : m_changingActions)
        a->setEnabled(may);
    m_add->setEnabled(may);
    m_add->setToolTip(may ? tr("Add an Interaction Recording service (Ctrl+N)")
                          : tr("The monitor role is read-only"));
}

QString MainWindow::selectedCustomerId() const
{
    const QModelIndex current = m_customersView->currentIndex();
    return current.isValid() ? current.data(CustomerTableModel::CustomerIdRole).toString()
                             : QString();
}

void MainWindow::refreshDetails()
{
    const QString id = selectedCustomerId();
    if (id.isEmpty()) {
        m_details->setHtml(tr("<p style='color:gray'>Select a customer to see its consents, "
                              "alarms and storage.</p>"));
        return;
    }
    const QModelIndex current = m_customersView->currentIndex();
    const QString name =
        current.siblingAtColumn(CustomerTableModel::CustomerColumn).data().toString();
    const Service *s = m_workspace->services()->serviceOfCustomer(id);
    QString html = QStringLiteral("<h3>%1</h3>").arg(name.toHtmlEscaped());
    if (!s) {
        html += tr("<p>Not onboarded. Use <b>Add → Interaction Recording</b>.</p>");
        m_details->setHtml(html);
        return;
    }
    const auto &locations = StorageLocations::builtIn();
    html += tr("<p><b>%1</b> · %2 · %3</p>")
                .arg(s->settings.tenant.name.toHtmlEscaped(), s->licenseType().toHtmlEscaped(),
                     StatusText::deployment(s->deploymentStatus));
    for (const Alarm &a : s->alarms)
        html += QStringLiteral("<p style='color:%1'>⚠ %2</p>")
                    .arg(a.severity == QLatin1String("error") ? QStringLiteral("#b71c1c")
                                                              : QStringLiteral("#8a6d00"),
                         a.message.toHtmlEscaped());
    if (const auto op = m_workspace->latestOperation(s->id);
        op && op->status != OperationStatus::Succeeded) {
        html += tr("<h4>Current operation: %1 · %2 %</h4><ul>")
                    .arg(toString(op->kind))
                    .arg(op->percentComplete);
        for (const OperationStep &step : op->steps)
            html += QStringLiteral("<li>%1 %2</li>")
                        .arg(step.status == OperationStatus::Succeeded ? QStringLiteral("✓")
                             : step.status == OperationStatus::Failed  ? QStringLiteral("✗")
                                                                       : QStringLiteral("…"),
                             step.name.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        if (op->error)
            html += QStringLiteral("<p style='color:#b71c1c'>%1</p>")
                        .arg(op->error->message.toHtmlEscaped());
    }
    html += tr("<h4>Consents</h4><ul>");
    for (const ConsentState &c : s->consents)
        html +=
            QStringLiteral("<li>%1 %2</li>")
                .arg(c.granted ? QStringLiteral("✓") : QStringLiteral("✗"), c.name.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    html += tr("<h4>Storage</h4>");
    if (s->storage.primary)
        html += tr("<p>Primary: %1 (%2)</p>")
                    .arg(locations.regionName(s->storage.primary->region).toHtmlEscaped(),
                         s->storage.primary->container.toHtmlEscaped());
    if (s->storage.replica)
        html += tr("<p>Replica: %1</p>")
                    .arg(locations.regionName(s->storage.replica->region).toHtmlEscaped());
    if (!s->quickStartUrl.isEmpty())
        html += tr("<p><a href=\"%1\">Open the Quick Start page</a></p>")
                    .arg(s->quickStartUrl.toHtmlEscaped());
    m_details->setHtml(html);
}

void MainWindow::showCustomerMenu(const QPoint &pos)
{
    const QModelIndex index = m_customersView->indexAt(pos);
    if (!index.isValid())
        return;
    const QString customerId = index.data(CustomerTableModel::CustomerIdRole).toString();
    const Service *s = m_workspace->services()->serviceOfCustomer(customerId);
    const bool may = m_workspace->mayChange();
    const QString readOnly = tr("The monitor role is read-only");
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("customerMenu"));
    QAction *add = menu.addAction(tr("Add Interaction Recording service…"), this,
                                  [this, customerId] { addService(customerId); });
    add->setEnabled(may && !s);
    if (s) {
        QAction *edit = menu.addAction(tr("Edit the service…"), this, [this, id = s->id] {
            auto *dialog = new EditServiceDialog(m_workspace->client(), id, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &EditServiceDialog::saved, this,
                    [this] { m_workspace->sync()->syncNow(); });
            dialog->open();
        });
        edit->setEnabled(may && s->deploymentStatus != DeploymentStatus::Deleting);
    }
    menu.addAction(tr("Customer operators…"), this, [this, customerId, index] {
        auto *dialog = new OperatorsDialog(
            m_workspace->client(), customerId,
            index.siblingAtColumn(CustomerTableModel::CustomerColumn).data().toString(),
            m_workspace->mayChange(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    if (s && !s->quickStartUrl.isEmpty()) {
        const QString url = s->quickStartUrl;
        menu.addAction(tr("Copy Quick Start link"), this,
                       [url] { QApplication::clipboard()->setText(url); });
        menu.addAction(tr("Open Quick Start page in the browser"), this,
                       [url] { QDesktopServices::openUrl(QUrl(url)); });
    }
    if (s && s->deploymentStatus == DeploymentStatus::DeploymentError) {
        QAction *retry =
            menu.addAction(tr("Retry the deploy"), this, [this, id = s->id] { retryDeploy(id); });
        retry->setEnabled(may);
    }
    if (s) {
        QAction *offboardAction =
            menu.addAction(tr("Offboard the service…"), this, [this, id = s->id] { offboard(id); });
        offboardAction->setEnabled(may && s->deploymentStatus != DeploymentStatus::Deleting);
    }
    QAction *remove = menu.addAction(tr("Delete the customer…"), this,
                                     [this, customerId] { deleteCustomer(customerId); });
    remove->setEnabled(may && !s);
    if (!may) {
        for (QAction *a : menu.actions())
            a->setToolTip(readOnly);
    }
    menu.setToolTipsVisible(true);
    menu.exec(m_customersView->viewport()->mapToGlobal(pos));
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

void MainWindow::retryDeploy(const QString &serviceId)
{
    ApiJob *job =
        m_workspace->client()->post(QStringLiteral("/api/v1/services/%1/deploy").arg(serviceId), {},
                                    ApiClient::newIdempotencyKey());
    connect(job, &ApiJob::finished, this, [this](const ApiResponse &r) {
        if (!r.ok())
            QMessageBox::warning(this, tr("Retry the deploy"), r.error.message);
        m_workspace->sync()->syncNow();
    });
}

void MainWindow::offboard(const QString &serviceId)
{
    if (QMessageBox::question(this, tr("Offboard the service"),
                              tr("Offboarding stops recording for this tenant, removes its "
                                 "storage and bots, and frees its names. Continue?"),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    // The ETag comes from a fresh read: never delete what someone else just changed.
    ApiJob *read = m_workspace->client()->get(QStringLiteral("/api/v1/services/") + serviceId);
    connect(read, &ApiJob::finished, this, [this, serviceId](const ApiResponse &r) {
        if (!r.ok()) {
            QMessageBox::warning(this, tr("Offboard the service"), r.error.message);
            return;
        }
        ApiJob *del =
            m_workspace->client()->del(QStringLiteral("/api/v1/services/") + serviceId, r.etag);
        connect(del, &ApiJob::finished, this, [this](const ApiResponse &d) {
            if (!d.ok())
                QMessageBox::warning(this, tr("Offboard the service"), d.error.message);
            m_workspace->sync()->syncNow();
        });
    });
}

void MainWindow::deleteCustomer(const QString &customerId)
{
    if (QMessageBox::question(
            this, tr("Delete the customer"), tr("Delete this customer and its operators?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    ApiJob *read = m_workspace->client()->get(QStringLiteral("/api/v1/customers/") + customerId);
    connect(read, &ApiJob::finished, this, [this, customerId](const ApiResponse &r) {
        if (!r.ok()) {
            QMessageBox::warning(this, tr("Delete the customer"), r.error.message);
            return;
        }
        ApiJob *del =
            m_workspace->client()->del(QStringLiteral("/api/v1/customers/") + customerId, r.etag);
        connect(del, &ApiJob::finished, this, [this](const ApiResponse &d) {
            if (!d.ok())
                QMessageBox::warning(this, tr("Delete the customer"), d.error.message);
            m_workspace->sync()->syncNow();
        });
    });
}

void MainWindow::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export customers"), QStringLiteral("customers.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QAbstractItemModel *m = m_customersView->model();
    auto cell = [](QString s) {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
            s = u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        return s;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Export"), file.errorString());
        return;
    }
    QStringList header;
    for (int c = 0; c < m->columnCount(); ++c)
        header << cell(m->headerData(c, Qt::Horizontal).toString());
    file.write((header.join(u',') + u'\n').toUtf8());
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m->columnCount(); ++c)
            row << cell(m->index(r, c).data().toString());
        file.write((row.join(u',') + u'\n').toUtf8());
    }
    if (!file.commit())
        QMessageBox::warning(this, tr("Export"), file.errorString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/customerColumns"),
                      m_customersView->horizontalHeader()->saveState());
    event->accept();
}

} // namespace insights
