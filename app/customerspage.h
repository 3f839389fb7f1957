#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace insights {

class CustomerDetailsView;
class StatusIconProxy;
class Workspace;

// The Customers page: the summary ("12 of 128 customers · 6 warnings"), the customers
// status table and the details of the selected customer. The details follow the selection,
// and go blank when the filter hides it.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    CustomerDetailsView *details() const { return m_details; }
    QString currentCustomerId() const { return m_current; }
    void selectCustomer(const QString &customerId);

signals:
    void currentCustomerChanged(const QString &customerId);
    // Enter or a double-click on a row.
    void customerActivated(const QString &customerId);
    void menuRequested(const QPoint &globalPos);

private:
    void refreshSummary();
    void followSelection();
    void scheduleDetails();

    Workspace *m_workspace;
    QLabel *m_summary;
    QTableView *m_table;
    StatusIconProxy *m_icons;
    CustomerDetailsView *m_details;
    QString m_current;
    QString m_beforeReset;
    bool m_detailsPending = false;
};

} // namespace insights
