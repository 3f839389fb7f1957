// The model-layer benchmark of issue 4. Prints BENCH <name> <value> <unit> lines.
//   bench_models [SIZES...]        (default: 100000 1000000)
// Each (model, size) runs in a child process of its own, so peak memory is its own.
#include "benchdata.h"
#include "customertablemodel.h"
#include "domainjson.h"
#include "localcache.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace insights;

namespace {

using bench::keystrokes;
using bench::makeCustomer;
using bench::makeService;
using bench::median;
using bench::peakMegabytes;

void bench(const QString &name, double value, const char *unit)
{
    bench::report(name, value, unit);
}

void wait(LocalCache &, const std::function<void(std::function<void()>)> &start)
{
    bench::waitFor(start);
}

// Searches the same four columns as ours (customer, tenant name, domain, short name), as
// QSortFilterProxyModel does it for one column: the display text against the fixed string.
class FourColumnFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QRegularExpression &re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        for (int c = CustomerTableModel::CustomerColumn; c <= CustomerTableModel::ShortNameColumn;
             ++c) {
            if (sourceModel()->index(row, c, parent).data().toString().contains(re))
                return true;
        }
        return false;
    }
};

int runOurs(int n, const QString &path)
{
    LocalCache cache(path);
    wait(cache, [&](auto done) { cache.open([done](bool, const QString &) { done(); }); });
    const QString tag = QString::number(n);
    CustomerTableModel model;
    QElapsedTimer t;
    t.start();
    wait(cache, [&](auto done) {
        model.clear();
        cache.loadCustomerRowsInSlices(
            20000, [&model, done](const std::vector<CustomerRow> &rows, bool last, int total) {
                if (total > 0)
                    model.reserve(total); // known from the second slice on
                model.appendRows(rows);
                if (last) {
                    model.finishLoading();
                    done();
                }
            });
    });
    bench(QStringLiteral("ours_load_%1").arg(tag), t.elapsed() / 1000.0, "s");
    if (model.rowCount() != n)
        qFatal("loaded %d rows of %d", model.rowCount(), n);

    std::vector<double> times;
    for (const QString &text : keystrokes()) {
        t.restart();
        model.setFilterText(text);
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    bench(QStringLiteral("ours_filter_keystroke_median_%1").arg(tag), median(times), "ms");
    model.setFilterText({});

    // A large table sorts on a worker: the figure runs until the result is applied.
    t.restart();
    wait(cache, [&](auto done) {
        QObject::connect(&model, &CustomerTableModel::sorted, &model, done,
                         Qt::SingleShotConnection);
        model.sort(CustomerTableModel::TenantNameColumn, Qt::AscendingOrder);
        if (!model.isSorting())
            done();
    });
    bench(QStringLiteral("ours_sort_%1").arg(tag), t.nsecsElapsed() / 1e6, "ms");

    QList<CachedChange> batch;
    for (int k = 0; k < 100; ++k) {
        Service s = makeService(k * (n / 100));
        s.deploymentStatus = DeploymentStatus::DeploymentError;
        s.settings.tenant.name = QStringLiteral("Renamed-%1").arg(k);
        batch << CachedChange{QStringLiteral("service"), s.id, false, DomainJson::toJson(s)};
    }
    t.restart();
    model.applyChanges(batch);
    bench(QStringLiteral("ours_sync_batch_100_%1").arg(tag), t.nsecsElapsed() / 1e6, "ms");
    bench(QStringLiteral("ours_peak_rss_%1").arg(tag), peakMegabytes(), "MB");
    return 0;
}

int runBaseline(int n, int keystrokeCount)
{
    const QString tag = QString::number(n);
    QElapsedTimer t;
    t.start();
    QStandardItemModel source(0, CustomerTableModel::ColumnCount);
    for (int i = 0; i < n; ++i) {
        const Customer c = makeCustomer(i);
        const Service s = makeService(i);
        const TenantSettings &tn = s.settings.tenant;
        QList<QStandardItem *> row{
            new QStandardItem(toString(c.status)),
            new QStandardItem(c.displayName),
            new QStandardItem(tn.name),
            new QStandardItem(tn.domain),
            new QStandardItem(tn.shortName),
            new QStandardItem(s.licenseType()),
            new QStandardItem(QString::number(tn.includedUsers)),
            new QStandardItem(tn.storageLocation),
            new QStandardItem(toString(s.deploymentStatus)),
            new QStandardItem(s.alarms.isEmpty() ? QString() : s.alarms.first().message),
            new QStandardItem(c.createdAt.toString(Qt::ISODate)),
            new QStandardItem(c.createdBy)};
        source.appendRow(row);
    }
    FourColumnFilter proxy;
    proxy.setSourceModel(&source);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    bench(QStringLiteral("baseline_load_%1").arg(tag), t.elapsed() / 1000.0, "s");

    std::vector<double> times;
    const QStringList texts = keystrokes().mid(0, keystrokeCount);
    for (const QString &text : texts) {
        t.restart();
        proxy.setFilterFixedString(text);
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    bench(QStringLiteral("baseline_filter_keystroke_median_%1").arg(tag), median(times), "ms");
    proxy.setFilterFixedString({});
    t.restart();
    proxy.sort(CustomerTableModel::TenantNameColumn, Qt::AscendingOrder);
    bench(QStringLiteral("baseline_sort_%1").arg(tag), t.nsecsElapsed() / 1e6, "ms");
    t.restart();
    for (int k = 0; k < 100; ++k)
        source.item(k * (n / 100), 2)->setText(QStringLiteral("Renamed-%1").arg(k));
    bench(QStringLiteral("baseline_sync_batch_100_%1").arg(tag), t.nsecsElapsed() / 1e6, "ms");
    bench(QStringLiteral("baseline_peak_rss_%1").arg(tag), peakMegabytes(), "MB");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList args = [&] {
        QStringList a;
        for (int i = 0; i < argc; ++i)
            a << QString::fromLocal8Bit(argv[i]);
        return a;
    }();
    if (args.size() >= 4 && args[1] == QLatin1String("--child")) {
        // QStandardItemModel needs QtGui; ours does not, but both run the same way.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const int n = args[3].toInt();
        if (args[2] == QLatin1String("prepare"))
            return bench::prepareCache(n, args[4]);
        if (args[2] == QLatin1String("ours"))
            return runOurs(n, args[4]);
        return runBaseline(n, args.size() > 4 ? args[4].toInt() : 50);
    }
    QCoreApplication app(argc, argv);
    QStringList sizes = args.mid(1);
    if (sizes.isEmpty())
        sizes = {QStringLiteral("100000"), QStringLiteral("1000000")};
    // INSIGHTS_BENCH_CACHE_DIR keeps the prepared caches between runs (filling a million
    // rows takes minutes); by default they go to a temporary folder.
    QTemporaryDir temporary;
    const QString cacheDir = qEnvironmentVariableIsSet("INSIGHTS_BENCH_CACHE_DIR")
                                 ? qEnvironmentVariable("INSIGHTS_BENCH_CACHE_DIR")
                                 : temporary.path();
    QDir().mkpath(cacheDir);
    const auto child = &insights::bench::runChild;
    for (const QString &size : sizes) {
        const QString cache = QDir(cacheDir).filePath(QStringLiteral("cache-%1.sqlite").arg(size));
        if (!QFile::exists(cache))
            child({QStringLiteral("prepare"), size, cache});
        child({QStringLiteral("ours"), size, cache});
        // The baseline filter takes over a second a keystroke at 1,000,000 rows.
        child({QStringLiteral("baseline"), size,
               size.toInt() >= 1000000 ? QStringLiteral("10") : QStringLiteral("50")});
    }
    return 0;
}
