#pragma once

// Small helpers the Store's files share (store.cpp, userstore.cpp, operationstore.cpp,
// feedstore.cpp); not for use outside the Store.

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace insights::server::sql {

inline QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The JSON the hot read routes send as it is, stored as UTF-8 bytes (a BLOB in SQLite), so
// reading it back costs no UTF-16 round trip.
inline QByteArray jsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject parseObject(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

// Times stored as milliseconds since the epoch, 0 for none.
inline QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

inline qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

inline QString likePattern(const QString &term)
{
    QString escaped = term.toCaseFolded();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

// SQL NULL on purpose; a QString that is merely null binds as ''.
inline QVariant sqlNull()
{
    return QVariant::fromValue(nullptr);
}

inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? sqlNull() : QVariant(s);
}

} // namespace insights::server::sql
