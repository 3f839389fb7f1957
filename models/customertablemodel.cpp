#include "customertablemodel.h"

#include "statustext.h"

#include "domainjson.h"
#include "lifecycle.h"
#include "storagelocations.h"

#include <QDateTime>
#include <QLocale>

#include <limits>

#include <algorithm>

namespace insights {

namespace {

int storageIndex(const QString &id)
{
    const auto &all = StorageLocations::builtIn().all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all[i].id == id)
            return int(i);
    }
    return -1;
}

// Longer text is never shown whole; a part's length must fit Record::foldedLength.
constexpr qsizetype maxSearchPart = 4096;

} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_byCustomer([this](int i) { return view(m_records[i].customerId); })
    , m_byService([this](int i) { return view(m_records[i].serviceId); })
{}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

CustomerTableModel::Text CustomerTableModel::store(const QString &s)
{
    m_liveText += s.size();
    return m_arena.add(s);
}

// Text that repeats (an alarm's message, who created the customer) is stored once, in an
// arena of its own marked by the span's high bit; a bound keeps unique texts from filling it.
CustomerTableModel::Text CustomerTableModel::storeShared(const QString &s)
{
    if (s.isEmpty())
        return {};
    if (const auto it = m_shared.constFind(s); it != m_shared.cend())
        return *it;
    if (m_shared.size() >= 4096)
        return store(s);
    Text t = m_sharedArena.add(s);
    t.offset |= sharedBit;
    m_shared.insert(s, t);
    return t;
}

CustomerTableModel::Text CustomerTableModel::storeSearchText(const QString &folded)
{
    m_liveText += folded.size();
    return m_searchArena.add(folded);
}

QAnyStringView CustomerTableModel::view(Text t) const
{
    if (!(t.offset & sharedBit))
        return m_arena.view(t);
    t.offset &= ~sharedBit;
    return m_sharedArena.view(t);
}

CustomerTableModel::Text CustomerTableModel::foldedPartSpan(const Record &r, int k)
{
    // The key's offset is in bytes, its parts' lengths in characters of one width.
    const quint32 unit = r.searchKey.wide ? 2u : 1u;
    Text part = r.searchKey;
    for (int p = 0; p < k; ++p)
        part.offset += (r.foldedLength[p] + 1u) * unit;
    part.length = r.foldedLength[k];
    return part;
}

QAnyStringView CustomerTableModel::foldedPart(const Record &r, int k) const
{
    return m_searchArena.view(foldedPartSpan(r, k));
}

QAnyStringView CustomerTableModel::folded(Text t) const
{
    return m_searchArena.view(t);
}

void CustomerTableModel::setCustomer(Record &r, const CustomerRow &row)
{
    m_liveText -= r.displayName.length + liveLength(r.createdBy);
    if (r.customerId.length == 0)
        r.customerId = store(row.customerId);
    r.displayName = store(row.displayName);
    r.createdBy = storeShared(row.createdBy);
    r.createdAtMs = row.createdAtMs;
    r.health = row.health;
}

void CustomerTableModel::rebuildSearchKey(Record &r)
{
    m_liveText -= r.searchKey.length;
    const QAnyStringView parts[] = {view(r.displayName), view(r.tenantName), view(r.domain),
                                    view(r.shortName)};
    QString key;
    key.reserve(parts[0].size() + parts[1].size() + parts[2].size() + parts[3].size() + 3);
    for (int k = 0; k < 4; ++k) {
        const QString part = parts[k].toString().left(maxSearchPart).toCaseFolded();
        r.foldedLength[k] = quint16(qMin(part.size(), qsizetype(0xffff)));
        if (k > 0)
            key += u'\n';
        key += QStringView(part).left(r.foldedLength[k]);
    }
    r.searchKey = storeSearchText(key);
}

