#pragma once

#include "domain.h"

#include <QMainWindow>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace insights {

class Workspace;
class SessionStore;
class StatusIconProxy;

// The console's window: the Customers, Services and Audit trail pages (Ctrl+1..3), the
// toolbar of the source (Add ▾ → Interaction Recording), search and status filter, and a
// status bar with the backend, the sync state and who is signed in.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace *workspace, SessionStore *sessions = nullptr,
                        QWidget *parent = nullptr);

    static QString profileName(const QUrl &server, const QString &username);
    // The token is gone (expired, revoked): ask for the password again.
    void signInAgain(const QUrl &server, const QString &username);

    enum Page { CustomersPage, ServicesPage, AuditPage };
    void showPage(Page page);
    Page currentPage() const;
    // Opens the onboarding wizard, with this customer preselected if given.
    void addService(const QString &customerId = {});

    QTableView *customersView() const { return m_customersView; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeCustomersPage();
    QWidget *makeServicesPage();
    QWidget *makeAuditPage();
    void refreshStatusBar();
    void refreshSummary();
    void refreshDetails();
    void refreshPermissions();
    void showCustomerMenu(const QPoint &pos);
    void exportCsv();
    void offboard(const QString &serviceId);
    void deleteCustomer(const QString &customerId);
    void retryDeploy(const QString &serviceId);
    QString selectedCustomerId() const;

    void connectToServer();

    Workspace *m_workspace;
    SessionStore *m_sessions;
    QStackedWidget *m_pages = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QToolButton *m_add = nullptr;
    QAction *m_refresh = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_customersView = nullptr;
    QTableView *m_servicesView = nullptr;
    QTableView *m_auditView = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_backendLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    StatusIconProxy *m_customerIcons = nullptr;
    QList<QAction *> m_changingActions;
};

} // namespace insights
