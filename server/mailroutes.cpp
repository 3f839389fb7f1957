// The mail routes of api.md 1.1 ("Notification emails"): resend the quick-start mail, and
// list the outbox.
#include "api.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "notifications.h"
#include "resthelpers.h"

namespace insights::server {

namespace f = field;

using namespace rest;

HttpResponse Api::resendQuickStart(const HttpRequest &r, const Principal &who)
{
    const auto row = m_store.services().find(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    const Service &s = row->service;
    if (row->quickStartToken.isEmpty() ||
        (s.deploymentStatus != DeploymentStatus::PendingConsents &&
         s.deploymentStatus != DeploymentStatus::Ready))
        return HttpResponse::problem(409, {},
                                     Problems::tr("The service has no Quick Start link while "
                                                  "it is %1; it has one once deployed")
                                         .arg(toString(s.deploymentStatus)));
    const int queued = m_notifications ? m_notifications->queueQuickStart(*row, now()) : 0;
    if (queued == 0)
        return HttpResponse::problem(409, {},
                                     Problems::tr("The service has no contact email to send "
                                                  "the Quick Start mail to"));
    audit(who.username, QStringLiteral("service.notify"), s.id, QStringLiteral("success"),
          QStringLiteral("quick-start mail queued to %1 contact(s)").arg(queued));
    return HttpResponse::json(202, QJsonObject{{QStringLiteral("queued"), queued}})
        .withHeader("Location", "/api/v1/outbox?serviceId=" + s.id.toUtf8());
}

HttpResponse Api::listOutbox(const HttpRequest &r, const Principal &)
{
    int limit;
    qint64 before;
    HttpResponse error;
    if (!readPaging(r, &limit, &before, &error))
        return error;
    const QString status = r.query.queryItemValue(f::status);
    static const QStringList statuses{QStringLiteral("Pending"), QStringLiteral("Sent"),
                                      QStringLiteral("Failed")};
    if (!status.isEmpty() && !statuses.contains(status))
        return HttpResponse::problem(400, problemMalformed,
                                     Problems::tr("status must be Pending, Sent or Failed"),
                                     {fieldError(f::status, QStringLiteral("invalid-status"),
                                                 Problems::tr("must be Pending, Sent or "
                                                              "Failed"))});
    const Page<MailRow> page = m_store.outbox().page(
        r.query.queryItemValue(f::serviceId, QUrl::FullyDecoded), status, before, limit);
    QJsonArray items;
    for (const MailRow &m : page.items)
        items.append(DomainJson::toJson(m.mail));
    return listResponse(items, page.nextAfter);
}

} // namespace insights::server
