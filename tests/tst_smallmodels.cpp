// The small item models under QAbstractItemModelTester: audit trail, consents and storage
// locations (the services table is tst_servicetable). Each one tells views exactly what
// changed, and resets only when told to.
#include "auditmodel.h"
#include "consentlistmodel.h"
#include "domainjson.h"
#include "storagelocationmodel.h"
#include "support/sampleservices.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace insights;
using namespace insights::samples;

namespace {

QStringList column(const QAbstractItemModel &m, int col, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data(role).toString();
    return out;
}

AuditEntry audit(int minute, const QString &actor, const QString &action, const QString &target,
                 const QString &result = "success", const QString &detail = {})
{
    return {QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(-minute * 60),
            actor,
            action,
            target,
            result,
            detail};
}

ConsentState consent(const QString &id, const QString &name, bool granted = false)
{
    ConsentState c;
    c.id = id;
    c.name = name;
    c.granted = granted;
    if (granted)
        c.grantedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
    return c;
}

Service withConsents(const QString &id, const QList<ConsentState> &consents)
{
    Service s = service(1, DeploymentStatus::PendingConsents);
    s.id = id;
    s.consents = consents;
    return s;
}

QList<ConsentState> essentialConsents()
{
    return {consent("m365-login", "M365 Login", true),
            consent("read-directory", "Read Azure Active Directory Users and Groups"),
            consent("recording-calls", "Recording Calls")};
}

} // namespace

class TestSmallModels : public QObject
{
    Q_OBJECT

private slots:
    // AuditModel

    void auditColumnsAndFilter()
    {
        AuditModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<AuditEntry> page{
            audit(0, "alice", "service.update", "svc-0001", "success", "userType pro"),
            audit(1, "bob", "login", "bob", "failure", "wrong password"),
            audit(2, "Alice", "customer.create", "cus-0002"),
            audit(3, "carol", "service.delete", "svc-0003", "success", "requested by ALICE"),
            audit(4, "bob", "customer.delete", "cus-0004", "refused", "403"),
        };
        m.setEntries(page);
        QCOMPARE(m.rowCount(), 5);
        QCOMPARE(m.columnCount(), 6);
        QCOMPARE(m.index(0, AuditModel::WhenColumn).data().toString(),
                 page[0].at.toLocalTime().toString("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(m.index(1, AuditModel::WhoColumn).data().toString(), QString("bob"));
        QCOMPARE(m.index(1, AuditModel::ActionColumn).data().toString(), QString("Sign-in"));
        QCOMPARE(m.index(1, AuditModel::ActionColumn).data(Qt::ToolTipRole).toString(),
                 QString("login")); // the id stays in the tooltip
        QCOMPARE(m.index(1, AuditModel::TargetColumn).data().toString(), QString("bob"));
        QCOMPARE(m.index(1, AuditModel::ResultColumn).data().toString(), QString("failure"));
        QCOMPARE(m.index(1, AuditModel::DetailColumn).data().toString(), QString("wrong password"));
        QCOMPARE(m.index(1, 0).data(AuditModel::TimestampRole).toDateTime(), page[1].at);
        QCOMPARE(m.headerData(AuditModel::WhenColumn, Qt::Horizontal).toString(), QString("When"));

        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.setFilterText("aLiCe"); // actor in either case, and the detail
        QCOMPARE(reset.count(), 1);
        QCOMPARE(column(m, AuditModel::TargetColumn),
                 (QStringList{"svc-0001", "cus-0002", "svc-0003"}));
        QCOMPARE(m.entryAt(2)->actor, QString("carol"));
        QVERIFY(!m.entryAt(3));

        m.setFilterText("SERVICE."); // action
        QCOMPARE(m.rowCount(), 2);
        m.setFilterText("cus-0004"); // target
        QCOMPARE(column(m, AuditModel::WhoColumn), QStringList{"bob"});
        m.setFilterText("nothing like it");
        QCOMPARE(m.rowCount(), 0);
        m.setFilterText("");
        QCOMPARE(m.rowCount(), 5);
    }

    void aDeletedCustomerReadsAsItsNameInTheTrail()
    {
        AuditModel m;
        m.setTargetNames(
            [](const QString &id) { return id == "cus-live" ? QString("Live Ltd") : QString(); });
        // Newest first: the customer is gone from the tables, its create and delete remain.
        m.setEntries({audit(0, "alice", "customer.delete", "cus-gone", "success", "Gone GmbH"),
                      audit(1, "alice", "customer.update", "cus-gone", "success", "description"),
                      audit(2, "alice", "customer.update", "cus-live", "success", "description"),
                      audit(3, "bob", "customer.delete", "cus-other", "refused", "403")});
        QCOMPARE(column(m, AuditModel::TargetColumn),
                 (QStringList{"Gone GmbH", "Gone GmbH", "Live Ltd", "cus-other"}));
        QCOMPARE(m.index(1, AuditModel::TargetColumn).data(Qt::ToolTipRole).toString(),
                 QString("Gone GmbH (cus-gone)"));
        // An older page names an id of the page before, and the view hears of it.
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.appendOlder({audit(4, "alice", "customer.create", "cus-other", "success", "Other AG")});
        QCOMPARE(m.index(3, AuditModel::TargetColumn).data().toString(), QString("Other AG"));
        QCOMPARE(changed.count(), 1);
        m.setFilterText("gone gmbh");
        QCOMPARE(m.rowCount(), 2);
    }

    void auditOlderPagesGoAtTheEnd()
    {
        AuditModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setEntries({audit(0, "alice", "login", "alice"), audit(1, "bob", "login", "bob")});
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);

        m.appendOlder({audit(2, "carol", "login", "carol"), audit(3, "dave", "login", "dave")});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 2);
        QCOMPARE(inserted[0][2].toInt(), 3);
        QCOMPARE(column(m, AuditModel::WhoColumn), (QStringList{"alice", "bob", "carol", "dave"}));

        // With a filter, only the matching part of a page is inserted, still at the end.
        m.setFilterText("bob");
        QCOMPARE(m.rowCount(), 1);
        reset.clear();
        inserted.clear();
        m.appendOlder({audit(4, "erin", "login", "erin"),
                       audit(5, "bob", "service.create", "svc-0009"),
                       audit(6, "frank", "login", "frank", "success", "on behalf of Bob")});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 1);
        QCOMPARE(inserted[0][2].toInt(), 2);
        QCOMPARE(column(m, AuditModel::TargetColumn), (QStringList{"bob", "svc-0009", "frank"}));

