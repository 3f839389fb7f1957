#pragma once

#include "changefeed.h"
#include "domain.h"
#include "page.h"
#include "sqlsession.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <optional>

namespace insights::server {

struct ServiceRow
{
    Service service;
    qint64 version = 0;
    QString quickStartToken;
};

// Quick Start links, made absolute when served: nothing stored holds the server's address.
class PublicLinks
{
public:
    // The absolute base, e.g. "https://insights.example.com" (--public-url) or
    // "http://127.0.0.1:8080".
    void setBase(const QString &url) { m_base = url; }
    QString base() const { return m_base; }
    QString quickStartUrl(const QString &token) const;
    // "/quickstart/TOKEN", the form the change feed stores.
    static QString quickStartPath(const QString &token);
    // Stored JSON (a change-feed object, a replayed response) with each quickStartUrl made
    // absolute on the current base, by a byte-level rewrite so the feed needs no parse. Takes
    // the relative "/quickstart/TOKEN" this server stores and the absolute links older
    // versions stored (with the address they listened on then).
    QByteArray rewrite(const QByteArray &json) const;

private:
    QString m_base;
};

// Services, each written with its unique keys (case-folded name, domain and short name, and
// the customer it is the live service of) so that the database refuses a second one.
class ServiceStore
{
public:
    ServiceStore(SqlSession &sql, ChangeFeed &feed, const PublicLinks &links)
        : m_sql(sql)
        , m_feed(feed)
        , m_links(links)
    {}

    std::optional<ServiceRow> find(const QString &id);
    std::optional<ServiceRow> findByQuickStartToken(const QString &token);
    // Without deleted services unless status asks for them ("Deleted" is a deployment status).
    Page<ServiceRow> page(const QString &customerId, const QString &status, qint64 after,
                          int limit);
    QList<ServiceRow> ofCustomer(const QString &customerId);
    // The unique values of a live service.
    enum class Key { Name, Domain, ShortName };
    // The id of the non-deleted service that uses this name, domain or short name
    // (compared case-insensitively), if any.
    QString idUsing(Key key, const QString &value);
    QString activeOf(const QString &customerId);
    void insert(const ServiceRow &row);
    // Version-checked (StaleWrite); returns the new version.
    qint64 update(const ServiceRow &row);
    // The case-folded names, domains and short names live services use ("name", "domain",
    // "shortName" → values), for bulk onboarding's checks.
    QHash<QString, QSet<QString>> keysInUse();

    // Serialised, with the quick-start link made absolute.
    QJsonObject json(const ServiceRow &row) const;
    // The form the change feed stores: the quick-start link relative, "/quickstart/TOKEN".
    static QJsonObject storedJson(const ServiceRow &row);

private:
    ServiceRow rowFrom(const QSqlQuery &q) const;
    QList<ServiceRow> rows(SqlSession::Rows &q) const;

    SqlSession &m_sql;
    ChangeFeed &m_feed;
    const PublicLinks &m_links;
};

} // namespace insights::server
