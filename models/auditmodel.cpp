#include "auditmodel.h"

#include "statustext.h"

namespace insights {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const AuditEntry *e = entryAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // details are often wider than their column
        switch (index.column()) {
        case WhenColumn:
            return e->at.isValid()
                       ? e->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
        case WhoColumn:
            return e->actor;
        case ActionColumn:
            return role == Qt::ToolTipRole ? e->action : StatusText::auditAction(e->action);
        case TargetColumn:
            // The name a person knows, with the id in the tooltip for support.
            if (const QString name = nameOf(e->target); !name.isEmpty())
                return role == Qt::ToolTipRole ? tr("%1 (%2)").arg(name, e->target) : name;
            return e->target;
        case ResultColumn:
            return e->result;
        case DetailColumn:
            return e->detail;
        }
        return {};
    case TimestampRole:
        return e->at;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ResultColumn:
        return tr("Result");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

const AuditEntry *AuditModel::entryAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_entries.at(m_rows.at(row));
}

bool AuditModel::matches(const AuditEntry &e) const
{
    if (m_filter.isEmpty())
        return true;
    return e.actor.contains(m_filter, Qt::CaseInsensitive) ||
           e.action.contains(m_filter, Qt::CaseInsensitive) ||
           StatusText::auditAction(e.action).contains(m_filter, Qt::CaseInsensitive) ||
           e.target.contains(m_filter, Qt::CaseInsensitive) ||
           nameOf(e.target).contains(m_filter, Qt::CaseInsensitive) ||
           e.detail.contains(m_filter, Qt::CaseInsensitive);
}

QString AuditModel::nameOf(const QString &target) const
{
    if (m_targetName) {
        if (QString name = m_targetName(target); !name.isEmpty())
            return name;
    }
    return m_trailNames.value(target);
}

bool AuditModel::learnNames(const QList<AuditEntry> &entries)
{
    bool learnt = false;
    for (const AuditEntry &e : entries) {
        if ((e.action == QLatin1String("customer.create") ||
             e.action == QLatin1String("customer.delete")) &&
            e.result == QLatin1String("success") && !e.detail.isEmpty() &&
            !m_trailNames.contains(e.target)) {
            m_trailNames.insert(e.target, e.detail);
            learnt = true;
        }
    }
    return learnt;
}

void AuditModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < int(m_entries.size()); ++i) {
        if (matches(m_entries.at(i)))
            m_rows.append(i);
    }
}

void AuditModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_trailNames.clear();
    learnNames(entries);
    rebuildRows();
    endResetModel();
}

void AuditModel::appendOlder(const QList<AuditEntry> &entries)
{
    // A name the older page brings may be that of a row already shown.
    if (learnNames(entries) && !m_rows.isEmpty())
        emit dataChanged(index(0, TargetColumn), index(int(m_rows.size()) - 1, TargetColumn));
    const int first = int(m_entries.size());
    QList<int> shown;
    for (int k = 0; k < int(entries.size()); ++k) {
        if (matches(entries.at(k)))
            shown.append(first + k);
    }
    if (shown.isEmpty()) {
        // Kept all the same: clearing the filter must show them.
        m_entries += entries;
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row + int(shown.size()) - 1);
    m_entries += entries;
    m_rows += shown;
    endInsertRows();
}

void AuditModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    rebuildRows();
    endResetModel();
}

void AuditModel::setTargetNames(NameOf targetName)
{
    m_targetName = std::move(targetName);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TargetColumn), index(int(m_rows.size()) - 1, TargetColumn));
}

} // namespace insights
