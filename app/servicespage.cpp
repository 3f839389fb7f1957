#include "servicespage.h"

#include "statusiconproxy.h"
#include "tableview.h"
#include "workspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace insights {

ServicesPage::ServicesPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_table(makeTable(QStringLiteral("servicesTable"), tr("Services"), this))
    , m_icons(new StatusIconProxy(ServiceTableModel::StatusIconRole,
                                  ServiceTableModel::StatusColumn, this))
{
    setObjectName(QStringLiteral("servicesPage"));
    setAccessibleName(tr("Services"));
    m_summary->setObjectName(QStringLiteral("servicesSummary"));
    ServiceTableModel *services = workspace->services();
    m_icons->setSourceModel(services);
    m_table->setModel(m_icons);
    fitHeaders(m_table, {110, 170, 230, 190, 140, 90, 170, 170, 150, 320, 130});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    onRowMenu(m_table, this, [this](const QPoint &at) { emit menuRequested(at); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit serviceActivated(index.data(ServiceTableModel::CustomerIdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentCustomerChanged(currentCustomerId()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit currentCustomerChanged(currentCustomerId()); });
    connect(services, &QAbstractItemModel::modelReset, this, &ServicesPage::refreshSummary);
    connect(services, &QAbstractItemModel::rowsInserted, this, &ServicesPage::refreshSummary);
    connect(services, &QAbstractItemModel::rowsRemoved, this, &ServicesPage::refreshSummary);
    connect(services, &QAbstractItemModel::dataChanged, this, &ServicesPage::refreshSummary);
    connect(services, &QAbstractItemModel::modelReset, this,
            [this] { emit currentCustomerChanged(currentCustomerId()); });
    refreshSummary();
}

QString ServicesPage::currentCustomerId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {})
               ? current.data(ServiceTableModel::CustomerIdRole).toString()
               : QString();
}

QString ServicesPage::currentServiceId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ServiceTableModel::ServiceIdRole).toString()
                             : QString();
}

void ServicesPage::refreshSummary()
{
    m_summary->setText(m_workspace->services()->summary());
}

} // namespace insights
