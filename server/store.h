#pragma once

#include "auditlog.h"
#include "auth.h"
#include "byosstore.h"
#include "changefeed.h"
#include "database.h"
#include "domain.h"
#include "idempotencystore.h"
#include "importstore.h"
#include "operationstore.h"
#include "outboxstore.h"
#include "sqlsession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>
#include <stdexcept>

namespace insights::server {

struct UserRow
{
    QString username;
    QString passwordHash;
    Role role = Role::Monitor;
    QDateTime createdAt = {};
};

struct CustomerRow
{
    Customer customer;
    qint64 version = 0;
    bool deleted = false;
};

struct ServiceRow
{
    Service service;
    qint64 version = 0;
    QString quickStartToken;
};

// The server's tables over one connection (SqlSession): customers and services here, users,
// tokens and customer operators in userstore.cpp, operations, the outbox, imports and own
// storage in their files; the change feed, the audit trail and idempotency keys are classes
// of their own (feed(), auditLog(), idempotency()). Single-threaded by design: a connection
// is used from its event loop only, so a check followed by a write inside one transaction
// cannot race on SQLite, and PostgreSQL's writers take turns (SqlSession::Transaction).
class Store
{
public:
    explicit Store(Database &database);

    // The absolute base of quick-start links, e.g. "https://insights.example.com" (--public-url)
    // or "http://127.0.0.1:8080". Nothing stored holds it: links are made absolute when served.
    void setPublicBaseUrl(const QString &url) { m_baseUrl = url; }
    QString publicBaseUrl() const { return m_baseUrl; }
    QString quickStartUrl(const QString &token) const;
    // Stored JSON (a change-feed object, a replayed response) with each quickStartUrl made
    // absolute on the current base, by a byte-level rewrite so the feed needs no parse. Takes
    // the relative "/quickstart/TOKEN" this server stores and the absolute links older
    // versions stored (with the address they listened on then).
    QByteArray withPublicLinks(const QByteArray &json) const;

    // RAII: rolls back unless commit() was called (SqlSession::Transaction).
    class Transaction : public SqlSession::Transaction
    {
    public:
        explicit Transaction(Store &store)
            : SqlSession::Transaction(store.m_sql)
        {}
    };

    // Empty when the database answers; else why not (and a reconnection was tried).
    QString databaseProblem() { return m_sql.databaseProblem(); }
    QString engineName() const { return m_sql.engineName(); }

    // The tables that are their own classes.
    ChangeFeed &feed() { return m_feed; }
    AuditLog &auditLog() { return m_audit; }
    IdempotencyStore &idempotency() { return m_idempotency; }
    OperationStore &operations() { return m_operations; }
    OutboxStore &outbox() { return m_outbox; }
    ImportStore &imports() { return m_imports; }
    ByosStore &byos() { return m_byos; }

    // Console users and tokens.
    int userCount();
    std::optional<UserRow> findUser(const QString &username);
    QList<UserRow> users();
    void insertUser(const UserRow &user);
    void deleteUser(const QString &username);
    int adminCount();
    void setUserRole(const QString &username, Role role);
    void setUserPassword(const QString &username, const QString &passwordHash);
    // Revokes the user's tokens, except the one whose hash is keepTokenHash.
    void deleteTokensOf(const QString &username, const QString &keepTokenHash = {});
    void insertToken(const QString &tokenHash, const QString &username, Role role,
                     qint64 expiresAtMs);
    // Who holds the token, with the user's current role (not the one at sign-in), and until
    // when; nullopt for an unknown token or a deleted user.
    std::optional<std::pair<Principal, qint64>> findToken(const QString &tokenHash);
    int deleteExpiredTokens(qint64 nowMs);
    void deleteToken(const QString &tokenHash);

    // Failed sign-ins (LoginThrottle): the newest `limit` times at or after sinceMs, newest
    // first; and the rows past the window go on the pruning timer.
    QList<qint64> loginFailures(const QString &subject, qint64 sinceMs, int limit);
    void addLoginFailure(const QString &subject, qint64 atMs);
    void clearLoginFailures(const QString &subject);
    int deleteLoginFailuresBefore(qint64 ms);

    // Customers.
    std::optional<CustomerRow> findCustomer(const QString &id);
    // The stored JSON of each matching customer, ready to send: the list is the hottest
    // route, so it neither parses nor re-serialises.
    Page<QByteArray> customerBodies(const QString &search, const QString &status, qint64 after,
                                    int limit);
    void insertCustomer(const Customer &customer);
    // Bumps the version; returns the new one.
    qint64 updateCustomer(const CustomerRow &row);
    // Recomputes status, serviceIds and the search text from the customer's services, and
    // records the change. Returns the updated row.
    CustomerRow refreshCustomer(const QString &customerId, const QDateTime &now);

    // Services.
    std::optional<ServiceRow> findService(const QString &id);
    std::optional<ServiceRow> findServiceByQuickStartToken(const QString &token);
    Page<ServiceRow> services(const QString &customerId, const QString &status, qint64 after,
                              int limit);
    QList<ServiceRow> servicesOfCustomer(const QString &customerId);
    // The id of the non-deleted service that uses this name, domain or short name
    // (compared case-insensitively), if any. column is name_key, domain_key or short_name_key.
    QString serviceUsing(const QString &column, const QString &value);
    QString activeServiceOf(const QString &customerId);
    void insertService(const ServiceRow &row);
    qint64 updateService(const ServiceRow &row);

    // Customer operators.
    QList<CustomerOperator> operatorsOf(const QString &customerId);
    std::optional<CustomerOperator> findOperator(const QString &customerId,
                                                 const QString &operatorId);
    bool operatorEmailTaken(const QString &customerId, const QString &email);
    void insertOperator(const QString &customerId, const CustomerOperator &op);
    // Writes the name and level; the email stays.
    void updateOperator(const QString &customerId, const CustomerOperator &op);
    bool deleteOperator(const QString &customerId, const QString &operatorId);
    void deleteOperatorsOf(const QString &customerId);

    // The case-folded names, domains and short names live services use ("name", "domain",
    // "shortName" → values), and the oldest customer of this display name without a service.
    QHash<QString, QSet<QString>> serviceKeysInUse();
    QString customerWithoutServiceNamed(const QString &displayName);

    // Serialised forms, with the quick-start link made absolute.
    QJsonObject serviceJson(const ServiceRow &row) const;
    // The form the change feed stores: the quick-start link relative, "/quickstart/TOKEN".
    static QJsonObject storedServiceJson(const ServiceRow &row);

private:
    using Expect = SqlSession::Expect;
    using Rows = SqlSession::Rows;
    // "?" placeholders: the tables below this class have not moved to names yet.
    Rows run(const QString &sql, const QVariantList &binds = {}, Expect expect = Expect::Any)
    {
        return m_sql.runPositional(sql, binds, expect);
    }
    ServiceRow serviceFrom(QSqlQuery &q) const;
    CustomerRow customerFrom(QSqlQuery &q) const;

    Database &m_database;
    SqlSession m_sql;
    ChangeFeed m_feed;
    AuditLog m_audit;
    IdempotencyStore m_idempotency;
    OperationStore m_operations;
    OutboxStore m_outbox;
    ImportStore m_imports;
    ByosStore m_byos;
    QString m_baseUrl;
};

} // namespace insights::server
