#pragma once

// The strict reader the DomainJson parsers share (domainjson.cpp, domainjson_records.cpp):
// internal to the rules library, not part of its interface.
#include "domainjson.h"
#include "fieldnames.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <limits>

namespace insights::jsonread {

namespace f = field;

inline QString joinPath(const QString &prefix, const QString &member)
{
    return prefix.isEmpty() ? member : f::path(prefix, member);
}

// Reads the members of one JSON object. With a JsonProblems it records each wrong type,
// each missing required member and, in finish(), each member nobody asked for.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, JsonProblems *problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    QString string(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isString())
            return v.toString();
        if (!v.isUndefined() && !v.isNull())
            wrongType(key, DomainJson::tr("must be a string"));
        return {};
    }

    // A string member that may also be null (null reads as empty).
    QString nullableString(const QString &key) { return string(key); }

    bool boolean(const QString &key, bool fallback = false)
    {
        const QJsonValue v = take(key, false);
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            wrongType(key, DomainJson::tr("must be true or false"));
        return fallback;
    }

    qint64 integer(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined() || (v.isNull() && !m_problems))
            return 0;
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d) {
            wrongType(key, DomainJson::tr("must be a whole number"));
            return 0;
        }
        // Out-of-range values stay out of range, so the value rule reports them.
        if (d >= 9.2e18)
            return std::numeric_limits<qint64>::max();
        if (d <= -9.2e18)
            return std::numeric_limits<qint64>::min();
        return qint64(d);
    }

    // A whole number that may be null or absent (nullopt).
    std::optional<qint64> optionalInteger(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            m_seen.insert(key);
            return std::nullopt;
        }
        return integer(key);
    }

    QStringList stringList(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        QStringList out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            wrongType(key, DomainJson::tr("must be a list of strings"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].isString()) {
                out << a[i].toString();
            } else {
                addShape(f::indexed(joinPath(m_path, key), i), QStringLiteral("wrong-type"),
                         DomainJson::tr("must be a string"));
                out << QString();
            }
        }
        return out;
    }

    // The member as an object, or nullopt when absent or null.
    std::optional<QJsonObject> object(const QString &key, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            wrongType(key, DomainJson::tr("must be an object"));
        return std::nullopt;
    }

    std::optional<QJsonArray> array(const QString &key)
    {
        const QJsonValue v = take(key, false);
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined() && !v.isNull())
            wrongType(key, DomainJson::tr("must be a list"));
        return std::nullopt;
    }

    QDateTime timestamp(const QString &key)
    {
        const QString s = string(key);
        return s.isEmpty() ? QDateTime() : DomainJson::parseTimestamp(s);
    }

    // A member a client may echo back (id, status, ...): accepted and ignored.
    void ignore(std::initializer_list<QString> keys)
    {
        for (const QString &k : keys)
            m_seen.insert(k);
    }

    // Reports every member that was never read: api.md forbids silent mass assignment.
    void finish()
    {
        if (!m_problems)
            return;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                addShape(joinPath(m_path, it.key()), QStringLiteral("unknown-member"),
                         DomainJson::tr("is not a member of this object"));
        }
    }

    QString pathOf(const QString &key) const { return joinPath(m_path, key); }
    JsonProblems *problems() const { return m_problems; }
    bool has(const QString &key) const { return m_object.contains(key); }

private:
    QJsonValue take(const QString &key, bool required)
    {
        m_seen.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && required && m_problems)
            m_problems->valueErrors << FieldError{pathOf(key), QStringLiteral("required"),
                                                  DomainJson::tr("Required"), Severity::Error};
        return v;
    }

    void wrongType(const QString &key, const QString &what)
    {
        addShape(pathOf(key), QStringLiteral("wrong-type"), what);
    }

    void addShape(const QString &path, const QString &code, const QString &message)
    {
        if (m_problems)
            m_problems->shapeErrors << FieldError{path, code, message, Severity::Error};
    }

    QJsonObject m_object;
    QString m_path;
    JsonProblems *m_problems;
    QSet<QString> m_seen;
};

inline QJsonValue nullable(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

inline QJsonValue timestampValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(DomainJson::timestamp(t)) : QJsonValue(QJsonValue::Null);
}

inline QJsonObject placementJson(const StoragePlacement &p)
{
    return {{f::region, p.region},
            {f::container, p.container},
            {f::provisioned, p.provisioned},
            {f::url, p.url.isEmpty() ? QJsonValue() : QJsonValue(p.url)}};
}

inline std::optional<StoragePlacement>
placementFromJson(const std::optional<QJsonObject> &o, JsonProblems *problems, const QString &path)
{
    if (!o)
        return std::nullopt;
    ObjectReader r(*o, path, problems);
    StoragePlacement p;
    p.region = r.string(f::region);
    p.container = r.string(f::container);
    p.provisioned = r.boolean(f::provisioned);
    p.url = r.string(f::url);
    r.finish();
    return p;
}

template <typename E>
E enumMember(ObjectReader &r, const QString &key, std::optional<E> (*parse)(QStringView),
             E fallback, bool required = false)
{
    const QString s = r.string(key, required);
    if (const auto v = parse(s))
        return *v;
    if (r.problems() && r.has(key))
        r.problems()->valueErrors << FieldError{r.pathOf(key), QStringLiteral("invalid-choice"),
                                                DomainJson::tr("'%1' is not one of the allowed "
                                                               "values")
                                                    .arg(s),
                                                Severity::Error};
    return fallback;
}

} // namespace insights::jsonread
