// The small item models under QAbstractItemModelTester: services, audit trail, consents and
// storage locations. Each one tells views exactly what changed, and resets only when told to.
#include "auditmodel.h"
#include "consentlistmodel.h"
#include "domainjson.h"
#include "servicetablemodel.h"
#include "storagelocationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace insights;

namespace {

QString serviceId(int i)
{
    return QString("svc-%1").arg(i, 4, 10, QChar('0'));
}

QString customerId(int i)
{
    return QString("cus-%1").arg(i, 4, 10, QChar('0'));
}

Service service(int i, DeploymentStatus state = DeploymentStatus::Ready)
{
    Service s;
    s.id = serviceId(i);
    s.customerId = customerId(i);
    s.settings.tenant.name = QString("Tenant-%1").arg(i);
    s.settings.tenant.domain = QString("t%1.onmicrosoft.com").arg(i);
    s.settings.tenant.shortName = QString("T%1").arg(i);
    s.settings.tenant.userType = UserType::Essential;
    s.settings.tenant.includedUsers = 100;
    s.settings.tenant.storageLocation = "westeurope";
    s.deploymentStatus = state;
    s.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 30), Qt::UTC).addSecs(i * 60);
    s.createdBy = "alice";
    if (state == DeploymentStatus::PendingConsents)
        s.alarms << Alarm{"consent-required", "warning", "Customer must consent", {}};
    if (state == DeploymentStatus::DeploymentError)
        s.alarms << Alarm{"deployment-failed", "error", "register-bots failed", {}};
    return s;
}

Service proService(int i)
{
    Service s = service(i);
    s.settings.tenant.userType = UserType::Pro;
    s.settings.compliance.advancedStorage = true;
    s.storage.primary = StoragePlacement{"westeurope", QString("t%1-primary").arg(i), false, {}};
    s.storage.replica = StoragePlacement{"northeurope", QString("t%1-replica").arg(i), false, {}};
    return s;
}

CachedChange change(const Service &s)
{
    return {"service", s.id, false, DomainJson::toJson(s)};
}

