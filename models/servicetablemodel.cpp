#include "servicetablemodel.h"

#include "statustext.h"

#include "domainjson.h"
#include "lifecycle.h"
#include "storagelocations.h"

#include <algorithm>

namespace insights {

namespace {

bool isDeleted(const Service &s)
{
    return s.deploymentStatus == DeploymentStatus::Deleted;
}

QString cellText(const Service &s, int column, const ServiceTableModel::NameOf &customerName)
{
    const TenantSettings &t = s.settings.tenant;
    switch (column) {
    case ServiceTableModel::StatusColumn:
        return s.deploymentStatus == DeploymentStatus::Deleted
                   ? StatusText::deployment(s.deploymentStatus)
                   : StatusText::health(s.status());
    case ServiceTableModel::TenantNameColumn:
        return t.name;
    case ServiceTableModel::DomainColumn:
        return t.domain;
    case ServiceTableModel::CustomerColumn:
        if (customerName) {
            const QString name = customerName(s.customerId);
            // Once a customer is deleted only its offboarded service remembers it.
            return name.isEmpty() ? ServiceTableModel::tr("(deleted customer)") : name;
        }
        return s.customerId;
    case ServiceTableModel::LicenseColumn:
        return Lifecycle::licenseType(t.userType);
    case ServiceTableModel::UserTypeColumn:
        return StatusText::userType(t.userType);
    case ServiceTableModel::StorageColumn:
        return StorageLocations::builtIn().regionName(t.storageLocation);
    case ServiceTableModel::ReplicaColumn:
        return s.storage.replica ? StorageLocations::builtIn().regionName(s.storage.replica->region)
                                 : QString();
    case ServiceTableModel::DeploymentColumn:
        return StatusText::deployment(s.deploymentStatus);
    case ServiceTableModel::AlarmColumn:
        return Lifecycle::alarmSummary(Lifecycle::localisedAlarms(s));
    case ServiceTableModel::CreatedColumn:
        return s.createdAt.isValid()
                   ? s.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                   : QString();
    }
    return {};
}

} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Service *s = serviceAt(index.row());
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cellText(*s, index.column(), m_customerName);
    case ServiceIdRole:
        return s->id;
    case CustomerIdRole:
        return s->customerId;
    case DeploymentStatusRole:
        return int(s->deploymentStatus);
    case HealthStatusRole:
        return int(s->status());
    case StatusIconRole:
        return s->deploymentStatus == DeploymentStatus::Deleted ? QStringLiteral("status-deleted")
                                                                : StatusText::iconName(s->status());
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

const Service *ServiceTableModel::serviceAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_services.at(m_rows.at(row));
}

int ServiceTableModel::rowOf(const QString &serviceId) const
{
    const int position = m_indexOf.value(serviceId, -1);
    return position < 0 ? -1 : rowOfPosition(position);
}

bool ServiceTableModel::matches(const Service &s, const QString &key) const
{
    if (!m_customerFilter.isEmpty() && s.customerId != m_customerFilter)
        return false;
    const bool deleted = s.deploymentStatus == DeploymentStatus::Deleted;
    if (deleted != m_deletedOnly)
        return false;
    if (m_statusFilter && !deleted && s.status() != *m_statusFilter)
        return false;
    if (m_overLicence && s.usage.licensesInUse.value_or(0) <= s.settings.tenant.includedUsers)
        return false;
    if (m_deploymentFilter && s.deploymentStatus != *m_deploymentFilter)
        return false;
    return m_foldedFilter.isEmpty() || key.contains(m_foldedFilter);
}

QString ServiceTableModel::searchKey(const Service &s) const
{
    // Folded once per change, not once per service on every keystroke.
    const TenantSettings &t = s.settings.tenant;
    const QString customer = m_customerName ? m_customerName(s.customerId) : QString();
    return QString(t.name + u'\n' + t.domain + u'\n' + t.shortName + u'\n' + customer)
        .toCaseFolded();
}

void ServiceTableModel::refilter()
{
    beginResetModel();
    rebuildRows();
    endResetModel();
}

void ServiceTableModel::setFilterText(const QString &text)
{
    const QString folded = text.trimmed().toCaseFolded();
    if (folded == m_foldedFilter)
        return;
    m_foldedFilter = folded;
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

void ServiceTableModel::setCustomerNames(NameOf customerName)
{
    m_customerName = std::move(customerName);
    for (int i = 0; i < int(m_services.size()); ++i)
        m_keys[i] = searchKey(m_services.at(i));
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CustomerColumn), index(int(m_rows.size()) - 1, CustomerColumn));
}

void ServiceTableModel::noteLive(int position)
{
    const Service &s = m_services.at(position);
    if (s.deploymentStatus != DeploymentStatus::Deleted)
        m_liveOf.insert(s.customerId, position);
    else if (m_liveOf.value(s.customerId, -1) == position)
        m_liveOf.remove(s.customerId);
}

int ServiceTableModel::rowOfPosition(int position) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), position);
    return it != m_rows.cend() && *it == position ? int(it - m_rows.cbegin()) : -1;
}

void ServiceTableModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < int(m_services.size()); ++i) {
        if (matches(m_services.at(i), m_keys.at(i)))
            m_rows.append(i);
    }
}

void ServiceTableModel::rebuildIndex()
{
    m_indexOf.clear();
    m_indexOf.reserve(m_services.size());
    m_liveOf.clear();
    m_deletedCount = 0;
    for (int i = 0; i < int(m_services.size()); ++i) {
        m_indexOf.insert(m_services.at(i).id, i);
        noteLive(i);
        m_deletedCount += isDeleted(m_services.at(i)) ? 1 : 0;
    }
}

