#pragma once

#include "store.h"

#include <QObject>

#include <functional>

namespace insights::server {

struct MailSettings
{
    QString from = QStringLiteral("insights@localhost"); // --mail-from
    QString notifyAddress;                               // --notify-address: the provider's
    // Why a new mail cannot go yet (no --smtp-url), stored with it; empty when it can.
    QString waitingReason;
    QString fromName; // --mail-from-name
};

// Decides which mails a change of a service causes and writes them to the outbox, in the
// caller's transaction (api.md 1.1, "Notification emails"): the quick-start mail when a
// service starts waiting for consents, service-ready when the last consent is granted,
// deployment-failed (to the provider) when an operation ends in DeploymentError. One mail per
// recipient, each with its Message-ID fixed here.
class Notifications : public QObject
{
    Q_OBJECT

public:
    Notifications(Store &store, MailSettings settings, QObject *parent = nullptr);

    const MailSettings &settings() const { return m_settings; }

    // Call after a change of the service's deployment status, inside its transaction.
    void serviceChanged(const ServiceRow &row, DeploymentStatus before, const QDateTime &now);
    // Queues the quick-start mail to every contact; returns how many were queued.
    int queueQuickStart(const ServiceRow &row, const QDateTime &now);

signals:
    // Mails were queued; the sender looks once the transaction has committed.
    void queued();

private:
    int queue(const QString &kind, const ServiceRow &row, const QStringList &recipients,
              const QDateTime &now);
    QString messageIdDomain() const;

    Store &m_store;
    MailSettings m_settings;
};

} // namespace insights::server
