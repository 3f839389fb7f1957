// The usage route of api.md 1.1 ("Usage"): the recording platform reports the licences in
// use; the server keeps the newest report and raises the licence alarms from it.
#include "api.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "lifecycle.h"
#include "resthelpers.h"

#include <cmath>

namespace insights::server {

namespace f = field;

using namespace rest;

namespace {

constexpr qint64 maxLicences = 10'000'000;
// A report whose count is unchanged refreshes measuredAt only this often: a platform that
// reports every minute must not bump the service's version (and its ETag) every minute.
constexpr qint64 refreshUnchangedMs = 3600 * 1000;

QJsonObject usageJson(const Service &s)
{
    return DomainJson::toJson(s).value(f::usage).toObject();
}

} // namespace

HttpResponse Api::reportUsage(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.services().find(r.param(f::id));
    if (!row || row->service.deploymentStatus == DeploymentStatus::Deleted)
        return notFound(QStringLiteral("service"));
    HttpResponse error;
    const auto body = readObject(r, &error);
    if (!body)
        return error;
    QList<FieldError> errors;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != f::licensesInUse && it.key() != f::measuredAt)
            return HttpResponse::problem(400, problemMalformed,
                                         Problems::tr("Unknown member %1").arg(it.key()),
                                         {fieldError(it.key(), QStringLiteral("unknown-member"),
                                                     Problems::tr("is not a member of this "
                                                                  "object"))});
    }
    const QJsonValue count = body->value(f::licensesInUse);
    const double n = count.toDouble(-1);
    if (!count.isDouble() || std::floor(n) != n || n < 0 || n > double(maxLicences))
        errors << fieldError(f::licensesInUse, QStringLiteral("range"),
                             Problems::tr("must be a whole number from 0 to %1").arg(maxLicences));
    const QDateTime measured = DomainJson::parseTimestamp(body->value(f::measuredAt).toString());
    if (!measured.isValid())
        errors << fieldError(f::measuredAt, QStringLiteral("format"),
                             Problems::tr("must be an RFC 3339 time, e.g. 2026-12-02T09:00:00Z"));
    else if (measured > now().addSecs(300))
        errors << fieldError(f::measuredAt, QStringLiteral("future"),
                             Problems::tr("is in the future"));
    if (!errors.isEmpty())
        return HttpResponse::problem(422, problemInvalid, errors.constFirst().message, errors);

    Service &s = row->service;
    // An older report than the stored one changes nothing (reports may cross on the way).
    if (s.usage.measuredAt.isValid() && measured <= s.usage.measuredAt)
        return withEtag(HttpResponse::json(200, usageJson(s)), row->version);
    const qint64 inUse = qint64(n);
    const bool sameCount = s.usage.licensesInUse == inUse;
    if (sameCount && s.usage.measuredAt.isValid() &&
        s.usage.measuredAt.msecsTo(measured) < refreshUnchangedMs)
        return withEtag(HttpResponse::json(200, usageJson(s)), row->version);
    const QDateTime t = now();
    s.usage.licensesInUse = inUse;
    s.usage.measuredAt = measured;
    const QStringList before = [&] {
        QStringList codes;
        for (const Alarm &a : s.alarms)
            codes << a.code;
        return codes;
    }();
    if (Lifecycle::applyLicenceAlarms(s, t)) {
        // Only a change of alarm is worth the audit trail; the counts are in the service.
        QStringList after;
        for (const Alarm &a : s.alarms)
            after << a.code;
        audit(who.username, QStringLiteral("service.usage"), s.id, QStringLiteral("success"),
              QStringLiteral("%1 of %2 licences in use; alarms %3 → %4")
                  .arg(inUse)
                  .arg(s.settings.tenant.includedUsers)
                  .arg(before.join(u',').isEmpty() ? QStringLiteral("none") : before.join(u','),
                       after.join(u',').isEmpty() ? QStringLiteral("none") : after.join(u',')));
    }
    s.updatedAt = t;
    row->version = m_store.services().update(*row);
    m_store.customers().refresh(s.customerId, t);
    return withEtag(HttpResponse::json(200, usageJson(s)), row->version);
}

} // namespace insights::server