void ServiceTableModel::load(const QList<Service> &services)
{
    beginResetModel();
    m_services.clear();
    m_indexOf.clear();
    for (const Service &s : services) {
        // A list with the same service twice keeps its later copy, at the first one's place.
        if (const auto it = m_indexOf.constFind(s.id); it != m_indexOf.cend()) {
            m_services[*it] = s;
            continue;
        }
        m_indexOf.insert(s.id, int(m_services.size()));
        m_services.append(s);
    }
    m_keys.clear();
    m_keys.reserve(m_services.size());
    for (const Service &kept : std::as_const(m_services))
        m_keys.append(searchKey(kept));
    rebuildIndex();
    rebuildRows();
    endResetModel();
}

void ServiceTableModel::appendLoaded(const QList<Service> &services, qsizetype from,
                                     qsizetype count)
{
    const qsizetype end = qMin(services.size(), from + count);
    const int firstRow = int(m_rows.size());
    QList<int> shown;
    for (qsizetype k = from; k < end; ++k) {
        const Service &s = services.at(k);
        if (m_indexOf.contains(s.id))
            continue; // a sync brought a newer copy meanwhile
        const int position = int(m_services.size());
        m_services.append(s);
        m_keys.append(searchKey(s));
        m_indexOf.insert(s.id, position);
        m_deletedCount += isDeleted(s) ? 1 : 0;
        noteLive(position);
        if (matches(s, m_keys.constLast()))
            shown.append(position);
    }
    if (shown.isEmpty())
        return;
    beginInsertRows({}, firstRow, firstRow + int(shown.size()) - 1);
    m_rows.append(shown);
    endInsertRows();
}

void ServiceTableModel::setCustomerFilter(const QString &customerId)
{
    if (customerId == m_customerFilter)
        return;
    beginResetModel();
    m_customerFilter = customerId;
    rebuildRows();
    endResetModel();
}

void ServiceTableModel::applyChanges(const QList<CachedChange> &changes)
{
    for (const CachedChange &change : changes) {
        if (change.kind == QLatin1String("customer") && !change.deleted) {
            // A renamed customer: its service is found under the new name.
            if (const int position = m_liveOf.value(change.id, -1); position >= 0)
                m_keys[position] = searchKey(m_services.at(position));
            continue;
        }
        if (change.kind != QLatin1String("service"))
            continue;
        if (change.deleted) {
            if (const int position = m_indexOf.value(change.id, -1); position >= 0)
                remove(position);
            continue;
        }
        Service s = DomainJson::serviceFromJson(change.object);
        if (s.id.isEmpty())
            s.id = change.id;
        // A Deleted service stays, for "Deleted services"; the live ones hide it.
        const int position = m_indexOf.value(s.id, -1);
        if (position >= 0)
            update(position, s);
        else
            append(s);
    }
}

void ServiceTableModel::update(int position, const Service &s)
{
    if (m_services.at(position) == s)
        return;
    const int oldRow = rowOfPosition(position);
    const QString key = searchKey(s);
    const bool visibleNow = matches(s, key);
    // The live-service index is current before any signal: listeners ask it.
    auto assign = [&] {
        m_deletedCount += (isDeleted(s) ? 1 : 0) - (isDeleted(m_services.at(position)) ? 1 : 0);
        m_services[position] = s;
        m_keys[position] = key;
        noteLive(position);
    };
    if (oldRow >= 0 && visibleNow) {
        assign();
        emit dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
        return;
    }
    // A change of state or of a searched name moves a service across the filters.
    if (oldRow >= 0) {
        beginRemoveRows({}, oldRow, oldRow);
        assign();
        m_rows.removeAt(oldRow);
        endRemoveRows();
        return;
    }
    assign();
    if (visibleNow) {
        const int row =
            int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), position) - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, position);
        endInsertRows();
    }
}

void ServiceTableModel::remove(int position)
{
    const int row = rowOfPosition(position);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
    }
    m_deletedCount -= isDeleted(m_services.at(position)) ? 1 : 0;
    m_services.removeAt(position);
    m_keys.removeAt(position);
    // Every later service moved up one place.
    for (int &p : m_rows) {
        if (p > position)
            --p;
    }
    rebuildIndex();
    if (row >= 0)
        endRemoveRows();
}

void ServiceTableModel::append(const Service &s)
{
    const int position = int(m_services.size());
    const QString key = searchKey(s);
    const bool shown = matches(s, key);
    const int row = int(m_rows.size());
    if (shown)
        beginInsertRows({}, row, row);
    m_services.append(s);
    m_keys.append(key);
    m_indexOf.insert(s.id, position);
    m_deletedCount += isDeleted(s) ? 1 : 0;
    noteLive(position);
    if (shown) {
        m_rows.append(position);
        endInsertRows();
    }
}

const Service *ServiceTableModel::serviceOfCustomer(const QString &customerId) const
{
    const int position = m_liveOf.value(customerId, -1);
    return position < 0 ? nullptr : &m_services.at(position);
}

const Service *ServiceTableModel::service(const QString &serviceId) const
{
    const int position = m_indexOf.value(serviceId, -1);
    return position < 0 ? nullptr : &m_services.at(position);
}

int ServiceTableModel::countOf(bool deleted) const
{
    return deleted ? m_deletedCount : int(m_services.size()) - m_deletedCount;
}

QString ServiceTableModel::summary() const
{
    const int total = countOf(m_deletedOnly);
    const int shown = int(m_rows.size());
    const QString of =
        m_deletedOnly
            ? (total == 1 ? tr("1 deleted service") : tr("%1 deleted services").arg(total))
            : (total == 1 ? tr("1 service") : tr("%1 services").arg(total));
    return shown == total ? of : tr("%1 of %2").arg(shown).arg(of);
}

} // namespace insights
