#pragma once

#include "domain.h"
#include "sqlsession.h"

#include <QList>

#include <optional>

namespace insights::server {

// A customer's operators (api.md 1.1, "Customer operators"): the people of the customer's
// own who may act on its services, each with a level.
class OperatorStore
{
public:
    explicit OperatorStore(SqlSession &sql)
        : m_sql(sql)
    {}

    QList<CustomerOperator> of(const QString &customerId);
    std::optional<CustomerOperator> find(const QString &customerId, const QString &operatorId);
    bool emailTaken(const QString &customerId, const QString &email);
    void insert(const QString &customerId, const CustomerOperator &op);
    // Writes the name and level; the email stays.
    void update(const QString &customerId, const CustomerOperator &op);
    bool remove(const QString &customerId, const QString &operatorId);
    void removeAllOf(const QString &customerId);

private:
    SqlSession &m_sql;
};

} // namespace insights::server
