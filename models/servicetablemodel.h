#pragma once

#include "domain.h"
#include "localcache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace insights {

// The services table: one row per live service (or per deleted one, under "Deleted
// services"), filtered by customer, status and search text. Sync batches touch exactly
// their rows and never reset, so selection and scroll survive.
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
        HealthStatusRole,     // int(HealthStatus)
        StatusIconRole        // resource name of the status icon
    };
    using NameOf = std::function<QString(const QString &customerId)>;

    explicit ServiceTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces everything (one reset).
    void load(const QList<Service> &services);
    // Loading in slices (a large cache): load({}), then this for each slice; a service a
    // sync already brought is skipped, its copy being newer.
    void appendLoaded(const QList<Service> &services, qsizetype from, qsizetype count);
    // Applies the "service" changes of one sync batch: dataChanged, rowsInserted (at the end)
    // and rowsRemoved for exactly the rows they touch; never a reset.
    void applyChanges(const QList<CachedChange> &changes);

    // Only this customer's services; empty shows every service.
    void setCustomerFilter(const QString &customerId);
    QString customerFilter() const { return m_customerFilter; }
    // Case-insensitive text in the tenant name, domain, short name or customer name.
    void setFilterText(const QString &text);
    void setStatusFilter(std::optional<HealthStatus> status);
    // Only the deleted services instead of the live ones.
    void setDeletedOnly(bool deleted);
    bool deletedOnly() const { return m_deletedOnly; }
    // Only services that use more licences than they include.
    void setOverLicenceOnly(bool on);
    // Only services in this deployment state (the filter's "Suspended").
    void setDeploymentFilter(std::optional<DeploymentStatus> state);
    // Where the Customer column finds a customer's name (else it shows the id).
    void setCustomerNames(NameOf customerName);
    // "12 services", "3 of 12 services"
    QString summary() const;

    // Null when the row does not exist. Valid until the model next changes.
    const Service *serviceAt(int row) const;
    // The row showing this service, or -1.
    int rowOf(const QString &serviceId) const;
    // The customer's live service, whatever the filter shows; nullptr when it has none.
    const Service *serviceOfCustomer(const QString &customerId) const;
    // Any service by id, deleted ones too; nullptr when unknown.
    const Service *service(const QString &serviceId) const;

private:
    bool matches(const Service &s, const QString &key) const;
    QString searchKey(const Service &s) const;
    int rowOfPosition(int position) const;
    void rebuildRows();
    void refilter();
    void noteLive(int position);
    int countOf(bool deleted) const;
    void rebuildIndex();
    void update(int position, const Service &s);
    void remove(int position);
    void append(const Service &s);

    QList<Service> m_services;     // every service, deleted ones too, in arrival order
    QHash<QString, int> m_indexOf; // service id -> position in m_services
    // Positions in m_services that pass the filter, ascending: row r shows m_services[m_rows[r]].
    QList<int> m_rows;
    QString m_customerFilter;
    QString m_foldedFilter;
    std::optional<HealthStatus> m_statusFilter;
    bool m_deletedOnly = false;
    bool m_overLicence = false;
    std::optional<DeploymentStatus> m_deploymentFilter;
    NameOf m_customerName;
    QHash<QString, int> m_liveOf; // customer id -> position of its live service
    QList<QString> m_keys;        // per position: the searched text, case-folded
    int m_deletedCount = 0;       // kept as services change: the summary costs nothing
};

} // namespace insights
