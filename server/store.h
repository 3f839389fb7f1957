#pragma once

#include "auth.h"
#include "database.h"
#include "domain.h"

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

// A database failure: the server's fault, answered with a 500 and rolled back.
class StoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// A write that lost a race: its row changed since it was read (another instance, or the
// operation runner, wrote first). Answered with a 412, rolled back.
class StaleWrite : public StoreError
{
public:
    using StoreError::StoreError;
};

// An insert or update that lost a race for a unique value to another instance (the checks
// before it passed, the unique index did not). Answered with a 409 naming the field.
class UniqueViolation : public StoreError
{
public:
    UniqueViolation(const std::string &what, QString column)
        : StoreError(what)
        , m_column(std::move(column))
    {}
    // name_key, domain_key, short_name_key, username_key, email_key, ...; empty if unknown.
    QString column() const { return m_column; }

private:
    QString m_column;
};

// The database cannot be reached (PostgreSQL went away): a 503, and the server goes on.
class DatabaseUnavailable : public StoreError
{
public:
    using StoreError::StoreError;
};

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

struct OperationRow
{
    Operation operation;
    qint64 version = 0;
};

// A mail of the outbox with what only the server keeps: its rendered parts, its fixed
// Message-ID and when it is next due.
struct MailRow
{
    OutboxMail mail;
    QString text;
    QString html;
    QString messageId; // "<...@...>", fixed when queued
    qint64 nextAttemptMs = 0;
};

// A bulk-onboarding job (api.md 1.1, "Bulk onboarding (CSV)") and one of its rows.
struct ImportRecord
{
    QString id;
    QString status; // Validating, Running, Succeeded, CompletedWithErrors, Failed
    bool dryRun = true;
    int total = 0;   // data rows of the file
    int checked = 0; // rows validated so far
    int valid = 0;
    int invalid = 0;
    int created = 0;
    int failed = 0;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct ImportRowRecord
{
    int row = 0;
    QString status; // Valid, Invalid, Created, Failed
    QString customerName;
    QString customerId;
    QString serviceId;
    QJsonArray errors; // [{field, code, message, value}]
};

// A verified location of the customer's own storage, with the SAS only the server keeps.
struct ByosRow
{
    ByosLocation location;
    QString sas;
};

struct IdempotentRecord
{
    QString requestHash;
    int status = 0;
    QJsonObject headers;
    QByteArray body;
};

struct ChangeRow
{
    qint64 seq = 0;
    QString kind;
    QString id;
    bool deleted = false;
    QByteArray objectJson; // as stored; empty when deleted
};

template <typename T> struct Page
{
    QList<T> items;
    qint64 nextAfter = 0; // 0 when there is no further page
};

// All SQL of the server (users, tokens and customer operators in userstore.cpp). Single-threaded by
// design: the server's one connection is used from its event loop only, so a check followed by a
// write inside one transaction cannot race.
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

    // pg_advisory_xact_lock key that orders the writers ("feed" in ASCII).
    static constexpr qint64 feedLockKey = 0x66656564;

    // RAII: rolls back unless commit() was called.
    class Transaction
    {
    public:
        explicit Transaction(Store &store);
        ~Transaction();
        void commit();

    private:
        Store &m_store;
        bool m_done = false;
    };

    // Empty when the database answers; else why not (and a reconnection was tried).
    QString databaseProblem();
    QString engineName() const;

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

    // Operations.
    std::optional<OperationRow> findOperation(const QString &id);
    QList<OperationRow> unfinishedOperations();
    // Unfinished operations that are free, held by owner, or whose lease ran out.
    QList<OperationRow> claimableOperations(const QString &owner, qint64 nowMs);
    // Claims (or renews) the operation's lease for owner until untilMs; false when another
    // instance holds a lease that has not run out, or the operation is finished.
    bool holdLease(const QString &operationId, const QString &owner, qint64 nowMs, qint64 untilMs);
    void renewLeases(const QString &owner, qint64 untilMs);
    // Gives back owner's leases (on a clean stop); every lease when owner is empty (a SQLite
    // database has one instance, so what a crashed run held is free at once).
    void releaseLeases(const QString &owner);
    QString runningOperationOf(const QString &serviceId);
    void insertOperation(const Operation &op);
    qint64 updateOperation(const OperationRow &row);

    // Bots.
    void registerBot(const QString &serviceId, const QString &bot, const QString &appId,
                     const QDateTime &at);
    void unregisterBots(const QString &serviceId, const QStringList &keep = {});
    QStringList botsOf(const QString &serviceId);

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

    // The change feed.
    void appendChange(const QString &kind, const QString &id, bool deleted,
                      const QJsonObject &object);
    QList<ChangeRow> changesAfter(qint64 seq, int limit);
    qint64 lastChangeSeq();
    qint64 changeHorizon();
    // Drops every change superseded by a later one of the same object at or before seq.
    void compactChanges(qint64 throughSeq);

    // The audit trail.
    void appendAudit(const AuditEntry &entry);
    // Filters of api.md 1.1 ("Data and privacy"); an empty one does not filter. since and
    // until bound `at` (since inclusive, until exclusive); action matches a prefix
    // ("service." is every service action).
    struct AuditFilter
    {
        QStringList targets; // any of these
        QString actor;
        QString action;
        QDateTime since;
        QDateTime until;
    };
    Page<std::pair<qint64, AuditEntry>> audit(const AuditFilter &filter, qint64 before, int limit);

