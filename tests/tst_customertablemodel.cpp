// CustomerTableModel under QAbstractItemModelTester: loads, filters, sorts and sync
// batches, and the promise that a batch touches exactly its rows and never resets.
#include "customertablemodel.h"
#include "domainjson.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace insights;

namespace {

Customer customer(int i, HealthStatus status = HealthStatus::NotOnboarded)
{
    Customer c;
    c.id = QString("cus-%1").arg(i, 4, 10, QChar('0'));
    c.displayName = QString("Customer %1").arg(i);
    c.status = status;
    c.createdAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
    c.createdBy = i % 2 ? "alice" : "bob";
    return c;
}

Service service(int i, DeploymentStatus state = DeploymentStatus::Ready)
{
    Service s;
    s.id = QString("svc-%1").arg(i, 4, 10, QChar('0'));
    s.customerId = QString("cus-%1").arg(i, 4, 10, QChar('0'));
    s.settings.tenant.name = QString("Tenant-%1").arg(i);
    s.settings.tenant.domain = QString("t%1.onmicrosoft.com").arg(i);
    s.settings.tenant.shortName = QString("T%1").arg(i);
    s.settings.tenant.userType = i % 3 ? UserType::Essential : UserType::Pro;
    s.settings.tenant.includedUsers = 1000 - i;
    s.settings.tenant.storageLocation = "westeurope";
    s.deploymentStatus = state;
    if (state == DeploymentStatus::PendingConsents)
        s.alarms << Alarm{"consent-required", "warning", "Customer must consent", {}};
    return s;
}

CachedChange change(const Customer &c)
{
    return {"customer", c.id, false, DomainJson::toJson(c)};
}

CachedChange change(const Service &s)
{
    return {"service", s.id, false, DomainJson::toJson(s)};
}

QStringList column(const QAbstractItemModel &m, int col)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, col).data().toString();
    return out;
}

} // namespace

class TestCustomerTableModel : public QObject
{
    Q_OBJECT