QList<Service> services(int n)
{
    QList<Service> out;
    for (int i = 0; i < n; ++i)
        out << service(i);
    return out;
}

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
    // ServiceTableModel

    void serviceColumns()
    {
        ServiceTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load({service(0, DeploymentStatus::PendingConsents), proService(1),
                service(2, DeploymentStatus::Deleted),
                service(3, DeploymentStatus::DeploymentError)});
        QCOMPARE(m.rowCount(), 3); // the deleted one is not listed
        QCOMPARE(m.columnCount(), 11);
        QCOMPARE(m.rowOf(serviceId(2)), -1);

        const int pending = m.rowOf(serviceId(0));
        QCOMPARE(m.index(pending, ServiceTableModel::StatusColumn).data().toString(),
                 QString("Warning"));
        QCOMPARE(m.index(pending, ServiceTableModel::TenantNameColumn).data().toString(),
                 QString("Tenant-0"));
        QCOMPARE(m.index(pending, ServiceTableModel::DomainColumn).data().toString(),
                 QString("t0.onmicrosoft.com"));
        QCOMPARE(m.index(pending, ServiceTableModel::CustomerColumn).data().toString(),
                 customerId(0));
        QCOMPARE(m.index(pending, ServiceTableModel::LicenseColumn).data().toString(),
                 QString("Audio Recording"));
        QCOMPARE(m.index(pending, ServiceTableModel::UserTypeColumn).data().toString(),
                 QString("Essential"));
        QCOMPARE(m.index(pending, ServiceTableModel::StorageColumn).data().toString(),
                 QString("West Europe (Netherlands)"));
        QVERIFY(m.index(pending, ServiceTableModel::ReplicaColumn).data().toString().isEmpty());
        QCOMPARE(m.index(pending, ServiceTableModel::DeploymentColumn).data().toString(),
                 QString("Pending consents"));
        QCOMPARE(m.index(pending, ServiceTableModel::AlarmColumn).data().toString(),
                 QString("Customer must consent"));
        QCOMPARE(m.index(pending, ServiceTableModel::CreatedColumn).data().toString(),
                 service(0).createdAt.toLocalTime().toString("yyyy-MM-dd HH:mm"));
        QCOMPARE(m.index(pending, 0).data(ServiceTableModel::DeploymentStatusRole).toInt(),
                 int(DeploymentStatus::PendingConsents));
        QCOMPARE(m.index(pending, 0).data(ServiceTableModel::HealthStatusRole).toInt(),
                 int(HealthStatus::Warning));
        QCOMPARE(m.index(pending, 0).data(ServiceTableModel::ServiceIdRole).toString(),
                 serviceId(0));
        QCOMPARE(m.index(pending, 0).data(ServiceTableModel::CustomerIdRole).toString(),
                 customerId(0));

        const int pro = m.rowOf(serviceId(1));
        QCOMPARE(m.index(pro, ServiceTableModel::StatusColumn).data().toString(), QString("OK"));
        QCOMPARE(m.index(pro, ServiceTableModel::LicenseColumn).data().toString(),
                 QString("Audio & Redundancy"));
        QCOMPARE(m.index(pro, ServiceTableModel::UserTypeColumn).data().toString(), QString("Pro"));
        QCOMPARE(m.index(pro, ServiceTableModel::ReplicaColumn).data().toString(),
                 QString("North Europe (Ireland)"));
        QVERIFY(m.index(pro, ServiceTableModel::AlarmColumn).data().toString().isEmpty());

        const int failed = m.rowOf(serviceId(3));
        QCOMPARE(m.index(failed, ServiceTableModel::StatusColumn).data().toString(),
                 QString("Error"));
        QCOMPARE(m.index(failed, ServiceTableModel::AlarmColumn).data().toString(),
                 QString("register-bots failed"));

        QCOMPARE(m.headerData(ServiceTableModel::ReplicaColumn, Qt::Horizontal).toString(),
                 QString("Replica region"));
        QCOMPARE(m.serviceAt(failed)->id, serviceId(3));
        QVERIFY(!m.serviceAt(3));
        QVERIFY(!m.serviceAt(-1));
    }

    void serviceUpdateChangesExactlyItsRow()
    {
        ServiceTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load(services(10));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);

        m.applyChanges({change(service(4, DeploymentStatus::DeploymentError))});

        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 4);
        QCOMPARE(changed[0][1].toModelIndex().row(), 4);
        QCOMPARE(changed[0][0].toModelIndex().column(), 0);
        QCOMPARE(changed[0][1].toModelIndex().column(), ServiceTableModel::ColumnCount - 1);
        QCOMPARE(m.index(4, ServiceTableModel::StatusColumn).data().toString(), QString("Error"));
        QCOMPARE(m.index(4, ServiceTableModel::DeploymentColumn).data().toString(),
                 QString("Deployment error"));

        // The same state again changes nothing; other kinds of change are not this model's.
        changed.clear();
        Customer c;
        c.id = customerId(4);
        m.applyChanges({change(service(4, DeploymentStatus::DeploymentError)),
                        {"customer", c.id, false, DomainJson::toJson(c)},
                        {"operation", "op-1", false, {}},
                        {"customer", customerId(5), true, {}}});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m.rowCount(), 10);
    }

    void deletedServiceRemovesExactlyItsRow()
    {
        ServiceTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load(services(10));
        const QPersistentModelIndex selected = m.index(8, 1);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);

        m.applyChanges({change(service(5, DeploymentStatus::Deleted))});

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed[0][1].toInt(), 5);
        QCOMPARE(removed[0][2].toInt(), 5);
        QCOMPARE(m.rowCount(), 9);
        QCOMPARE(m.rowOf(serviceId(5)), -1);
        QCOMPARE(m.rowOf(serviceId(6)), 5);
        QCOMPARE(selected.row(), 7);
        QCOMPARE(selected.data(ServiceTableModel::ServiceIdRole).toString(), serviceId(8));

        // The index was rebuilt: a later update finds its row.
        m.applyChanges({change(service(9, DeploymentStatus::Deleting))});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 8);
        QCOMPARE(m.index(8, ServiceTableModel::DeploymentColumn).data().toString(),
                 QString("Deleting"));

        // A change the feed marks deleted removes the row as well; an unknown id does nothing.
        m.applyChanges({{"service", serviceId(0), true, {}},
                        {"service", "svc-none", true, {}},
                        change(service(77, DeploymentStatus::Deleted))});
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed[1][1].toInt(), 0);
        QCOMPARE(m.rowCount(), 8);
        QCOMPARE(column(m, 0, ServiceTableModel::ServiceIdRole).first(), serviceId(1));
        QCOMPARE(reset.count(), 0);
    }

    void newServiceInsertsOneRowAtTheEnd()
    {
        ServiceTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load(services(5));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

        m.applyChanges({change(proService(42))});

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 5);
        QCOMPARE(inserted[0][2].toInt(), 5);
        QCOMPARE(m.rowCount(), 6);
        QCOMPARE(m.rowOf(serviceId(42)), 5);
        QCOMPARE(m.index(5, ServiceTableModel::TenantNameColumn).data().toString(),
                 QString("Tenant-42"));
        QCOMPARE(m.index(5, ServiceTableModel::ReplicaColumn).data().toString(),
                 QString("North Europe (Ireland)"));
    }

    void customerFilter()
    {
        ServiceTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.load(services(6));
        m.setCustomerFilter(customerId(2));
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.serviceAt(0)->id, serviceId(2));
        QCOMPARE(m.rowOf(serviceId(3)), -1);

        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);

        // Changes to other customers' services are kept, but not shown.
        m.applyChanges({change(service(3, DeploymentStatus::DeploymentError)), change(service(50)),
                        change(service(4, DeploymentStatus::Deleted))});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);

        // A second service of the shown customer (after the first was deleted, say).
        Service second = service(60);
        second.customerId = customerId(2);
        m.applyChanges({change(second), change(service(2, DeploymentStatus::Deleting))});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 0);
        QCOMPARE(reset.count(), 0);

        m.setCustomerFilter(QString());
        QCOMPARE(reset.count(), 1);
        // Arrival order, with the hidden changes applied and svc-0004 gone.
        QCOMPARE(column(m, 0, ServiceTableModel::ServiceIdRole),
                 (QStringList{serviceId(0), serviceId(1), serviceId(2), serviceId(3), serviceId(5),
                              serviceId(50), serviceId(60)}));
        QCOMPARE(m.index(m.rowOf(serviceId(3)), ServiceTableModel::StatusColumn).data().toString(),
                 QString("Error"));
        m.setCustomerFilter(QString()); // unchanged: no reset
        QCOMPARE(reset.count(), 1);

        m.setCustomerFilter("cus-none");
        QCOMPARE(m.rowCount(), 0);
        m.load(services(3)); // a reload keeps the filter
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.customerFilter(), QString("cus-none"));
    }

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
