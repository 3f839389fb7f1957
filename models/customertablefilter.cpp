// CustomerTableModel's filters and counts: the search text, the status and the over-licence
// filter, and the summary the window shows ("12 of 128 customers · …").
#include "customertablemodel.h"

#include "statustext.h"

namespace insights {

bool CustomerTableModel::matches(const Record &r) const
{
    if (m_statusFilter && HealthStatus(r.health) != *m_statusFilter)
        return false;
    if (m_overLicence && (r.userType < 0 || r.licensesInUse <= r.includedUsers))
        return false;
    if (m_deploymentFilter >= 0 && r.deployment != m_deploymentFilter)
        return false;
    return m_needle.in(folded(r.searchKey));
}

void CustomerTableModel::rebuildVisible(bool narrowing)
{
    beginResetModel();
    // Typing one more character only narrows: scan the rows already visible.
    const std::vector<int> &from = narrowing ? m_visible : m_order;
    std::vector<int> next;
    next.reserve(from.size());
    for (int i : from) {
        if (matches(m_records[i]))
            next.push_back(i);
    }
    m_visible = std::move(next);
    endResetModel();
    emit countsChanged();
}

void CustomerTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    const QString foldedText = text.toCaseFolded();
    const bool narrowing = !m_foldedFilter.isEmpty() && foldedText.contains(m_foldedFilter);
    m_filter = text;
    m_foldedFilter = foldedText;
    m_needle = TextArena::Needle(foldedText);
    rebuildVisible(narrowing);
}

void CustomerTableModel::setStatusFilter(std::optional<HealthStatus> status)
{
    if (status == m_statusFilter)
        return;
    const bool narrowing = !m_statusFilter && status;
    m_statusFilter = status;
    rebuildVisible(narrowing);
}

void CustomerTableModel::setOverLicenceOnly(bool on)
{
    if (on == m_overLicence)
        return;
    m_overLicence = on;
    rebuildVisible(on);
}

void CustomerTableModel::setDeploymentFilter(std::optional<DeploymentStatus> state)
{
    const qint8 wanted = state ? qint8(*state) : qint8(-1);
    if (wanted == m_deploymentFilter)
        return;
    const bool narrowing = m_deploymentFilter < 0;
    m_deploymentFilter = wanted;
    rebuildVisible(narrowing);
}

int CustomerTableModel::countWithStatus(HealthStatus status) const
{
    const auto k = std::size_t(status);
    return k < m_healthCount.size() ? m_healthCount[k] : 0;
}

QString CustomerTableModel::summary() const
{
    QStringList problems;
    if (const int w = countWithStatus(HealthStatus::Warning))
        problems << (w == 1 ? tr("1 warning") : tr("%1 warnings").arg(w));
    if (const int e = countWithStatus(HealthStatus::Error))
        problems << (e == 1 ? tr("1 error") : tr("%1 errors").arg(e));
    const QString issues = problems.join(QStringLiteral(" · "));
    const int shown = visibleCount();
    if (shown == m_liveCount) {
        const QString all =
            m_liveCount == 1 ? tr("1 customer") : tr("%1 customers").arg(m_liveCount);
        return issues.isEmpty() ? all : all + QStringLiteral(" · ") + issues;
    }
    // Under a filter the counts still speak of every customer: say so.
    const QString some = tr("%1 of %2 customers shown").arg(shown).arg(m_liveCount);
    return issues.isEmpty() ? some : tr("%1 (in all: %2)").arg(some, issues);
}

} // namespace insights
