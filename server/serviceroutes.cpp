// The service and operation routes of api.md: create, read, patch, offboard, retry.
#include "api.h"

#include "notifications.h"

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

namespace {

// A value in an audit entry: short, readable, never a whole note.
QString auditValue(const QJsonValue &v)
{
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << auditValue(item);
        text = items.join(QStringLiteral("; "));
    } else if (v.isBool())
        text = v.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    else if (v.isDouble())
        text = QString::number(v.toInteger());
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("…");
    return text.isEmpty() ? QStringLiteral("(empty)") : text;
}

// Which of name, domain and short name another live service uses, as 409 field errors.
QList<FieldError> uniquenessConflicts(Store &store, const TenantSettings &t,
                                      const QString &ignoreServiceId)
{
    QList<FieldError> errors;
    const struct
    {
        ServiceStore::Key key;
        QString member;
        QString value;
    } keys[] = {{ServiceStore::Key::Name, f::name, t.name},
                {ServiceStore::Key::Domain, f::domain, t.domain},
                {ServiceStore::Key::ShortName, f::shortName, t.shortName}};
    for (const auto &k : keys) {
        const QString owner = store.services().idUsing(k.key, k.value);
        if (!owner.isEmpty() && owner != ignoreServiceId)
            errors << fieldError(
                f::path(f::tenant, k.member), QStringLiteral("in-use"),
                Problems::tr("'%1' is already used by another service").arg(k.value));
    }
    return errors;
}

} // namespace

// --- Services -------------------------------------------------------------------------------

HttpResponse Api::createService(const HttpRequest &r, const Principal &who)
{
    const auto customer = m_store.customers().find(r.param(f::id));
    if (!customer)
        return notFound(QStringLiteral("customer"));
    HttpResponse error;
    const auto body = readObject(r, &error);
    if (!body)
        return error;
    JsonProblems p;
    const ServiceDraft draft = DomainJson::serviceDraftFromJson(*body, &p);
    if (!p.shapeErrors.isEmpty())
        return fromProblems(p);
    const ValidationReport report = ServiceRules::validate(draft.settings);
    QList<FieldError> valueErrors = p.valueErrors;
    for (const FieldError &e : report.errors) {
        bool already = false;
        for (const FieldError &v : valueErrors)
            already = already || v.field == e.field;
        if (!already)
            valueErrors << e;
    }
    if (!valueErrors.isEmpty())
        return HttpResponse::problem(422, problemInvalid, Problems::tr("See errors for each field"),
                                     valueErrors);
    if (const QList<FieldError> conflicts = uniquenessConflicts(m_store, draft.settings.tenant, {});
        !conflicts.isEmpty())
        return HttpResponse::problem(409, {}, Problems::tr("Names must be unique"), conflicts);
    if (!m_store.services().activeOf(customer->customer.id).isEmpty())
        return HttpResponse::problem(409, {},
                                     Problems::tr("This customer already has an Interaction "
                                                  "Recording service"));
    const auto [row, operationId] = insertNewService(
        customer->customer.id, customer->customer.displayName, draft, who.username, now());
    return withEtag(HttpResponse::json(202, m_store.services().json(row)), row.version)
        .withHeader("Operation-Location", "/api/v1/operations/" + operationId.toUtf8())
        .withHeader("Location", "/api/v1/services/" + row.service.id.toUtf8());
}

std::pair<ServiceRow, QString> Api::insertNewService(const QString &customerId,
                                                     const QString &customerName,
                                                     const ServiceDraft &draft,
                                                     const QString &actor, const QDateTime &t)
{
    ServiceRow row;
    Service &s = row.service;
    s.id = Secrets::newId(u"svc");
    s.customerId = customerId;
    s.type = draft.type;
    s.settings = draft.settings;
    s.deploymentStatus = DeploymentStatus::Deploying;
    s.lockedFields = ServiceRules::lockedFieldPaths();
    for (const QString &id : Lifecycle::requiredConsents(s.settings.tenant.userType))
        s.consents << ConsentState{id, Lifecycle::consent(id)->name, true, false, {}};
    s.createdAt = s.updatedAt = t;
    s.createdBy = actor;
    row.version = 1;
    m_store.services().insert(row);
    m_store.customers().refresh(s.customerId, t);
    audit(actor, QStringLiteral("service.create"), s.id, QStringLiteral("success"),
          QStringLiteral("%1 for %2, %3 in %4")
              .arg(s.settings.tenant.name, customerName,
                   Lifecycle::licenseType(s.settings.tenant.userType),
                   StorageLocations::builtIn().regionName(s.settings.tenant.storageLocation)));
    const Operation op = OperationRunner::newOperation(OperationKind::Deploy, s.id, t);
    m_store.operations().insert(op);
    return {row, op.id};
}

