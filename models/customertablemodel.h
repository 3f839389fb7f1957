#pragma once

#include "customerrow.h"
#include "domain.h"
#include "localcache.h"
#include "recordindex.h"
#include "textarena.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QThread>

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
        // Usage (api.md 1.1), last so a header layout saved before them still fits.
        LicencesColumn,    // "87 / 100": in use of the included users
        StorageUsedColumn, // the storage scan's total
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
    ~CustomerTableModel() override; // waits for a sort still running

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Small tables sort at once; from sortInBackgroundFrom() rows on, the keys are copied and
    // sorted on a worker thread, and the result comes back as one layoutChanged (selection
    // kept) followed by sorted(). Rows changed meanwhile are merged into the result.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSortInBackgroundFrom(int rows) { m_backgroundSortFrom = rows; }

    // Replaces everything (one reset; sorts at once, whatever the size).
    void load(const QList<Customer> &customers, const QList<Service> &services);
    void load(const std::vector<CustomerRow> &rows);
    // Loading in slices, for large caches: clear(), then appendRows() for each slice (rows
    // appear at the end as they come), then finishLoading() sorts once (in the background
    // for a large table).
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
    // Only the customers whose service uses more licences than it includes.
    void setOverLicenceOnly(bool on);
    bool overLicenceOnly() const { return m_overLicence; }
    // Only the customers whose service is in this deployment state (the filter's "Suspended").
    void setDeploymentFilter(std::optional<DeploymentStatus> state);

    // True from sort() until its result is applied.
    bool isSorting() const { return m_sorting; }

    // What the services table reads of a record. ServiceTableModel shows the live services
    // straight from these records, so a million services cost no second copy.
    struct ServiceFacts
    {
        QAnyStringView serviceId, customerId, customerName, tenantName, domain, shortName, alarm,
            replicaRegion;
        qint64 createdAtMs = 0;
        qint32 includedUsers = 0;
        qint32 licensesInUse = -1; // -1: not reported
        qint8 health = -1;         // the service's own status
        qint8 deployment = -1;
        qint8 userType = -1;
        qint8 storage = -1; // index into StorageLocations::builtIn().all()
    };
    // Records are numbered in arrival order and never move until the next load (a reset); a
    // deleted customer's record stays, no longer alive.
    int recordCount() const { return int(m_records.size()); }
    // An alive customer with a live (not deleted) service.
    bool hasLiveService(int record) const;
    ServiceFacts serviceFacts(int record) const;
    // Whether the case-folded text is in the record's customer name, tenant name, domain or
    // short name: the customers filter's rule, for the services table too.
    bool searchMatches(int record, const TextArena::Needle &folded) const;
    // -1 when unknown.
    int recordOfCustomer(QAnyStringView customerId) const { return m_byCustomer.value(customerId); }
    int recordOfService(QAnyStringView serviceId) const { return m_byService.value(serviceId); }

