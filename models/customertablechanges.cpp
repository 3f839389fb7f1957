#include "customertablemodel.h"

#include "domainjson.h"

#include <algorithm>

// A sync batch into the table: exactly the rows it touches, or one layout change for a
// large batch; and the arenas compacted once updates have left them mostly garbage.
namespace insights {

void CustomerTableModel::applyChanges(const QList<CachedChange> &changes)
{
    auto byKey = [this](int a, int b) { return less(a, b); };
    bool countsMoved = false;
    // A view pays for every row signal in proportion to the table (its header, its
    // selection): a batch of many rows is told as one layout change instead.
    const bool asLayout = changes.size() >= layoutBatchSize;
    QModelIndexList before;
    std::vector<int> recordOf;
    if (asLayout) {
        emit layoutAboutToBeChanged();
        before = persistentIndexList();
        recordOf.reserve(before.size());
        for (const QModelIndex &p : std::as_const(before))
            recordOf.push_back(p.row() < int(m_visible.size()) ? m_visible[p.row()] : -1);
        m_quietRows = true;
    }
    std::vector<int> touchedRecords;
    for (const CachedChange &change : changes) {
        int i = -1;
        std::optional<Customer> customer;
        std::optional<Service> service;
        if (change.kind == QLatin1String("customer")) {
            i = m_byCustomer.value(change.id);
            if (change.deleted) {
                if (i >= 0) {
                    touched(i);
                    detach(i);
                    Record &gone = m_records[i];
                    if (gone.serviceId.length != 0 && m_byService.value(view(gone.serviceId)) == i)
                        m_byService.remove(view(gone.serviceId));
                    gone.alive = false;
                    touchedRecords.push_back(i);
                    m_byCustomer.remove(change.id);
                    --m_liveCount;
                    --m_healthCount[m_records[i].health];
                    countsMoved = true;
                }
                continue;
            }
            customer = DomainJson::customerFromJson(change.object);
        } else if (change.kind == QLatin1String("service")) {
            if (change.deleted)
                continue;
            service = DomainJson::serviceFromJson(change.object);
            i = m_byCustomer.value(service->customerId);
            if (i < 0) {
                CustomerRow waiting;
                waiting.setService(&*service);
                if (service->deploymentStatus != DeploymentStatus::Deleted)
                    m_waitingServices.insert(service->customerId, waiting);
                else if (m_waitingServices.value(service->customerId).serviceId == service->id)
                    m_waitingServices.remove(service->customerId);
                continue;
            }
        } else {
            continue;
        }

        Record before = i >= 0 ? m_records[i] : Record();
        const bool existed = i >= 0;
        const int oldRow = [&] {
            if (!existed)
                return -1;
            const auto v = std::lower_bound(m_visible.begin(), m_visible.end(), i, byKey);
            return v != m_visible.end() && *v == i ? int(v - m_visible.begin()) : -1;
        }();
        if (existed) {
            // Take it out while its old key still orders it correctly.
            const auto o = std::lower_bound(m_order.begin(), m_order.end(), i, byKey);
            if (o != m_order.end() && *o == i)
                m_order.erase(o);
            touched(i);
        } else {
            i = newRecord(change.id);
        }
        Record &r = m_records[i];
        CustomerRow row;
        if (customer) {
            row.setCustomer(*customer);
            setCustomer(r, row);
            if (!existed && m_waitingServices.contains(change.id))
                setService(r, m_waitingServices.take(change.id));
        } else if (service->deploymentStatus != DeploymentStatus::Deleted ||
                   view(r.serviceId) == service->id) {
            row.setService(&*service);
            setService(r, row);
        }
        rebuildSearchKey(r);
        touchedRecords.push_back(i);
        m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), i, byKey), i);
        if (existed)
            --m_healthCount[before.health];
        ++m_healthCount[r.health];
        countsMoved = countsMoved || !existed || before.health != r.health;

        const bool visibleNow = matches(r);
        const bool sameKey = existed && compareKeys(before, r) == 0;
        if (oldRow >= 0 && visibleNow && sameKey) {
            if (!m_quietRows)
                emit dataChanged(index(oldRow, 0), index(oldRow, ColumnCount - 1));
            continue;
        }
        if (oldRow >= 0 && visibleNow) {
            moveVisibleRow(oldRow, i);
            continue;
        }
        if (oldRow >= 0) {
            if (!m_quietRows)
                beginRemoveRows({}, oldRow, oldRow);
            m_visible.erase(m_visible.begin() + oldRow);
            if (!m_quietRows)
                endRemoveRows();
        }
        if (visibleNow) {
            const auto v = std::lower_bound(m_visible.begin(), m_visible.end(), i, byKey);
            const int row = int(v - m_visible.begin());
            if (!m_quietRows)
                beginInsertRows({}, row, row);
            m_visible.insert(v, i);
            if (!m_quietRows)
                endInsertRows();
        }
        countsMoved = true; // shown or hidden
    }
    if (asLayout) {
        m_quietRows = false;
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype k = 0; k < before.size(); ++k) {
            const int i = recordOf[std::size_t(k)];
            int row = -1;
            if (i >= 0 && m_records[i].alive) {
                const auto v = std::lower_bound(m_visible.begin(), m_visible.end(), i, byKey);
                row = v != m_visible.end() && *v == i ? int(v - m_visible.begin()) : -1;
            }
            after << (row < 0 ? QModelIndex() : index(row, before[k].column()));
        }
        changePersistentIndexList(before, after);
        emit layoutChanged();
    }
    compactArenasIfWasteful();
    if (countsMoved)
        emit countsChanged();
    if (!touchedRecords.empty())
        emit recordsTouched(touchedRecords);
}

void CustomerTableModel::moveVisibleRow(int oldRow, int record)
{
    // A shown row whose sort key changed is moved, not removed and inserted again: the view's
    // selection and current row follow it, where a removal would hand them to its neighbour.
    // The rest of m_visible is still sorted; the new place, in the coordinates before the
    // move, is the first row that sorts after the record's new key.
    auto byKey = [this](int a, int b) { return less(a, b); };
    const auto at = m_visible.begin() + oldRow;
    const auto above = std::lower_bound(m_visible.begin(), at, record, byKey);
    const int destination =
        above != at
            ? int(above - m_visible.begin())
            : int(std::lower_bound(at + 1, m_visible.end(), record, byKey) - m_visible.begin());
    const bool told = !m_quietRows && destination != oldRow && destination != oldRow + 1 &&
                      beginMoveRows({}, oldRow, oldRow, {}, destination);
    const int row = destination > oldRow ? destination - 1 : destination; // after the move
    m_visible.erase(at);
    m_visible.insert(m_visible.begin() + row, record);
    if (told)
        endMoveRows();
    if (!m_quietRows)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomerTableModel::compactArenasIfWasteful()
{
    // Updates append text; once most of the arenas is garbage, copy the live text over.
    if (m_arena.used() + m_searchArena.used() < 4 * (m_liveText + 4096))
        return;
    TextArena arena, search;
    for (Record &r : m_records) {
        if (!r.alive)
            continue;
        for (Text *t : {&r.customerId, &r.displayName, &r.tenantName, &r.domain, &r.shortName,
                        &r.alarm, &r.createdBy, &r.serviceId, &r.replica}) {
            if (!(t->offset & sharedBit))
                *t = arena.add(m_arena.view(*t));
        }
        r.searchKey = search.add(m_searchArena.view(r.searchKey));
    }
    m_arena = std::move(arena);
    m_searchArena = std::move(search);
    m_liveText = m_arena.used() + m_searchArena.used();
}

} // namespace insights
