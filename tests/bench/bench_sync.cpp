// A first full sync from a running insights-server into an empty cache, then the table:
//   bench_sync URL TOKEN
// Prints BENCH first_full_sync <seconds> s and the number of customers in the table.
#include "customertablemodel.h"
#include "localcache.h"
#include "syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace insights;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        QTextStream(stderr) << "usage: bench_sync URL TOKEN\n";
        return 2;
    }
    QTemporaryDir dir;
    ApiClient client;
    client.setBaseUrl(QUrl(QString::fromLocal8Bit(argv[1])));
    client.setToken(argv[2]);
    LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
    SyncEngine engine(&client, &cache);
    engine.setPageSize(1000);
    CustomerTableModel model;
    QElapsedTimer timer;
    QObject::connect(&engine, &SyncEngine::synced, &app, [&] {
        engine.stop();
        cache.loadCustomerRows([&](const std::vector<CustomerRow> &rows) {
            model.load(rows);
            QTextStream out(stdout);
            out << "BENCH first_full_sync " << QString::number(timer.elapsed() / 1000.0, 'f', 1)
                << " s\n";
            out << "BENCH first_full_sync_customers " << model.rowCount() << " customers\n";
            app.quit();
        });
    });
    QObject::connect(&engine, &SyncEngine::stateChanged, &app, [&](SyncEngine::State s) {
        if (s == SyncEngine::State::Offline || s == SyncEngine::State::SignedOut) {
            QTextStream(stderr) << "sync failed: " << engine.lastError() << "\n";
            app.exit(1);
        }
    });
    cache.open([&](bool ok, const QString &error) {
        if (!ok) {
            QTextStream(stderr) << "cache: " << error << "\n";
            app.exit(1);
            return;
        }
        timer.start();
        engine.start();
    });
    return app.exec();
}
