#include "operatorstore.h"

namespace insights::server {

namespace {

CustomerOperator operatorFrom(const QSqlQuery &q)
{
    return CustomerOperator{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            roleFromString(q.value(3).toString()).value_or(Role::Monitor)};
}

} // namespace

QList<CustomerOperator> OperatorStore::of(const QString &customerId)
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT id, name, email, level FROM "
                                                  "customer_operators WHERE customer_id = "
                                                  ":customer ORDER BY pk"),
                                   {{":customer", customerId}});
    QList<CustomerOperator> out;
    while (q.next())
        out << operatorFrom(q);
    return out;
}

std::optional<CustomerOperator> OperatorStore::find(const QString &customerId,
                                                    const QString &operatorId)
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT id, name, email, level FROM "
                                                  "customer_operators WHERE customer_id = "
                                                  ":customer AND id = :id"),
                                   {{":customer", customerId}, {":id", operatorId}});
    if (!q.next())
        return std::nullopt;
    return operatorFrom(q);
}

void OperatorStore::update(const QString &customerId, const CustomerOperator &op)
{
    m_sql.run(QStringLiteral("UPDATE customer_operators SET name = :name, level = :level WHERE "
                             "customer_id = :customer AND id = :id"),
              {{":name", op.name},
               {":level", toString(op.level)},
               {":customer", customerId},
               {":id", op.id}});
}

bool OperatorStore::emailTaken(const QString &customerId, const QString &email)
{
    SqlSession::Rows q = m_sql.run(QStringLiteral("SELECT 1 FROM customer_operators WHERE "
                                                  "customer_id = :customer AND email_key = :key"),
                                   {{":customer", customerId}, {":key", email.toCaseFolded()}});
    return q.next();
}

void OperatorStore::insert(const QString &customerId, const CustomerOperator &op)
{
    m_sql.run(QStringLiteral("INSERT INTO customer_operators (id, customer_id, name, email, "
                             "email_key, level) VALUES (:id, :customer, :name, :email, :key, "
                             ":level)"),
              {{":id", op.id},
               {":customer", customerId},
               {":name", op.name},
               {":email", op.email},
               {":key", op.email.toCaseFolded()},
               {":level", toString(op.level)}});
}

bool OperatorStore::remove(const QString &customerId, const QString &operatorId)
{
    return m_sql
               .run(QStringLiteral("DELETE FROM customer_operators WHERE customer_id = :customer "
                                   "AND id = :id"),
                    {{":customer", customerId}, {":id", operatorId}})
               .numRowsAffected() > 0;
}

void OperatorStore::removeAllOf(const QString &customerId)
{
    m_sql.run(QStringLiteral("DELETE FROM customer_operators WHERE customer_id = :customer"),
              {{":customer", customerId}});
}

} // namespace insights::server
