// ServiceTableModel's whole services: the deleted ones it shows under "Deleted services",
// and the full copies of live ones the details panel and the actions ask for, read from the
// cache on demand and refreshed by the sync.
#include "servicetablemodel.h"

#include "domainjson.h"
#include "fieldnames.h"

#include <QPointer>

namespace insights {

namespace {

QString searchKeyOf(const Service &s)
{
    const TenantSettings &t = s.settings.tenant;
    return QString(t.name + u'\n' + t.domain + u'\n' + t.shortName).toCaseFolded();
}

} // namespace

void ServiceTableModel::loadDeleted(const QList<Service> &deleted)
{
    m_deleted.clear();
    m_deletedIndex.clear();
    for (const Service &s : deleted) {
        if (const auto it = m_deletedIndex.constFind(s.id); it != m_deletedIndex.cend()) {
            m_deleted[*it] = {s, searchKeyOf(s)}; // the later copy, at the first one's place
            continue;
        }
        m_deletedIndex.insert(s.id, int(m_deleted.size()));
        m_deleted.append({s, searchKeyOf(s)});
    }
    if (m_deletedOnly)
        refilter();
}

void ServiceTableModel::upsertDeleted(const Service &s)
{
    const int k = m_deletedIndex.value(s.id, -1);
    if (k >= 0) {
        const int oldRow = m_deletedOnly ? rowOfEntry(k) : -1;
        m_deleted[k] = {s, searchKeyOf(s)};
        if (!m_deletedOnly)
            return;
        const bool show = matchesDeleted(m_deleted.at(k));
        if (oldRow >= 0 && show) {
            emit dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
        } else if (oldRow >= 0) {
            beginRemoveRows({}, oldRow, oldRow);
            m_rows.erase(m_rows.begin() + oldRow);
            endRemoveRows();
        } else if (show) {
            const int at =
                int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), k) - m_rows.cbegin());
            beginInsertRows({}, at, at);
            m_rows.insert(m_rows.begin() + at, k);
            endInsertRows();
        }
        return;
    }
    const int added = int(m_deleted.size());
    m_deletedIndex.insert(s.id, added);
    m_deleted.append({s, searchKeyOf(s)});
    if (m_deletedOnly && matchesDeleted(m_deleted.constLast())) {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.push_back(added);
        endInsertRows();
    }
}

void ServiceTableModel::removeDeleted(const QString &serviceId)
{
    const int k = m_deletedIndex.value(serviceId, -1);
    if (k < 0)
        return;
    const int row = m_deletedOnly ? rowOfEntry(k) : -1;
    if (row >= 0)
        beginRemoveRows({}, row, row);
    if (row >= 0)
        m_rows.erase(m_rows.begin() + row);
    m_deleted.removeAt(k);
    if (m_deletedOnly) {
        for (int &entry : m_rows) {
            if (entry > k)
                --entry; // every later service moved up one place
        }
    }
    m_deletedIndex.clear();
    for (int i = 0; i < int(m_deleted.size()); ++i)
        m_deletedIndex.insert(m_deleted.at(i).service.id, i);
    if (row >= 0)
        endRemoveRows();
}

void ServiceTableModel::keep(const Service &s) const
{
    m_older.remove(s.id);
    m_recent.insert(s.id, s);
    if (m_recent.size() > keptGeneration) {
        m_older = std::move(m_recent);
        m_recent = {};
    }
}

void ServiceTableModel::applyChanges(const QList<CachedChange> &changes)
{
    for (const CachedChange &change : changes) {
        if (change.kind != QLatin1String("service"))
            continue;
        if (change.deleted) {
            removeDeleted(change.id);
            m_recent.remove(change.id);
            m_older.remove(change.id);
            continue;
        }
        // Only what is shown whole is parsed: a first sync brings thousands nobody opens.
        const bool deletedNow = change.object.value(field::deploymentStatus).toString() ==
                                toString(DeploymentStatus::Deleted);
        const bool kept = m_recent.contains(change.id) || m_older.contains(change.id);
        if (!deletedNow && !kept && !m_deletedIndex.contains(change.id))
            continue;
        Service s = DomainJson::serviceFromJson(change.object);
        if (s.id.isEmpty())
            s.id = change.id;
        if (deletedNow)
            upsertDeleted(s);
        else
            removeDeleted(s.id);
        if (kept || deletedNow) {
            keep(s);
            emit serviceUpdated(s.id, s.customerId);
        }
    }
}

const Service *ServiceTableModel::service(const QString &serviceId) const
{
    if (serviceId.isEmpty())
        return nullptr;
    if (const auto it = m_recent.constFind(serviceId); it != m_recent.cend())
        return &*it;
    if (const auto it = m_older.constFind(serviceId); it != m_older.cend()) {
        keep(Service(*it)); // asked again: newest now
        const auto recent = m_recent.constFind(serviceId);
        return recent != m_recent.cend() ? &*recent : &*m_older.constFind(serviceId);
    }
    if (const int k = m_deletedIndex.value(serviceId, -1); k >= 0)
        return &m_deleted.at(k).service;
    if (m_loader && !m_loading.contains(serviceId)) {
        m_loading.insert(serviceId);
        QPointer<const ServiceTableModel> self(this);
        m_loader(serviceId, [self, serviceId](std::optional<Service> s) {
            if (!self)
                return;
            self->m_loading.remove(serviceId);
            if (!s)
                return;
            // A sync may have brought a newer copy while the cache read this one.
            if (!self->m_recent.contains(serviceId) && !self->m_older.contains(serviceId))
                self->keep(*s);
            emit const_cast<ServiceTableModel *>(self.data())
                ->serviceUpdated(serviceId, s->customerId);
        });
    }
    return nullptr;
}

const Service *ServiceTableModel::serviceOfCustomer(const QString &customerId) const
{
    const QString id = serviceIdOfCustomer(customerId);
    return id.isEmpty() ? nullptr : service(id);
}

bool ServiceTableModel::hasLiveService(const QString &customerId) const
{
    return m_records->hasLiveService(m_records->recordOfCustomer(customerId));
}

QString ServiceTableModel::serviceIdOfCustomer(const QString &customerId) const
{
    const int record = m_records->recordOfCustomer(customerId);
    return m_records->hasLiveService(record) ? m_records->serviceFacts(record).serviceId.toString()
                                             : QString();
}

QString ServiceTableModel::tenantNameOf(const QString &serviceId) const
{
    if (const int record = m_records->recordOfService(serviceId); record >= 0)
        return m_records->serviceFacts(record).tenantName.toString();
    if (const int k = m_deletedIndex.value(serviceId, -1); k >= 0)
        return m_deleted.at(k).service.settings.tenant.name;
    if (const auto it = m_recent.constFind(serviceId); it != m_recent.cend())
        return it->settings.tenant.name;
    return {};
}

} // namespace insights
