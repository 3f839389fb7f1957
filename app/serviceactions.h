#pragma once

#include "serviceapi.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace insights {

struct Service;
class Workspace;

// Everything an operator does to the selected customer and its service, in one place: the
// Service menu, the toolbar and both tables' context menus show these same actions. Each
// knows when it applies; a disabled one says why in its tooltip (a monitor sees them all,
// disabled: "The monitor role is read-only").
class ServiceActions : public QObject
{
    Q_OBJECT

public:
    ServiceActions(Workspace *workspace, QWidget *window);

    // The customer the actions act on (empty: nothing selected).
    void setCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }
    // Re-evaluates what applies (after a sync, a role change).
    void refresh();
    // Adds the actions, in the menu's order, with tooltips shown.
    void addTo(QMenu *menu) const;
    // Enter or a double-click on a row: its service's edit dialog, or the wizard if it has none.
    void activate(const QString &customerId);

    QAction *addService() const { return m_addService; }
    QAction *editService() const { return m_edit; }
    QAction *operators() const { return m_operators; }
    QAction *editCustomer() const { return m_editCustomer; }
    QAction *copyLink() const { return m_copyLink; }
    QAction *openLink() const { return m_openLink; }
    QAction *resendMail() const { return m_resendMail; }
    QAction *retryDeploy() const { return m_retry; }
    QAction *suspend() const { return m_suspend; }
    QAction *reactivate() const { return m_reactivate; }
    QAction *offboard() const { return m_offboard; }
    QAction *deleteCustomer() const { return m_deleteCustomer; }
    QAction *showAudit() const { return m_showAudit; }

    // Asked before an action that cannot be undone; replaceable so tests need no modal box.
    // Asks before an action; a destructive one's box defaults to No, the others' to Yes.
    enum class Risk { Safe, Destructive };
    std::function<bool(const QString &title, const QString &text, Risk risk)> confirm;
    // What offboarding does with the recordings, or nothing when canceled; replaceable for
    // tests (by default the OffboardDialog).
    std::function<std::optional<Recordings>(const Service &)> chooseOffboarding;
    // Where a failed request is told; replaceable for tests.
    std::function<void(const QString &title, const QString &message)> report;

signals:
    void addServiceRequested(const QString &customerId);
    // A change went to the server: the window syncs at once.
    void changed();
    // What was done, in a sentence for the status bar ("Saved Contoso-EU.").
    void done(const QString &message);
    // Mails of this customer's service were queued (the details panel shows them).
    void mailsQueued(const QString &customerId);
    // Show audit trail: the Audit page, filtered to this customer and its service.
    void auditRequested(const QString &customerId, const QString &serviceId);

private:
    QAction *make(const QString &text, const QString &objectName, void (ServiceActions::*run)());
    void setState(QAction *action, bool enabled, const QString &why);
    // A copy: a confirmation runs the event loop, and the model may change meanwhile.
    std::optional<Service> service() const;
    QString customerName() const;

    void runAddService();
    void runEdit();
    void runOperators();
    void runEditCustomer();
    void runCopyLink();
    void runOpenLink();
    void runResendMail();
    // serviceactionsflows.cpp: what changes the service's state.
    void runRetry();
    void runSuspend();
    void runReactivate();
    void runOffboard();
    void runDeleteCustomer();

    Workspace *m_workspace;
    QWidget *m_window;
    QString m_customerId;
    QList<QAction *> m_all;
    QAction *m_addService;
    QAction *m_edit;
    QAction *m_operators;
    QAction *m_editCustomer;
    QAction *m_copyLink;
    QAction *m_openLink;
    QAction *m_resendMail;
    QAction *m_retry;
    QAction *m_suspend;
    QAction *m_reactivate;
    bool m_activatePending = false; // activate() waits for the service from the cache
    QAction *m_offboard;
    QAction *m_deleteCustomer;
    QAction *m_showAudit;
};

} // namespace insights
