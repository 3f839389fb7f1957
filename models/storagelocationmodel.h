#pragma once

#include "storagelocations.h"

#include <QAbstractListModel>

namespace insights {

// The selectable storage locations, as the tenant form's combo box lists them.
class StorageLocationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        LocationIdRole = Qt::UserRole + 1,
        GeographyRole,
        RegionRole,
        HasPairRole,         // bool: whether it can carry Advanced Storage (Pro)
        PairedRegionIdRole,  // empty without a pair
        PairedRegionNameRole // empty without a pair
    };

    explicit StorageLocationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of this location id, or -1.
    int rowOf(const QString &id) const;
    // Null when the row does not exist.
    const StorageLocation *locationAt(int row) const;

private:
    const StorageLocations &m_table;
};

} // namespace insights