void CustomerTableModel::setService(Record &r, const CustomerRow &row)
{
    m_liveText -= r.tenantName.length + r.domain.length + r.shortName.length + liveLength(r.alarm) +
                  r.serviceId.length + liveLength(r.replica);
    const int i = int(&r - m_records.data());
    if (r.serviceId.length != 0 && m_byService.value(view(r.serviceId)) == i)
        m_byService.remove(view(r.serviceId));
    r.serviceHealth = row.serviceHealth;
    r.serviceCreatedAtMs = row.serviceCreatedAtMs;
    r.replica = storeShared(row.replicaRegion);
    if (row.serviceId.isEmpty()) {
        r.tenantName = r.domain = r.shortName = r.alarm = r.serviceId = r.replica = {};
        r.storage = -1;
        r.includedUsers = 0;
        r.licensesInUse = -1;
        r.storageBytes = -1;
        r.deployment = -1;
        r.userType = -1;
        return;
    }
    r.serviceId = store(row.serviceId);
    if (!m_byService.contains(row.serviceId))
        m_byService.insert(row.serviceId, i);
    r.tenantName = store(row.tenantName);
    r.domain = store(row.domain);
    r.shortName = store(row.shortName);
    r.storage = qint8(storageIndex(row.storageLocation));
    r.alarm = storeShared(row.alarm);
    r.includedUsers = row.includedUsers;
    r.licensesInUse =
        qint32(qBound(qint64(-1), row.licensesInUse, qint64(std::numeric_limits<qint32>::max())));
    r.storageBytes = row.storageBytes;
    r.deployment = row.deployment;
    r.userType = row.userType;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= int(m_visible.size()) ||
        index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Record &r = m_records[m_visible[index.row()]];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            // A suspended service is a warning (domain.md 1.1) whose reason is the point: the
            // column says Suspended beside the warning icon; the tooltip says both.
            if (r.deployment == qint8(DeploymentStatus::Suspended))
                return role == Qt::ToolTipRole
                           ? tr("%1: suspended").arg(StatusText::health(HealthStatus(r.health)))
                           : StatusText::deployment(DeploymentStatus::Suspended);
            return StatusText::health(HealthStatus(r.health));
        case CustomerColumn:
            return view(r.displayName).toString();
        case TenantNameColumn:
            return view(r.tenantName).toString();
        case DomainColumn:
            return view(r.domain).toString();
        case ShortNameColumn:
            return view(r.shortName).toString();
        case LicenseColumn:
            return r.userType < 0 ? QString() : Lifecycle::licenseType(UserType(r.userType));
        case IncludedUsersColumn:
            return r.userType < 0 ? QVariant() : QVariant(r.includedUsers);
        case StorageColumn:
            return r.storage < 0 ? QString()
                                 : StorageLocations::builtIn().all().at(r.storage).region;
        case DeploymentColumn:
            return r.deployment < 0 ? QString()
                                    : StatusText::deployment(DeploymentStatus(r.deployment));
        case AlarmColumn:
            return view(r.alarm).toString();
        case CreatedColumn:
            return QDateTime::fromMSecsSinceEpoch(r.createdAtMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case CreatedByColumn:
            return view(r.createdBy).toString();
        case LicencesColumn:
            if (r.userType < 0)
                return QString();
            return r.licensesInUse < 0 ? tr("– / %1").arg(r.includedUsers)
                                       : tr("%1 / %2").arg(r.licensesInUse).arg(r.includedUsers);
        case StorageUsedColumn:
            return r.userType < 0 || r.storageBytes < 0
                       ? QString()
                       : QLocale().formattedDataSize(r.storageBytes);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IncludedUsersColumn || index.column() == LicencesColumn ||
            index.column() == StorageUsedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CustomerIdRole:
        return view(r.customerId).toString();
    case ServiceIdRole:
        return view(r.serviceId).toString();
    case HealthStatusRole:
        return int(r.health);
    case DeploymentStatusRole:
        return int(r.deployment);
    case StatusIconRole:
        return StatusText::iconName(HealthStatus(r.health));
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CustomerColumn:
        return tr("Customer");
    case TenantNameColumn:
        return tr("Tenant name");
    case DomainColumn:
        return tr("Domain");
    case ShortNameColumn:
        return tr("Short name");
    case LicenseColumn:
        return tr("Licence type");
    case IncludedUsersColumn:
        return tr("Included users");
    case StorageColumn:
        return tr("Storage location");
    case DeploymentColumn:
        return tr("Deployment status");
    case AlarmColumn:
        return tr("Alarm");
    case CreatedColumn:
        return tr("Created");
    case CreatedByColumn:
        return tr("Created by");
    case LicencesColumn:
        return tr("Licences");
    case StorageUsedColumn:
        return tr("Storage used");
    }
    return {};
}

int CustomerTableModel::newRecord(const QString &customerId)
{
    const int i = int(m_records.size());
    m_records.emplace_back();
    m_records.back().alive = true;
    m_records.back().customerId = store(customerId);
    m_byCustomer.insert(customerId, i);
    ++m_liveCount;
    touched(i);
    return i;
}

void CustomerTableModel::load(const QList<Customer> &customers, const QList<Service> &services)
{
    QHash<QString, const Service *> live;
    for (const Service &s : services) {
        if (s.deploymentStatus != DeploymentStatus::Deleted)
            live.insert(s.customerId, &s);
    }
    std::vector<CustomerRow> rows(customers.size());
    for (qsizetype k = 0; k < customers.size(); ++k) {
        rows[k].setCustomer(customers[k]);
        rows[k].setService(live.value(customers[k].id));
    }
    load(rows);
}

