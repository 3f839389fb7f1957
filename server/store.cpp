#include "store.h"

namespace insights::server {

Store::Store(Database &database)
    : m_sql(database)
    , m_feed(m_sql)
    , m_audit(m_sql)
    , m_idempotency(m_sql)
    , m_services(m_sql, m_feed, m_links)
    , m_customers(m_sql, m_feed, m_services)
    , m_operations(m_sql, m_feed)
    , m_outbox(m_sql)
    , m_imports(m_sql)
    , m_byos(m_sql)
    , m_users(m_sql)
    , m_operators(m_sql)
{}

} // namespace insights::server
