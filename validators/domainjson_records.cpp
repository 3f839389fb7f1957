// DomainJson for the records around a service: operations, operators, console users, the
// audit trail, the mail outbox and BYOS locations.
#include "domainjson.h"

#include "fieldnames.h"
#include "jsonobjectreader.h"

namespace insights {

namespace f = field;
using namespace jsonread;

QJsonObject DomainJson::toJson(const Operation &v)
{
    QJsonArray steps;
    for (const OperationStep &s : v.steps)
        steps.append(QJsonObject{{f::name, s.name}, {f::status, toString(s.status)}});
    return {{f::id, v.id},
            {f::kind, toString(v.kind)},
            {f::serviceId, v.serviceId},
            {f::status, toString(v.status)},
            {f::percentComplete, v.percentComplete},
            {f::steps, steps},
            {f::error, v.error ? QJsonValue(QJsonObject{{f::code, v.error->code},
                                                        {f::message, v.error->message}})
                               : QJsonValue(QJsonValue::Null)},
            {f::createdAt, timestampValue(v.createdAt)},
            {f::updatedAt, timestampValue(v.updatedAt)}};
}

Operation DomainJson::operationFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    Operation op;
    op.id = r.string(f::id);
    op.kind = enumMember(r, f::kind, &operationKindFromString, OperationKind::Deploy);
    op.serviceId = r.string(f::serviceId);
    op.status = enumMember(r, f::status, &operationStatusFromString, OperationStatus::NotStarted);
    op.percentComplete = int(r.integer(f::percentComplete));
    if (const auto steps = r.array(f::steps)) {
        for (const QJsonValue &v : *steps) {
            ObjectReader s(v.toObject(), f::steps, problems);
            OperationStep step;
            step.name = s.string(f::name);
            step.status =
                enumMember(s, f::status, &operationStatusFromString, OperationStatus::NotStarted);
            s.finish();
            op.steps << step;
        }
    }
    if (const auto e = r.object(f::error)) {
        ObjectReader er(*e, f::error, problems);
        op.error = OperationError{er.string(f::code), er.string(f::message)};
        er.finish();
    }
    op.createdAt = r.timestamp(f::createdAt);
    op.updatedAt = r.timestamp(f::updatedAt);
    r.finish();
    return op;
}

QJsonObject DomainJson::toJson(const CustomerOperator &v)
{
    return {{f::id, v.id}, {f::name, v.name}, {f::email, v.email}, {f::level, toString(v.level)}};
}

CustomerOperator DomainJson::customerOperatorFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    CustomerOperator op;
    r.ignore({f::id});
    op.id = o.value(f::id).toString();
    op.name = r.string(f::name, true);
    op.email = r.string(f::email, true);
    op.level = enumMember(r, f::level, &roleFromString, Role::Operator, true);
    r.finish();
    return op;
}

QJsonObject DomainJson::toJson(const ConsoleUser &v)
{
    return {{f::username, v.username},
            {f::role, toString(v.role)},
            {f::createdAt, timestampValue(v.createdAt)}};
}

ConsoleUser DomainJson::consoleUserFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    ConsoleUser u;
    u.username = r.string(f::username, true);
    u.role = enumMember(r, f::role, &roleFromString, Role::Operator);
    u.createdAt = r.timestamp(f::createdAt);
    r.finish();
    return u;
}

QJsonObject DomainJson::toJson(const AuditEntry &v)
{
    return {{f::at, timestampValue(v.at)}, {f::actor, v.actor},   {f::action, v.action},
            {f::target, v.target},         {f::result, v.result}, {f::detail, v.detail}};
}

AuditEntry DomainJson::auditEntryFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    AuditEntry e;
    e.at = r.timestamp(f::at);
    e.actor = r.string(f::actor);
    e.action = r.string(f::action);
    e.target = r.string(f::target);
    e.result = r.string(f::result);
    e.detail = r.string(f::detail);
    r.finish();
    return e;
}

QJsonObject DomainJson::toJson(const OutboxMail &v)
{
    return {{f::id, v.id},
            {f::kind, v.kind},
            {f::to, v.to},
            {f::subject, v.subject},
            {f::serviceId, v.serviceId},
            {f::status, v.status},
            {f::attempts, v.attempts},
            {f::lastError, v.lastError.isEmpty() ? QJsonValue() : QJsonValue(v.lastError)},
            {f::createdAt, timestampValue(v.createdAt)},
            {f::sentAt, timestampValue(v.sentAt)}};
}

OutboxMail DomainJson::outboxMailFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    OutboxMail m;
    m.id = r.string(f::id);
    m.kind = r.string(f::kind);
    m.to = r.string(f::to);
    m.subject = r.string(f::subject);
    m.serviceId = r.string(f::serviceId);
    m.status = r.string(f::status);
    m.attempts = int(r.integer(f::attempts));
    m.lastError = r.string(f::lastError);
    m.createdAt = r.timestamp(f::createdAt);
    m.sentAt = r.timestamp(f::sentAt);
    r.finish();
    return m;
}

QJsonObject DomainJson::toJson(const ByosLocation &v)
{
    return {{f::id, v.id},
            {f::name, v.name},
            {f::account, v.account},
            {f::container, v.container},
            {f::url, v.url},
            {f::expiresAt, timestampValue(v.expiresAt)},
            {f::verifiedAt, timestampValue(v.verifiedAt)},
            {f::status, v.status}};
}

ByosLocation DomainJson::byosLocationFromJson(const QJsonObject &o, JsonProblems *problems)
{
    ObjectReader r(o, {}, problems);
    ByosLocation l;
    l.id = r.string(f::id);
    l.name = r.string(f::name);
    l.account = r.string(f::account);
    l.container = r.string(f::container);
    l.url = r.string(f::url);
    l.expiresAt = r.timestamp(f::expiresAt);
    l.verifiedAt = r.timestamp(f::verifiedAt);
    l.status = r.string(f::status);
    r.finish();
    return l;
}

} // namespace insights
