#pragma once

#include "api.h"

#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace insights::server {

class Database;
class RestServer;

// Reads on more than one core. Each worker is a thread with its own event loop, its own
// read-only database connection (SQLite's WAL lets readers run beside the writer), its own
// Store, Api and RestServer. The main RestServer still accepts every connection and deals
// them out in turn; a worker answers the reads it may (readsServedByWorkers()) with a token
// that authenticates, and hands anything else to the main thread: every write, every
// refusal (which is audited), every route with state of its own (sign-in and its throttle,
// the Quick Start page, /healthz).
class ReadWorkers
{
public:
    struct Setup
    {
        RestServer *main = nullptr;
        const Database *primary = nullptr;
        OperationRunner *runner = nullptr; // only for its instance id
        ApiConfig config;
        QString publicBaseUrl;
    };

    ReadWorkers();
    ~ReadWorkers();
    ReadWorkers(const ReadWorkers &) = delete;
    ReadWorkers &operator=(const ReadWorkers &) = delete;

    // Starts `count` workers and has the main server deal its connections to them. False,
    // with *error, when a worker could not open its connection (none is left running).
    bool start(const Setup &setup, int count, QString *error);
    // Stops the workers (connections in progress on them are closed); main serves alone.
    void stop();
    int count() const { return int(m_workers.size()); }

    // GET routes a worker answers itself.
    static bool servedByWorkers(const QByteArray &method, const QString &pattern);

private:
    struct Worker;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::shared_ptr<std::atomic<unsigned>> m_next;
    RestServer *m_main = nullptr;
};

} // namespace insights::server