    // Idempotency keys.
    std::optional<IdempotentRecord> findIdempotent(const QString &actor, const QString &endpoint,
                                                   const QString &key);
    void storeIdempotent(const QString &actor, const QString &endpoint, const QString &key,
                         const IdempotentRecord &record, qint64 nowMs);
    int deleteIdempotentBefore(qint64 ms);
    // Audit entries older than t (--audit-retention-days).
    int deleteAuditBefore(const QDateTime &t);

    // The mail outbox (outboxstore.cpp).
    void insertMail(const MailRow &row);
    // Leases the oldest pending mail that is due and free (or whose lease ran out) to owner
    // until untilMs; nullopt when none is.
    std::optional<MailRow> claimDueMail(const QString &owner, qint64 nowMs, qint64 untilMs);
    void markMailSent(const QString &id, int attempts, qint64 atMs);
    // Still pending: tried again at nextMs.
    void markMailRetry(const QString &id, int attempts, const QString &why, qint64 nextMs);
    void markMailFailed(const QString &id, int attempts, const QString &why);
    // Says on every pending mail why it waits (no mail server is configured).
    void noteMailsWaiting(const QString &why);
    void releaseMailLeases(const QString &owner);
    void renewMailLease(const QString &id, const QString &owner, qint64 untilMs);
    // Newest first; status empty for every status.
    Page<MailRow> mails(const QString &serviceId, const QString &status, qint64 before, int limit);

    // Bulk onboarding (importstore.cpp).
    void insertImport(const ImportRecord &record, const QString &csv);
    std::optional<ImportRecord> findImport(const QString &id);
    QString importCsv(const QString &id);
    QList<ImportRecord> recentImports(int limit);
    // Writes the counts and the status (and drops the file once the job is over).
    void updateImport(const ImportRecord &record);
    void insertImportRows(const QString &importId, const QList<ImportRowRecord> &rows);
    void updateImportRow(const QString &importId, const ImportRowRecord &row);
    QList<ImportRowRecord> importRows(const QString &importId, const QString &status = {},
                                      int limit = -1);
    // Unfinished imports that are free, held by owner, or whose lease ran out; and the lease
    // on one of them, claimed or renewed (false: another instance holds it).
    QStringList claimableImports(const QString &owner, qint64 nowMs);
    bool holdImportLease(const QString &id, const QString &owner, qint64 nowMs, qint64 untilMs);
    // Every import lease (a SQLite file has one instance: a crashed run's leases are free).
    void releaseImportLeases();
    // The case-folded names, domains and short names live services use ("name", "domain",
    // "shortName" → values), and the oldest customer of this display name without a service.
    QHash<QString, QSet<QString>> serviceKeysInUse();
    QString customerWithoutServiceNamed(const QString &displayName);

    // Storage locations of the customer's own (byosstore.cpp).
    void insertByos(const ByosRow &row, const QString &createdBy);
    // Oldest first.
    QList<ByosRow> byosOf(const QString &serviceId);
    bool deleteByos(const QString &serviceId, const QString &locationId);
    void deleteByosOf(const QString &serviceId);
    // The services that have a location with an expiry, for the expiry watch.
    QStringList servicesWithExpiringByos();

    // Serialised forms, with the quick-start link made absolute.
    QJsonObject serviceJson(const ServiceRow &row) const;
    // The form the change feed stores: the quick-start link relative, "/quickstart/TOKEN".
    static QJsonObject storedServiceJson(const ServiceRow &row);

private:
    // OneRow: a version-checked write ("... WHERE id = ? AND version = ?") that throws
    // StaleWrite unless it changed exactly one row.
    enum class Expect { Any, OneRow };
    // What run() answers: the executed statement, finished when it goes out of scope, so a
    // kept SELECT read only to its first row never holds a read snapshot (SQLite) or a result
    // (PostgreSQL) past the Store method that ran it. Neither copied nor moved: the one that
    // run() returns is the one the caller holds.
    class Rows : public QSqlQuery
    {
    public:
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED // shares the kept statement, which is the point
            explicit Rows(const QSqlQuery &executed)
            : QSqlQuery(executed)
        {}
        QT_WARNING_POP
        Rows(const Rows &) = delete;
        Rows &operator=(const Rows &) = delete;
        ~Rows() { finish(); }
    };
    Rows run(const QString &sql, const QVariantList &binds = {}, Expect expect = Expect::Any);
    // The statement for this SQL, prepared once per connection and kept. On PostgreSQL
    // QPSQL's prepare is a PREPARE on the server and its end a DEALLOCATE, two round trips a
    // query (reusing them took the customer list from 937 to 3,846 req/s); on SQLite the
    // prepare was a fifth of a list request's time. Nothing in the Store holds a result while
    // it runs the same SQL again, which sharing needs.
    QSqlQuery statement(const QString &sql);
    // A new connection (PostgreSQL went away); the kept statements go with the old one.
    void reconnect();
    // Throws the StoreError subclass that the failure is.
    [[noreturn]] void throwFor(const QSqlError &error, const QString &sql);
    ServiceRow serviceFrom(QSqlQuery &q) const;
    CustomerRow customerFrom(QSqlQuery &q) const;

    Database &m_database;
    QString m_baseUrl;
    static constexpr int maxStatements = 512;
    QHash<QString, QSqlQuery> m_statements; // SQL text -> prepared
};

} // namespace insights::server
