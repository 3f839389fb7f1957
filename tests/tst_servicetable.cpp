// The services table under QAbstractItemModelTester, on the customers table's records as in
// the window: it tells views exactly what changed, keeps the deleted services itself, and
// reads a whole service from the cache only when asked.
#include "customertablemodel.h"
#include "domainjson.h"
#include "localcache.h"
#include "servicetablemodel.h"
#include "support/sampleservices.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace insights;
using namespace insights::samples;

namespace {

Customer customer(int i)
{
    Customer c;
    c.id = customerId(i);
    c.displayName = QString("Customer %1").arg(i);
    c.createdBy = "alice";
    c.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    c.updatedAt = c.createdAt;
    return c;
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

CachedChange change(const Customer &c)
{
    return {"customer", c.id, false, DomainJson::toJson(c)};
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

// The two tables as the window holds them: a sync batch goes to the customers first.
struct Tables
{
    CustomerTableModel customers;
    ServiceTableModel services{&customers};

    void load(const QList<Service> &all)
    {
        QList<Customer> owners;
        QList<Service> deleted;
        for (const Service &s : all) {
            owners << customer(s.customerId.mid(4).toInt());
            if (s.deploymentStatus == DeploymentStatus::Deleted)
                deleted << s;
        }
        customers.load(owners, all);
        services.loadDeleted(deleted);
    }
    void apply(const QList<CachedChange> &changes)
    {
        customers.applyChanges(changes);
        services.applyChanges(changes);
    }
};

} // namespace

class TestServiceTable : public QObject
{
    Q_OBJECT

private slots:
    void columns()
    {
        Tables t;
        ServiceTableModel &m = t.services;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        t.load({service(0, DeploymentStatus::PendingConsents), proService(1),
                service(2, DeploymentStatus::Deleted),
                service(3, DeploymentStatus::DeploymentError)});
        QCOMPARE(m.rowCount(), 3); // the deleted one is not listed
        QCOMPARE(m.columnCount(), 11);
        QCOMPARE(m.rowOf(serviceId(2)), -1);
        QCOMPARE(m.summary(), QString("3 services"));

        const int pending = m.rowOf(serviceId(0));
        auto cell = [&](int row, int col) { return m.index(row, col).data().toString(); };
        QCOMPARE(cell(pending, ServiceTableModel::StatusColumn), QString("Warning"));
        QCOMPARE(cell(pending, ServiceTableModel::TenantNameColumn), QString("Tenant-0"));
        QCOMPARE(cell(pending, ServiceTableModel::DomainColumn), QString("t0.onmicrosoft.com"));
        QCOMPARE(cell(pending, ServiceTableModel::CustomerColumn), QString("Customer 0"));
        QCOMPARE(cell(pending, ServiceTableModel::LicenseColumn), QString("Audio Recording"));
        QCOMPARE(cell(pending, ServiceTableModel::UserTypeColumn), QString("Essential"));
        QCOMPARE(cell(pending, ServiceTableModel::StorageColumn),
                 QString("West Europe (Netherlands)"));
        QVERIFY(cell(pending, ServiceTableModel::ReplicaColumn).isEmpty());
        QCOMPARE(cell(pending, ServiceTableModel::DeploymentColumn), QString("Pending consents"));
        QCOMPARE(cell(pending, ServiceTableModel::AlarmColumn), QString("Customer must consent"));
        QCOMPARE(cell(pending, ServiceTableModel::CreatedColumn),
                 service(0).createdAt.toLocalTime().toString("yyyy-MM-dd HH:mm"));
        const QModelIndex first = m.index(pending, 0);
        QCOMPARE(first.data(ServiceTableModel::DeploymentStatusRole).toInt(),
                 int(DeploymentStatus::PendingConsents));
        QCOMPARE(first.data(ServiceTableModel::HealthStatusRole).toInt(),
                 int(HealthStatus::Warning));
        QCOMPARE(first.data(ServiceTableModel::ServiceIdRole).toString(), serviceId(0));
        QCOMPARE(first.data(ServiceTableModel::CustomerIdRole).toString(), customerId(0));

        const int pro = m.rowOf(serviceId(1));
        QCOMPARE(cell(pro, ServiceTableModel::StatusColumn), QString("OK"));
        QCOMPARE(cell(pro, ServiceTableModel::LicenseColumn), QString("Audio & Redundancy"));
        QCOMPARE(cell(pro, ServiceTableModel::UserTypeColumn), QString("Pro"));
        QCOMPARE(cell(pro, ServiceTableModel::ReplicaColumn), QString("North Europe (Ireland)"));
        QVERIFY(cell(pro, ServiceTableModel::AlarmColumn).isEmpty());

        const int failed = m.rowOf(serviceId(3));
        QCOMPARE(cell(failed, ServiceTableModel::StatusColumn), QString("Error"));
        QCOMPARE(cell(failed, ServiceTableModel::AlarmColumn), QString("register-bots failed"));
        QCOMPARE(m.serviceIdAt(failed), serviceId(3));
        QVERIFY(m.serviceIdAt(3).isEmpty());
        QCOMPARE(m.headerData(ServiceTableModel::ReplicaColumn, Qt::Horizontal).toString(),
                 QString("Replica region"));

        // Under "Deleted services", the deleted one alone, and what a row does not know.
        m.setDeletedOnly(true);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(cell(0, ServiceTableModel::StatusColumn), QString("Deleted"));
        QCOMPARE(cell(0, ServiceTableModel::CustomerColumn), QString("Customer 2"));
        QCOMPARE(m.summary(), QString("1 deleted service"));
        QCOMPARE(m.tenantNameOf(serviceId(2)), QString("Tenant-2"));
        QCOMPARE(m.tenantNameOf(serviceId(1)), QString("Tenant-1"));
        QVERIFY(m.tenantNameOf("svc-none").isEmpty());
        QVERIFY(m.hasLiveService(customerId(1)));
        QVERIFY(!m.hasLiveService(customerId(2)));
    }

    void updateChangesExactlyItsRow()
    {
        Tables t;
        ServiceTableModel &m = t.services;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        t.load(services(10));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);

        t.apply({change(service(4, DeploymentStatus::DeploymentError))});

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

        // A renamed customer: its service's row shows the new name.
        Customer renamed = customer(6);
        renamed.displayName = "Renamed Ltd";
        changed.clear();
        t.apply({change(renamed), {"operation", "op-1", false, {}}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed[0][0].toModelIndex().row(), 6);
        QCOMPARE(m.index(6, ServiceTableModel::CustomerColumn).data().toString(),
                 QString("Renamed Ltd"));
        m.setFilterText("renamed");
        QCOMPARE(column(m, 0, ServiceTableModel::ServiceIdRole), QStringList{serviceId(6)});
        QCOMPARE(m.summary(), QString("1 of 10 services"));
        QCOMPARE(reset.count(), 1);
    }

    void deletedServiceMovesToTheDeletedList()
    {
        Tables t;
        ServiceTableModel &m = t.services;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        t.load(services(10));
        const QPersistentModelIndex selected = m.index(8, 1);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);

        t.apply({change(service(5, DeploymentStatus::Deleted))});

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
        QVERIFY(!m.hasLiveService(customerId(5)));
        QCOMPARE(m.summary(), QString("9 services"));

        // The deleted one is kept whole, and listed under "Deleted services".
        const Service *gone = m.service(serviceId(5));
        QVERIFY(gone);
        QVERIFY(gone->deploymentStatus == DeploymentStatus::Deleted);
        m.setDeletedOnly(true);
        QCOMPARE(column(m, 0, ServiceTableModel::ServiceIdRole), QStringList{serviceId(5)});

        // Its customer deleted too, it still names the tenant; a feed deletion takes it away.
        QSignalSpy removedThere(&m, &QAbstractItemModel::rowsRemoved);
        t.apply({{"customer", customerId(5), true, {}}});
        QCOMPARE(m.index(0, ServiceTableModel::CustomerColumn).data().toString(),
                 QString("(deleted customer)"));
        t.apply({{"service", serviceId(5), true, {}}, {"service", "svc-none", true, {}}});
        QCOMPARE(removedThere.count(), 1);
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.summary(), QString("0 deleted services"));
    }

