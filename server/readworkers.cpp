#include "readworkers.h"

#include "database.h"
#include "restserver.h"
#include "router.h"
#include "store.h"

#include <QCoreApplication>

namespace insights::server {

namespace {

// The reads a console makes all day (its sync, its tables, its forms' checks): all
// Access::Read routes whose answer is the database's alone.
const QSet<QString> &workerRoutes()
{
    static const QSet<QString> routes{
        QStringLiteral("/api/v1/customers"),
        QStringLiteral("/api/v1/customers/{id}"),
        QStringLiteral("/api/v1/customers/{id}/operators"),
        QStringLiteral("/api/v1/services"),
        QStringLiteral("/api/v1/services/{id}"),
        QStringLiteral("/api/v1/changes"),
        QStringLiteral("/api/v1/availability"),
        QStringLiteral("/api/v1/operations/{id}"),
        QStringLiteral("/api/v1/audit"),
        QStringLiteral("/api/v1/storage-locations"),
    };
    return routes;
}

} // namespace

bool ReadWorkers::servedByWorkers(const QByteArray &method, const QString &pattern)
{
    return method == "GET" && workerRoutes().contains(pattern);
}

// What one worker thread holds; everything but `thread` and `anchor` is made, used and
// deleted on the thread.
struct ReadWorkers::Worker
{
    QThread thread;
    QObject *anchor = nullptr; // lives on `thread`: where work for it is queued
    std::unique_ptr<Database> database;
    std::unique_ptr<Store> store;
    std::unique_ptr<Api> api;
    Router router;
    std::unique_ptr<RestServer> server;
};

ReadWorkers::ReadWorkers() = default;

ReadWorkers::~ReadWorkers()
{
    stop();
}

bool ReadWorkers::start(const Setup &setup, int count, QString *error)
{
    m_main = setup.main;
    m_next = std::make_shared<std::atomic<unsigned>>(0);
    if (!setup.primary->sharedAcrossConnections())
        count = 0; // a second connection would see another, empty, database
    for (int i = 0; i < count; ++i) {
        auto worker = std::make_unique<Worker>();
        Worker *w = worker.get();
        w->thread.setObjectName(QStringLiteral("read-worker-%1").arg(i + 1));
        w->anchor = new QObject;
        w->anchor->moveToThread(&w->thread);
        w->thread.start();
        QString failure;
        QMetaObject::invokeMethod(
            w->anchor,
            [w, &setup, &failure] {
                w->database = std::make_unique<Database>();
                if (!w->database->openReader(*setup.primary, &failure))
                    return;
                w->store = std::make_unique<Store>(*w->database);
                w->store->links().setBase(setup.publicBaseUrl);
                w->api = std::make_unique<Api>(*w->store, *setup.runner, setup.config);
                w->api->registerRoutes(w->router);
                w->server = std::make_unique<RestServer>(&w->router);
                w->server->serveHandedConnections(setup.main->tlsConfiguration());
                Api *api = w->api.get();
                w->server->forwardTo(
                    setup.main, [api](const Router::Route *route, const HttpRequest &r) {
                        return servedByWorkers(route->method, route->pattern) && api->admits(r);
                    });
            },
            Qt::BlockingQueuedConnection);
        m_workers.push_back(std::move(worker));
        if (!failure.isEmpty()) {
            *error = QStringLiteral("read worker %1: %2").arg(i + 1).arg(failure);
            stop();
            return false;
        }
    }
    if (m_workers.empty())
        return true;
    // Called on the main thread for each accepted connection: the next worker adopts it on
    // its own thread.
    std::vector<RestServer *> servers;
    for (const auto &w : m_workers)
        servers.push_back(w->server.get());
    m_main->setDealer([servers, next = m_next](qintptr descriptor) {
        RestServer *server = servers[next->fetch_add(1) % servers.size()];
        QMetaObject::invokeMethod(server, [server, descriptor] { server->adopt(descriptor); });
    });
    return true;
}

void ReadWorkers::stop()
{
    if (m_main)
        m_main->setDealer({});
    for (const auto &w : m_workers) {
        if (w->thread.isRunning()) {
            QMetaObject::invokeMethod(
                w->anchor,
                [w = w.get()] {
                    w->server.reset();
                    w->api.reset();
                    w->store.reset();
                    w->database.reset(); // its connection belongs to this thread
                },
                Qt::BlockingQueuedConnection);
            w->thread.quit();
            w->thread.wait();
        }
        delete w->anchor; // its thread has finished: nothing of it runs any more
    }
    m_workers.clear();
}

} // namespace insights::server
