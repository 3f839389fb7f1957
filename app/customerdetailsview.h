#pragma once

#include <QTextBrowser>

namespace insights {

class Workspace;

// The details panel beside the customers table: the customer (creator, creation date), its
// service's state, alarms, the current operation's steps in sentences, consents, storage
// and the Quick Start link. It reads what the window already holds: the cost of showing a
// customer does not grow with the table.
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

private:
    QString html() const;

    Workspace *m_workspace;
    QString m_customerId;
};

} // namespace insights
