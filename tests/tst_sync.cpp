// The sync engine against the real server: the cache and the table converge on the
// server's state through random changes, restarts and a 410; offline keeps the last known
// rows and recovers by itself; a draft survives the process being killed.
#include "customertablemodel.h"
#include "domainjson.h"
#include "localcache.h"
#include "support/apisession.h"
#include "syncengine.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace insights;
using namespace insights::test;

namespace {

// The console's side: cache, client, engine and table, wired as the app wires them.
struct Console
{
    ApiClient client;
    std::unique_ptr<LocalCache> cache;
    std::unique_ptr<SyncEngine> engine;
    CustomerTableModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    bool reloading = false;

    Console(const QUrl &url, const QByteArray &token, const QString &cachePath)
    {
        client.setBaseUrl(url);
        client.setToken(token);
        client.setTimeout(3000);
        client.setRetryDelay(50);
        cache = std::make_unique<LocalCache>(cachePath);
        engine = std::make_unique<SyncEngine>(&client, cache.get());
        engine->setPollInterval(200);
        engine->setMaxBackoff(400);
        engine->setPageSize(7); // many pages, to exercise paging
        QObject::connect(engine.get(), &SyncEngine::changesApplied, &model,
                         [this](const QList<CachedChange> &changes) {
                             if (!reloading)
                                 model.applyChanges(changes);
                         });
        QObject::connect(engine.get(), &SyncEngine::reloadStarted, &model,
                         [this] { reloading = true; });
        QObject::connect(engine.get(), &SyncEngine::synced, &model, [this] {
            if (!reloading)
                return;
            reloading = false;
            cache->loadCustomerRows(
                [this](const std::vector<CustomerRow> &rows) { model.load(rows); });
        });
    }

    bool open()
    {
        bool opened = false, done = false;
        cache->open([&](bool ok, const QString &) {
            opened = ok;
            cache->loadCustomerRows([&](const std::vector<CustomerRow> &rows) {
                model.load(rows);
                done = true;
            });
        });
        return QTest::qWaitFor([&] { return done; }, 10000) && opened;
    }

    bool syncAndWait()
    {
        QSignalSpy synced(engine.get(), &SyncEngine::synced);
        if (engine->state() == SyncEngine::State::Idle)
            engine->start();
        else
            engine->syncNow();
        if (!synced.wait(15000))
            return false;
        // A reload finishes with a load from the cache; let it land.
        return QTest::qWaitFor([&] { return !reloading; }, 5000);
    }
};

struct Snapshot
{
    QMap<QString, QString> customers; // id -> "name|status|tenant"
};

Snapshot serverState(ApiSession &api)
{
    Snapshot s;
    QHash<QString, QString> tenantOf;
    QString cursor;
    do {
        const HttpResult r = api.get("/api/v1/services?limit=1000" +
                                     (cursor.isEmpty() ? QString() : "&cursor=" + cursor));
        for (const QJsonValue &v : r.json()["items"].toArray())
            tenantOf.insert(v["customerId"].toString(), v["tenant"]["name"].toString());
        cursor = r.json()["nextCursor"].toString();
    } while (!cursor.isEmpty());
    do {
        const HttpResult r = api.get("/api/v1/customers?limit=1000" +
                                     (cursor.isEmpty() ? QString() : "&cursor=" + cursor));
        for (const QJsonValue &v : r.json()["items"].toArray()) {
            const QString id = v["id"].toString();
            s.customers.insert(id, v["displayName"].toString() + '|' + v["status"].toString() +
                                       '|' + tenantOf.value(id));
        }
        cursor = r.json()["nextCursor"].toString();
    } while (!cursor.isEmpty());
    return s;
}

Snapshot modelState(const CustomerTableModel &m)
{
    Snapshot s;
    for (int row = 0; row < m.rowCount(); ++row) {
        const QString id = m.customerIdAt(row);
        const auto health =
            HealthStatus(m.index(row, 0).data(CustomerTableModel::HealthStatusRole).toInt());
        s.customers.insert(
            id, m.index(row, CustomerTableModel::CustomerColumn).data().toString() + '|' +
                    toString(health) + '|' +
                    m.index(row, CustomerTableModel::TenantNameColumn).data().toString());
    }
    return s;
}

Snapshot cacheState(LocalCache &cache)
{
    Snapshot s;
    bool done = false;
    cache.load([&](const CachedState &state) {
        QHash<QString, QString> tenantOf;
        for (const Service &svc : state.services) {
            if (svc.deploymentStatus != DeploymentStatus::Deleted)
                tenantOf.insert(svc.customerId, svc.settings.tenant.name);
        }
        for (const Customer &c : state.customers)
            s.customers.insert(c.id, c.displayName + '|' + toString(c.status) + '|' +
                                         tenantOf.value(c.id));
        done = true;
    });
    [[maybe_unused]] const bool ok = QTest::qWaitFor([&] { return done; }, 10000);
    return s;
}

QString diff(const Snapshot &a, const Snapshot &b)
{
    QStringList out;
    for (auto it = a.customers.begin(); it != a.customers.end(); ++it) {
        if (b.customers.value(it.key()) != it.value())
            out << it.key() + ": " + it.value() + " vs " + b.customers.value(it.key(), "(missing)");
    }
    for (auto it = b.customers.begin(); it != b.customers.end(); ++it) {
        if (!a.customers.contains(it.key()))
            out << it.key() + ": (missing) vs " + it.value();
    }
    return out.join("; ");
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void randomChangesConverge_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 20261127") << quint32(20261127);
        QTest::newRow("seed 7") << quint32(7);
    }
    void randomChangesConverge()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QByteArray context = "seed " + QByteArray::number(seed);
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        QTemporaryDir dir;
        const QString cachePath = dir.filePath("cache.sqlite");
        auto console = std::make_unique<Console>(server.url(), api.token(), cachePath);
        QVERIFY(console->open());

