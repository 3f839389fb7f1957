#pragma once

#include "apiclient.h"
#include "auditmodel.h"
#include "customerapi.h"
#include "customertablemodel.h"
#include "domain.h"
#include "localcache.h"
#include "servicetablemodel.h"
#include "syncengine.h"

#include <QObject>

#include <memory>

namespace insights {

class EmbeddedBackend;

// Everything one backend needs on the console's side: the REST client, the local cache, the
// sync and the item models, wired together. The embedded backend is started here when no
// server is configured.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // Starts the embedded backend, signs in as its local admin, opens the cache and syncs.
    void startEmbedded(const QString &dataFolder);
    // A remote server with a token already obtained (sign-in dialog).
    void startRemote(const QUrl &url, const QByteArray &token, const QString &username, Role role,
                     const QString &dataFolder);

    ApiClient *client() { return &m_client; }
    LocalCache *cache() { return m_cache.get(); }
    SyncEngine *sync() { return m_sync.get(); }
    CustomerTableModel *customers() { return &m_customers; }
    ServiceTableModel *services() { return &m_services; }
    AuditModel *audit() { return &m_audit; }

    QString backendDescription() const { return m_backendDescription; }
    QString username() const { return m_username; }
    Role role() const { return m_role; }
    bool mayChange() const;
    // The newest operation of a service (deploy, update or delete), if the feed brought one.
    std::optional<Operation> latestOperation(const QString &serviceId) const;
    // The embedded backend, while it runs (nullptr on a team server).
    EmbeddedBackend *embedded() const { return m_embedded; }
    // Reloads the audit trail (newest 500 entries).
    void refreshAudit();
    // The server-side filters of the audit trail (the Audit page's Who, Action and Period);
    // a change loads the trail again.
    void setAuditQuery(const AuditQuery &query);
    const AuditQuery &auditQuery() const { return m_auditQuery; }

signals:
    void ready();
    void failed(const QString &message);
    // Something the operator should know that needs no answer (the status bar shows it).
    void notice(const QString &message);
    void identityChanged();
    void loadingProgress(int rows);
    void operationsChanged();

private:
    void openCache(const QString &dataFolder);
    void loadFromCache();
    void feedOperations(std::shared_ptr<CachedState> state, qsizetype from, int generation);

    ApiClient m_client;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<SyncEngine> m_sync;
    EmbeddedBackend *m_embedded = nullptr;
    CustomerTableModel m_customers;
    ServiceTableModel m_services;
    AuditModel m_audit;
    AuditQuery m_auditQuery;
    int m_auditRequest = 0; // only the newest answer is shown
    QString m_backendDescription;
    QString m_username;
    Role m_role = Role::Monitor;
    bool m_reloading = false;
    int m_loadGeneration = 0;
    QHash<QString, Operation> m_latestOperation; // service id -> newest operation
    void noteOperation(const Operation &op);
};

} // namespace insights