    void fill(CustomerTableModel &m, int n)
    {
        QList<Customer> customers;
        QList<Service> services;
        for (int i = 0; i < n; ++i) {
            customers << customer(i, i % 4 == 0   ? HealthStatus::NotOnboarded
                                     : i % 4 == 1 ? HealthStatus::OK
                                     : i % 4 == 2 ? HealthStatus::Warning
                                                  : HealthStatus::Error);
            if (i % 4)
                services << service(i, i % 4 == 1   ? DeploymentStatus::Ready
                                       : i % 4 == 2 ? DeploymentStatus::PendingConsents
                                                    : DeploymentStatus::DeploymentError);
        }
        m.load(customers, services);
    }

private slots:
    void columnsShowTheCustomerAndItsService()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(m, 8);
        QCOMPARE(m.rowCount(), 8);
        QCOMPARE(m.columnCount(), 14);
        const int row = m.rowOf("cus-0002");
        QCOMPARE(m.index(row, CustomerTableModel::StatusColumn).data().toString(),
                 QString("Warning"));
        QCOMPARE(m.index(row, CustomerTableModel::TenantNameColumn).data().toString(),
                 QString("Tenant-2"));
        QCOMPARE(m.index(row, CustomerTableModel::LicenseColumn).data().toString(),
                 QString("Audio Recording"));
        QCOMPARE(m.index(row, CustomerTableModel::StorageColumn).data().toString(),
                 QString("West Europe (Netherlands)"));
        QCOMPARE(m.index(row, CustomerTableModel::DeploymentColumn).data().toString(),
                 QString("Pending consents"));
        QCOMPARE(m.index(row, CustomerTableModel::AlarmColumn).data().toString(),
                 QString("Customer must consent"));
        QCOMPARE(m.index(row, CustomerTableModel::StatusColumn)
                     .data(CustomerTableModel::StatusIconRole)
                     .toString(),
                 QString("status-warning"));
        const int none = m.rowOf("cus-0000");
        QCOMPARE(m.index(none, 0).data().toString(), QString("Not onboarded"));
        QVERIFY(m.index(none, CustomerTableModel::TenantNameColumn).data().toString().isEmpty());
        QCOMPARE(m.summary(), QString("8 customers · 2 warnings · 2 errors"));
        QCOMPARE(m.headerData(CustomerTableModel::AlarmColumn, Qt::Horizontal).toString(),
                 QString("Alarm"));
    }

    void licencesAndStorageUsedFromTheUsage()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Customer> customers{customer(1, HealthStatus::OK), customer(2, HealthStatus::OK),
                                  customer(3, HealthStatus::Error), customer(4)};
        Service a = service(1), b = service(2), c = service(3);
        a.settings.tenant.includedUsers = b.settings.tenant.includedUsers =
            c.settings.tenant.includedUsers = 100;
        a.usage.licensesInUse = 87;
        a.usage.storageBytes = 5 * 1024 * 1024;
        c.usage.licensesInUse = 112; // over
        m.load(customers, {a, b, c});
        const int lic = CustomerTableModel::LicencesColumn;
        const int used = CustomerTableModel::StorageUsedColumn;
        QCOMPARE(m.headerData(lic, Qt::Horizontal).toString(), QString("Licences"));
        QCOMPARE(m.headerData(used, Qt::Horizontal).toString(), QString("Storage used"));
        QCOMPARE(m.index(m.rowOf("cus-0001"), lic).data().toString(), QString("87 / 100"));
        QCOMPARE(m.index(m.rowOf("cus-0001"), used).data().toString(), QString("5.00 MiB"));
        QCOMPARE(m.index(m.rowOf("cus-0002"), lic).data().toString(), QString("– / 100"));
        QVERIFY(m.index(m.rowOf("cus-0002"), used).data().toString().isEmpty());
        QVERIFY(m.index(m.rowOf("cus-0004"), lic).data().toString().isEmpty()); // no service
        m.sort(lic, Qt::DescendingOrder);
        QCOMPARE(column(m, CustomerTableModel::CustomerColumn).mid(0, 3),
                 (QStringList{"Customer 3", "Customer 1", "Customer 2"}));
        m.setOverLicenceOnly(true);
        QCOMPARE(column(m, CustomerTableModel::CustomerColumn), QStringList{"Customer 3"});
        QCOMPARE(m.summary(), QString("1 of 4 customers shown (in all: 1 error)"));
        m.setOverLicenceOnly(false);
        QCOMPARE(m.rowCount(), 4);
        // A sync batch with a new report moves the numbers in place.
        a.usage.licensesInUse = 130;
        m.applyChanges({change(a)});
        QCOMPARE(m.index(m.rowOf("cus-0001"), lic).data().toString(), QString("130 / 100"));
        m.setOverLicenceOnly(true);
        QCOMPARE(m.rowCount(), 2);
    }

    void filterByTextAndStatus()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(m, 40);
        m.setFilterText("TENANT-1");
        QCOMPARE(column(m, CustomerTableModel::TenantNameColumn),
                 (QStringList{"Tenant-1", "Tenant-10", "Tenant-11", "Tenant-13", "Tenant-14",
                              "Tenant-15", "Tenant-17", "Tenant-18", "Tenant-19"}));
        m.setFilterText("TENANT-13"); // narrowing
        QCOMPARE(m.rowCount(), 1);
        m.setFilterText("t7.onmicrosoft"); // domain
        QCOMPARE(column(m, CustomerTableModel::CustomerColumn), QStringList{"Customer 7"});
        m.setFilterText("customer 3"); // display name
        QCOMPARE(m.rowCount(), 11);
        m.setFilterText("");
        QCOMPARE(m.rowCount(), 40);
        m.setStatusFilter(HealthStatus::Error);
        QCOMPARE(m.rowCount(), 10);
        m.setFilterText("T3"); // short name T3, T31, T35, T39
        for (const QString &s : column(m, CustomerTableModel::StatusColumn))
            QCOMPARE(s, QString("Error"));
        QCOMPARE(m.rowCount(), 4);
        m.setStatusFilter(std::nullopt);
        m.setFilterText("no such thing");
        QCOMPARE(m.rowCount(), 0);
    }

    // Text beyond Latin-1 is kept as UTF-16 beside the one-byte text: it searches, sorts,
    // shows and finds its row the same.
    void textOfEveryScript()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList names{QString::fromUtf8("Ελληνική Α.Ε."),
                                QString::fromUtf8("Müller GmbH"), QString::fromUtf8("東京 KK"),
                                "Alpha Ltd"};
        const QStringList tenants{QString::fromUtf8("Ωmega"), "Zeta", QString::fromUtf8("Édith"),
                                  "alpha"};
        QList<Customer> customers;
        QList<Service> services;
        for (int i = 0; i < names.size(); ++i) {
            Customer c = customer(i);
            c.id = i == 0 ? QString::fromUtf8("cus-δ0") : c.id;
            c.displayName = names[i];
            Service sv = service(i);
            sv.customerId = c.id;
            sv.settings.tenant.name = tenants[i];
            customers << c;
            services << sv;
        }
        m.load(customers, services);
        QCOMPARE(m.displayName(QString::fromUtf8("cus-δ0")), names[0]);
        QCOMPARE(m.customerIdAt(m.rowOf(QString::fromUtf8("cus-δ0"))), QString::fromUtf8("cus-δ0"));
        QVERIFY(m.rowOf("cus-δ0-not") < 0);
        m.setFilterText(QString::fromUtf8("ΕΛΛΗΝ")); // folded, beyond Latin-1
        QCOMPARE(column(m, CustomerTableModel::CustomerColumn), QStringList{names[0]});
        m.setFilterText(QString::fromUtf8("MÜLL")); // folded, within Latin-1
        QCOMPARE(column(m, CustomerTableModel::CustomerColumn), QStringList{names[1]});
        m.setFilterText(QString::fromUtf8("東京"));
        QCOMPARE(column(m, CustomerTableModel::CustomerColumn), QStringList{names[2]});
        m.setFilterText(QString::fromUtf8("ü")); // not in the ASCII names
        QCOMPARE(m.rowCount(), 1);
        m.setFilterText(QString::fromUtf8("é")); // a tenant name
        QCOMPARE(column(m, CustomerTableModel::TenantNameColumn), QStringList{tenants[2]});
        m.setFilterText("");
        // Case-folded, by character: Latin-1 and UTF-16 text in one order.
        m.sort(CustomerTableModel::TenantNameColumn);
        QCOMPARE(
            column(m, CustomerTableModel::TenantNameColumn),
            (QStringList{"alpha", "Zeta", QString::fromUtf8("Édith"), QString::fromUtf8("Ωmega")}));
        m.sort(CustomerTableModel::CustomerColumn, Qt::DescendingOrder);
        QCOMPARE(column(m, CustomerTableModel::CustomerColumn),
                 (QStringList{names[2], names[0], names[1], names[3]}));
    }

    void sortByEveryColumn()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(m, 30);
        for (int col = 0; col < CustomerTableModel::ColumnCount; ++col) {
            m.sort(col, Qt::AscendingOrder);
            QCOMPARE(m.rowCount(), 30);
            m.sort(col, Qt::DescendingOrder);
        }
        m.sort(CustomerTableModel::IncludedUsersColumn, Qt::AscendingOrder);
        m.setFilterText("tenant"); // only customers with a service have included users
        QCOMPARE(m.index(0, CustomerTableModel::IncludedUsersColumn).data().toInt(), 1000 - 29);
        m.setFilterText("");
        m.sort(CustomerTableModel::CustomerColumn, Qt::DescendingOrder);
        QCOMPARE(m.index(0, CustomerTableModel::CustomerColumn).data().toString(),
                 QString("Customer 9"));
        m.sort(CustomerTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(m.index(0, 0).data().toString(), QString("Error")); // trouble first
        // A persistent index (a view's selection) follows its row through a sort.
        const QPersistentModelIndex selected = m.index(m.rowOf("cus-0005"), 1);
        m.sort(CustomerTableModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(selected.data(CustomerTableModel::CustomerIdRole).toString(), QString("cus-0005"));
        QCOMPARE(selected.row(), 24);
    }

    // From setSortInBackgroundFrom() rows on, a sort runs on a worker: the rows stay as they
    // were until sorted(), then change in one layoutChanged, with the selection kept and the
    // rows that changed meanwhile in their place.
    void sortInTheBackground()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setSortInBackgroundFrom(0);
        fill(m, 40);
        QSignalSpy sorted(&m, &CustomerTableModel::sorted);
        QSignalSpy layout(&m, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex selected = m.index(m.rowOf("cus-0005"), 1);
        m.sort(CustomerTableModel::CustomerColumn, Qt::DescendingOrder);
        QVERIFY(m.isSorting());
        QCOMPARE(m.customerIdAt(0), QString("cus-0000")); // not yet
        // While the worker sorts: a rename, a deletion and a new customer.
        Customer renamed = customer(3, HealthStatus::Error);
        renamed.displayName = "Customer 999";
        m.applyChanges({change(renamed),
                        {"customer", "cus-0007", true, {}},
                        change(customer(41, HealthStatus::OK))});
        QVERIFY(sorted.wait(5000));
        QVERIFY(!m.isSorting());
        QCOMPARE(layout.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m.rowCount(), 40);
        QStringList names = column(m, CustomerTableModel::CustomerColumn);
        QCOMPARE(names.first(), QString("Customer 999"));
        QVERIFY(!names.contains("Customer 7"));
        QVERIFY(names.contains("Customer 41"));
        QStringList expected = names;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(names, expected);
        QCOMPARE(selected.data(CustomerTableModel::CustomerIdRole).toString(), QString("cus-0005"));
        QCOMPARE(m.rowOf("cus-0005"), selected.row());

        // A second sort supersedes one still running: only the last is applied.
        sorted.clear();
        m.sort(CustomerTableModel::CreatedColumn, Qt::AscendingOrder);
        m.sort(CustomerTableModel::CreatedColumn, Qt::DescendingOrder);
        QVERIFY(sorted.wait(5000));
        QTRY_VERIFY(!m.isSorting());
        QCOMPARE(m.customerIdAt(0), QString("cus-0041"));
        QCOMPARE(sorted.count(), 1);
    }

    void syncBatchTouchesExactlyItsRows()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(m, 100);
        m.sort(CustomerTableModel::CustomerColumn, Qt::AscendingOrder);
        const QPersistentModelIndex selected = m.index(m.rowOf("cus-0050"), 1);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&m, &QAbstractItemModel::layoutChanged);

        Service updated = service(10, DeploymentStatus::Ready); // was Warning
        Customer okNow = customer(10, HealthStatus::OK);
        Customer fresh = customer(500, HealthStatus::NotOnboarded);
        QList<CachedChange> batch{
            {"customer", "cus-0020", true, {}}, change(updated), change(okNow), change(fresh)};
        m.applyChanges(batch);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(changed.count(), 2); // cus-0010 twice: its service, then the customer
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed[0][1].toInt(), 13); // Customer 20, sorted by name after 0,1,10..19,2
        const int row = m.rowOf("cus-0010");
        QCOMPARE(changed[0][0].toModelIndex().row(), row);
        QCOMPARE(m.index(row, 0).data().toString(), QString("OK"));
        QCOMPARE(m.index(row, CustomerTableModel::DeploymentColumn).data().toString(),
                 QString("Ready"));
        QCOMPARE(inserted[0][1].toInt(), m.rowOf("cus-0500"));
        QCOMPARE(m.rowOf("cus-0020"), -1);
        QCOMPARE(m.rowCount(), 100);
        QCOMPARE(selected.data(CustomerTableModel::CustomerIdRole).toString(), QString("cus-0050"));
    }

    void renameMovesTheRowToItsSortedPlace()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(m, 20);
        m.sort(CustomerTableModel::CustomerColumn, Qt::AscendingOrder);
        Customer c = customer(4); // no service
        c.displayName = "AAA first";
        // The row moves, so what the view holds (its selection, its current row) follows it
        // instead of landing on the customer that takes its place.
        const QPersistentModelIndex held = m.index(m.rowOf("cus-0004"), 1);
        QSignalSpy moved(&m, &QAbstractItemModel::rowsMoved);
        QSignalSpy removedBefore(&m, &QAbstractItemModel::rowsRemoved);
        m.applyChanges({change(c)});
        QCOMPARE(m.index(0, CustomerTableModel::CustomerColumn).data().toString(),
                 QString("AAA first"));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(removedBefore.count(), 0);
        QCOMPARE(held.row(), 0);
        QCOMPARE(held.data(CustomerTableModel::CustomerIdRole).toString(), QString("cus-0004"));
        c.displayName = "Customer 15b"; // down again, between 15 and 16
        m.applyChanges({change(c)});
        QCOMPARE(moved.count(), 2);
        QCOMPARE(held.data(CustomerTableModel::CustomerIdRole).toString(), QString("cus-0004"));
        QCOMPARE(m.index(held.row() - 1, CustomerTableModel::CustomerColumn).data().toString(),
                 QString("Customer 15"));
        m.setFilterText("tenant");
        c.displayName = "ZZZ last"; // no service, so it no longer matches "tenant"
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        m.applyChanges({change(c)});
        QCOMPARE(removed.count(), 0); // it was not visible: nothing to remove
        QCOMPARE(m.rowOf("cus-0004"), -1);
    }

    // A large batch is one layout change: rows moved, added and removed, the view and its
    // current row (a persistent index) following, the model tester content.
    void aLargeBatchIsOneLayoutChange()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(m, 100);
        m.sort(CustomerTableModel::CustomerColumn, Qt::AscendingOrder);
        QTableView view;
        view.setModel(&m);
        view.setCurrentIndex(m.index(m.rowOf("cus-0050"), CustomerTableModel::CustomerColumn));
        QList<CachedChange> batch;
        for (int i = 60; i < 90; ++i) { // renamed: they move to the front
            Customer c = customer(i);
            c.displayName = QString("AAA %1").arg(i);
            batch << change(c);
        }
        Customer fresh = customer(500);
        fresh.displayName = "ZZZ new";
        batch << change(fresh);
        batch << CachedChange{"customer", "cus-0010", true, {}};
        QSignalSpy layout(&m, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        m.applyChanges(batch);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(inserted.count() + removed.count(), 0);
        QCOMPARE(m.rowCount(), 100); // one in, one out
        QCOMPARE(m.index(0, CustomerTableModel::CustomerColumn).data().toString(),
                 QString("AAA 60"));
        QCOMPARE(m.index(99, CustomerTableModel::CustomerColumn).data().toString(),
                 QString("ZZZ new"));
        QCOMPARE(m.rowOf("cus-0010"), -1);
        // The view's current row is still the same customer.
        QCOMPARE(view.currentIndex().data(CustomerTableModel::CustomerIdRole).toString(),
                 QString("cus-0050"));
        QCOMPARE(view.currentIndex().row(), m.rowOf("cus-0050"));
    }

    void loadsInSlices()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.sort(CustomerTableModel::CustomerColumn, Qt::DescendingOrder);
        m.setFilterText("customer 1");
        m.clear();
        std::vector<CustomerRow> slice;
        for (int i = 0; i < 30; ++i) {
            CustomerRow row;
            row.setCustomer(customer(i));
            slice.push_back(row);
            if (slice.size() == 10) {
                QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
                m.appendRows(slice);
                slice.clear();
                QVERIFY(inserted.count() <= 1); // one announcement a slice
            }
        }
        m.finishLoading();
        QCOMPARE(m.totalCount(), 30);
        QCOMPARE(column(m, CustomerTableModel::CustomerColumn),
                 (QStringList{"Customer 19", "Customer 18", "Customer 17", "Customer 16",
                              "Customer 15", "Customer 14", "Customer 13", "Customer 12",
                              "Customer 11", "Customer 10", "Customer 1"}));
    }

    void serviceBeforeItsCustomerWaitsForIt()
    {
        CustomerTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(m, 4);
        // A compacted feed orders objects by their last change: the service may come first.
        m.applyChanges({change(service(9)), change(customer(9, HealthStatus::OK))});
        const int row = m.rowOf("cus-0009");
        QVERIFY(row >= 0);
        QCOMPARE(m.index(row, CustomerTableModel::TenantNameColumn).data().toString(),
                 QString("Tenant-9"));
    }

    void deletedServiceClearsItsColumns()
    {
        CustomerTableModel m;
        fill(m, 8);
        Service gone = service(1, DeploymentStatus::Deleted);
        m.applyChanges({change(gone)});
        const int row = m.rowOf("cus-0001");
        QVERIFY(m.index(row, CustomerTableModel::TenantNameColumn).data().toString().isEmpty());
    }

    void manyUpdatesKeepTheArenasSmall()
    {
        CustomerTableModel m;
        fill(m, 50);
        for (int round = 0; round < 200; ++round) {
            Customer c = customer(round % 50, HealthStatus::OK);
            c.displayName = QString("Renamed %1").arg(round);
            m.applyChanges({change(c)});
        }
        QCOMPARE(m.rowCount(), 50);
        QCOMPARE(m.index(m.rowOf("cus-0049"), 1).data().toString(), QString("Renamed 199"));
    }
};

QTEST_MAIN(TestCustomerTableModel)
#include "tst_customertablemodel.moc"