        QStringList customers;
        QHash<QString, QString> serviceOf;
        int names = 0, restarts = 0;
        bool compacted = false;
        for (int step = 0; step < 60; ++step) {
            const int what = int(random.bounded(100));
            if (what < 30 || customers.isEmpty()) {
                customers << api.createCustomer(QString("Random %1").arg(++names));
            } else if (what < 50) {
                const QString c = customers[random.bounded(int(customers.size()))];
                const HttpResult r = api.get("/api/v1/customers/" + c);
                api.patch("/api/v1/customers/" + c,
                          {{"displayName", QString("Renamed %1").arg(++names)}},
                          {{"If-Match", r.header("ETag")}});
            } else if (what < 65) {
                const QString c = customers[random.bounded(int(customers.size()))];
                if (!serviceOf.contains(c)) {
                    const HttpResult r =
                        api.post("/api/v1/customers/" + c + "/services",
                                 ApiSession::serviceBody(QString("Svc%1").arg(++names),
                                                         random.bounded(2) ? "pro" : "essential"));
                    if (r.status == 202)
                        serviceOf.insert(c, r.json()["id"].toString());
                }
            } else if (what < 75) {
                const QString c = customers[random.bounded(int(customers.size()))];
                const HttpResult r = api.get("/api/v1/customers/" + c);
                if (api.del("/api/v1/customers/" + c, {{"If-Match", r.header("ETag")}}).status ==
                    204)
                    customers.removeAll(c);
            } else if (what < 82 && !serviceOf.isEmpty()) {
                const QString c = serviceOf.keys()[random.bounded(int(serviceOf.size()))];
                const QString s = serviceOf.take(c);
                const HttpResult r = api.get("/api/v1/services/" + s);
                api.del("/api/v1/services/" + s, {{"If-Match", r.header("ETag")}});
                api.waitForStatus(s, {"Deleted"});
            } else if (what < 90) {
                QVERIFY2(console->syncAndWait(), context);
            } else if (what < 96) {
                // The console restarts: a new engine and cache on the same file.
                console.reset();
                console = std::make_unique<Console>(server.url(), api.token(), cachePath);
                QVERIFY2(console->open(), context);
                ++restarts;
            } else if (!compacted) {
                // The server compacts its feed: the console's token is now too old (410).
                QVERIFY2(console->syncAndWait(), context);
                api.createCustomer("Before compaction");
                QCOMPARE(server.terminate(), 0);
                server.setExtraArguments({"--compact-changes", "--listen",
                                          "127.0.0.1:" + QString::number(server.url().port())});
                QVERIFY(server.start());
                compacted = true;
            }
        }
        QVERIFY2(console->syncAndWait(), context);
        const Snapshot expected = serverState(api);
        QVERIFY2(expected.customers.size() >= 5, context);
        QVERIFY2(diff(expected, cacheState(*console->cache)).isEmpty(),
                 context +
                     ": cache differs: " + diff(expected, cacheState(*console->cache)).toUtf8());
        QVERIFY2(diff(expected, modelState(console->model)).isEmpty(),
                 context +
                     ": model differs: " + diff(expected, modelState(console->model)).toUtf8());
        // A console started now shows the same, from the cache's table projection alone.
        Console fresh(server.url(), api.token(), cachePath);
        QVERIFY(fresh.open());
        QVERIFY2(diff(expected, modelState(fresh.model)).isEmpty(),
                 context +
                     ": projection differs: " + diff(expected, modelState(fresh.model)).toUtf8());
        qInfo("%s: %d customers, %d restarts, compacted: %d", context.constData(),
              int(expected.customers.size()), restarts, compacted);
    }

    void offlineKeepsRowsAndRecovers()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY(server.start());
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        for (int i = 0; i < 3; ++i)
            api.createCustomer(QString("Kept %1").arg(i));
        QTemporaryDir dir;
        Console console(server.url(), api.token(), dir.filePath("cache.sqlite"));
        QVERIFY(console.open());
        QVERIFY(console.syncAndWait());
        QCOMPARE(console.model.rowCount(), 3);
        QCOMPARE(console.engine->state(), SyncEngine::State::Online);

        const int port = server.url().port();
        QCOMPARE(server.terminate(), 0);
        console.engine->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(console.engine->state(), SyncEngine::State::Offline, 10000);
        QVERIFY(console.engine->offlineSince().isValid());
        QVERIFY(console.engine->statusText().startsWith("Offline since"));
        QCOMPARE(console.model.rowCount(), 3); // the last known state stays

        // A console started while the server is down shows the cached rows at once.
        {
            Console second(server.url(), api.token(), dir.filePath("cache.sqlite"));
            QVERIFY(second.open());
            QCOMPARE(second.model.rowCount(), 3);
        }

        server.setExtraArguments({"--listen", "127.0.0.1:" + QString::number(port)});
        QVERIFY(server.start());
        api.createCustomer("Arrived while offline");
        QTRY_COMPARE_WITH_TIMEOUT(console.engine->state(), SyncEngine::State::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(console.model.rowCount(), 4, 10000);
        QVERIFY(console.engine->statusText().startsWith("Online"));
    }

    void draftSurvivesAKilledProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("cache.sqlite");
        const QByteArray draft =
            R"({"tenant":{"name":"Contoso-EU","notes":"half typed"},"page":2})";
        QProcess writer;
        writer.start(INSIGHTS_DRAFTWRITER, {path, "wizard:cus-1", QString::fromUtf8(draft)});
        QVERIFY(writer.waitForStarted());
        QSignalSpy output(&writer, &QProcess::readyReadStandardOutput);
        QVERIFY(output.wait(10000));
        QCOMPARE(writer.readAllStandardOutput().trimmed(), QByteArray("saved"));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

        LocalCache cache(path);
        bool opened = false;
        std::optional<QJsonObject> loaded;
        bool done = false;
        cache.open([&](bool ok, const QString &) {
            opened = ok;
            cache.loadDraft("wizard:cus-1", [&](std::optional<QJsonObject> d) {
                loaded = d;
                done = true;
            });
        });
        QTRY_VERIFY(done);
        QVERIFY(opened);
        QVERIFY(loaded.has_value());
        QCOMPARE(*loaded, QJsonDocument::fromJson(draft).object());

        done = false;
        cache.deleteDraft("wizard:cus-1", [&](bool, const QString &) {
            cache.loadDraft("wizard:cus-1", [&](std::optional<QJsonObject> d) {
                loaded = d;
                done = true;
            });
        });
        QTRY_VERIFY(done);
        QVERIFY(!loaded.has_value());
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
