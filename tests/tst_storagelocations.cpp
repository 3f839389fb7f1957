// Every row of domain.md's storage-location table, read through the one class both sides use.
#include "storagelocations.h"

#include <QTest>

using namespace insights;

class TestStorageLocations : public QObject
{
    Q_OBJECT

private slots:
    void everyRow_data()
    {
        QTest::addColumn<QString>("geography");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("paired");
        const char *rows[][4] = {
            {"eastus", "United States", "East US", "westus"},
            {"westus", "United States", "West US", "eastus"},
            {"eastus2", "United States", "East US 2", "centralus"},
            {"centralus", "United States", "Central US", "eastus2"},
            {"northcentralus", "United States", "North Central US", "southcentralus"},
            {"southcentralus", "United States", "South Central US", "northcentralus"},
            {"westus2", "United States", "West US 2", "westcentralus"},
            {"westus3", "United States", "West US 3", "eastus"},
            {"canadacentral", "Canada", "Canada Central", "canadaeast"},
            {"canadaeast", "Canada", "Canada East", "canadacentral"},
            {"brazilsouth", "Brazil", "Brazil South", "southcentralus"},
            {"northeurope", "Europe", "North Europe (Ireland)", "westeurope"},
            {"westeurope", "Europe", "West Europe (Netherlands)", "northeurope"},
            {"uksouth", "United Kingdom", "UK South", "ukwest"},
            {"ukwest", "United Kingdom", "UK West", "uksouth"},
            {"francecentral", "France", "France Central", "francesouth"},
            {"germanywestcentral", "Germany", "Germany West Central", "germanynorth"},
            {"switzerlandnorth", "Switzerland", "Switzerland North", "switzerlandwest"},
            {"norwayeast", "Norway", "Norway East", "norwaywest"},
            {"swedencentral", "Sweden", "Sweden Central", "swedensouth"},
            {"uaenorth", "United Arab Emirates", "UAE North", "uaecentral"},
            {"southafricanorth", "South Africa", "South Africa North", "southafricawest"},
            {"centralindia", "India", "Central India", "southindia"},
            {"japaneast", "Japan", "Japan East", "japanwest"},
            {"koreacentral", "Korea", "Korea Central", "koreasouth"},
            {"eastasia", "Asia Pacific", "East Asia (Hong Kong)", "southeastasia"},
            {"southeastasia", "Asia Pacific", "Southeast Asia (Singapore)", "eastasia"},
            {"australiaeast", "Australia", "Australia East", "australiasoutheast"},
            {"qatarcentral", "Qatar", "Qatar Central", ""},
            {"polandcentral", "Poland", "Poland Central", ""},
            {"italynorth", "Italy", "Italy North", ""},
            {"israelcentral", "Israel", "Israel Central", ""},
            {"spaincentral", "Spain", "Spain Central", ""},
        };
        for (const auto &r : rows)
            QTest::newRow(r[0]) << QString(r[1]) << QString(r[2]) << QString(r[3]);
    }
    void everyRow()
    {
        QFETCH(QString, geography);
        QFETCH(QString, region);
        QFETCH(QString, paired);
        const StorageLocation *l =
            StorageLocations::builtIn().find(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(l);
        QCOMPARE(l->geography, geography);
        QCOMPARE(l->region, region);
        QCOMPARE(l->pairedRegion, paired);
        QCOMPARE(l->hasPair(), !paired.isEmpty());
        QCOMPARE(l->displayName(), geography + QStringLiteral(" — ") + region);
        if (l->hasPair()) {
            const QString pairName = StorageLocations::builtIn().regionName(paired);
            QVERIFY2(pairName != paired, "every paired region has a readable name");
        }
    }

    void tableSize() { QCOMPARE(StorageLocations::builtIn().all().size(), 33); }

    void names()
    {
        const auto &t = StorageLocations::builtIn();
        QCOMPARE(t.regionName(u"westcentralus"), QStringLiteral("West Central US"));
        QCOMPARE(t.regionName(u"northeurope"), QStringLiteral("North Europe (Ireland)"));
        QVERIFY(!t.find(u"marsnorth"));
    }

    void badJsonIsRejected()
    {
        QString error;
        QVERIFY(StorageLocations::fromJson("not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(
            StorageLocations::fromJson(R"({"locations":[{"geography":"X"}]})", &error).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestStorageLocations)
#include "tst_storagelocations.moc"
