#pragma once

#include "domain.h"
#include "sqlsession.h"

#include <QStringList>

namespace insights::server {

// A verified location of the customer's own storage, with the SAS only the server keeps.
struct ByosRow
{
    ByosLocation location;
    QString sas;
};

// Storage locations of the customer's own (api.md 1.1, "Bring your own storage").
class ByosStore
{
public:
    explicit ByosStore(SqlSession &sql)
        : m_sql(sql)
    {}

    void insert(const ByosRow &row, const QString &createdBy);
    // Oldest first.
    QList<ByosRow> of(const QString &serviceId);
    bool remove(const QString &serviceId, const QString &locationId);
    void removeAllOf(const QString &serviceId);
    // The services that have a location with an expiry, for the expiry watch.
    QStringList servicesWithExpiry();

private:
    SqlSession &m_sql;
};

} // namespace insights::server
