#pragma once

#include "domain.h"

#include <QMainWindow>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace insights {

class AuditPage;
class ConsoleUsersPage;
class CustomersPage;
class ServiceActions;
class ServicesPage;
class ServerCapabilitiesLabel;
class SessionStore;
class Workspace;

// The console's window: the Customers, Services and Audit trail pages (Ctrl+1..3), the
// toolbar of the source (Add ▾ → Interaction Recording), search and status filter, the
// Service menu acting on the selected row, Help, and a status bar with the backend, the
// sync state and who is signed in. The pages and the actions live in their own classes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace *workspace, SessionStore *sessions = nullptr,
                        QWidget *parent = nullptr);

    static QString profileName(const QUrl &server, const QString &username);
    // The token is gone (expired, revoked): ask for the password again.
    void signInAgain(const QUrl &server, const QString &username);

    enum Page { CustomersPage, ServicesPage, AuditPage, UsersPage };
    void showPage(Page page);
    Page currentPage() const;
    // Opens the onboarding wizard, with this customer preselected if given.
    void addService(const QString &customerId = {});

    QTableView *customersView() const;
    ServiceActions *serviceActions() const { return m_actions; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildToolBar();
    void buildMenus();
    void buildLanguageMenu(QMenu *menu);
    // The actions' bar gets a row of its own when it does not fit beside the pages' bar.
    void fitToolBars();
    void buildStatusBar();
    void applySearch();
    void applyStatusFilter();
    void refreshStatusBar();
    void refreshPermissions();
    void followSelection();
    void showRowMenu(const QPoint &globalPos);
    void exportCsv();
    void connectToServer();
    void signOut();
    void showShortcuts();
    void showAbout();
    void showServerSettings();

    Workspace *m_workspace;
    SessionStore *m_sessions;
    ServiceActions *m_actions;
    insights::CustomersPage *m_customers;
    insights::ServicesPage *m_services;
    insights::AuditPage *m_audit;
    insights::ConsoleUsersPage *m_users;
    QStackedWidget *m_pages = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QToolButton *m_add = nullptr;
    QAction *m_addRecording = nullptr;
    QAction *m_signOut = nullptr;
    QToolBar *m_filterBar = nullptr;
    QToolBar *m_pagesBar = nullptr;
    QToolBar *m_actionsBar = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_backendLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    ServerCapabilitiesLabel *m_capabilities = nullptr;
};

} // namespace insights
