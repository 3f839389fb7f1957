#pragma once

// The local cache's SQL plumbing (localcache.cpp runs it on its worker thread): the numbered
// schema, statements prepared once per batch, and the projection that keeps customer_rows
// equal to what the customers table shows. Internal to the model layer.
#include "localcache.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace insights::cachesql {

// Numbered migrations; each runs once, in its own transaction.
const QList<QStringList> &migrations();

bool bindAndRun(QSqlQuery &q, const QVariantList &binds, QString *error);
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error);

// A sync batch runs the same few statements thousands of times: each is prepared once.
class Statements
{
public:
    explicit Statements(const QSqlDatabase &db)
        : m_db(db)
    {}
    bool exec(const QString &sql, const QVariantList &binds, QString *error);

private:
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
};

// One statement with its values, worked out away from the connection.
struct Step
{
    QString sql;
    QVariantList binds;
};
using Steps = QList<Step>;

// Whether a change's writing shows in the end, or a later update of the same object in the
// same batch (one transaction) writes over it. Then its body is not written, nor a
// customer's projection (the later one sets every column again). A service's projection
// still is: which service a customer's row shows depends on the order they came in.
enum class Written { Out, Over };

// What keeps customer_rows equal to what the customers table shows, for one change.
void projectionSteps(const CachedChange &c, Steps &out, Written written = Written::Out);
// The change's object (or its deletion) and its projection. Pure work on the change (the
// row's values, JSON out where the feed's bytes were not kept): any thread may do it,
// while the connection writes another batch.
Steps writeSteps(const CachedChange &c, Written written = Written::Out);
// A batch's steps, with what a later change of the batch writes over left out (a first
// sync brings each customer twice, around its service, often in one page).
std::vector<Steps> batchSteps(const QList<CachedChange> &changes);
bool run(Statements &q, const Steps &steps, QString *error);
bool project(Statements &q, const CachedChange &c, QString *error);

// After a migration that added columns to the projection: projects every cached service
// again, in one transaction, and clears the request.
bool reprojectIfAsked(QSqlDatabase &db, QString *error);

} // namespace insights::cachesql
