#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace insights {

class StatusIconProxy;
class Workspace;

// The Services page: every service with its status icon and its customer's name, under the
// same search box and status filter as the customers table (or the deleted services alone).
class ServicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ServicesPage(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The customer of the selected service, or empty.
    QString currentCustomerId() const;
    QString currentServiceId() const;

signals:
    void currentCustomerChanged(const QString &customerId);
    void serviceActivated(const QString &customerId);
    void menuRequested(const QPoint &globalPos);

private:
    void refreshSummary();

    Workspace *m_workspace;
    QLabel *m_summary;
    QTableView *m_table;
    StatusIconProxy *m_icons;
};

} // namespace insights
