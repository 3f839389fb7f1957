#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace insights {

struct StorageLocation
{
    QString id;
    QString geography;
    QString region;
    QString pairedRegion; // an id; empty when the location has no pair

    bool hasPair() const { return !pairedRegion.isEmpty(); }
    // "Europe — North Europe (Ireland)", as the combo box shows it.
    QString displayName() const;
};

// The storage-location table of domain.md, loaded from resources/storage-locations.json.
// Both the console and the server read it through this class.
class StorageLocations
{
    Q_DECLARE_TR_FUNCTIONS(StorageLocations)

public:
    // The table embedded in the binary (":/insights/storage-locations.json").
    static const StorageLocations &builtIn();
    // Parses the resource's format; on failure returns an empty table and sets *error.
    static StorageLocations fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<StorageLocation> &all() const { return m_locations; }
    const StorageLocation *find(QStringView id) const;
    // The region's name for any id, including paired regions that are not selectable.
    QString regionName(QStringView id) const;
    bool isEmpty() const { return m_locations.isEmpty(); }

private:
    QList<StorageLocation> m_locations;
    QHash<QString, QString> m_pairOnlyNames;
};

} // namespace insights
