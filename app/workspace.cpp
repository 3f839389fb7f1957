#include "workspace.h"

#include "customerapi.h"
#include "domainjson.h"
#include "embeddedbackend.h"
#include "lifecycle.h"

#include <QDir>
#include <QJsonArray>
#include <QSettings>

namespace insights {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_services(&m_customers)
{
    // A whole service, for the selected row only, comes from the cache.
    m_services.setLoader(
        [this](const QString &id, std::function<void(std::optional<Service>)> done) {
            if (m_cache)
                m_cache->loadService(id, std::move(done));
            else
                done(std::nullopt);
        });
    // Tables show names; ids stay in tooltips.
    m_audit.setTargetNames([this](const QString &id) {
        if (QString name = m_customers.displayName(id); !name.isEmpty())
            return name;
        return m_services.tenantNameOf(id);
    });
}

Workspace::~Workspace()
{
    if (m_sync)
        m_sync->stop();
    if (m_embedded)
        m_embedded->stop();
}

bool Workspace::mayChange() const
{
    return Lifecycle::mayChange(m_role);
}

void Workspace::startEmbedded(const QString &dataFolder)
{
    m_backendDescription = tr("Embedded local backend");
    m_embedded = new EmbeddedBackend(this);
    m_embedded->setDatabasePath(
        QDir(dataFolder).filePath(QStringLiteral("embedded-backend.sqlite")));
    QSettings settings;
    m_embedded->setPreferredPort(
        quint16(settings.value(QStringLiteral("embedded/port"), 0).toUInt()));
    connect(m_embedded, &EmbeddedBackend::failed, this, &Workspace::failed);
    connect(m_embedded, &EmbeddedBackend::restarting, this, &Workspace::notice);
    connect(m_embedded, &EmbeddedBackend::ready, this, [this, dataFolder](const QUrl &url) {
        m_client.setBaseUrl(url);
        // The same port next time keeps the Quick Start links valid.
        QSettings().setValue(QStringLiteral("embedded/port"), url.port());
        m_client.users()
            .signIn(EmbeddedBackend::localAdminName(), m_embedded->password())
            .then(this, [this, dataFolder](const Result<SignedIn> &r) {
                if (!r.ok()) {
                    emit failed(
                        tr("Could not sign in to the local backend: %1").arg(r.error.message));
                    return;
                }
                m_client.setToken(r.value.token);
                if (m_cache) { // restarted after a crash: the same cache and sync go on
                    emit notice(tr("The local backend was restarted."));
                    m_sync->resume();
                    return;
                }
                m_username = r.value.username;
                m_role = r.value.role;
                emit identityChanged();
                openCache(QDir(dataFolder).filePath(QStringLiteral("embedded-cache.sqlite")));
            });
    });
    m_embedded->start();
}

void Workspace::startRemote(const QUrl &url, const QByteArray &token, const QString &username,
                            Role role, const QString &dataFolder)
{
    m_backendDescription = url.toString(QUrl::RemoveUserInfo);
    m_client.setBaseUrl(url);
    m_client.setToken(token);
    m_username = username;
    m_role = role;
    emit identityChanged();
    const QString host =
        url.host() + u'-' +
        QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    openCache(QDir(dataFolder).filePath(QStringLiteral("cache-%1.sqlite").arg(host)));
}

void Workspace::openCache(const QString &path)
{
    m_cache = std::make_unique<LocalCache>(path);
    m_sync = std::make_unique<SyncEngine>(&m_client, m_cache.get());
    connect(m_sync.get(), &SyncEngine::changesApplied, this,
            [this](const QList<CachedChange> &changes) {
                if (m_reloading)
                    return;
                m_customers.applyChanges(changes);
                m_services.applyChanges(changes);
                bool operations = false;
                for (const CachedChange &c : changes) {
                    if (c.kind == QLatin1String("operation") && !c.deleted) {
                        noteOperation(DomainJson::operationFromJson(c.object));
                        operations = true;
                    }
                }
                if (operations)
                    emit operationsChanged();
            });
    connect(m_sync.get(), &SyncEngine::reloadStarted, this, [this] { m_reloading = true; });
    connect(m_sync.get(), &SyncEngine::synced, this, [this] {
        if (m_reloading) {
            m_reloading = false;
            loadFromCache();
        }
    });
    m_cache->open([this](bool ok, const QString &error) {
        if (!ok) {
            emit failed(tr("The local cache could not be opened: %1").arg(error));
            return;
        }
        loadFromCache();
        m_sync->start();
        emit ready();
    });
}

void Workspace::loadFromCache()
{
    // The last known state shows at once, even with the server away; sync follows. Slices
    // of 1,000 rows take the UI thread about 15 ms each (both tables), so the window answers
    // while it fills.
    m_customers.clear();
    m_cache->loadCustomerRowsInSlices(
        1000, [this](const std::vector<CustomerRow> &rows, bool last, int total) {
            if (total > 0)
                m_customers.reserve(total); // once: later calls find the room there
            m_customers.appendRows(rows);
            emit loadingProgress(m_customers.totalCount());
            if (last)
                m_customers.finishLoading();
        });
    // The live services are the customers table's records; only the deleted ones are read
    // whole, and the operations a few thousand per turn of the event loop.
    m_services.loadDeleted({});
    const int generation = ++m_loadGeneration;
    m_cache->load(
        [this, generation](const CachedState &state) {
            if (generation != m_loadGeneration)
                return; // a newer load replaced this one
            m_services.loadDeleted(state.services);
            m_latestOperation.clear();
            feedOperations(std::make_shared<CachedState>(state), 0, generation);
        },
        LocalCache::Customers::Skip, LocalCache::Services::DeletedOnly);
}

void Workspace::feedOperations(std::shared_ptr<CachedState> state, qsizetype from, int generation)
{
    if (generation != m_loadGeneration)
        return; // a newer load replaced this one
    constexpr qsizetype slice = 3000;
    for (qsizetype k = from; k < qMin(from + slice, state->operations.size()); ++k)
        noteOperation(state->operations.at(k));
    if (from + slice < state->operations.size()) {
        QMetaObject::invokeMethod(
            this,
            [this, state, from, generation] { feedOperations(state, from + slice, generation); },
            Qt::QueuedConnection);
        return;
    }
    emit operationsChanged();
}

void Workspace::noteOperation(const Operation &op)
{
    const auto it = m_latestOperation.constFind(op.serviceId);
    if (it == m_latestOperation.constEnd() || it->createdAt <= op.createdAt)
        m_latestOperation.insert(op.serviceId, op);
}

std::optional<Operation> Workspace::latestOperation(const QString &serviceId) const
{
    const auto it = m_latestOperation.constFind(serviceId);
    return it == m_latestOperation.constEnd() ? std::nullopt : std::optional(*it);
}

void Workspace::refreshAudit()
{
    const int request = ++m_auditRequest;
    m_client.users()
        .audit(m_auditQuery)
        .then(this, [this, request](const Result<QList<AuditEntry>> &r) {
            if (r.ok() && request == m_auditRequest)
                m_audit.setEntries(r.value);
        });
}

void Workspace::setAuditQuery(const AuditQuery &query)
{
    if (query == m_auditQuery)
        return;
    m_auditQuery = query;
    refreshAudit();
}

} // namespace insights
