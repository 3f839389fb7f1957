#include "storagelocations.h"

#include "fieldnames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

static void initDomainResources()
{
    Q_INIT_RESOURCE(insights_domain_data);
}

namespace insights {

QString StorageLocation::displayName() const
{
    return StorageLocations::tr("%1 — %2").arg(geography, region);
}

const StorageLocations &StorageLocations::builtIn()
{
    static const StorageLocations table = [] {
        initDomainResources();
        QFile file(QStringLiteral(":/insights/storage-locations.json"));
        QString error;
        StorageLocations t;
        if (file.open(QIODevice::ReadOnly))
            t = fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        // The file is compiled in; failing to read it is a build defect, not a runtime state.
        if (t.isEmpty())
            qFatal("storage-locations.json is not usable: %s", qPrintable(error));
        return t;
    }();
    return table;
}

StorageLocations StorageLocations::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    StorageLocations t;
    if (!doc.isObject()) {
        if (error)
            *error = parseError.errorString();
        return t;
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QStringLiteral("locations")).toArray()) {
        const QJsonObject o = v.toObject();
        StorageLocation loc{o.value(field::id).toString(), o.value(field::geography).toString(),
                            o.value(field::region).toString(),
                            o.value(field::pairedRegion).toString()};
        if (loc.id.isEmpty() || loc.region.isEmpty()) {
            if (error)
                *error = tr("a location without an id or region");
            return {};
        }
        t.m_locations << loc;
    }
    const QJsonObject names = root.value(QStringLiteral("pairOnlyRegions")).toObject();
    for (auto it = names.begin(); it != names.end(); ++it)
        t.m_pairOnlyNames.insert(it.key(), it.value().toString());
    if (t.m_locations.isEmpty() && error)
        *error = tr("no locations");
    return t;
}

const StorageLocation *StorageLocations::find(QStringView id) const
{
    for (const StorageLocation &l : m_locations) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QString StorageLocations::regionName(QStringView id) const
{
    if (const StorageLocation *l = find(id))
        return l->region;
    return m_pairOnlyNames.value(id.toString(), id.toString());
}

} // namespace insights
