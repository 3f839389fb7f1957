#pragma once

#include "changefeed.h"
#include "domain.h"
#include "page.h"
#include "servicestore.h"
#include "sqlsession.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace insights::server {

struct CustomerRow
{
    Customer customer;
    qint64 version = 0;
    bool deleted = false;
};

// Customers. What a customer shows of its services (status, service ids, the search text of
// their names) is written with it, from the ServiceStore, whenever either changes.
class CustomerStore
{
public:
    CustomerStore(SqlSession &sql, ChangeFeed &feed, ServiceStore &services)
        : m_sql(sql)
        , m_feed(feed)
        , m_services(services)
    {}

    std::optional<CustomerRow> find(const QString &id);
    // The stored JSON of each matching customer, ready to send: the list is the hottest
    // route, so it neither parses nor re-serialises.
    Page<QByteArray> bodies(const QString &search, const QString &status, qint64 after, int limit);
    void insert(const Customer &customer);
    // Version-checked (StaleWrite); returns the new version.
    qint64 update(const CustomerRow &row);
    // Recomputes status, serviceIds and the search text from the customer's services
    // (Lifecycle::customerStatus), and records the change. Returns the updated row.
    CustomerRow refresh(const QString &customerId, const QDateTime &now);
    // The oldest customer of this display name without a live service (bulk onboarding
    // reuses it).
    QString withoutServiceNamed(const QString &displayName);

private:
    SqlSession &m_sql;
    ChangeFeed &m_feed;
    ServiceStore &m_services;
};

} // namespace insights::server
