#pragma once

#include "domain.h"
#include "localcache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace insights {

// The services table: one row per live (non-deleted) service, optionally of one customer.
// Sync batches touch exactly their rows and never reset, so selection and scroll survive.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        TenantNameColumn,
        DomainColumn,
        CustomerColumn,
        LicenseColumn,
        UserTypeColumn,
        StorageColumn,
        ReplicaColumn,
        DeploymentColumn,
        AlarmColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        ServiceIdRole = Qt::UserRole + 1,
        CustomerIdRole,
        DeploymentStatusRole, // int(DeploymentStatus)
        HealthStatusRole      // int(HealthStatus)
    };

    explicit ServiceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces everything (one reset). Deleted services are left out.
    void load(const QList<Service> &services);
    // Applies the "service" changes of one sync batch: dataChanged, rowsInserted (at the end)
    // and rowsRemoved for exactly the rows they touch; never a reset.
    void applyChanges(const QList<CachedChange> &changes);

    // Only this customer's services; empty shows every service.
    void setCustomerFilter(const QString &customerId);
    QString customerFilter() const { return m_customerFilter; }

    // Null when the row does not exist. Valid until the model next changes.
    const Service *serviceAt(int row) const;
    // The row showing this service, or -1.
    int rowOf(const QString &serviceId) const;
    // The customer's live service, whatever the filter shows; nullptr when it has none.
    const Service *serviceOfCustomer(const QString &customerId) const;

private:
    bool matches(const Service &s) const;
    int rowOfPosition(int position) const;
    void rebuildRows();
    void rebuildIndex();
    void update(int position, const Service &s);
    void remove(int position);
    void append(const Service &s);

    QList<Service> m_services;     // every live service, in arrival order
    QHash<QString, int> m_indexOf; // service id -> position in m_services
    // Positions in m_services that pass the filter, ascending: row r shows m_services[m_rows[r]].
    QList<int> m_rows;
    QString m_customerFilter;
};

} // namespace insights
