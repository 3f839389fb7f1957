#pragma once
// What the console's benchmarks share: the BENCH line, peak memory, the generated customers
// and services, and a local cache filled with them.
#include "domainjson.h"
#include "localcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace insights::bench {

// Runs this benchmark again as a child process ("--child" + arguments), so each case has a
// fresh heap and its own peak RSS; its output goes straight to ours.
inline bool runChild(const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(QCoreApplication::applicationFilePath(),
            QStringList{QStringLiteral("--child")} + arguments);
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

inline void report(const QString &name, double value, const char *unit)
{
    QTextStream out(stdout);
    out << "BENCH " << name << ' ' << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit
        << Qt::endl;
}

// A line of /proc/self/status in MB: VmHWM (the peak) or VmRSS (now).
inline double statusMegabytes(const QByteArray &field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

inline double peakMegabytes()
{
    return statusMegabytes("VmHWM");
}

inline QString customerId(int i)
{
    return QStringLiteral("cus-%1").arg(i, 8, 16, QLatin1Char('0'));
}

inline Customer makeCustomer(int i)
{
    Customer c;
    c.id = customerId(i);
    c.displayName = QStringLiteral("Customer %1 Holdings").arg(i * 7919 % 1000003);
    c.status = HealthStatus(i % 4 == 0 ? 3 : i % 4 - 1);
    c.createdAt = QDateTime::currentDateTimeUtc().addSecs(-i);
    c.createdBy = i % 3 ? QStringLiteral("alice") : QStringLiteral("bob");
    c.updatedAt = c.createdAt;
    return c;
}

inline Service makeService(int i)
{
    Service s;
    s.id = QStringLiteral("svc-%1").arg(i, 8, 16, QLatin1Char('0'));
    s.customerId = customerId(i);
    TenantSettings &t = s.settings.tenant;
    t.name = QStringLiteral("Tenant-%1").arg(i * 104729 % 1000003);
    t.domain = QStringLiteral("m365x%1.onmicrosoft.com").arg(i * 31 % 99999989);
    t.shortName = QStringLiteral("T%1").arg(i);
    t.contactEmails = {QStringLiteral("ops@") + t.domain};
    t.adminUpns = {QStringLiteral("admin@") + t.domain};
    t.userType = i % 3 ? UserType::Essential : UserType::Pro;
    t.includedUsers = 10 + i % 5000;
    t.storageLocation = QStringLiteral("westeurope");
    s.deploymentStatus = i % 2 ? DeploymentStatus::Ready : DeploymentStatus::PendingConsents;
    if (i % 2 == 0)
        s.alarms << Alarm{QStringLiteral("consent-required"), QStringLiteral("warning"),
                          QStringLiteral("Customer must complete the consent process"),
                          s.createdAt};
    s.createdAt = s.updatedAt = QDateTime::currentDateTimeUtc();
    return s;
}

// A sync batch: the services of these customers renamed and failed.
inline QList<CachedChange> renamedServices(const std::vector<int> &customers)
{
    QList<CachedChange> batch;
    int k = 0;
    for (int i : customers) {
        Service s = makeService(i);
        s.deploymentStatus = DeploymentStatus::DeploymentError;
        s.settings.tenant.name = QStringLiteral("Renamed-%1").arg(k++);
        batch << CachedChange{QStringLiteral("service"), s.id, false, DomainJson::toJson(s)};
    }
    return batch;
}

// The 50 filter texts: typing and erasing, one character at a time.
inline QStringList keystrokes()
{
    const QString word = QStringLiteral("tenant-4");
    QStringList texts;
    while (texts.size() < 50) {
        for (int n = 1; n <= word.size() && texts.size() < 50; ++n)
            texts << word.left(n);
        for (int n = word.size() - 1; n >= 1 && texts.size() < 50; --n)
            texts << word.left(n);
    }
    return texts;
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

inline void waitFor(const std::function<void(std::function<void()>)> &start)
{
    QEventLoop loop;
    start([&loop] { loop.quit(); });
    loop.exec();
}

// Writes n customers with services into a cache file (run it in a process of its own, so
// that its memory does not count as the measured one's).
inline int prepareCache(int n, const QString &path)
{
    LocalCache cache(path);
    waitFor([&](auto done) { cache.open([done](bool, const QString &) { done(); }); });
    for (int start = 0; start < n; start += 20000) {
        QList<CachedChange> batch;
        for (int i = start; i < qMin(n, start + 20000); ++i) {
            const Customer c = makeCustomer(i);
            const Service s = makeService(i);
            batch << CachedChange{QStringLiteral("customer"), c.id, false, DomainJson::toJson(c)}
                  << CachedChange{QStringLiteral("service"), s.id, false, DomainJson::toJson(s)};
        }
        waitFor([&](auto done) {
            cache.applyChanges(batch, QStringLiteral("t"), [done](bool ok, const QString &error) {
                if (!ok)
                    qFatal("cannot fill the cache: %s", qPrintable(error));
                done();
            });
        });
    }
    return 0;
}

} // namespace insights::bench