void CustomerTableModel::load(const std::vector<CustomerRow> &rows)
{
    if (m_sorting) { // the sort asked for applies to what is loaded now
        m_sortColumn = m_pendingSortColumn;
        m_sortOrder = m_pendingSortOrder;
    }
    ++m_sortGeneration;
    m_sorting = false;
    m_touchedWhileSorting.clear();
    beginResetModel();
    m_arena.clear();
    m_sharedArena.clear();
    m_shared.clear();
    m_searchArena.clear();
    m_liveText = 0;
    m_records.clear();
    m_byCustomer.clear();
    m_byCustomer.reserve(rows.size());
    m_byService.clear();
    m_byService.reserve(rows.size());
    m_liveCount = 0;
    m_waitingServices.clear();
    m_healthCount.fill(0);
    for (const CustomerRow &row : rows) {
        Record &r = m_records[newRecord(row.customerId)];
        setCustomer(r, row);
        setService(r, row);
        rebuildSearchKey(r);
        ++m_healthCount[r.health];
    }
    m_order.resize(m_records.size());
    for (int i = 0; i < int(m_records.size()); ++i)
        m_order[i] = i;
    sortOrderVector();
    m_visible.clear();
    m_visible.reserve(m_order.size());
    for (int i : m_order) {
        if (matches(m_records[i]))
            m_visible.push_back(i);
    }
    endResetModel();
    emit countsChanged();
    emit recordsReloaded();
}

void CustomerTableModel::detach(int i)
{
    auto byKey = [this](int a, int b) { return less(a, b); };
    const auto o = std::lower_bound(m_order.begin(), m_order.end(), i, byKey);
    if (o != m_order.end() && *o == i)
        m_order.erase(o);
    const auto v = std::lower_bound(m_visible.begin(), m_visible.end(), i, byKey);
    if (v != m_visible.end() && *v == i) {
        const int row = int(v - m_visible.begin());
        if (!m_quietRows)
            beginRemoveRows({}, row, row);
        m_visible.erase(v);
        if (!m_quietRows)
            endRemoveRows();
    }
}

void CustomerTableModel::attach(int i)
{
    auto byKey = [this](int a, int b) { return less(a, b); };
    m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), i, byKey), i);
    if (!matches(m_records[i]))
        return;
    const auto v = std::lower_bound(m_visible.begin(), m_visible.end(), i, byKey);
    const int row = int(v - m_visible.begin());
    beginInsertRows({}, row, row);
    m_visible.insert(v, i);
    endInsertRows();
}

void CustomerTableModel::clear()
{
    load(std::vector<CustomerRow>{});
}

void CustomerTableModel::reserve(int customers)
{
    m_records.reserve(customers);
    m_order.reserve(customers);
    m_visible.reserve(customers);
    m_byCustomer.reserve(std::size_t(qMax(customers, 0)));
    m_byService.reserve(std::size_t(qMax(customers, 0)));
}

void CustomerTableModel::appendRows(const std::vector<CustomerRow> &rows)
{
    std::vector<int> shown;
    std::vector<int> added;
    added.reserve(rows.size());
    for (const CustomerRow &row : rows) {
        if (m_byCustomer.contains(row.customerId))
            continue; // already known: a sync batch brought it first
        const int i = newRecord(row.customerId);
        added.push_back(i);
        setCustomer(m_records[i], row);
        setService(m_records[i], row);
        rebuildSearchKey(m_records[i]);
        ++m_healthCount[m_records[i].health];
        m_order.push_back(i);
        if (matches(m_records[i]))
            shown.push_back(i);
    }
    if (!shown.empty()) {
        const int first = int(m_visible.size());
        beginInsertRows({}, first, first + int(shown.size()) - 1);
        m_visible.insert(m_visible.end(), shown.begin(), shown.end());
        endInsertRows();
    }
    emit countsChanged();
    if (!added.empty())
        emit recordsTouched(added);
}

void CustomerTableModel::finishLoading()
{
    // A sort asked for while loading already takes the later rows in.
    if (m_sortColumn >= 0 && !m_sorting)
        sort(m_sortColumn, m_sortOrder);
}

int CustomerTableModel::rowOf(const QString &customerId) const
{
    const int i = m_byCustomer.value(customerId);
    if (i < 0)
        return -1;
    auto byKey = [this](int a, int b) { return less(a, b); };
    const auto v = std::lower_bound(m_visible.begin(), m_visible.end(), i, byKey);
    return v != m_visible.end() && *v == i ? int(v - m_visible.begin()) : -1;
}

QString CustomerTableModel::displayName(const QString &customerId) const
{
    const int i = m_byCustomer.value(customerId);
    return i < 0 ? QString() : view(m_records[i].displayName).toString();
}

QString CustomerTableModel::customerIdAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return {};
    return view(m_records[m_visible[row]].customerId).toString();
}

QList<std::pair<QString, QString>> CustomerTableModel::customersWithoutService() const
{
    QList<std::pair<QString, QString>> out;
    for (int i : m_order) {
        const Record &r = m_records[i];
        if (r.alive && r.serviceId.length == 0)
            out.append({view(r.customerId).toString(), view(r.displayName).toString()});
    }
    return out;
}

} // namespace insights