    void newServicesInsertAtTheEnd()
    {
        Tables t;
        ServiceTableModel &m = t.services;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        t.load(services(5));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);

        // A new customer and its service, in one batch.
        t.apply({change(customer(42)), change(proService(42))});

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted[0][1].toInt(), 5);
        QCOMPARE(inserted[0][2].toInt(), 5);
        QCOMPARE(m.rowOf(serviceId(42)), 5);
        QCOMPARE(m.index(5, ServiceTableModel::ReplicaColumn).data().toString(),
                 QString("North Europe (Ireland)"));

        // A service that comes before its customer shows once the customer does.
        t.apply({change(service(43))});
        QCOMPARE(m.rowCount(), 6);
        t.apply({change(customer(43))});
        QCOMPARE(m.rowCount(), 7);
        QCOMPARE(m.rowOf(serviceId(43)), 6);
        QCOMPARE(m.summary(), QString("7 services"));
    }

    void manyChangesAreOneLayoutChange()
    {
        Tables t;
        ServiceTableModel &m = t.services;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        t.load(services(100));
        m.setStatusFilter(HealthStatus::OK);
        const QPersistentModelIndex kept = m.index(60, 2);
        QSignalSpy layout(&m, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QList<CachedChange> batch;
        for (int i = 0; i < 40; ++i)
            batch << change(service(i, DeploymentStatus::DeploymentError));
        t.apply(batch);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(m.rowCount(), 60);
        QCOMPARE(kept.row(), 20);
        QCOMPARE(kept.data(ServiceTableModel::ServiceIdRole).toString(), serviceId(60));

        // Many rows whose cells change and stay shown: their rows' dataChanged, no layout.
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        batch.clear();
        for (int i = 40; i < 80; ++i) {
            Service renamed = service(i);
            renamed.settings.tenant.name = QString("Renamed-%1").arg(i);
            batch << change(renamed);
        }
        t.apply(batch);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(changed.count(), 40);
        QCOMPARE(m.index(0, ServiceTableModel::TenantNameColumn).data().toString(),
                 QString("Renamed-40"));
    }

    // The customers table's own filter resets that table, not this one: the services keep
    // their rows, and a million records are not looked at again on every keystroke.
    void theCustomersFilterLeavesThisTableAlone()
    {
        Tables t;
        ServiceTableModel &m = t.services;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        t.load(services(20));
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        t.customers.setFilterText("customer 1");
        t.customers.setStatusFilter(HealthStatus::Error);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m.rowCount(), 20);
        t.load(services(5)); // a load numbers the records afresh: this table follows
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 5);
    }

    void customerFilter()
    {
        Tables t;
        ServiceTableModel &m = t.services;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        t.load(services(6));
        m.setCustomerFilter(customerId(2));
        QCOMPARE(column(m, 0, ServiceTableModel::ServiceIdRole), QStringList{serviceId(2)});
        QCOMPARE(m.rowOf(serviceId(3)), -1);

        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        // Changes to other customers' services are kept, but not shown.
        t.apply({change(service(3, DeploymentStatus::DeploymentError)), change(customer(50)),
                 change(service(50)), change(service(4, DeploymentStatus::Deleted))});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        t.apply({change(service(2, DeploymentStatus::Deleting))});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);

        m.setCustomerFilter(QString());
        QCOMPARE(reset.count(), 1);
        // Arrival order, with the hidden changes applied and svc-0004 gone.
        QCOMPARE(column(m, 0, ServiceTableModel::ServiceIdRole),
                 (QStringList{serviceId(0), serviceId(1), serviceId(2), serviceId(3), serviceId(5),
                              serviceId(50)}));
        QCOMPARE(m.index(m.rowOf(serviceId(3)), ServiceTableModel::StatusColumn).data().toString(),
                 QString("Error"));
        m.setCustomerFilter(QString()); // unchanged: no reset
        QCOMPARE(reset.count(), 1);

        m.setCustomerFilter("cus-none");
        QCOMPARE(m.rowCount(), 0);
        t.load(services(3)); // a reload keeps the filter
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.customerFilter(), QString("cus-none"));
    }

    // A whole service is read from the real cache when first asked for, then kept and kept
    // current by the sync.
    void wholeServiceFromTheCache()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath("cache.sqlite"));
        bool ready = false;
        cache.open([&](bool ok, const QString &) { ready = ok; });
        QTRY_VERIFY(ready);
        QList<CachedChange> batch;
        for (int i = 0; i < 3; ++i)
            batch << change(customer(i)) << change(proService(i));
        bool written = false;
        cache.applyChanges(batch, "t1", [&](bool ok, const QString &) { written = ok; });
        QTRY_VERIFY(written);

        Tables t;
        t.services.setLoader([&](const QString &id, auto done) { cache.loadService(id, done); });
        bool loaded = false;
        cache.loadCustomerRows([&](const std::vector<CustomerRow> &rows) {
            t.customers.load(rows);
            loaded = true;
        });
        QTRY_VERIFY(loaded);
        // The projection alone fills the rows: the replica came through the cache.
        QCOMPARE(t.services.rowCount(), 3);
        QCOMPARE(t.services.index(1, ServiceTableModel::ReplicaColumn).data().toString(),
                 QString("North Europe (Ireland)"));
        QCOMPARE(t.services.index(1, ServiceTableModel::CreatedColumn).data().toString(),
                 proService(1).createdAt.toLocalTime().toString("yyyy-MM-dd HH:mm"));

        QSignalSpy updated(&t.services, &ServiceTableModel::serviceUpdated);
        QVERIFY(!t.services.serviceOfCustomer(customerId(1))); // on its way
        QVERIFY(t.services.hasLiveService(customerId(1)));
        QVERIFY(updated.wait());
        QCOMPARE(updated[0][0].toString(), serviceId(1));
        QCOMPARE(updated[0][1].toString(), customerId(1));
        const Service *s = t.services.serviceOfCustomer(customerId(1));
        QVERIFY(s);
        QCOMPARE(s->storage.primary->container, QString("t1-primary"));

        // The sync brings a change: the kept copy follows, and says so.
        Service changedService = proService(1);
        changedService.settings.tenant.name = "Tenant-one";
        t.apply({change(changedService)});
        QCOMPARE(updated.count(), 2);
        QCOMPARE(t.services.serviceOfCustomer(customerId(1))->settings.tenant.name,
                 QString("Tenant-one"));
        // One nobody asked for is not parsed, nor announced.
        t.apply({change(proService(2))});
        QCOMPARE(updated.count(), 2);
        QVERIFY(!t.services.serviceOfCustomer("cus-none"));
    }

    // A cache written before the services table read the projection (schema 3): opening it
    // adds the columns and projects every cached service again, so nothing is lost.
    void anOlderCacheIsProjectedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("cache.sqlite");
        {
            LocalCache cache(path);
            bool written = false;
            cache.open([&](bool ok, const QString &) {
                QVERIFY(ok);
                cache.applyChanges({change(customer(1)), change(proService(1)), change(customer(2)),
                                    change(service(2, DeploymentStatus::Deleted))},
                                   "t1", [&](bool done, const QString &) { written = done; });
            });
            QTRY_VERIFY(written);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "old");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"ALTER TABLE customer_rows DROP COLUMN service_health",
                  "ALTER TABLE customer_rows DROP COLUMN replica_region",
                  "ALTER TABLE customer_rows DROP COLUMN service_created_at_ms",
                  "DROP INDEX services_deleted", "ALTER TABLE services DROP COLUMN deleted",
                  "PRAGMA user_version = 3"})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase("old");

        LocalCache cache(path);
        bool opened = false;
        cache.open([&](bool ok, const QString &error) {
            QVERIFY2(ok, qPrintable(error));
            opened = ok;
        });
        QTRY_VERIFY(opened);
        std::vector<CustomerRow> rows;
        bool loaded = false;
        cache.loadCustomerRows([&](const std::vector<CustomerRow> &r) {
            rows = r;
            loaded = true;
        });
        QTRY_VERIFY(loaded);
        QCOMPARE(rows.size(), std::size_t(2));
        const auto pro = std::find_if(rows.cbegin(), rows.cend(), [](const CustomerRow &r) {
            return r.serviceId == serviceId(1);
        });
        QVERIFY(pro != rows.cend());
        QCOMPARE(pro->replicaRegion, QString("northeurope"));
        QCOMPARE(pro->serviceHealth, qint8(HealthStatus::OK));
        QCOMPARE(pro->serviceCreatedAtMs, proService(1).createdAt.toMSecsSinceEpoch());
        QList<Service> deleted;
        bool read = false;
        cache.load(
            [&](const CachedState &state) {
                deleted = state.services;
                read = true;
            },
            LocalCache::Customers::Skip, LocalCache::Services::DeletedOnly);
        QTRY_VERIFY(read);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().id, serviceId(2));
    }
};

QTEST_GUILESS_MAIN(TestServiceTable)
#include "tst_servicetable.moc"
