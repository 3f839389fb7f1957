#pragma once

#include "customertablemodel.h"
#include "domain.h"
#include "localcache.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>
#include <vector>

namespace insights {

// The services table: one row per live service (or per deleted one, under "Deleted
// services"), filtered by customer, status and search text. The live services are read in
// place from the customers table's records (one customer, at most one live service), so a
// million services cost a vector of row numbers, not a million Service objects; the few
// deleted ones are held here whole. A full Service, which the details panel and the actions
// need for the selected row only, comes from the cache on demand (serviceUpdated() tells
// when) and from the sync as it arrives, and a few thousand of them are kept.
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
    // Reads one service from wherever it is kept (the local cache) and answers later.
    using Loader = std::function<void(const QString &serviceId,
                                      std::function<void(std::optional<Service>)> done)>;

    explicit ServiceTableModel(const CustomerTableModel *records, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setLoader(Loader loader) { m_loader = std::move(loader); }
    // Replaces the deleted services (the cache's, at start).
    void loadDeleted(const QList<Service> &deleted);
    // The "service" changes of one sync batch: the deleted services and the full copies
    // kept. The live rows follow the customers table's records by themselves.
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
    // "12 services", "3 of 12 services"
    QString summary() const;

    // The row showing this service, or -1.
    int rowOf(const QString &serviceId) const;
    QString serviceIdAt(int row) const;
    // Whether the customer has a live service, whatever the filter shows (no loading).
    bool hasLiveService(const QString &customerId) const;
    // The customer's live service's id, or empty (no loading).
    QString serviceIdOfCustomer(const QString &customerId) const;
    // A service's tenant name, live or deleted; empty when unknown (no loading).
    QString tenantNameOf(const QString &serviceId) const;

    // The full service, or nullptr while it is read from the cache: serviceUpdated() follows.
    // Valid until the model next changes.
    const Service *service(const QString &serviceId) const;
    // The customer's live service, whatever the filter shows; nullptr when it has none, or
    // while it is read (then hasLiveService() is true and serviceUpdated() follows).
    const Service *serviceOfCustomer(const QString &customerId) const;

signals:
    // A full copy of this service arrived or changed (from the cache or the sync).
    void serviceUpdated(const QString &serviceId, const QString &customerId);

private:
    struct Deleted
    {
        Service service;
        QString searchKey; // case-folded tenant name, domain, short name
    };

    bool matchesLive(int record) const;
    bool matchesDeleted(const Deleted &d) const;
    // The filters both kinds of rows share; no health: a deleted service passes the status.
    bool matchesCommon(std::optional<HealthStatus> health, DeploymentStatus deployment,
                       qint64 licensesInUse, qint64 includedUsers) const;
    QString liveCell(int record, int column) const;
    void recordsTouched(const std::vector<int> &records);
    void rebuildRows();
    void refilter();
    int rowOfEntry(int entry) const;
    void keep(const Service &s) const;
    void upsertDeleted(const Service &s);
    void removeDeleted(const QString &serviceId);

    const CustomerTableModel *m_records;
    Loader m_loader;
    // Row r shows entry m_rows[r], ascending: a record of m_records for the live services,
    // an index into m_deleted under "Deleted services".
    std::vector<int> m_rows;
    std::vector<char> m_counted; // per record: counted as a live service
    int m_seen = 0;              // records looked at so far
    int m_liveCount = 0;
    QList<Deleted> m_deleted;
    QHash<QString, int> m_deletedIndex; // service id -> index in m_deleted
    // Full copies, newest in m_recent; when it is full it becomes m_older.
    mutable QHash<QString, Service> m_recent, m_older;
    mutable QSet<QString> m_loading;
    static constexpr qsizetype keptGeneration = 2048;

    QString m_customerFilter;
    QString m_foldedFilter;
    TextArena::Needle m_needle{};
    std::optional<HealthStatus> m_statusFilter;
    bool m_deletedOnly = false;
    bool m_overLicence = false;
    std::optional<DeploymentStatus> m_deploymentFilter;
};

} // namespace insights
