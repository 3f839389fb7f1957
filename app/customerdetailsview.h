#pragma once

#include "domain.h"

#include <QTextBrowser>
#include <QTimer>

namespace insights {

class Workspace;

// The details panel beside the customers table: the customer (creator, creation date), its
// service's state, alarms, the current operation's steps in sentences, consents, storage
// and the Quick Start link. It reads what the window already holds: the cost of showing a
// customer does not grow with the table. Only the service's mails come from the server (the
// outbox is not in the change feed): asked for when the customer or its state changes, and
// again every few seconds while one is pending.
class CustomerDetailsView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CustomerDetailsView(Workspace *workspace, QWidget *parent = nullptr);

    // Empty: nothing selected (or the filter hides the selection).
    void showCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }
    // Redraws the customer shown, if anything of it may have changed.
    void refresh();
    // Asks the server for the shown service's mails again (one was just queued).
    void reloadMails();
    // Asks the server for the shown service's own storage locations again (BYOS on).
    void reloadOwnStorage();
    // Reads the shown customer's description from the cache again (it changed).
    void reloadDescription();
    // True while the mails of the shown service are being fetched.
    bool isLoadingMails() const { return m_mailsLoading; }

private:
    QString html() const;
    QString mailsHtml() const;
    QString ownStorageHtml() const;
    // Licences in use against the included users, as a bar; the storage used.
    QString usageHtml(const Service &s) const;

    Workspace *m_workspace;
    QString m_customerId;
    // The mails of the shown customer's service, as the server last said.
    QString m_mailsService;
    int m_mailsStatus = -1; // the service's deployment status when they were read
    QList<OutboxMail> m_mails;
    QString m_mailsProblem;
    bool m_mailsLoaded = false;
    QString m_description; // the selected customer's, from the cache
    bool m_mailsLoading = false;
    QTimer m_mailPoll;
    // The shown service's own storage (BYOS), as the server last said.
    QString m_byosService;
    QDateTime m_byosStamp; // the service's updatedAt when they were read
    QList<ByosLocation> m_byos;
    bool m_byosLoaded = false;
};

} // namespace insights
