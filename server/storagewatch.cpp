#include "storagewatch.h"

#include "blobclient.h"
#include "byosurl.h"
#include "storageaccounts.h"
#include "store.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStorage, "insights.storage")

namespace insights::server {

namespace {

constexpr qint64 hourMs = 3600 * 1000;
const QString expiringCode = QStringLiteral("byos-expiring");
const QString expiredCode = QStringLiteral("byos-expired");

QString describe(const ByosLocation &l)
{
    return QStringLiteral("'%1' (%2/%3)").arg(l.name, l.account, l.container);
}

// Sets the alarm with this message, or clears it when message is empty.
bool setAlarm(Service &s, const QString &code, const QString &severity, const QString &message,
              const QDateTime &now)
{
    for (qsizetype i = 0; i < s.alarms.size(); ++i) {
        if (s.alarms[i].code != code)
            continue;
        if (message.isEmpty()) {
            s.alarms.removeAt(i);
            return true;
        }
        if (s.alarms[i].message == message)
            return false;
        s.alarms[i].message = message;
        return true;
    }
    if (message.isEmpty())
        return false;
    s.alarms.append(Alarm{code, severity, message, now});
    return true;
}

} // namespace

bool applyByosAlarms(Service &s, const QList<ByosLocation> &locations, const QDateTime &now)
{
    QStringList expired;
    QStringList expiring;
    for (const ByosLocation &l : locations) {
        const QString status = ByosUrl::status(l.expiresAt, now);
        const QString when = l.expiresAt.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm 'UTC'"));
        if (status == QLatin1String("Expired"))
            expired << QStringLiteral("%1 expired on %2").arg(describe(l), when);
        else if (status == QLatin1String("Expiring"))
            expiring << QStringLiteral("%1 expires on %2").arg(describe(l), when);
    }
    auto sentence = [](const QStringList &parts) {
        return parts.isEmpty() ? QString()
                               : QStringLiteral("Own storage %1: ask the customer for a new SAS")
                                     .arg(parts.join(QStringLiteral("; ")));
    };
    const bool a = setAlarm(s, expiredCode, QStringLiteral("error"), sentence(expired), now);
    const bool b = setAlarm(s, expiringCode, QStringLiteral("warning"), sentence(expiring), now);
    return a || b;
}

void refreshByosAlarms(Store &store, const QString &serviceId, const QDateTime &now)
{
    std::optional<ServiceRow> row = store.services().find(serviceId);
    if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted)
        return;
    QList<ByosLocation> locations;
    for (const ByosRow &b : store.byos().of(serviceId))
        locations << b.location;
    if (!applyByosAlarms(row->service, locations, now))
        return;
    row->service.updatedAt = now;
    row->version = store.services().update(*row);
    store.customers().refresh(row->service.customerId, now);
}

StorageWatch::StorageWatch(Store &store, BlobClient &blob, const StorageAccounts *accounts,
                           int usageIntervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_blob(blob)
    , m_accounts(accounts)
{
    m_usageTimer.setInterval(usageIntervalMs);
    connect(&m_usageTimer, &QTimer::timeout, this, &StorageWatch::scanUsage);
    m_byosTimer.setSingleShot(true);
    connect(&m_byosTimer, &QTimer::timeout, this, &StorageWatch::checkByos);
}

void StorageWatch::start()
{
    checkByos();
    if (m_accounts && !m_accounts->isEmpty()) {
        m_usageTimer.start();
        // The first round soon after the start, not an interval later.
        QTimer::singleShot(1000, this, &StorageWatch::scanUsage);
    }
}

void StorageWatch::byosChanged()
{
    m_byosTimer.start(0);
}

void StorageWatch::checkByos()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 nextMs = hourMs;
    try {
        for (const QString &id : m_store.byos().servicesWithExpiry()) {
            try {
                Store::Transaction tx(m_store);
                refreshByosAlarms(m_store, id, now);
                tx.commit();
            } catch (const StaleWrite &) {
                nextMs = 1000; // another writer came first: look again in a moment
            }
            for (const ByosRow &b : m_store.byos().of(id)) {
                const QDateTime e = b.location.expiresAt;
                for (const QDateTime &mark : {e.addDays(-ByosUrl::expiringDays), e}) {
                    const qint64 in = now.msecsTo(mark);
                    if (in > 0)
                        nextMs = qMin(nextMs, in + 1);
                }
            }
        }
    } catch (const StoreError &e) {
        qCWarning(lcStorage) << "BYOS expiry check failed:" << e.what();
        nextMs = 60 * 1000;
    }
    m_byosTimer.start(int(qMin<qint64>(nextMs, hourMs)));
}

