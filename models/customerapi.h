#pragma once

#include "apicall.h"
#include "domain.h"

namespace insights {

// The typed calls on customers and their operators.
class CustomersApi
{
public:
    explicit CustomersApi(ApiClient *client)
        : m_client(client)
    {}

    Call<Customer> get(const QString &id) const;
    Call<Customer> create(const QString &displayName, const QString &description,
                          const QByteArray &idempotencyKey) const;
    Call<Customer> patch(const QString &id, const QByteArray &etag, const QString &displayName,
                         const QString &description) const;
    Call<Nothing> remove(const QString &id, const QByteArray &etag) const;

    Call<QList<CustomerOperator>> operators(const QString &customerId) const;
    Call<CustomerOperator> addOperator(const QString &customerId, const CustomerOperator &op) const;
    Call<CustomerOperator> setOperatorLevel(const QString &customerId, const QString &operatorId,
                                            Role level) const;
    Call<Nothing> removeOperator(const QString &customerId, const QString &operatorId) const;

private:
    ApiClient *m_client;
};

// What signing in gives: the bearer token and who the server says we are.
struct SignedIn
{
    QByteArray token;
    QString username;
    Role role = Role::Monitor;
};

// Which audit entries to show: empty members do not filter; action is a prefix with its
// dot ("service.") or a whole action ("login").
struct AuditQuery
{
    QString actor;
    QString action;
    QDateTime since;
    QStringList targets; // entries about any of these ids (a customer and its service)
    int limit = 500;

    friend bool operator==(const AuditQuery &, const AuditQuery &) = default;
};

// The typed calls on console users (admin only), signing in and the audit trail.
class UsersApi
{
public:
    explicit UsersApi(ApiClient *client)
        : m_client(client)
    {}

    // POST /auth/token; needs no token.
    Call<SignedIn> signIn(const QString &username, const QString &password) const;
    // DELETE /auth/token: the server forgets this session's token on every instance.
    Call<Nothing> signOut() const;
    Call<QList<ConsoleUser>> list() const;
    Call<ConsoleUser> create(const QString &username, const QString &password, Role role) const;
    Call<ConsoleUser> setRole(const QString &username, Role role) const;
    Call<Nothing> remove(const QString &username) const;
    // The newest entries first.
    // The newest entries that pass the query's filters (api.md 1.1, "Data and privacy").
    Call<QList<AuditEntry>> audit(const AuditQuery &query) const;
    // The same entries as the server's CSV export (every match, up to 100,000), as bytes.
    Call<QByteArray> auditCsv(const AuditQuery &query) const;

private:
    ApiClient *m_client;
};

} // namespace insights
