// The people routes of api.md: console users (admin only) and a customer's operators.
#include "api.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "fieldrules.h"
#include "resthelpers.h"

namespace insights::server {

namespace f = field;

using namespace rest;

namespace {

ConsoleUser userJson(const UserRow &u)
{
    return ConsoleUser{u.username, u.role, u.createdAt};
}

// The hash of the bearer token the request was authenticated with (guarded() checked it).
QString callerTokenHash(const HttpRequest &r)
{
    return Secrets::tokenHash(QString::fromLatin1(r.header("Authorization").mid(7).trimmed()));
}

HttpResponse lastAdmin(const QString &what)
{
    return HttpResponse::problem(409, {},
                                 Problems::tr("%1 is the last admin; make another user admin "
                                              "first")
                                     .arg(what));
}

} // namespace

HttpResponse Api::logout(const HttpRequest &r, const Principal &who)
{
    // guarded() accepted the header, so it holds "Bearer TOKEN".
    const QString hash =
        Secrets::tokenHash(QString::fromLatin1(r.header("Authorization").mid(7).trimmed()));
    m_store.users().deleteToken(hash); // no transaction: gone for every reader from here
    m_tokenCache.remove(hash);
    tokensChanged();
    audit(who.username, QStringLiteral("logout"), who.username, QStringLiteral("success"),
          QStringLiteral("signed out; the token is revoked"));
    return HttpResponse::empty(204);
}

void Api::forgetTokensOf(const QString &username)
{
    tokensChanged();
    m_tokensChangedInTransaction = true;
    m_tokenCache.removeIf([&username](decltype(m_tokenCache)::iterator entry) {
        return entry.value().who.username.compare(username, Qt::CaseInsensitive) == 0;
    });
}

// --- Console users --------------------------------------------------------------------------

HttpResponse Api::listUsers(const HttpRequest &, const Principal &)
{
    QJsonArray items;
    for (const UserRow &u : m_store.users().all())
        items.append(DomainJson::toJson(userJson(u)));
    return listResponse(items, 0);
}

HttpResponse Api::createUser(const HttpRequest &r, const Principal &who)
{
    HttpResponse error;
    const auto form = readForm(r,
                               {{f::username, true, &FieldRules::username},
                                {f::password, true, &FieldRules::password},
                                {f::role, true, &FieldRules::role}},
                               &error);
    if (!form)
        return error;
    const QHash<QString, QString> &v = *form;
    const auto role = roleFromString(v.value(f::role));
    const QString username = v.value(f::username);
    if (m_store.users().find(username))
        return HttpResponse::problem(
            409, {}, Problems::tr("The user name is taken"),
            {fieldError(f::username, QStringLiteral("in-use"), Problems::tr("already exists"))});
    const UserRow user{username, Secrets::hashPassword(v.value(f::password)), *role, now()};
    m_store.users().insert(user);
    audit(who.username, QStringLiteral("user.create"), username, QStringLiteral("success"),
          QStringLiteral("role %1").arg(toString(*role)));
    return HttpResponse::json(201, DomainJson::toJson(userJson(user)))
        .withHeader("Location", "/api/v1/users/" + username.toUtf8());
}

HttpResponse Api::patchUser(const HttpRequest &r, const Principal &who)
{
    std::optional<UserRow> user = m_store.users().find(r.param(f::username));
    if (!user)
        return notFound(QStringLiteral("user"));
    HttpResponse error;
    const auto form = readForm(
        r, {{f::role, false, &FieldRules::role}, {f::password, false, &FieldRules::password}},
        &error, {f::username, f::createdAt});
    if (!form)
        return error;
    const QHash<QString, QString> &v = *form;
    QStringList changes;
    if (const auto role = roleFromString(v.value(f::role)); role && *role != user->role) {
        if (user->role == Role::Admin && m_store.users().adminCount() <= 1)
            return lastAdmin(user->username);
        m_store.users().setRole(user->username, *role);
        changes << QStringLiteral("role %1 → %2").arg(toString(user->role), toString(*role));
        user->role = *role;
    }
    if (v.contains(f::password)) {
        m_store.users().setPassword(user->username, Secrets::hashPassword(v.value(f::password)));
        // A new password ends the user's other sessions; the caller's own stays signed in.
        m_store.users().deleteTokensOf(user->username, callerTokenHash(r));
        changes << QStringLiteral("password changed");
    }
    // A cached token must not keep the old role or outlive a revocation.
    forgetTokensOf(user->username);
    audit(who.username, QStringLiteral("user.update"), user->username, QStringLiteral("success"),
          changes.isEmpty() ? QStringLiteral("no change") : changes.join(QStringLiteral(", ")));
    return HttpResponse::json(200, DomainJson::toJson(userJson(*user)));
}

HttpResponse Api::deleteUser(const HttpRequest &r, const Principal &who)
{
    const QString username = r.param(f::username);
    const auto user = m_store.users().find(username);
    if (!user)
        return notFound(QStringLiteral("user"));
    if (user->role == Role::Admin && m_store.users().adminCount() <= 1)
        return lastAdmin(user->username);
    if (user->username.compare(who.username, Qt::CaseInsensitive) == 0)
        return HttpResponse::problem(409, {}, Problems::tr("You cannot delete yourself"));
    m_store.users().remove(user->username);
    forgetTokensOf(user->username);
    audit(who.username, QStringLiteral("user.delete"), user->username, QStringLiteral("success"));
    return HttpResponse::empty(204);
}

// --- Customer operators ---------------------------------------------------------------------

HttpResponse Api::listOperators(const HttpRequest &r, const Principal &)
{
    const auto customer = m_store.customers().find(r.param(f::id));
    if (!customer)
        return notFound(QStringLiteral("customer"));
    QJsonArray items;
    for (const CustomerOperator &op : m_store.operators().of(customer->customer.id))
        items.append(DomainJson::toJson(op));
    return listResponse(items, 0);
}

HttpResponse Api::createOperator(const HttpRequest &r, const Principal &who)
{
    const auto customer = m_store.customers().find(r.param(f::id));
    if (!customer)
        return notFound(QStringLiteral("customer"));
    HttpResponse error;
    const auto form = readForm(r,
                               {{f::name, true, &FieldRules::personName},
                                {f::email, true, &FieldRules::email},
                                {f::level, true, &FieldRules::role}},
                               &error);
    if (!form)
        return error;
    const QHash<QString, QString> &v = *form;
    const auto level = roleFromString(v.value(f::level));
    if (m_store.operators().emailTaken(customer->customer.id, v.value(f::email)))
        return HttpResponse::problem(409, {}, Problems::tr("An operator with this email exists"),
                                     {fieldError(f::email, QStringLiteral("in-use"),
                                                 Problems::tr("already an operator of this "
                                                              "customer"))});
    const CustomerOperator op{Secrets::newId(u"opr"), v.value(f::name), v.value(f::email), *level};
    m_store.operators().insert(customer->customer.id, op);
    audit(who.username, QStringLiteral("operator.create"), customer->customer.id,
          QStringLiteral("success"),
          QStringLiteral("%1 (%2) as %3").arg(op.name, op.email, toString(op.level)));
    return HttpResponse::json(201, DomainJson::toJson(op))
        .withHeader("Location", "/api/v1/customers/" + customer->customer.id.toUtf8() +
                                    "/operators/" + op.id.toUtf8());
}

HttpResponse Api::patchOperator(const HttpRequest &r, const Principal &who)
{
    const auto customer = m_store.customers().find(r.param(f::id));
    if (!customer)
        return notFound(QStringLiteral("customer"));
    const QString customerId = customer->customer.id;
    std::optional<CustomerOperator> op =
        m_store.operators().find(customerId, r.param(QStringLiteral("operatorId")));
    if (!op)
        return notFound(QStringLiteral("operator"));
    HttpResponse error;
    // The email identifies the operator within the customer: a client may echo it back, but
    // changing it is removing one operator and adding another.
    const auto form = readForm(r,
                               {{f::name, false, &FieldRules::personName},
                                {f::level, false, &FieldRules::role},
                                {f::email, false, nullptr}},
                               &error, {f::id});
    if (!form)
        return error;
    const QHash<QString, QString> &v = *form;
    if (v.contains(f::email) && v.value(f::email).compare(op->email, Qt::CaseInsensitive) != 0)
        return HttpResponse::problem(422, problemInvalid, Problems::tr("See errors for each field"),
                                     {fieldError(f::email, QStringLiteral("read-only"),
                                                 Problems::tr("cannot be changed; remove the "
                                                              "operator and add the new "
                                                              "address"))});
    QStringList changes;
    if (v.contains(f::name) && v.value(f::name) != op->name) {
        changes << QStringLiteral("name '%1' → '%2'").arg(op->name, v.value(f::name));
        op->name = v.value(f::name);
    }
    if (const auto level = roleFromString(v.value(f::level)); level && *level != op->level) {
        changes << QStringLiteral("level %1 → %2").arg(toString(op->level), toString(*level));
        op->level = *level;
    }
    if (!changes.isEmpty())
        m_store.operators().update(customerId, *op);
    audit(who.username, QStringLiteral("operator.update"), customerId, QStringLiteral("success"),
          QStringLiteral("%1: %2").arg(op->name, changes.isEmpty()
                                                     ? QStringLiteral("no change")
                                                     : changes.join(QStringLiteral(", "))));
    return HttpResponse::json(200, DomainJson::toJson(*op));
}

HttpResponse Api::deleteOperator(const HttpRequest &r, const Principal &who)
{
    const auto customer = m_store.customers().find(r.param(f::id));
    if (!customer)
        return notFound(QStringLiteral("customer"));
    const QString operatorId = r.param(QStringLiteral("operatorId"));
    if (!m_store.operators().remove(customer->customer.id, operatorId))
        return notFound(QStringLiteral("operator"));
    audit(who.username, QStringLiteral("operator.delete"), customer->customer.id,
          QStringLiteral("success"), operatorId);
    return HttpResponse::empty(204);
}

} // namespace insights::server
