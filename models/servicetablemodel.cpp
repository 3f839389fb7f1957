#include "servicetablemodel.h"

#include "statustext.h"

#include "lifecycle.h"
#include "storagelocations.h"

#include <QDateTime>

#include <algorithm>

// The table itself: rows, cells and filters. The deleted services and the full copies kept
// for the selected rows are in servicetablecopies.cpp.
namespace insights {

namespace {

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
                        QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

} // namespace

ServiceTableModel::ServiceTableModel(const CustomerTableModel *records, QObject *parent)
    : QAbstractTableModel(parent)
    , m_records(records)
{
    // A load of the customers table renumbers its records: start over from them. (Its
    // filter resets it too, but keeps the records: nothing to do then.)
    connect(records, &CustomerTableModel::recordsReloaded, this, [this] {
        m_counted.assign(std::size_t(m_records->recordCount()), 0);
        m_liveCount = 0;
        for (int r = 0; r < m_records->recordCount(); ++r) {
            m_counted[std::size_t(r)] = m_records->hasLiveService(r);
            m_liveCount += m_counted[std::size_t(r)];
        }
        m_seen = m_records->recordCount();
        refilter();
    });
    connect(records, &CustomerTableModel::recordsTouched, this, &ServiceTableModel::recordsTouched);
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ServiceTableModel::liveCell(int record, int column) const
{
    const CustomerTableModel::ServiceFacts f = m_records->serviceFacts(record);
    switch (column) {
    case StatusColumn:
        return StatusText::health(HealthStatus(f.health));
    case TenantNameColumn:
        return f.tenantName.toString();
    case DomainColumn:
        return f.domain.toString();
    case CustomerColumn:
        return f.customerName.toString();
    case LicenseColumn:
        return f.userType < 0 ? QString() : Lifecycle::licenseType(UserType(f.userType));
    case UserTypeColumn:
        return f.userType < 0 ? QString() : StatusText::userType(UserType(f.userType));
    case StorageColumn:
        return f.storage < 0 ? QString() : StorageLocations::builtIn().all().at(f.storage).region;
    case ReplicaColumn:
        return f.replicaRegion.isEmpty()
                   ? QString()
                   : StorageLocations::builtIn().regionName(f.replicaRegion.toString());
    case DeploymentColumn:
        return f.deployment < 0 ? QString()
                                : StatusText::deployment(DeploymentStatus(f.deployment));
    case AlarmColumn:
        return f.alarm.toString();
    case CreatedColumn:
        return timeText(f.createdAtMs);
    }
    return {};
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= int(m_rows.size()) ||
        index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const int entry = m_rows[std::size_t(index.row())];
    if (m_deletedOnly) {
        const Service &s = m_deleted.at(entry).service;
        const TenantSettings &t = s.settings.tenant;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            switch (index.column()) {
            case StatusColumn:
            case DeploymentColumn:
                return StatusText::deployment(s.deploymentStatus);
            case TenantNameColumn:
                return t.name;
            case DomainColumn:
                return t.domain;
            case CustomerColumn: {
                // Once a customer is deleted only its offboarded service remembers it.
                const QString name = m_records->displayName(s.customerId);
                return name.isEmpty() ? tr("(deleted customer)") : name;
            }
            case LicenseColumn:
                return Lifecycle::licenseType(t.userType);
            case UserTypeColumn:
                return StatusText::userType(t.userType);
            case StorageColumn:
                return StorageLocations::builtIn().regionName(t.storageLocation);
            case ReplicaColumn:
                return s.storage.replica
                           ? StorageLocations::builtIn().regionName(s.storage.replica->region)
                           : QString();
            case AlarmColumn:
                return Lifecycle::alarmSummary(Lifecycle::localisedAlarms(s));
            case CreatedColumn:
                return timeText(s.createdAt.isValid() ? s.createdAt.toMSecsSinceEpoch() : 0);
            }
            return {};
        case ServiceIdRole:
            return s.id;
        case CustomerIdRole:
            return s.customerId;
        case DeploymentStatusRole:
            return int(s.deploymentStatus);
        case HealthStatusRole:
            return int(s.status());
        case StatusIconRole:
            return QStringLiteral("status-deleted");
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return liveCell(entry, index.column());
    case ServiceIdRole:
        return m_records->serviceFacts(entry).serviceId.toString();
    case CustomerIdRole:
        return m_records->serviceFacts(entry).customerId.toString();
    case DeploymentStatusRole:
        return int(m_records->serviceFacts(entry).deployment);
    case HealthStatusRole:
        return int(m_records->serviceFacts(entry).health);
    case StatusIconRole:
        return StatusText::iconName(HealthStatus(m_records->serviceFacts(entry).health));
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TenantNameColumn:
        return tr("Tenant name");
    case DomainColumn:
        return tr("Domain");
    case CustomerColumn:
        return tr("Customer");
    case LicenseColumn:
        return tr("Licence type");
    case UserTypeColumn:
        return tr("User type");
    case StorageColumn:
        return tr("Storage location");
    case ReplicaColumn:
        return tr("Replica region");
    case DeploymentColumn:
        return tr("Deployment status");
    case AlarmColumn:
        return tr("Alarm");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

bool ServiceTableModel::matchesCommon(std::optional<HealthStatus> health,
                                      DeploymentStatus deployment, qint64 licensesInUse,
                                      qint64 includedUsers) const
{
    if (m_statusFilter && health && *health != *m_statusFilter)
        return false;
    if (m_overLicence && licensesInUse <= includedUsers)
        return false;
    return !m_deploymentFilter || deployment == *m_deploymentFilter;
}

bool ServiceTableModel::matchesLive(int record) const
{
    if (!m_records->hasLiveService(record))
        return false;
    const CustomerTableModel::ServiceFacts f = m_records->serviceFacts(record);
    if (!m_customerFilter.isEmpty() && f.customerId != m_customerFilter)
        return false;
    return matchesCommon(HealthStatus(f.health), DeploymentStatus(f.deployment), f.licensesInUse,
                         f.includedUsers) &&
           m_records->searchMatches(record, m_needle);
}

bool ServiceTableModel::matchesDeleted(const Deleted &d) const
{
    const Service &s = d.service;
    if (!m_customerFilter.isEmpty() && s.customerId != m_customerFilter)
        return false;
    // A deleted service has no health to filter by.
    if (!matchesCommon(std::nullopt, s.deploymentStatus, s.usage.licensesInUse.value_or(0),
                       s.settings.tenant.includedUsers))
        return false;
    return m_foldedFilter.isEmpty() || d.searchKey.contains(m_foldedFilter) ||
           m_records->displayName(s.customerId).toCaseFolded().contains(m_foldedFilter);
}

int ServiceTableModel::rowOfEntry(int entry) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), entry);
    return it != m_rows.cend() && *it == entry ? int(it - m_rows.cbegin()) : -1;
}

int ServiceTableModel::rowOf(const QString &serviceId) const
{
    if (m_deletedOnly) {
        const int k = m_deletedIndex.value(serviceId, -1);
        return k < 0 ? -1 : rowOfEntry(k);
    }
    const int record = m_records->recordOfService(serviceId);
    return record < 0 ? -1 : rowOfEntry(record);
}

QString ServiceTableModel::serviceIdAt(int row) const
{
    return index(row, 0).data(ServiceIdRole).toString();
}

void ServiceTableModel::rebuildRows()
{
    m_rows.clear();
    if (m_deletedOnly) {
        for (int k = 0; k < int(m_deleted.size()); ++k) {
            if (matchesDeleted(m_deleted.at(k)))
                m_rows.push_back(k);
        }
        return;
    }
    if (!m_customerFilter.isEmpty()) { // one customer, at most one live service
        const int record = m_records->recordOfCustomer(m_customerFilter);
        if (record >= 0 && matchesLive(record))
            m_rows.push_back(record);
        return;
    }
    m_rows.reserve(std::size_t(m_liveCount));
    for (int r = 0; r < m_seen; ++r) {
        if (matchesLive(r))
            m_rows.push_back(r);
    }
}

void ServiceTableModel::refilter()
{
    beginResetModel();
    rebuildRows();
    endResetModel();
}

void ServiceTableModel::recordsTouched(const std::vector<int> &records)
{
    const int count = m_records->recordCount();
    if (int(m_counted.size()) < count)
        m_counted.resize(std::size_t(count), 0);
    std::vector<int> changed, added;
    // A batch may touch a record twice (a new customer, then its service).
    std::vector<int> unique(records);
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (int r : unique) {
        const char live = m_records->hasLiveService(r);
        if (live != m_counted[std::size_t(r)]) {
            m_liveCount += live ? 1 : -1;
            m_counted[std::size_t(r)] = live;
        }
        (r < m_seen ? changed : added).push_back(r);
    }
    m_seen = count;
    if (m_deletedOnly)
        return; // the rows are the deleted services: a live one never shows there
    // A view pays for every row signal in proportion to the table: many rows changed are
    // told as one layout change.
    // Rows that only change their cells need no layout change, however many.
    const bool moves = std::any_of(changed.cbegin(), changed.cend(), [this](int r) {
        return (rowOfEntry(r) >= 0) != matchesLive(r);
    });
    const bool asLayout = moves && changed.size() >= 16;
    QModelIndexList before;
    std::vector<int> entryOf;
    if (asLayout) {
        emit layoutAboutToBeChanged();
        before = persistentIndexList();
        for (const QModelIndex &p : std::as_const(before))
            entryOf.push_back(p.row() < int(m_rows.size()) ? m_rows[std::size_t(p.row())] : -1);
    }
    for (int r : changed) {
        const int row = rowOfEntry(r);
        const bool show = matchesLive(r);
        if (row >= 0 && show) {
            if (!asLayout)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (row >= 0) {
            if (!asLayout)
                beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            if (!asLayout)
                endRemoveRows();
        } else if (show) {
            const int at =
                int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), r) - m_rows.cbegin());
            if (!asLayout)
                beginInsertRows({}, at, at);
            m_rows.insert(m_rows.begin() + at, r);
            if (!asLayout)
                endInsertRows();
        }
    }
    if (asLayout) {
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k) {
            const int row = entryOf[std::size_t(k)] < 0 ? -1 : rowOfEntry(entryOf[std::size_t(k)]);
            after << (row < 0 ? QModelIndex() : index(row, before[k].column()));
        }
        changePersistentIndexList(before, after);
        emit layoutChanged();
    }
    // New records come after every record seen: their rows go at the end, in one signal.
    std::vector<int> shown;
    for (int r : added) {
        if (matchesLive(r))
            shown.push_back(r);
    }
    if (shown.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(shown.size()) - 1);
    m_rows.insert(m_rows.end(), shown.begin(), shown.end());
    endInsertRows();
}