HttpResponse Api::listServices(const HttpRequest &r, const Principal &)
{
    int limit;
    qint64 after;
    HttpResponse error;
    if (!readPaging(r, &limit, &after, &error))
        return error;
    const QString status = r.query.queryItemValue(f::status);
    if (!status.isEmpty() && !healthStatusFromString(status) && !deploymentStatusFromString(status))
        return HttpResponse::problem(400, problemMalformed,
                                     Problems::tr("status must be a status or a deployment "
                                                  "status"));
    const Page<ServiceRow> page = m_store.services().page(
        r.query.queryItemValue(f::customerId, QUrl::FullyDecoded), status, after, limit);
    QJsonArray items;
    for (const ServiceRow &s : page.items)
        items.append(m_store.services().json(s));
    return listResponse(items, page.nextAfter);
}

HttpResponse Api::getService(const HttpRequest &r, const Principal &)
{
    const auto row = m_store.services().find(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    return withEtag(HttpResponse::json(200, m_store.services().json(*row)), row->version);
}

HttpResponse Api::patchService(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.services().find(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    if (auto refused = checkIfMatch(r, row->version))
        return *refused;
    HttpResponse error;
    const auto body = readObject(r, &error);
    if (!body)
        return error;
    Service &s = row->service;
    JsonProblems p;
    QJsonObject tenant = DomainJson::toJson(s.settings.tenant);
    QJsonObject compliance = DomainJson::toJson(s.settings.compliance);
    bool userTypeGiven = false, advancedGiven = false;
    static const QStringList readOnly = {
        f::id,      f::customerId, f::type,         f::licenseType, f::deploymentStatus,
        f::status,  f::alarms,     f::lockedFields, f::consents,    f::quickStartUrl,
        f::storage, f::createdAt,  f::createdBy,    f::updatedAt};
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() == f::tenant || it.key() == f::compliance) {
            if (!it.value().isObject()) {
                p.shapeErrors << fieldError(it.key(), QStringLiteral("wrong-type"),
                                            Problems::tr("must be an object"));
                continue;
            }
            QJsonObject &target = it.key() == f::tenant ? tenant : compliance;
            const QJsonObject patch = it.value().toObject();
            for (auto m = patch.begin(); m != patch.end(); ++m)
                target.insert(m.key(), m.value());
            userTypeGiven = userTypeGiven || (it.key() == f::tenant && patch.contains(f::userType));
            advancedGiven =
                advancedGiven || (it.key() == f::compliance && patch.contains(f::advancedStorage));
        } else if (!readOnly.contains(it.key())) {
            p.shapeErrors << fieldError(it.key(), QStringLiteral("unknown-member"),
                                        Problems::tr("is not a member of this object"));
        }
    }
    ServiceSettings after;
    after.tenant = DomainJson::tenantFromJson(tenant, &p, f::tenant);
    if (userTypeGiven && !advancedGiven)
        compliance.insert(f::advancedStorage, after.tenant.userType == UserType::Pro);
    after.compliance = DomainJson::complianceFromJson(compliance, &p, f::compliance);
    if (!p.isEmpty())
        return fromProblems(p);

    QList<FieldError> errors;
    for (const QString &path : ServiceRules::changedLockedFields(s.settings.tenant, after.tenant))
        errors << fieldError(path, QStringLiteral("locked"),
                             Problems::tr("cannot be modified after deployment"));
    for (const FieldError &e : ServiceRules::validate(after).errors) {
        bool already = false;
        for (const FieldError &x : errors)
            already = already || x.field == e.field;
        if (!already)
            errors << e;
    }
    if (!errors.isEmpty())
        return HttpResponse::problem(422, problemInvalid, Problems::tr("See errors for each field"),
                                     errors);
    if (s.deploymentStatus == DeploymentStatus::Deleting ||
        s.deploymentStatus == DeploymentStatus::Deleted)
        return HttpResponse::problem(409, {}, Problems::tr("The service is being offboarded"));
    const bool provisioning = after.tenant.userType != s.settings.tenant.userType;
    // A change of user type registers bots and asks for consents: not while recording is off.
    if (provisioning && s.deploymentStatus == DeploymentStatus::Suspended)
        return HttpResponse::problem(409, {},
                                     Problems::tr("The service is suspended: reactivate it "
                                                  "before changing its user type"));
    if (provisioning && !m_store.operations().runningOf(s.id).isEmpty())
        return HttpResponse::problem(409, {},
                                     Problems::tr("Wait for the running operation to finish"));

    // Each changed member with its old and new value, as an operator reads it back.
    QStringList changed;
    auto compare = [&changed](const QString &group, const QJsonObject &before,
                              const QJsonObject &after) {
        for (auto it = after.begin(); it != after.end(); ++it) {
            if (before.value(it.key()) != it.value())
                changed << QStringLiteral("%1 %2 → %3")
                               .arg(f::path(group, it.key()), auditValue(before.value(it.key())),
                                    auditValue(it.value()));
        }
    };
    compare(f::tenant, DomainJson::toJson(s.settings.tenant), DomainJson::toJson(after.tenant));
    compare(f::compliance, DomainJson::toJson(s.settings.compliance),
            DomainJson::toJson(after.compliance));
    const QDateTime t = now();
    s.settings = after;
    s.updatedAt = t;
    // More (or fewer) included users may raise or clear a licence alarm.
    Lifecycle::applyLicenceAlarms(s, t);
    row->version = m_store.services().update(*row);
    m_store.customers().refresh(s.customerId, t);
    audit(who.username, QStringLiteral("service.update"), s.id, QStringLiteral("success"),
          changed.isEmpty() ? QStringLiteral("no change") : changed.join(QStringLiteral(", ")));
    if (!provisioning)
        return withEtag(HttpResponse::json(200, m_store.services().json(*row)), row->version);
    return startOperation(OperationKind::Update, *row, t);
}

