#pragma once

#include "auditlog.h"
#include "byosstore.h"
#include "changefeed.h"
#include "customerstore.h"
#include "database.h"
#include "idempotencystore.h"
#include "importstore.h"
#include "operationstore.h"
#include "operatorstore.h"
#include "outboxstore.h"
#include "servicestore.h"
#include "sqlsession.h"
#include "userstore.h"

namespace insights::server {

// The server's tables over one connection (SqlSession), one class per aggregate: customers,
// services, operations, users (with tokens and failed sign-ins), customer operators, the
// outbox, imports and own storage; and the change feed, the audit trail and idempotency keys
// they write to. Single-threaded by design: a connection is used from its event loop only, so
// a check followed by a write inside one transaction cannot race on SQLite, and PostgreSQL's
// writers take turns (SqlSession::Transaction).
class Store
{
public:
    explicit Store(Database &database);
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

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

    // Where Quick Start links point (--public-url, or the address listened on).
    PublicLinks &links() { return m_links; }
    const PublicLinks &links() const { return m_links; }

    CustomerStore &customers() { return m_customers; }
    ServiceStore &services() { return m_services; }
    OperationStore &operations() { return m_operations; }
    UserStore &users() { return m_users; }
    OperatorStore &operators() { return m_operators; }
    OutboxStore &outbox() { return m_outbox; }
    ImportStore &imports() { return m_imports; }
    ByosStore &byos() { return m_byos; }
    ChangeFeed &feed() { return m_feed; }
    AuditLog &auditLog() { return m_audit; }
    IdempotencyStore &idempotency() { return m_idempotency; }

private:
    SqlSession m_sql;
    PublicLinks m_links;
    ChangeFeed m_feed;
    AuditLog m_audit;
    IdempotencyStore m_idempotency;
    ServiceStore m_services;
    CustomerStore m_customers;
    OperationStore m_operations;
    OutboxStore m_outbox;
    ImportStore m_imports;
    ByosStore m_byos;
    UserStore m_users;
    OperatorStore m_operators;
};

} // namespace insights::server
