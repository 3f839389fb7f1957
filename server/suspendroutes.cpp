// Suspend and reactivate (api.md 1.1): a service stops recording without losing anything,
// and starts again. Which states allow it, the alarm and the state after reactivation come
// from Lifecycle, as the console's actions do.
#include "api.h"

#include "fieldnames.h"
#include "lifecycle.h"
#include "resthelpers.h"

namespace insights::server {

namespace f = field;

using namespace rest;

namespace {

HttpResponse notNow(const Service &s, const QString &why)
{
    return HttpResponse::problem(
        409, {},
        Problems::tr("%1 is %2: %3")
            .arg(s.settings.tenant.name, toString(s.deploymentStatus), why));
}

} // namespace

HttpResponse Api::suspendService(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.services().find(r.param(f::id));
    if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted)
        return notFound(QStringLiteral("service"));
    HttpResponse error;
    const auto body = readObject(r, &error);
    if (!body)
        return error;
    JsonProblems p;
    const QHash<QString, QString> members =
        readStrings(*body, {f::reason, f::confirmShortName}, {}, p);
    if (!p.isEmpty())
        return fromProblems(p);
    Service &s = row->service;
    const QString reason = members.value(f::reason).trimmed();
    QList<FieldError> errors;
    addVerdict(errors, f::reason, Lifecycle::checkSuspendReason(reason));
    addVerdict(errors, f::confirmShortName,
               Lifecycle::checkShortNameConfirmation(members.value(f::confirmShortName),
                                                     s.settings.tenant.shortName));
    if (!errors.isEmpty())
        return HttpResponse::problem(422, problemInvalid, errors.constFirst().message, errors);
    if (!Lifecycle::maySuspend(s.deploymentStatus))
        return notNow(s, Lifecycle::whyNotSuspend(s.deploymentStatus));
    if (!m_store.operations().runningOf(s.id).isEmpty())
        return HttpResponse::problem(409, {},
                                     Problems::tr("Wait for the running operation to finish"));
    const QDateTime t = now();
    Lifecycle::suspend(s, reason, who.username, t);
    s.updatedAt = t;
    row->version = m_store.services().update(*row);
    m_store.customers().refresh(s.customerId, t);
    audit(who.username, QStringLiteral("service.suspend"), s.id, QStringLiteral("success"),
          QStringLiteral("%1: %2").arg(s.settings.tenant.name, reason));
    return startOperation(OperationKind::Suspend, *row, t);
}

HttpResponse Api::reactivateService(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.services().find(r.param(f::id));
    if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted)
        return notFound(QStringLiteral("service"));
    if (!r.body.trimmed().isEmpty()) { // nothing to say, but an empty object is fine
        HttpResponse error;
        const auto body = readObject(r, &error);
        if (!body)
            return error;
        JsonProblems p;
        readStrings(*body, {}, {}, p);
        if (!p.isEmpty())
            return fromProblems(p);
    }
    Service &s = row->service;
    if (!Lifecycle::mayReactivate(s.deploymentStatus))
        return notNow(s, Lifecycle::whyNotReactivate(s.deploymentStatus));
    if (!m_store.operations().runningOf(s.id).isEmpty())
        return HttpResponse::problem(409, {},
                                     Problems::tr("Wait for the running operation to finish"));
    const QDateTime t = now();
    Lifecycle::reactivate(s, t);
    s.updatedAt = t;
    row->version = m_store.services().update(*row);
    m_store.customers().refresh(s.customerId, t);
    audit(who.username, QStringLiteral("service.reactivate"), s.id, QStringLiteral("success"),
          s.deploymentStatus == DeploymentStatus::Ready
              ? QStringLiteral("%1: back to Ready").arg(s.settings.tenant.name)
              : QStringLiteral("%1: back to Pending consents (consents missing)")
                    .arg(s.settings.tenant.name));
    return startOperation(OperationKind::Reactivate, *row, t);
}

} // namespace insights::server
