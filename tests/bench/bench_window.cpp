// The window benchmark of issue 12: the real MainWindow, offscreen, on a prepared local cache.
// Prints BENCH <name> <value> <unit> lines.
//   bench_window [--no-sync] [SIZES...]   (default: 100000 1000000)
// Each size runs in a child process of its own, so peak memory is its own; then a first
// sync of 100,000 customers from a real insights-server runs with the window open.
// INSIGHTS_BENCH_CACHE_DIR=DIR keeps the prepared caches and the seeded server database.
#include "benchdata.h"
#include "benchserver.h"
#include "csvexport.h"
#include "customertablemodel.h"
#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace insights;
using bench::report;

namespace {

// A 10 ms timer on the UI thread; its worst lateness is the longest the thread was busy.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = qMax(m_worst, now - m_last - 10'000'000);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_worst = 0;
    }
    double worstMs() const
    {
        return qMax(m_worst, m_clock.nsecsElapsed() - m_last - 10'000'000) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Counts the paints of one widget: "until painted" means until this count moves.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int count() const { return m_count; }
    std::function<void()> onPaint;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++m_count;
            if (onPaint)
                onPaint();
        }
        return false;
    }

private:
    int m_count = 0;
};

bool spinUntil(const std::function<bool()> &done, int timeoutMs = 900'000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        // The stall monitor's timer wakes this at least every 10 ms.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

// Waits for the next paint of the table after an action; the time from `t` in ms.
double untilPainted(const PaintCounter &paints, int before, const QElapsedTimer &t)
{
    if (!spinUntil([&] { return paints.count() > before; }, 60'000))
        qWarning("the table was not painted within a minute");
    return t.nsecsElapsed() / 1e6;
}

int customerNumber(const QString &id)
{
    return id.mid(4).toInt(nullptr, 16);
}

int runWindow(int n, const QString &preparedCache)
{
    const QString tag = QString::number(n);
    QTemporaryDir data;
    // startRemote opens cache-<host>-<port>.sqlite in the data folder: the prepared cache,
    // linked there. Nothing listens on port 1, so the sync just goes offline.
    const QString cacheFile = data.filePath(QStringLiteral("cache-127.0.0.1-1.sqlite"));
    if (::link(QFile::encodeName(preparedCache).constData(),
               QFile::encodeName(cacheFile).constData()) != 0 &&
        !QFile::copy(preparedCache, cacheFile))
        qFatal("cannot link the prepared cache");

    StallMonitor stalls;
    QElapsedTimer clock;
    clock.start();
    Workspace workspace;
    MainWindow window(&workspace);
    QTableView *table = window.customersView();
    CustomerTableModel *model = workspace.customers();
    PaintCounter paints(table->viewport());
    double usableAt = -1;
    paints.onPaint = [&] {
        if (usableAt < 0 && model->rowCount() > 0)
            usableAt = clock.nsecsElapsed() / 1e6;
    };
    window.resize(1600,
                  900); // the offscreen screen is small: the toolbar would hide the search box
    window.show();
    workspace.startRemote(QUrl(QStringLiteral("http://127.0.0.1:1")), "bench",
                          QStringLiteral("bench"), Role::Admin, data.path());
    spinUntil([&] { return usableAt >= 0; });
    report(QStringLiteral("window_start_to_usable_%1").arg(tag), usableAt / 1000.0, "s");

    // Search works while the rest loads: one keystroke, filtered and painted.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    search->setFocus();
    {
        QElapsedTimer t;
        t.start();
        const int before = paints.count();
        QTest::keyClick(search, Qt::Key_T);
        const double ms = untilPainted(paints, before, t);
        if (model->filterText() != QLatin1String("t"))
            qFatal("the search box did not filter the table");
        report(QStringLiteral("window_filter_keystroke_while_loading_%1").arg(tag), ms, "ms");
        QTest::keyClick(search, Qt::Key_Backspace);
    }

    spinUntil([&] {
        return model->totalCount() >= n && workspace.services()->rowCount() >= n &&
               !model->isSorting();
    });
    report(QStringLiteral("window_load_complete_%1").arg(tag), clock.elapsed() / 1000.0, "s");
    report(QStringLiteral("window_load_worst_stall_%1").arg(tag), stalls.worstMs(), "ms");
    // Where the memory goes: loaded, then the peak after each step below.
    report(QStringLiteral("window_rss_loaded_%1").arg(tag), bench::statusMegabytes("VmRSS"), "MB");
    report(QStringLiteral("window_peak_rss_loaded_%1").arg(tag), bench::peakMegabytes(), "MB");
    spinUntil([&] { return clock.elapsed() > 0; });

    // Filter keystrokes, typed into the search box, until the table has re-filtered and painted.
    std::vector<double> keystrokes;
    QString typed;
    for (const QString &text : bench::keystrokes()) {
        if (text == typed)
            continue; // the list types the word again from its first letter
        QElapsedTimer t;
        t.start();
        const int before = paints.count();
        if (text.size() > typed.size())
            QTest::keyClick(search, text.back().toLatin1());
        else
            QTest::keyClick(search, Qt::Key_Backspace);
        keystrokes.push_back(untilPainted(paints, before, t));
        typed = text;
        if (search->text() != typed) {
            QWidget *modal = QApplication::activeModalWidget();
            QWidget *focus = QApplication::focusWidget();
            qFatal("typed '%s', the box shows '%s' (modal: %s, enabled %d, visible %d, focus %s)",
                   qPrintable(typed), qPrintable(search->text()),
                   modal ? modal->metaObject()->className() : "none", search->isEnabled(),
                   search->isVisible(), focus ? focus->metaObject()->className() : "none");
        }
    }
    report(QStringLiteral("window_filter_keystroke_median_%1").arg(tag), bench::median(keystrokes),
           "ms");
    report(QStringLiteral("window_filter_keystroke_worst_%1").arg(tag),
           *std::max_element(keystrokes.begin(), keystrokes.end()), "ms");
    search->clear();
    spinUntil([&] { return model->rowCount() == n; });

    // Sort by tenant name with a click on the header; the selected customer stays selected.
    table->selectRow(5);
    const QString selected =
        table->currentIndex().data(CustomerTableModel::CustomerIdRole).toString();
    bool sorted = false;
    QObject::connect(model, &CustomerTableModel::sorted, model, [&] { sorted = true; });
    QHeaderView *header = table->horizontalHeader();
    const int x = header->sectionViewportPosition(CustomerTableModel::TenantNameColumn) +
                  header->sectionSize(CustomerTableModel::TenantNameColumn) / 2;
    {
        stalls.reset();
        QElapsedTimer t;
        t.start();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        spinUntil([&] { return sorted; });
        const double ms = untilPainted(paints, paints.count(), t);
        report(QStringLiteral("window_sort_tenant_%1").arg(tag), ms, "ms");
        report(QStringLiteral("window_sort_worst_stall_%1").arg(tag), stalls.worstMs(), "ms");
    }
    report(QStringLiteral("window_peak_rss_sorted_%1").arg(tag), bench::peakMegabytes(), "MB");
    const QString after = table->currentIndex().data(CustomerTableModel::CustomerIdRole).toString();
    const bool kept =
        after == selected && table->selectionModel()->isRowSelected(table->currentIndex().row());
    report(QStringLiteral("window_sort_selection_kept_%1").arg(tag), kept ? 1 : 0, "bool");
    const QString firstTenant =
        model->index(0, CustomerTableModel::TenantNameColumn).data().toString();
    const QString secondTenant =
        model->index(1, CustomerTableModel::TenantNameColumn).data().toString();
    if (firstTenant.compare(secondTenant, Qt::CaseInsensitive) > 0)
        qFatal("not sorted by tenant name");

    // Sync batches of 100 changed services: the ten rows on top and ninety spread out, the
    // way the sync engine hands them to the window.
    std::vector<double> batches;
    for (int b = 0; b < 5; ++b) {
        std::vector<int> customers;
        for (int row = 0; row < 10; ++row)
            customers.push_back(customerNumber(model->customerIdAt(row)));
        for (int k = 0; k < 90; ++k)
            customers.push_back((k * (n / 90) + b * 7 + 1) % n);
        const QList<CachedChange> batch = bench::renamedServices(customers);
        QElapsedTimer t;
        t.start();
        const int before = paints.count();
        emit workspace.sync()->changesApplied(batch);
        batches.push_back(untilPainted(paints, before, t));
    }
    report(QStringLiteral("window_sync_batch_100_median_%1").arg(tag), bench::median(batches),
           "ms");
    report(QStringLiteral("window_sync_batch_100_worst_%1").arg(tag),
           *std::max_element(batches.begin(), batches.end()), "ms");

    report(QStringLiteral("window_peak_rss_synced_%1").arg(tag), bench::peakMegabytes(), "MB");
    // CSV export of every row, while the window keeps answering.
    {
        const QString path = data.filePath(QStringLiteral("export.csv"));
        bool finished = false;
        bool ok = false;
        stalls.reset();
        QElapsedTimer t;
        t.start();
        CsvExport *run = CsvExport::startTo(table->model(), path, &window);
        QObject::connect(run, &CsvExport::finished, &window, [&](bool success, const QString &) {
            finished = true;
            ok = success;
        });
        spinUntil([&] { return finished; });
        report(QStringLiteral("window_csv_export_%1").arg(tag), t.elapsed() / 1000.0, "s");
        report(QStringLiteral("window_csv_export_worst_stall_%1").arg(tag), stalls.worstMs(), "ms");
        QFile csv(path);
        if (!ok || !csv.open(QIODevice::ReadOnly) || csv.size() < n * 50)
            qFatal("the export failed");
    }
    report(QStringLiteral("window_peak_rss_%1").arg(tag), bench::peakMegabytes(), "MB");
    return 0;
}

int runFirstSync(int n, const QString &cacheDir)
{
    const QString tag = QString::number(n);
    bench::SeededServer server;
    if (!server.start(n, cacheDir))
        qFatal("server: %s", qPrintable(server.error()));
    QTemporaryDir data;
    StallMonitor stalls;
    Workspace workspace;
    MainWindow window(&workspace);
    window.resize(1600, 900);
    window.show();
    bool synced = false;
    QObject::connect(&workspace, &Workspace::ready, &window, [&] {
        QObject::connect(workspace.sync(), &SyncEngine::synced, &window, [&] { synced = true; });
        QObject::connect(
            workspace.sync(), &SyncEngine::stateChanged, &window, [&](SyncEngine::State s) {
                if (s == SyncEngine::State::Offline || s == SyncEngine::State::SignedOut)
                    qFatal("sync failed: %s", qPrintable(workspace.sync()->lastError()));
            });
    });
    stalls.reset();
    QElapsedTimer t;
    t.start();
    workspace.startRemote(server.url(), server.token(), QStringLiteral("bench"), Role::Admin,
                          data.path());
    spinUntil([&] { return synced; });
    report(QStringLiteral("window_first_sync_%1").arg(tag), t.elapsed() / 1000.0, "s");
    report(QStringLiteral("window_first_sync_worst_stall_%1").arg(tag), stalls.worstMs(), "ms");
    report(QStringLiteral("window_first_sync_customers_%1").arg(tag),
           workspace.customers()->totalCount(), "customers");
    return 0;
}

QString cacheDir(QTemporaryDir &temporary)
{
    const QString dir = qEnvironmentVariableIsSet("INSIGHTS_BENCH_CACHE_DIR")
                            ? qEnvironmentVariable("INSIGHTS_BENCH_CACHE_DIR")
                            : temporary.path();
    QDir().mkpath(dir);
    return dir;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.size() >= 5 && args[1] == QLatin1String("--child")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        app.setApplicationName(QStringLiteral("insights-bench-window"));
        QStandardPaths::setTestModeEnabled(true); // no settings of a real console
        const int n = args[3].toInt();
        if (args[2] == QLatin1String("prepare"))
            return bench::prepareCache(n, args[4]);
        if (args[2] == QLatin1String("window"))
            return runWindow(n, args[4]);
        return runFirstSync(n, args[4]);
    }
    QCoreApplication app(argc, argv);
    QStringList sizes = args.mid(1);
    const bool sync = !sizes.removeAll(QStringLiteral("--no-sync"));
    if (sizes.isEmpty())
        sizes = {QStringLiteral("100000"), QStringLiteral("1000000")};
    QTemporaryDir temporary;
    const QString dir = cacheDir(temporary);
    const auto child = &insights::bench::runChild;
    bool ok = true;
    for (const QString &size : sizes) {
        // The same prepared caches as bench_models.
        const QString cache = QDir(dir).filePath(QStringLiteral("cache-%1.sqlite").arg(size));
        if (!QFile::exists(cache))
            ok = child({QStringLiteral("prepare"), size, cache}) && ok;
        ok = child({QStringLiteral("window"), size, cache}) && ok;
    }
    if (sync)
        ok = child({QStringLiteral("firstsync"), QStringLiteral("100000"), dir}) && ok;
    return ok ? 0 : 1;
}
