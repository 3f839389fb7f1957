#pragma once

#include "customerrow.h"
#include "domain.h"
#include "localcache.h"
#include "textarena.h"

#include <QAbstractTableModel>
#include <QHash>

#include <array>
#include <optional>
#include <vector>

namespace insights {

// The customers status table: one row per customer with its service's tenant, licence,
// storage, deployment state and alarm. Built for 100,000 rows and usable at 1,000,000, in
// the manner of Wireshark's packet list: no proxy model; the model keeps every record, text
// in two shared arenas, and vectors of row numbers that it sorts and filters itself.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        CustomerColumn,
        TenantNameColumn,
        DomainColumn,
        ShortNameColumn,
        LicenseColumn,
        IncludedUsersColumn,
        StorageColumn,
        DeploymentColumn,
        AlarmColumn,
        CreatedColumn,
        CreatedByColumn,
        ColumnCount
    };
    enum Role {
        CustomerIdRole = Qt::UserRole + 1,
        ServiceIdRole,
        HealthStatusRole,     // int(HealthStatus)
        DeploymentStatusRole, // int(DeploymentStatus), or -1 without a service
        StatusIconRole,       // resource name of the status icon
        SortKeyRole
    };

    explicit CustomerTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces everything (one reset).
    void load(const QList<Customer> &customers, const QList<Service> &services);
    void load(const std::vector<CustomerRow> &rows);
    // Loading in slices, for large caches: clear(), then appendRows() for each slice (rows
    // appear at the end as they come), then finishLoading() sorts once.
    void clear();
    // Room for this many customers, so a large load never reallocates the records.
    void reserve(int customers);
    void appendRows(const std::vector<CustomerRow> &rows);
    void finishLoading();
    // Applies one sync batch: dataChanged, rowsInserted and rowsRemoved for exactly the rows
    // it touches; never a reset, so selection and scroll position survive.
    void applyChanges(const QList<CachedChange> &changes);

    // Case-insensitive text in the customer, tenant name, domain or short name.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    void setStatusFilter(std::optional<HealthStatus> status);

signals:
    // The total, the per-status counts or the visible count changed.
    void countsChanged();

public:
    int totalCount() const { return m_liveCount; }
    // The rows that pass the filters.
    int visibleCount() const { return int(m_visible.size()); }
    // Kept as rows change, so asking costs nothing at a million rows.
    int countWithStatus(HealthStatus status) const;
    // "128 customers · 6 warnings · 1 error", or "12 of 128 customers · …" under a filter.
    QString summary() const;
    // The customer's display name, whatever the filter shows; empty when unknown.
    QString displayName(const QString &customerId) const;
    // The row showing this customer, or -1.
    int rowOf(const QString &customerId) const;
    QString customerIdAt(int row) const;
    // Every customer without a live service, whatever the filter shows: the wizard's choices.
    QList<std::pair<QString, QString>> customersWithoutService() const;

private:
    using Text = TextArena::Span;
    struct Record
    {
        Text customerId, displayName, tenantName, domain, shortName, alarm, createdBy, serviceId;
        // The searchable columns case-folded, joined by line breaks into one span of the
        // search arena (searchKey), so a filter runs one search per record; the four
        // sub-spans, for sorting, point into it.
        Text searchKey, foldedName, foldedTenant, foldedDomain, foldedShort;
        qint64 createdAtMs = 0;
        qint32 includedUsers = 0;
        qint8 health = qint8(HealthStatus::NotOnboarded);
        qint8 deployment = -1;
        qint8 userType = -1;
        qint8 storage = -1; // index into StorageLocations::builtIn().all()
        bool alive = false;
    };

    Text store(const QString &s);
    Text storeSearchText(const QString &folded);
    QStringView view(Text t) const;
    QStringView folded(Text t) const;
    void setCustomer(Record &r, const CustomerRow &row);
    void setService(Record &r, const CustomerRow &row);
    void rebuildSearchKey(Record &r);
    bool matches(const Record &r) const;
    bool less(int a, int b) const;
    int compareKeys(const Record &a, const Record &b) const;
    void rebuildVisible(bool narrowing);
    // Sorts m_order by the current column and order.
    void sortOrderVector();
    // Removes record i from the ordered vectors (with beginRemoveRows when visible).
    void detach(int i);
    // Puts record i back at its sorted place (with beginInsertRows when it passes the filter).
    void attach(int i);
    int newRecord(const QString &customerId);
    void compactArenasIfWasteful();

    TextArena m_arena;       // display text of every record
    TextArena m_searchArena; // case-folded searchable text
    qsizetype m_liveText = 0;
    std::vector<Record> m_records; // reserve() before a large load: no copy while growing
    std::vector<int> m_order;      // every live record, in sort order
    std::vector<int> m_visible;    // those passing the filters, in sort order
    QHash<QString, int> m_byCustomer;
    // Services that arrived before their customer (a compacted feed orders by last change).
    QHash<QString, CustomerRow> m_waitingServices;
    int m_liveCount = 0;
    std::array<int, 5> m_healthCount{}; // live records per HealthStatus
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;       // as typed
    QString m_foldedFilter; // case-folded
    std::optional<HealthStatus> m_statusFilter;
};

} // namespace insights