        // A page with nothing to show inserts nothing, but clearing the filter shows it.
        m.appendOlder({audit(7, "gina", "login", "gina")});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m.loadedCount(), 8);
        m.setFilterText("");
        QCOMPARE(m.rowCount(), 8);
        QCOMPARE(m.entryAt(7)->actor, QString("gina"));
        m.appendOlder({});
        QCOMPARE(m.rowCount(), 8);
    }

    // ConsentListModel

    void consentRowsAndCheckState()
    {
        ConsentListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.missingCount(), 0);
        m.setService(withConsents("svc-1", essentialConsents()));
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.serviceId(), QString("svc-1"));
        QCOMPARE(m.index(0).data().toString(), QString("M365 Login"));
        QCOMPARE(m.index(0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(m.index(1).data(ConsentListModel::ConsentIdRole).toString(),
                 QString("read-directory"));
        QCOMPARE(m.index(0).data(ConsentListModel::GrantedRole).toBool(), true);
        QCOMPARE(m.index(1).data(ConsentListModel::GrantedRole).toBool(), false);
        QVERIFY(m.index(0).data(ConsentListModel::GrantedAtRole).toDateTime().isValid());
        QVERIFY(!m.index(1).data(ConsentListModel::GrantedAtRole).toDateTime().isValid());
        QCOMPARE(m.index(2).data(ConsentListModel::RequiredRole).toBool(), true);
        QCOMPARE(m.missingCount(), 2);
        // Read-only: the customer grants consents, not the console.
        QVERIFY(!(m.flags(m.index(0)) & Qt::ItemIsUserCheckable));
        QVERIFY(!m.setData(m.index(1), int(Qt::Checked), Qt::CheckStateRole));
    }

    void consentGrantChangesJustItsRow()
    {
        ConsentListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ConsentState> consents = essentialConsents();
        m.setService(withConsents("svc-1", consents));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

        consents[1].granted = true;
        consents[1].grantedAt = QDateTime(QDate(2026, 2, 2), QTime(9, 0), Qt::UTC);
        m.setService(withConsents("svc-1", consents));

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 1);
        QCOMPARE(changed[0][1].toModelIndex().row(), 1);
        QCOMPARE(m.index(1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(m.index(1).data(ConsentListModel::GrantedAtRole).toDateTime(),
                 consents[1].grantedAt);
        QCOMPARE(m.missingCount(), 1);

        // The same state again: nothing to say.
        m.setService(withConsents("svc-1", consents));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);

        // An upgrade to pro adds a consent: a different list, so a reset.
        consents << consent("redundant-recording-calls", "Redundant Recording Calls");
        m.setService(withConsents("svc-1", consents));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(m.missingCount(), 2);

        // Another service with the very same consent ids is still another service.
        m.setService(withConsents("svc-2", consents));
        QCOMPARE(reset.count(), 2);
        QCOMPARE(m.serviceId(), QString("svc-2"));
        QCOMPARE(changed.count(), 1);
    }

    void consentWithoutANameShowsTheCatalogName()
    {
        ConsentListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConsentState optional = consent("redundant-recording-calls", {});
        optional.required = false;
        m.setService(withConsents("svc-3", {consent("recording-calls", {}), optional}));
        QCOMPARE(m.index(0).data().toString(), QString("Recording Calls"));
        QCOMPARE(m.index(1).data(ConsentListModel::RequiredRole).toBool(), false);
        QCOMPARE(m.missingCount(), 1); // an optional consent is never missing
    }

    // StorageLocationModel

    void storageLocations()
    {
        StorageLocationModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 33);

        const int qatar = m.rowOf("qatarcentral");
        QVERIFY(qatar >= 0);
        const QModelIndex q = m.index(qatar);
        QCOMPARE(q.data(StorageLocationModel::LocationIdRole).toString(), QString("qatarcentral"));
        QCOMPARE(q.data(StorageLocationModel::HasPairRole).toBool(), false);
        QVERIFY(q.data().toString().startsWith("Qatar — Qatar Central"));
        QVERIFY(q.data().toString().contains("no paired region"));
        QVERIFY(q.data(StorageLocationModel::PairedRegionIdRole).toString().isEmpty());
        QVERIFY(q.data(StorageLocationModel::PairedRegionNameRole).toString().isEmpty());

        const QModelIndex w = m.index(m.rowOf("westeurope"));
        QCOMPARE(w.data().toString(), QString("Europe — West Europe (Netherlands)"));
        QCOMPARE(w.data(StorageLocationModel::GeographyRole).toString(), QString("Europe"));
        QCOMPARE(w.data(StorageLocationModel::RegionRole).toString(),
                 QString("West Europe (Netherlands)"));
        QCOMPARE(w.data(StorageLocationModel::HasPairRole).toBool(), true);
        QCOMPARE(w.data(StorageLocationModel::PairedRegionIdRole).toString(),
                 QString("northeurope"));
        QCOMPARE(w.data(StorageLocationModel::PairedRegionNameRole).toString(),
                 QString("North Europe (Ireland)"));

        // A pair that is not itself selectable still has a readable name.
        QCOMPARE(
            m.index(m.rowOf("westus2")).data(StorageLocationModel::PairedRegionNameRole).toString(),
            QString("West Central US"));

        int unpaired = 0;
        for (int row = 0; row < m.rowCount(); ++row) {
            const bool paired = m.index(row).data(StorageLocationModel::HasPairRole).toBool();
            QCOMPARE(m.index(row).data().toString().contains("no paired region"), !paired);
            unpaired += paired ? 0 : 1;
        }
        QCOMPARE(unpaired, 5);
        QCOMPARE(m.rowOf("nowhere"), -1);
        QCOMPARE(m.locationAt(m.rowOf("uksouth"))->pairedRegion, QString("ukwest"));
        QVERIFY(!m.locationAt(33));
    }
};

QTEST_GUILESS_MAIN(TestSmallModels)
#include "tst_smallmodels.moc"
