#pragma once

#include "sqlsession.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace insights::server {

struct ChangeRow
{
    qint64 seq = 0;
    QString kind;
    QString id;
    bool deleted = false;
    QByteArray objectJson; // as stored; empty when deleted
};

// The change feed's table (api.md, "Change feed"): every write of a customer, service or
// operation appends the object as it now is, in commit order (SqlSession::Transaction).
class ChangeFeed
{
public:
    explicit ChangeFeed(SqlSession &sql)
        : m_sql(sql)
    {}

    void append(const QString &kind, const QString &id, bool deleted, const QJsonObject &object);
    QList<ChangeRow> after(qint64 seq, int limit);
    qint64 lastSeq();
    // The seq at or below which changes may have been compacted away: a cursor older than it
    // must reload everything.
    qint64 horizon();
    // Drops every change superseded by a later one of the same object at or before seq.
    void compact(qint64 throughSeq);

private:
    SqlSession &m_sql;
};

} // namespace insights::server
