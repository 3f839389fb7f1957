// The routes of api.md 1.1, "Bring your own storage": a customer's own container is verified
// by a probe (write, read back, delete) before it is accepted, its SAS expiry is watched, and
// the SAS itself never leaves the server.
#include "api.h"

#include "byosprobe.h"
#include "byosurl.h"
#include "domainjson.h"
#include "fieldnames.h"
#include "resthelpers.h"
#include "storageaccounts.h"
#include "storagewatch.h"

#include <QUuid>

namespace insights::server {

namespace f = field;

using namespace rest;

namespace {

constexpr int maxNameLength = 64;

HttpResponse byosRefused(const QString &code, const QString &message)
{
    return HttpResponse::problem(422, problemInvalid, message,
                                 {fieldError(f::containerUrl, code, message)});
}

QJsonObject locationJson(const ByosLocation &l, const QDateTime &at)
{
    ByosLocation shown = l;
    shown.status = ByosUrl::status(l.expiresAt, at);
    return DomainJson::toJson(shown);
}

} // namespace

void Api::addByosLocation(const HttpRequest &r, const Principal &who, Router::Reply reply)
{
    ContainerSas sas;
    QString name;
    // What can be told without the storage account; store failures answered as on every route.
    const HttpResponse checked = answeringStoreFailures([&](const HttpRequest &) {
        const auto row = m_store.services().find(r.param(f::id));
        if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted)
            return notFound(QStringLiteral("service"));
        if (!row->service.settings.tenant.byos)
            return HttpResponse::problem(409, {},
                                         Problems::tr("Bring your own storage is off for %1; "
                                                      "turn it on in the service first")
                                             .arg(row->service.settings.tenant.name));
        HttpResponse error;
        const auto form =
            readForm(r, {{f::name, true, nullptr}, {f::containerUrl, true, nullptr}}, &error);
        if (!form)
            return error;
        name = form->value(f::name).trimmed();
        if (name.isEmpty() || name.size() > maxNameLength)
            return HttpResponse::problem(
                422, problemInvalid, Problems::tr("The name needs 1 to 64 characters"),
                {fieldError(f::name, QStringLiteral("length"),
                            Problems::tr("needs 1 to %1 characters").arg(maxNameLength))});
        for (const ByosRow &b : m_store.byos().of(row->service.id)) {
            if (b.location.name.compare(name, Qt::CaseInsensitive) == 0)
                return HttpResponse::problem(
                    422, problemInvalid, Problems::tr("The service has a location “%1”").arg(name),
                    {fieldError(f::name, QStringLiteral("in-use"),
                                Problems::tr("another location of this service has this name"))});
        }
        const ContainerSasCheck check = ByosUrl::parse(form->value(f::containerUrl), now());
        if (!check.code.isEmpty())
            return byosRefused(check.code, check.message);
        sas = *check.sas;
        for (const ByosRow &b : m_store.byos().of(row->service.id)) {
            if (b.location.account == sas.account && b.location.container == sas.name)
                return byosRefused(QStringLiteral("in-use"),
                                   QStringLiteral("%1/%2 is already the location “%3” of this "
                                                  "service")
                                       .arg(sas.account, sas.name, b.location.name));
        }
        HttpResponse go;
        go.status = 0;
        return go;
    })(r);
    if (checked.status != 0) {
        reply(checked);
        return;
    }
    if (!m_blob) {
        reply(byosRefused(QStringLiteral("byos-unreachable"),
                          QStringLiteral("This server cannot reach any storage")));
        return;
    }
    auto probe = std::make_shared<ByosProbe>(*m_blob);
    probe->verify(sas, [this, r, who, sas, name, reply, probe](const ByosProbe::Result &result) {
        if (!result.code.isEmpty()) {
            audit(who.username, QStringLiteral("service.byos.add"), r.param(f::id),
                  QStringLiteral("failure"),
                  QStringLiteral("%1/%2: %3").arg(sas.account, sas.name, result.code));
            reply(byosRefused(result.code, maskSas(result.message)));
            return;
        }
        // Verified: written in one transaction with its alarms, audit entry and idempotency
        // record. The service may have changed while the probe ran; it is read again.
        const HttpResponse answer = answeringStoreFailures([&](const HttpRequest &request) {
            return transactional(request, who, [&](const HttpRequest &, const Principal &) {
                const auto row = m_store.services().find(r.param(f::id));
                if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted)
                    return notFound(QStringLiteral("service"));
                if (!row->service.settings.tenant.byos)
                    return HttpResponse::problem(409, {},
                                                 Problems::tr("Bring your own storage was "
                                                              "turned off meanwhile"));
                const QDateTime t = now();
                ByosRow b;
                ByosLocation &l = b.location;
                l.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                l.serviceId = row->service.id;
                l.name = name;
                l.account = sas.account;
                l.container = sas.name;
                l.url = sas.container.toString();
                l.expiresAt = sas.expiresAt;
                l.verifiedAt = t;
                b.sas = sas.sas.toString(QUrl::FullyEncoded);
                m_store.byos().insert(b, who.username);
                refreshByosAlarms(m_store, row->service.id, t);
                audit(who.username, QStringLiteral("service.byos.add"), row->service.id,
                      QStringLiteral("success"),
                      QStringLiteral("%1: %2/%3 verified, SAS expires %4")
                          .arg(name, l.account, l.container,
                               l.expiresAt.isValid() ? l.expiresAt.toString(Qt::ISODate)
                                                     : QStringLiteral("never")));
                return HttpResponse::json(201, locationJson(l, t))
                    .withHeader("Location", "/api/v1/services/" + row->service.id.toUtf8() +
                                                "/byos-locations/" + l.id.toUtf8());
            });
        })(r);
        if (answer.status == 201 && m_storageWatch)
            m_storageWatch->byosChanged();
        reply(answer);
    });
}

HttpResponse Api::listByosLocations(const HttpRequest &r, const Principal &)
{
    const auto row = m_store.services().find(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    const QDateTime t = now();
    QJsonArray items;
    for (const ByosRow &b : m_store.byos().of(row->service.id))
        items.append(locationJson(b.location, t));
    return listResponse(items, 0);
}

HttpResponse Api::deleteByosLocation(const HttpRequest &r, const Principal &who)
{
    const auto row = m_store.services().find(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    QString name;
    for (const ByosRow &b : m_store.byos().of(row->service.id)) {
        if (b.location.id == r.param(QStringLiteral("locationId")))
            name = b.location.name;
    }
    if (name.isNull() ||
        !m_store.byos().remove(row->service.id, r.param(QStringLiteral("locationId"))))
        return notFound(QStringLiteral("storage location"));
    const QDateTime t = now();
    refreshByosAlarms(m_store, row->service.id, t);
    audit(who.username, QStringLiteral("service.byos.remove"), row->service.id,
          QStringLiteral("success"),
          QStringLiteral("%1 removed; its container and recordings are the customer's and stay")
              .arg(name));
    if (m_storageWatch)
        m_storageWatch->byosChanged();
    return HttpResponse::empty(204);
}

HttpResponse Api::serverSettings(const HttpRequest &, const Principal &)
{
    return HttpResponse::json(200, m_serverSettings);
}

} // namespace insights::server