void ServiceTableModel::setFilterText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_foldedFilter)
        return;
    m_foldedFilter = folded;
    m_needle = TextArena::Needle(folded);
    refilter();
}

void ServiceTableModel::setStatusFilter(std::optional<HealthStatus> status)
{
    if (status == m_statusFilter)
        return;
    m_statusFilter = status;
    refilter();
}

void ServiceTableModel::setDeletedOnly(bool deleted)
{
    if (deleted == m_deletedOnly)
        return;
    m_deletedOnly = deleted;
    refilter();
}

void ServiceTableModel::setOverLicenceOnly(bool on)
{
    if (on == m_overLicence)
        return;
    m_overLicence = on;
    refilter();
}

void ServiceTableModel::setDeploymentFilter(std::optional<DeploymentStatus> state)
{
    if (state == m_deploymentFilter)
        return;
    m_deploymentFilter = state;
    refilter();
}

void ServiceTableModel::setCustomerFilter(const QString &customerId)
{
    if (customerId == m_customerFilter)
        return;
    m_customerFilter = customerId;
    refilter();
}

QString ServiceTableModel::summary() const
{
    const int total = m_deletedOnly ? int(m_deleted.size()) : m_liveCount;
    const int shown = int(m_rows.size());
    const QString of =
        m_deletedOnly
            ? (total == 1 ? tr("1 deleted service") : tr("%1 deleted services").arg(total))
            : (total == 1 ? tr("1 service") : tr("%1 services").arg(total));
    return shown == total ? of : tr("%1 of %2").arg(shown).arg(of);
}

} // namespace insights
