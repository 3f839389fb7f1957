#include "customerspage.h"

#include "customerdetailsview.h"
#include "statusiconproxy.h"
#include "tableview.h"
#include "workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace insights {

CustomersPage::CustomersPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_table(makeTable(QStringLiteral("customersTable"), tr("Customers"), this))
    , m_icons(new StatusIconProxy(CustomerTableModel::StatusIconRole,
                                  CustomerTableModel::StatusColumn, this))
    , m_details(new CustomerDetailsView(workspace, this))
{
    setObjectName(QStringLiteral("customersPage"));
    setAccessibleName(tr("Customers"));
    m_summary->setObjectName(QStringLiteral("customersSummary"));
    CustomerTableModel *customers = workspace->customers();
    m_icons->setSourceModel(customers);
    m_table->setModel(m_icons);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    fitHeaders(m_table, {125, 190, 150, 230, 110, 140, 100, 170, 140, 320, 130, 90});
    m_details->setMinimumWidth(300);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("customersSplitter"));
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    onRowMenu(m_table, this, [this](const QPoint &at) { emit menuRequested(at); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit customerActivated(index.data(CustomerTableModel::CustomerIdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::followSelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::followSelection);
    // A filter resets the model: keep the same customer selected if it is still shown.
    connect(customers, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_beforeReset = m_current; });
    connect(customers, &QAbstractItemModel::modelReset, this, [this] {
        selectCustomer(m_beforeReset);
        followSelection();
    });
    connect(customers, &QAbstractItemModel::rowsRemoved, this, &CustomersPage::followSelection);
    connect(customers, &CustomerTableModel::countsChanged, this, &CustomersPage::refreshSummary);
    // The details are redrawn only for a change of the customer they show, once per batch.
    auto touches = [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, int role) {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            if (topLeft.sibling(row, 0).data(role).toString() == m_current)
                return true;
        }
        return false;
    };
    connect(customers, &QAbstractItemModel::dataChanged, this,
            [this, touches](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!m_current.isEmpty() &&
                    touches(topLeft, bottomRight, CustomerTableModel::CustomerIdRole)) {
                    m_details->reloadDescription(); // the customer itself may have changed
                    scheduleDetails();
                }
            });
    connect(workspace->services(), &QAbstractItemModel::dataChanged, this,
            [this, touches](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!m_current.isEmpty() &&
                    touches(topLeft, bottomRight, ServiceTableModel::CustomerIdRole))
                    scheduleDetails();
            });
    // The selected customer's whole service came from the cache, or the sync changed it.
    connect(workspace->services(), &ServiceTableModel::serviceUpdated, this,
            [this](const QString &, const QString &customerId) {
                if (customerId == m_current)
                    scheduleDetails();
            });
    connect(workspace, &Workspace::operationsChanged, this, &CustomersPage::scheduleDetails);
    refreshSummary();
}

void CustomersPage::selectCustomer(const QString &customerId)
{
    const int row = customerId.isEmpty() ? -1 : m_workspace->customers()->rowOf(customerId);
    if (row < 0) {
        m_table->selectionModel()->clearCurrentIndex();
        m_table->clearSelection();
        return;
    }
    m_table->setCurrentIndex(m_icons->index(row, CustomerTableModel::CustomerColumn));
}

void CustomersPage::followSelection()
{
    const QModelIndex current = m_table->currentIndex();
    // The selected row: a view may make a row current without selecting it (on focus), and
    // the details must follow what is highlighted. A click makes a row current before it
    // selects it, so the selection's own signal calls this again.
    const bool selected =
        current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {});
    const QString id =
        selected ? current.data(CustomerTableModel::CustomerIdRole).toString() : QString();
    if (id == m_current)
        return;
    m_current = id;
    m_details->showCustomer(id);
    emit currentCustomerChanged(id);
}

void CustomersPage::scheduleDetails()
{
    if (m_detailsPending)
        return;
    m_detailsPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_detailsPending = false;
            m_details->refresh();
        },
        Qt::QueuedConnection);
}

void CustomersPage::refreshSummary()
{
    const CustomerTableModel *customers = m_workspace->customers();
    m_summary->setText(customers->totalCount() == 0
                           ? tr("No customers yet. Use Add ▾ → Interaction Recording (Ctrl+N) "
                                "to onboard the first one.")
                           : customers->summary());
}

} // namespace insights
