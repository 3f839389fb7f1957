#include "notifications.h"

#include "auth.h"
#include "lifecycle.h"
#include "mailtemplates.h"

#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

namespace insights::server {

Q_LOGGING_CATEGORY(lcMail, "insights.mail")

Notifications::Notifications(Store &store, MailSettings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(std::move(settings))
{}

QString Notifications::messageIdDomain() const
{
    const QString host = QUrl(m_store.links().base()).host();
    return host.isEmpty() ? QStringLiteral("insights.invalid") : host;
}

void Notifications::serviceChanged(const ServiceRow &row, DeploymentStatus before,
                                   const QDateTime &now)
{
    const DeploymentStatus after = row.service.deploymentStatus;
    if (after == before)
        return;
    if (after == DeploymentStatus::PendingConsents)
        queueQuickStart(row, now);
    else if (after == DeploymentStatus::Ready && before == DeploymentStatus::PendingConsents)
        queue(QStringLiteral("service-ready"), row, row.service.settings.tenant.contactEmails, now);
    else if (after == DeploymentStatus::DeploymentError && !m_settings.notifyAddress.isEmpty())
        queue(QStringLiteral("deployment-failed"), row, {m_settings.notifyAddress}, now);
}

int Notifications::queueQuickStart(const ServiceRow &row, const QDateTime &now)
{
    return queue(QStringLiteral("quick-start"), row, row.service.settings.tenant.contactEmails,
                 now);
}

int Notifications::queue(const QString &kind, const ServiceRow &row, const QStringList &recipients,
                         const QDateTime &now)
{
    const Service &s = row.service;
    const auto customer = m_store.customers().find(s.customerId);
    QStringList missing;
    for (const ConsentState &c : s.consents) {
        if (!c.granted)
            missing << c.name;
    }
    QString error;
    for (const Alarm &a : s.alarms) {
        if (a.severity == QLatin1String("error"))
            error = a.message;
    }
    MailTemplates::Values values{
        {QStringLiteral("tenant"), s.settings.tenant.name},
        {QStringLiteral("domain"), s.settings.tenant.domain},
        {QStringLiteral("customer"), customer ? customer->customer.displayName : s.customerId},
        {QStringLiteral("link"), m_store.links().quickStartUrl(row.quickStartToken)},
        {QStringLiteral("error"), error},
        {QStringLiteral("serviceId"), s.id},
    };
    const MailTemplates::Lists lists{{QStringLiteral("consents"), missing}};
    int count = 0;
    QStringList seen;
    for (const QString &to : recipients) {
        if (to.isEmpty() || seen.contains(to, Qt::CaseInsensitive))
            continue;
        seen << to;
        values.insert(QStringLiteral("recipient"), to);
        QString why;
        const auto mail = MailTemplates::render(kind, values, lists, &why);
        if (!mail) {
            qCCritical(lcMail).noquote() << "cannot render" << kind << ":" << why;
            return count;
        }
        MailRow m;
        m.mail.id = Secrets::newId(u"mail");
        m.mail.kind = kind;
        m.mail.to = to;
        m.mail.subject = mail->subject;
        m.mail.serviceId = s.id;
        m.mail.status = QStringLiteral("Pending");
        m.mail.createdAt = now;
        m.mail.lastError = m_settings.waitingReason;
        m.text = mail->text;
        m.html = mail->html;
        m.messageId = QStringLiteral("<%1@%2>").arg(
            QUuid::createUuid().toString(QUuid::WithoutBraces), messageIdDomain());
        m.nextAttemptMs = now.toMSecsSinceEpoch();
        m_store.outbox().insert(m);
        ++count;
    }
    if (count > 0)
        emit queued();
    return count;
}

} // namespace insights::server