HttpResponse Api::deleteService(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.services().find(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    if (auto refused = checkIfMatch(r, row->version))
        return *refused;
    // What happens to the recordings: keep (the default) or delete (api.md 1.1).
    const QString recordings = r.query.queryItemValue(QStringLiteral("recordings"));
    if (!recordings.isEmpty() && recordings != QLatin1String("keep") &&
        recordings != QLatin1String("delete"))
        return HttpResponse::problem(
            400, problemMalformed,
            Problems::tr("recordings is “%1”; it must be keep or delete").arg(recordings),
            {fieldError(QStringLiteral("recordings"), QStringLiteral("invalid"),
                        Problems::tr("must be keep or delete"))});
    const bool deleteRecordings = recordings == QLatin1String("delete");
    Service &s = row->service;
    if (s.deploymentStatus == DeploymentStatus::Deleting ||
        s.deploymentStatus == DeploymentStatus::Deleted)
        return HttpResponse::problem(409, {}, Problems::tr("The service is already offboarded"));
    if (!m_store.operations().runningOf(s.id).isEmpty())
        return HttpResponse::problem(409, {},
                                     Problems::tr("Wait for the running operation to finish"));
    const QDateTime t = now();
    s.deploymentStatus = DeploymentStatus::Deleting;
    s.alarms.clear();
    s.updatedAt = t;
    row->version = m_store.services().update(*row);
    m_store.customers().refresh(s.customerId, t);
    // What happens to the containers, as it is: never pretends to delete what was never made.
    const bool provisioned = (s.storage.primary && s.storage.primary->provisioned) ||
                             (s.storage.replica && s.storage.replica->provisioned);
    const QString tenant = s.settings.tenant.name;
    audit(who.username, QStringLiteral("service.delete"), s.id, QStringLiteral("success"),
          !deleteRecordings ? QStringLiteral("%1; recordings kept").arg(tenant)
          : provisioned ? QStringLiteral("%1; recordings deleted with their containers").arg(tenant)
                        : QStringLiteral("%1; recordings: delete asked, but no storage account is "
                                         "configured, so none were provisioned")
                              .arg(tenant));
    return startOperation(OperationKind::Delete, *row, t, deleteRecordings && provisioned);
}

HttpResponse Api::redeployService(const HttpRequest &r, const Principal &who)
{
    auto row = m_store.services().find(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("service"));
    Service &s = row->service;
    if (s.deploymentStatus != DeploymentStatus::DeploymentError)
        return HttpResponse::problem(409, {},
                                     Problems::tr("Only a service in DeploymentError can be "
                                                  "deployed again; this one is %1")
                                         .arg(toString(s.deploymentStatus)));
    const QDateTime t = now();
    s.deploymentStatus = DeploymentStatus::Deploying;
    s.alarms.removeIf([](const Alarm &a) { return a.code == Lifecycle::deploymentAlarmCode(); });
    s.updatedAt = t;
    row->version = m_store.services().update(*row);
    m_store.customers().refresh(s.customerId, t);
    audit(who.username, QStringLiteral("service.deploy"), s.id, QStringLiteral("success"),
          QStringLiteral("retry"));
    return startOperation(OperationKind::Deploy, *row, t)
        .withHeader("Location", "/api/v1/services/" + s.id.toUtf8());
}

HttpResponse Api::startOperation(OperationKind kind, const ServiceRow &row, const QDateTime &at,
                                 bool deleteRecordings)
{
    const Operation op = OperationRunner::newOperation(kind, row.service.id, at, deleteRecordings);
    m_store.operations().insert(op);
    return withEtag(HttpResponse::json(202, m_store.services().json(row)), row.version)
        .withHeader("Operation-Location", "/api/v1/operations/" + op.id.toUtf8());
}

HttpResponse Api::getOperation(const HttpRequest &r, const Principal &)
{
    const auto row = m_store.operations().find(r.param(f::id));
    if (!row)
        return notFound(QStringLiteral("operation"));
    return withEtag(HttpResponse::json(200, DomainJson::toJson(row->operation)), row->version);
}

} // namespace insights::server