signals:
    // The total, the per-status counts or the visible count changed.
    void countsChanged();
    // A sort() is applied (after its layoutChanged).
    void sorted();
    // Records a sync batch or a load slice changed or added, after the rows' own signals.
    void recordsTouched(const std::vector<int> &records);
    // load() numbered the records afresh (a filter's reset keeps them: no signal).
    void recordsReloaded();

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
    // Marks a span of m_sharedArena (the arenas stay far below 2^31 characters).
    static constexpr quint32 sharedBit = 0x80000000u;
    // What a span adds to the text that compaction would keep (shared text never goes).
    static quint32 liveLength(Text t) { return t.offset & sharedBit ? 0 : t.length; }
    struct Record
    {
        // alarm and createdBy repeat across customers: they are kept once (sharedText).
        // replica (a region id) repeats too.
        Text customerId, displayName, tenantName, domain, shortName, alarm, createdBy, serviceId,
            replica;
        // The searchable columns case-folded, joined by line breaks into one span of the
        // search arena, so a filter runs one search per record; the four parts' lengths
        // find each part again, for sorting.
        Text searchKey;
        quint16 foldedLength[4] = {};
        qint64 createdAtMs = 0;
        qint32 includedUsers = 0;
        qint32 licensesInUse = -1; // -1: not reported
        qint64 storageBytes = -1;  // -1: not measured
        qint64 serviceCreatedAtMs = 0;
        qint8 health = qint8(HealthStatus::NotOnboarded);
        qint8 deployment = -1;
        qint8 userType = -1;
        qint8 storage = -1; // index into StorageLocations::builtIn().all()
        qint8 serviceHealth = -1;
        bool alive = false;
    };
    // What a sort needs, copied from the records so a worker can sort while they change.
    struct SortJob;

    Text store(const QString &s);
    Text storeShared(const QString &s);
    Text storeSearchText(const QString &folded);
    QAnyStringView view(Text t) const;
    QAnyStringView folded(Text t) const;
    // Part k of the record's search key (0 name, 1 tenant, 2 domain, 3 short name).
    QAnyStringView foldedPart(const Record &r, int k) const;
    static Text foldedPartSpan(const Record &r, int k);
    void setCustomer(Record &r, const CustomerRow &row);
    void setService(Record &r, const CustomerRow &row);
    void rebuildSearchKey(Record &r);
    bool matches(const Record &r) const;
    bool less(int a, int b) const;
    int compareKeys(const Record &a, const Record &b) const;
    void rebuildVisible(bool narrowing);
    // Sorts m_order by the current column and order, on this thread.
    void sortOrderVector();
    SortJob sortJob(int column, Qt::SortOrder order) const;
    // Takes a sorted copy of m_order (of generation `generation`) as the new order.
    void applySorted(int generation, int column, Qt::SortOrder order, std::vector<int> result);
    // A record whose keys change while a background sort runs.
    void touched(int i);
    // Removes record i from the ordered vectors (with beginRemoveRows when visible).
    void detach(int i);
    // Puts record i back at its sorted place (with beginInsertRows when it passes the filter).
    void attach(int i);
    int newRecord(const QString &customerId);
    void compactArenasIfWasteful();
    // Moves a shown row whose sort key changed to its sorted place (applyChanges).
    void moveVisibleRow(int oldRow, int record);

    TextArena m_arena;       // display text of every record
    TextArena m_sharedArena; // display text many records share, kept once and never freed
    QHash<QString, Text> m_shared;
    TextArena m_searchArena; // case-folded searchable text
    qsizetype m_liveText = 0;
    std::vector<Record> m_records; // reserve() before a large load: no copy while growing
    std::vector<int> m_order;      // every live record, in sort order
    std::vector<int> m_visible;    // those passing the filters, in sort order
    RecordIndex m_byCustomer;      // customer id -> record
    RecordIndex m_byService;       // live service id -> record (alive records only)
    // Services that arrived before their customer (a compacted feed orders by last change).
    QHash<QString, CustomerRow> m_waitingServices;
    int m_liveCount = 0;
    std::array<int, 5> m_healthCount{}; // live records per HealthStatus
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_filter;             // as typed
    QString m_foldedFilter;       // case-folded
    TextArena::Needle m_needle{}; // the same, to search the arena with
    std::optional<HealthStatus> m_statusFilter;
    bool m_overLicence = false;
    qint8 m_deploymentFilter = -1;
    bool m_sorting = false;
    int m_backgroundSortFrom = 20000;
    int m_pendingSortColumn = -1;
    Qt::SortOrder m_pendingSortOrder = Qt::AscendingOrder;
    int m_sortGeneration = 0;
    std::vector<int> m_touchedWhileSorting;
    // While a large sync batch is applied: no row signals, one layout change at the end.
    bool m_quietRows = false;
    static constexpr qsizetype layoutBatchSize = 16;
    QThread m_sortThread;
    QObject *m_sortWorker = nullptr; // lives on m_sortThread
};

} // namespace insights
