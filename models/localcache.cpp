#include "localcache.h"

#include "cachesql.h"

#include "domainjson.h"
#include "feedpage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace insights {

using namespace cachesql;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

int LocalCache::schemaVersion()
{
    return int(migrations().size());
}

QString LocalCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cache.sqlite");
}

LocalCache::LocalCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(QStringLiteral("insights-cache-") + QUuid::createUuid().toString())
{
    m_thread.setObjectName(QStringLiteral("LocalCache"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    m_prepareThread.setObjectName(QStringLiteral("LocalCachePrepare"));
    m_prepareWorker = new QObject;
    m_prepareWorker->moveToThread(&m_prepareThread);
    connect(&m_prepareThread, &QThread::finished, m_prepareWorker, &QObject::deleteLater);
    m_prepareThread.start();
}

LocalCache::~LocalCache()
{
    *m_stopping = true; // a slice load waiting for room gives up
    const QString name = m_connectionName;
    post([name] {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // Last in the queue, so everything posted before it has run.
        QThread::currentThread()->quit();
    });
    QMetaObject::invokeMethod(
        m_prepareWorker, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
    m_prepareThread.wait();
    m_thread.wait();
}

void LocalCache::post(std::function<void()> work)
{
    QObject *worker = m_worker;
    QMetaObject::invokeMethod(
        m_prepareWorker,
        [worker, work = std::move(work)] {
            QMetaObject::invokeMethod(worker, work, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

template <typename T>
void LocalCache::postPrepared(std::function<T()> prepare, std::function<void(const T &)> write)
{
    QObject *worker = m_worker;
    QMetaObject::invokeMethod(
        m_prepareWorker,
        [worker, prepare = std::move(prepare), write = std::move(write)] {
            auto prepared = std::make_shared<T>(prepare());
            QMetaObject::invokeMethod(
                worker, [write, prepared] { write(*prepared); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

// Runs `work` on the worker with the open connection, then `done` on this object's thread.
#define INSIGHTS_ANSWER(callback, ...)                                                             \
    QMetaObject::invokeMethod(                                                                     \
        this,                                                                                      \
        [callback, __VA_ARGS__] {                                                                  \
            if (callback)                                                                          \
                callback(__VA_ARGS__);                                                             \
        },                                                                                         \
        Qt::QueuedConnection)

void LocalCache::open(Done done)
{
    const QString name = m_connectionName;
    const QString path = m_path;
    post([this, name, path, done] {
        QString error;
        bool ok = QDir().mkpath(QFileInfo(path).absolutePath());
        if (!ok)
            error = tr("Cannot create the folder of %1").arg(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (ok) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            ok = db.open();
            if (!ok)
                error = db.lastError().text();
        }
        QSqlQuery q(db);
        if (ok)
            ok = exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), {}, &error) &&
                 exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"), {}, &error) &&
                 // Checkpoints every 64 MiB of log, not 4: a first sync writes hundreds of
                 // megabytes, and each checkpoint writes its pages out and syncs the file.
                 exec(q, QStringLiteral("PRAGMA wal_autocheckpoint=16384"), {}, &error) &&
                 exec(q, QStringLiteral("PRAGMA user_version"), {}, &error);
        int version = ok && q.next() ? q.value(0).toInt() : 0;
        for (; ok && version < schemaVersion(); ++version) {
            ok = db.transaction();
            for (const QString &statement : migrations().at(version)) {
                if (ok)
                    ok = exec(q, statement, {}, &error);
            }
            if (ok)
                ok = exec(q, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), {},
                          &error) &&
                     db.commit();
            if (!ok)
                db.rollback();
        }
        if (ok)
            ok = reprojectIfAsked(db, &error);
        INSIGHTS_ANSWER(done, ok, error);
    });
}

namespace {

constexpr std::size_t largeBatch = 100;

// One sync batch and the token after it, in one transaction, on the connection's thread.
bool writeBatch(const QString &name, const std::vector<Steps> &steps, const QString &nextToken,
                QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    bool ok = db.isOpen() && db.transaction();
    if (!ok)
        *error = db.isOpen()
                     ? db.lastError().text()
                     : QCoreApplication::translate("insights::LocalCache", "The cache is not open");
    Statements q(db);
    // A large batch (a first sync's pages) touches pages all over the tables and their
    // indexes: it gets a page cache of 32 MiB, not SQLite's 2. A full read of the projection
    // sets it back (loadCustomerRowsInSlices), so a million rows read never keep 32 MiB.
    if (ok && steps.size() >= largeBatch)
        ok = q.exec(QStringLiteral("PRAGMA cache_size=-32768"), {}, error);
    for (const Steps &change : steps) {
        if (ok)
            ok = run(q, change, error);
    }
    if (ok)
        ok = q.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES "
                                   "('syncToken', ?)"),
                    {nextToken}, error) &&
             db.commit();
    if (!ok && db.isOpen())
        db.rollback();
    return ok;
}

} // namespace

void LocalCache::applyChanges(const QList<CachedChange> &changes, const QString &nextToken,
                              Done done)
{
    const QString name = m_connectionName;
    using Prepared = std::vector<Steps>;
    postPrepared<Prepared>([changes] { return batchSteps(changes); },
                           [this, name, nextToken, done](const Prepared &steps) {
                               QString error;
                               const bool ok = writeBatch(name, steps, nextToken, &error);
                               INSIGHTS_ANSWER(done, ok, error);
                           });
}

void LocalCache::applyPage(const QByteArray &bytes, PageRead read, Done done)
{
    struct Prepared
    {
        bool valid = false;
        QString next;
        std::vector<Steps> steps;
    };
    const QString name = m_connectionName;
    postPrepared<Prepared>(
        [this, bytes, read] {
            const FeedPage page = readFeedPage(bytes);
            INSIGHTS_ANSWER(read, page);
            Prepared prepared;
            prepared.valid = page.error.isEmpty();
            if (prepared.valid) {
                prepared.next = page.next;
                prepared.steps = batchSteps(page.changes);
            }
            return prepared;
        },
        [this, name, done](const Prepared &prepared) {
            if (!prepared.valid)
                return;
            QString error;
            const bool ok = writeBatch(name, prepared.steps, prepared.next, &error);
            INSIGHTS_ANSWER(done, ok, error);
        });
}

void LocalCache::clearServerState(Done done)
{
    const QString name = m_connectionName;
    post([this, name, done] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QString error;
        bool ok = db.isOpen() && db.transaction();
        QSqlQuery q(db);
        for (const char *table : {"customers", "services", "operations", "customer_rows"}) {
            if (ok)
                ok = exec(q, QStringLiteral("DELETE FROM ") + QLatin1String(table), {}, &error);
        }
        if (ok)
            ok = exec(q, QStringLiteral("DELETE FROM meta WHERE key = 'syncToken'"), {}, &error) &&
                 db.commit();
        if (!ok && db.isOpen())
            db.rollback();
        INSIGHTS_ANSWER(done, ok, error);
    });
}

void LocalCache::load(std::function<void(const CachedState &)> done, Customers customers,
                      Services services)
{
    const QString name = m_connectionName;
    post([this, name, done, customers, services] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        CachedState state;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString error;
        auto rows = [&](const QString &table, auto &&each) {
            if (exec(q, QStringLiteral("SELECT body FROM ") + table, {}, &error)) {
                while (q.next())
                    each(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
            }
        };
        if (customers == Customers::Include)
            rows(QStringLiteral("customers"),
                 [&](const QJsonObject &o) { state.customers << DomainJson::customerFromJson(o); });
        rows(services == Services::All ? QStringLiteral("services")
                                       : QStringLiteral("services WHERE deleted = 1"),
             [&](const QJsonObject &o) { state.services << DomainJson::serviceFromJson(o); });
        rows(QStringLiteral("operations"),
             [&](const QJsonObject &o) { state.operations << DomainJson::operationFromJson(o); });
        if (exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'syncToken'"), {}, &error) &&
            q.next())
            state.syncToken = q.value(0).toString();
        INSIGHTS_ANSWER(done, state);
    });
}

void LocalCache::loadService(const QString &serviceId,
                             std::function<void(std::optional<Service>)> done)
{
    loadBody(QStringLiteral("services"), serviceId, [done](std::optional<QJsonObject> body) {
        if (done)
            done(body ? std::optional(DomainJson::serviceFromJson(*body)) : std::nullopt);
    });
}

void LocalCache::loadCustomer(const QString &customerId,
                              std::function<void(std::optional<Customer>)> done)
{
    loadBody(QStringLiteral("customers"), customerId, [done](std::optional<QJsonObject> body) {
        if (done)
            done(body ? std::optional(DomainJson::customerFromJson(*body)) : std::nullopt);
    });
}

void LocalCache::loadBody(const QString &table, const QString &id,
                          std::function<void(std::optional<QJsonObject>)> done)
{
    const QString name = m_connectionName;
    post([this, name, table, id, done] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        QString error;
        std::optional<QJsonObject> body;
        // table is one of two fixed names, never input.
        if (db.isOpen() &&
            exec(q, QStringLiteral("SELECT body FROM %1 WHERE id = ?").arg(table), {id}, &error) &&
            q.next())
            body = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        INSIGHTS_ANSWER(done, body);
    });
}

void LocalCache::loadSyncToken(std::function<void(const QString &)> done)
{
    const QString name = m_connectionName;
    post([this, name, done] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        QString error;
        QString token;
        if (db.isOpen() &&
            exec(q, QStringLiteral("SELECT value FROM meta WHERE key = 'syncToken'"), {}, &error) &&
            q.next())
            token = q.value(0).toString();
        INSIGHTS_ANSWER(done, token);
    });
}

void LocalCache::loadCustomerRows(std::function<void(const std::vector<CustomerRow> &)> done)
{
    auto all = std::make_shared<std::vector<CustomerRow>>();
    loadCustomerRowsInSlices(50000,
                             [all, done](const std::vector<CustomerRow> &rows, bool last, int) {
                                 all->insert(all->end(), rows.begin(), rows.end());
                                 if (last && done)
                                     done(*all);
                             });
}

void LocalCache::loadCustomerRowsInSlices(
    int sliceSize,
    std::function<void(const std::vector<CustomerRow> &, bool last, int total)> slice)
{
    const QString name = m_connectionName;
    post([this, name, sliceSize, slice] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString error;
        // SQLite's own page cache (2 MiB): the rows are read once, in order.
        if (db.isOpen())
            exec(q, QStringLiteral("PRAGMA cache_size=-2000"), {}, &error);
        // Counted once the first rows are on their way: a count reads the whole table, and
        // on a cold disk that takes seconds at a million rows.
        int total = 0;
        auto count = [&] {
            QSqlQuery c(db);
            if (db.isOpen() &&
                exec(c, QStringLiteral("SELECT COUNT(*) FROM customer_rows WHERE has_customer = 1"),
                     {}, &error) &&
                c.next())
                total = c.value(0).toInt();
        };
        // Two slices may wait for the caller; the third waits for the caller to take one.
        auto ahead = std::make_shared<QSemaphore>(2);
        const auto stopping = m_stopping;
        auto deliver = [this, slice, &total, ahead](std::vector<CustomerRow> &&rows, bool last) {
            auto shared = std::make_shared<std::vector<CustomerRow>>(std::move(rows));
            QMetaObject::invokeMethod(
                this,
                [slice, shared, last, total = total, ahead] {
                    slice(*shared, last, total);
                    ahead->release();
                },
                Qt::QueuedConnection);
        };
        auto waitForRoom = [&] {
            while (!ahead->tryAcquire(1, 100)) {
                if (*stopping)
                    return false;
            }
            return true;
        };
        // The first rows show at once; the rest come in full slices.
        int size = qMin(sliceSize, 500);
        std::vector<CustomerRow> rows;
        rows.reserve(size);
        bool more = db.isOpen() &&
                    exec(q,
                         QStringLiteral("SELECT customer_id, display_name, created_by, "
                                        "created_at_ms, health, service_id, tenant_name, domain, "
                                        "short_name, storage_location, alarm, included_users, "
                                        "deployment, user_type, licenses_in_use, storage_bytes, "
                                        "service_health, replica_region, service_created_at_ms "
                                        "FROM customer_rows WHERE has_customer = 1"),
                         {}, &error);
        while (more && q.next()) {
            CustomerRow r;
            r.customerId = q.value(0).toString();
            r.displayName = q.value(1).toString();
            r.createdBy = q.value(2).toString();
            r.createdAtMs = q.value(3).toLongLong();
            r.health = qint8(q.value(4).toInt());
            r.serviceId = q.value(5).toString();
            r.tenantName = q.value(6).toString();
            r.domain = q.value(7).toString();
            r.shortName = q.value(8).toString();
            r.storageLocation = q.value(9).toString();
            r.alarm = q.value(10).toString();
            r.includedUsers = q.value(11).toInt();
            r.deployment = qint8(q.value(12).toInt());
            r.userType = qint8(q.value(13).toInt());
            r.licensesInUse = q.value(14).toLongLong();
            r.storageBytes = q.value(15).toLongLong();
            r.serviceHealth = qint8(q.value(16).toInt());
            r.replicaRegion = q.value(17).toString();
            r.serviceCreatedAtMs = q.value(18).toLongLong();
            rows.push_back(std::move(r));
            if (int(rows.size()) == size) {
                if (!waitForRoom())
                    return; // the cache is closing: nobody takes the rest
                deliver(std::move(rows), false);
                if (size != sliceSize)
                    count();
                size = sliceSize;
                rows = {};
                rows.reserve(size);
            }
        }
        if (total == 0)
            total = int(rows.size()); // it all fitted in the first slice
        if (waitForRoom())
            deliver(std::move(rows), true);
    });
}

void LocalCache::saveDraft(const QString &key, const QJsonObject &draft, Done done)
{
    const QString name = m_connectionName;
    post([this, name, key, draft, done] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        QString error;
        const bool ok =
            db.isOpen() &&
            exec(q,
                 QStringLiteral("INSERT OR REPLACE INTO drafts (key, body, updated_at) VALUES "
                                "(?, ?, ?)"),
                 {key, compact(draft), DomainJson::timestamp(QDateTime::currentDateTimeUtc())},
                 &error);
        INSIGHTS_ANSWER(done, ok, error);
    });
}

void LocalCache::loadDraft(const QString &key, std::function<void(std::optional<QJsonObject>)> done)
{
    const QString name = m_connectionName;
    post([this, name, key, done] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        QString error;
        std::optional<QJsonObject> draft;
        if (db.isOpen() &&
            exec(q, QStringLiteral("SELECT body FROM drafts WHERE key = ?"), {key}, &error) &&
            q.next())
            draft = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        INSIGHTS_ANSWER(done, draft);
    });
}

void LocalCache::deleteDraft(const QString &key, Done done)
{
    const QString name = m_connectionName;
    post([this, name, key, done] {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        QString error;
        const bool ok = db.isOpen() &&
                        exec(q, QStringLiteral("DELETE FROM drafts WHERE key = ?"), {key}, &error);
        INSIGHTS_ANSWER(done, ok, error);
    });
}

} // namespace insights
