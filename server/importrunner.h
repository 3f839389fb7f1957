#pragma once

#include "csvreader.h"
#include "importrows.h"
#include "store.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;

namespace insights::server {

// Runs the bulk-onboarding jobs (api.md 1.1) on the event loop, a batch per turn, so a
// 10,000-row file never holds the loop for long: first every row is checked (Validating),
// then, for a real run, each valid row's customer and service are created and its deploy
// queued (Running). Each batch is one transaction with its rows' outcomes, under a lease, so
// a job resumes after a kill on any instance and creates nothing twice.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    // Creates the customer (or uses customerId when not empty) and its service, and queues
    // the deploy, inside the runner's transaction; returns {customerId, serviceId}.
    using Create = std::function<std::pair<QString, QString>(
        const QString &customerId, const QString &customerName, const ServiceDraft &draft,
        const QString &actor, const QDateTime &now)>;

    // pauseMs: between batches (0 in production; the kill test slows the job down).
    ImportRunner(Store &store, const QString &instanceId, int leaseMs, int pauseMs,
                 QObject *parent = nullptr);

    void setCreate(Create create) { m_create = std::move(create); }
    // Looks for work now (after a POST committed), and then on the heartbeat.
    void kick();
    void start();

    static constexpr int maxBytes = 8 * 1024 * 1024;
    static constexpr int maxRows = 10'000;
    static constexpr int checkBatch = 1000;
    static constexpr int createBatch = 25;

signals:
    void finished(const QString &importId);

private:
    struct Parsed
    {
        ImportColumns columns;
        QList<CsvRecord> records;
        QHash<int, qsizetype> byRow;
        std::unique_ptr<ImportChecker> checker;
    };

    void scan();
    void advance(const QString &id);
    // Both return whether there is more to do.
    bool check(ImportRecord &record, Parsed &parsed);
    bool create(ImportRecord &record, Parsed &parsed, const QDateTime &now);
    std::shared_ptr<Parsed> parsed(const QString &id, QString *error);

    Store &m_store;
    QString m_instanceId;
    int m_leaseMs;
    int m_pauseMs;
    Create m_create;
    QTimer *m_heartbeat;
    QSet<QString> m_scheduled;
    QHash<QString, std::shared_ptr<Parsed>> m_parsed;
};

} // namespace insights::server
