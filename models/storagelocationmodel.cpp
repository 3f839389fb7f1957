#include "storagelocationmodel.h"

namespace insights {

StorageLocationModel::StorageLocationModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_table(StorageLocations::builtIn())
{}

int StorageLocationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.all().size());
}

const StorageLocation *StorageLocationModel::locationAt(int row) const
{
    if (row < 0 || row >= int(m_table.all().size()))
        return nullptr;
    return &m_table.all().at(row);
}

int StorageLocationModel::rowOf(const QString &id) const
{
    const QList<StorageLocation> &all = m_table.all();
    for (int row = 0; row < int(all.size()); ++row) {
        if (all.at(row).id == id)
            return row;
    }
    return -1;
}

QVariant StorageLocationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != 0)
        return {};
    const StorageLocation *l = locationAt(index.row());
    if (!l)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // Said in the list itself, so that nobody picks it for a Pro tenant and learns why later.
        return l->hasPair() ? l->displayName() : tr("%1 (no paired region)").arg(l->displayName());
    case Qt::ToolTipRole:
        return l->hasPair() ? tr("Paired with %1: can carry Advanced Storage (Pro)")
                                  .arg(m_table.regionName(l->pairedRegion))
                            : tr("No paired region: not available for Pro tenants");
    case LocationIdRole:
        return l->id;
    case GeographyRole:
        return l->geography;
    case RegionRole:
        return l->region;
    case HasPairRole:
        return l->hasPair();
    case PairedRegionIdRole:
        return l->pairedRegion;
    case PairedRegionNameRole:
        return l->hasPair() ? m_table.regionName(l->pairedRegion) : QString();
    default:
        return {};
    }
}

} // namespace insights
