#pragma once

#include "customerrow.h"
#include "domain.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace insights {

// One entry of the server's change feed, as the cache stores it.
struct CachedChange
{
    QString kind; // "customer", "service", "operation"
    QString id;
    bool deleted = false;
    QJsonObject object;
    // The object's JSON text as the server sent it, when the feed reader kept it (the
    // cache then stores these bytes); empty otherwise, and the cache writes `object`.
    QByteArray raw = {};
};

struct FeedPage;

// What the cache holds of the server's state.
struct CachedState
{
    QList<Customer> customers;
    QList<Service> services;
    QList<Operation> operations;
    QString syncToken;
};

// The console's local SQLite cache. A worker thread owns its own named connection and takes
// work from a queue (one connection per thread, as Qt Sql requires); every call returns at
// once and answers on the caller's thread. Schema is versioned; the file uses WAL; each sync
// batch is one transaction. It also keeps wizard drafts, so a crash loses no input.
class LocalCache : public QObject
{
    Q_OBJECT

public:
    explicit LocalCache(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~LocalCache() override; // finishes the queued work, then stops the thread

    static QString defaultPath();
    QString path() const { return m_path; }

    using Done = std::function<void(bool ok, const QString &error)>;

    void open(Done done = {});
    // One sync batch, with the token to resume from, in one transaction.
    void applyChanges(const QList<CachedChange> &changes, const QString &nextToken, Done done = {});
    // One page of the change feed as the server sent it. It is read on the preparing thread,
    // never on the caller's: `read` gets what it holds as soon as it is read, and then the
    // page is written in one transaction with its `next` token and `done` called. A page
    // that is not one (FeedPage::error set) is not written, and `done` is never called.
    using PageRead = std::function<void(const FeedPage &page)>;
    void applyPage(const QByteArray &bytes, PageRead read, Done done);
    // Forget everything the server sent (before a full reload); drafts stay.
    void clearServerState(Done done = {});
    // Everything the cache holds. The customers table reads loadCustomerRows() instead, so
    // it may leave the customers out (parsing them would be work thrown away).
    enum class Customers { Include, Skip };
    // The window reads the live services from the projection too: it asks only for the
    // deleted ones, which the projection leaves out.
    enum class Services { All, DeletedOnly };
    void load(std::function<void(const CachedState &)> done,
              Customers customers = Customers::Include, Services services = Services::All);
    // One service as cached (nullopt when the cache has none of that id).
    void loadService(const QString &serviceId, std::function<void(std::optional<Service>)> done);
    // One customer as the cache holds it (the table keeps only what its columns show).
    void loadCustomer(const QString &customerId, std::function<void(std::optional<Customer>)> done);
    // Only the token to resume the sync from (empty before the first sync).
    void loadSyncToken(std::function<void(const QString &)> done);
    // The customers table's projection, one row per customer, without parsing any JSON.
    void loadCustomerRows(std::function<void(const std::vector<CustomerRow> &)> done);
    // The same in slices of `sliceSize` rows, so a million rows never sit in memory twice
    // and the table fills while the rest loads; `last` is true on the final slice.
    // `total` is the number of rows the whole load brings, known from the second slice on
    // (0 before).
    // The first slice is small, so the first rows show at once; the cache reads at most two
    // slices ahead of the caller, so a slow consumer never has the whole table queued.
    void loadCustomerRowsInSlices(
        int sliceSize,
        std::function<void(const std::vector<CustomerRow> &, bool last, int total)> slice);

    void saveDraft(const QString &key, const QJsonObject &draft, Done done = {});
    void loadDraft(const QString &key, std::function<void(std::optional<QJsonObject>)> done);
    void deleteDraft(const QString &key, Done done = {});

    static int schemaVersion();

private:
    void post(std::function<void()> work);
    // The stored JSON of one row of customers or services, on the cache's thread.
    void loadBody(const QString &table, const QString &id,
                  std::function<void(std::optional<QJsonObject>)> done);
    // `prepare` on the preparing thread, then its result to `write` on the connection's.
    template <typename T>
    void postPrepared(std::function<T()> prepare, std::function<void(const T &)> write);

    QString m_path;
    QString m_connectionName;
    // Work goes through m_prepareThread, then to m_thread, which owns the connection: one
    // order for everything, and a sync batch's JSON and projection are worked out on the
    // first while the second writes the batch before it.
    QThread m_prepareThread;
    QObject *m_prepareWorker = nullptr;
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stopping = std::make_shared<std::atomic<bool>>(false);
};

} // namespace insights