void StorageWatch::scanUsage()
{
    if (m_scanning || !m_accounts)
        return;
    m_jobs.clear();
    try {
        qint64 after = 0;
        do {
            const Page<ServiceRow> page = m_store.services().page({}, {}, after, 500);
            for (const ServiceRow &row : page.items) {
                Job job{row.service.id, {}, {}, 0};
                for (const auto &p : {row.service.storage.primary, row.service.storage.replica}) {
                    if (p && p->provisioned && m_accounts->find(p->region)) {
                        job.regions << p->region;
                        job.containers << p->container;
                    }
                }
                if (!job.containers.isEmpty())
                    m_jobs << job;
            }
            after = page.nextAfter;
        } while (after > 0);
    } catch (const StoreError &e) {
        qCWarning(lcStorage) << "storage usage scan could not list the services:" << e.what();
        return;
    }
    m_scanning = true;
    m_round.start();
    m_containers = 0;
    m_blobs = 0;
    m_bytes = 0;
    m_job = {};
    nextContainer();
}

void StorageWatch::nextContainer()
{
    if (m_job.containers.isEmpty()) {
        if (!m_job.serviceId.isEmpty())
            finishService();
        if (m_jobs.isEmpty()) {
            m_scanning = false;
            qCInfo(lcStorage).noquote()
                << QStringLiteral("storage usage: %1 containers, %2 blobs, %3 bytes in %4 ms")
                       .arg(m_containers)
                       .arg(m_blobs)
                       .arg(m_bytes)
                       .arg(m_round.elapsed());
            emit usageScanned(m_containers, m_blobs, m_bytes);
            return;
        }
        m_job = m_jobs.takeFirst();
    }
    listPage({});
}

void StorageWatch::listPage(const QString &marker)
{
    const StorageAccount *account = m_accounts->find(m_job.regions.constFirst());
    // The marker is opaque (base64 with '+', '/' and '='): every byte of it percent-encoded.
    static const int pageSize = qEnvironmentVariableIntValue("INSIGHTS_BLOB_LIST_PAGE") > 0
                                    ? qEnvironmentVariableIntValue("INSIGHTS_BLOB_LIST_PAGE")
                                    : 5000;
    QString query = QStringLiteral("restype=container&comp=list&maxresults=%1").arg(pageSize);
    if (!marker.isEmpty())
        query += QStringLiteral("&marker=") + QString::fromLatin1(QUrl::toPercentEncoding(marker));
    const QUrl url = account->signedUrl(m_job.containers.constFirst(), query);
    m_blob.send("GET", url, {}, [this](const BlobAnswer &a) {
        const BlobListPage page = a.ok() ? BlobClient::parseList(a.body) : BlobListPage{};
        if (!page.ok) {
            // This round leaves the service as it was; the next one tries again.
            qCWarning(lcStorage).noquote()
                << "storage usage scan of" << m_job.serviceId << "failed:"
                << (a.ok() ? QStringLiteral("the answer is not a blob list") : a.message);
            m_job.containers.clear();
            m_job.serviceId.clear();
            nextContainer();
            return;
        }
        m_blobs += page.blobs;
        m_bytes += page.bytes;
        m_job.bytes += page.bytes;
        if (!page.nextMarker.isEmpty()) {
            listPage(page.nextMarker);
            return;
        }
        ++m_containers;
        m_job.containers.removeFirst();
        m_job.regions.removeFirst();
        nextContainer();
    });
}

void StorageWatch::finishService()
{
    const Job job = std::exchange(m_job, Job{});
    try {
        Store::Transaction tx(m_store);
        std::optional<ServiceRow> row = m_store.services().find(job.serviceId);
        // Written only when it changed: an unchanged service keeps its version, so an edit
        // opened meanwhile saves without a conflict.
        if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted ||
            row->service.usage.storageBytes == job.bytes)
            return;
        row->service.usage.storageBytes = job.bytes;
        row->version = m_store.services().update(*row);
        tx.commit();
    } catch (const StoreError &e) {
        // A lost race or an absent database: the next round writes it.
        qCInfo(lcStorage) << "storage usage of" << job.serviceId << "not written:" << e.what();
    }
}

} // namespace insights::server
