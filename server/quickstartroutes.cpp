// The customer's Quick Start page and its consent grants (no token: the link is the key).
#include "api.h"

#include "notifications.h"
#include "quickstartpage.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "fieldrules.h"
#include "lifecycle.h"
#include "resthelpers.h"
#include "servicerules.h"
#include "storagelocations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace insights::server {

namespace f = field;

using namespace rest;

// --- Quick Start ----------------------------------------------------------------------------

HttpResponse Api::quickStartPage(const HttpRequest &r)
{
    const auto row = m_store.services().findByQuickStartToken(r.param(QStringLiteral("token")));
    if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted) {
        HttpResponse plain = HttpResponse::html(404, "Not Found\n");
        plain.contentType = "text/plain; charset=utf-8";
        return plain;
    }
    return HttpResponse::html(
        200, QuickStartPage::render(row->service, r.param(QStringLiteral("token")), {}));
}

HttpResponse Api::grantConsent(const HttpRequest &r)
{
    const QString token = r.param(QStringLiteral("token"));
    const QString consentId = r.param(QStringLiteral("consentId"));
    const bool fromForm = r.header("Content-Type").startsWith("application/x-www-form-urlencoded");
    Store::Transaction tx(m_store);
    auto row = m_store.services().findByQuickStartToken(token);
    if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted) {
        HttpResponse plain = HttpResponse::html(404, "Not Found\n");
        plain.contentType = "text/plain; charset=utf-8";
        return plain;
    }
    Service &s = row->service;
    auto refuse = [&](int status, const QString &message) {
        if (fromForm)
            return HttpResponse::html(status, QuickStartPage::render(s, token, message));
        return HttpResponse::problem(status, {}, message);
    };
    ConsentState *consent = nullptr;
    for (ConsentState &c : s.consents) {
        if (c.id == consentId)
            consent = &c;
    }
    if (!consent)
        return refuse(404,
                      QStringLiteral("This service does not need the consent '%1'").arg(consentId));
    if (s.deploymentStatus == DeploymentStatus::Suspended)
        return refuse(409, QStringLiteral("The service is suspended: consents can be granted "
                                          "once the provider reactivates it"));
    if (s.deploymentStatus != DeploymentStatus::PendingConsents &&
        s.deploymentStatus != DeploymentStatus::Ready)
        return refuse(409, QStringLiteral("Consents can be granted once the service is deployed"));
    const QString first = Lifecycle::firstConsentId();
    if (consentId != first) {
        for (const ConsentState &c : s.consents) {
            if (c.id == first && !c.granted)
                return refuse(409, QStringLiteral("Grant %1 first").arg(c.name));
        }
    }
    const QDateTime t = now();
    if (!consent->granted) {
        consent->granted = true;
        consent->grantedAt = t;
        const QString name = consent->name;
        const DeploymentStatus before = s.deploymentStatus;
        Lifecycle::settleConsents(s, t);
        s.updatedAt = t;
        row->version = m_store.services().update(*row);
        if (s.deploymentStatus != before) {
            m_store.customers().refresh(s.customerId, t);
            if (m_notifications)
                m_notifications->serviceChanged(*row, DeploymentStatus::PendingConsents, t);
        }
        audit(QStringLiteral("customer-admin"), QStringLiteral("consent.grant"), s.id,
              QStringLiteral("success"), name);
    }
    tx.commit();
    if (fromForm)
        return HttpResponse::empty(303).withHeader("Location", "/quickstart/" + token.toUtf8());
    QJsonArray consents = DomainJson::toJson(s)[f::consents].toArray();
    return HttpResponse::json(
        200,
        QJsonObject{{f::consents, consents}, {f::deploymentStatus, toString(s.deploymentStatus)}});
}

} // namespace insights::server
