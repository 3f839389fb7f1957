#include "importrows.h"

#include "fieldnames.h"
#include "fieldrules.h"
#include "servicerules.h"

#include <QJsonArray>

namespace insights::server {

namespace f = field;

namespace {

enum class Kind { Text, List, Boolean, Integer };

struct Column
{
    QString name;
    QString group; // tenant, compliance, or empty for the customer
    Kind kind;
    bool required;
};

const QList<Column> &columns()
{
    static const QList<Column> list = {
        {QStringLiteral("customer"), {}, Kind::Text, true},
        {f::name, f::tenant, Kind::Text, true},
        {f::domain, f::tenant, Kind::Text, true},
        {f::shortName, f::tenant, Kind::Text, true},
        {f::contactEmails, f::tenant, Kind::List, true},
        {f::adminUpns, f::tenant, Kind::List, true},
        {f::userType, f::tenant, Kind::Text, true},
        {f::includedUsers, f::tenant, Kind::Integer, true},
        {f::allowExceedIncludedUsers, f::tenant, Kind::Boolean, false},
        {f::storageLocation, f::tenant, Kind::Text, true},
        {f::byos, f::tenant, Kind::Boolean, false},
        {f::unlimitedRetention, f::tenant, Kind::Boolean, false},
        {f::notes, f::tenant, Kind::Text, false},
        {f::controlTeamsNotifications, f::compliance, Kind::Boolean, false},
        {f::teamsNotificationsWaiverReference, f::compliance, Kind::Text, false},
        {f::deleteCallRecordings, f::compliance, Kind::Boolean, false},
    };
    return list;
}

const Column *columnNamed(const QString &name)
{
    for (const Column &c : columns()) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

// "tenant.adminUpns[1]" → "adminUpns[1]": a person knows the columns, not the JSON groups.
QString columnPath(const QString &path)
{
    for (const QString &group : {f::tenant, f::compliance}) {
        if (path.startsWith(group + u'.'))
            return path.mid(group.size() + 1);
    }
    return path;
}

const QStringList uniqueColumns{f::name, f::domain, f::shortName};

} // namespace

std::optional<ImportColumns> ImportColumns::fromHeader(const QStringList &header, QString *error)
{
    ImportColumns out;
    for (const QString &raw : header) {
        const QString name = raw.trimmed();
        const Column *c = columnNamed(name);
        if (!c) {
            *error = QStringLiteral("unknown column “%1”; the columns are: %2")
                         .arg(name, all().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        if (out.m_names.contains(c->name)) {
            *error = QStringLiteral("the column “%1” is there twice").arg(c->name);
            return std::nullopt;
        }
        out.m_names << c->name;
    }
    for (const QString &name : required()) {
        if (!out.m_names.contains(name)) {
            *error = QStringLiteral("the required column “%1” is missing").arg(name);
            return std::nullopt;
        }
    }
    return out;
}

const QStringList &ImportColumns::required()
{
    static const QStringList names = [] {
        QStringList out;
        for (const Column &c : columns()) {
            if (c.required)
                out << c.name;
        }
        return out;
    }();
    return names;
}

const QStringList &ImportColumns::all()
{
    static const QStringList names = [] {
        QStringList out;
        for (const Column &c : columns())
            out << c.name;
        return out;
    }();
    return names;
}

ImportChecker::ImportChecker(const ImportColumns &columns, const QList<CsvRecord> &records,
                             QHash<QString, QSet<QString>> inUse)
    : m_columns(columns)
    , m_inUse(std::move(inUse))
{
    for (int i = 0; i < columns.size(); ++i)
        m_index.insert(columns.name(i), i);
    for (const CsvRecord &r : records) {
        for (const QString &column : uniqueColumns) {
            const QString key = cell(r, column).trimmed().toCaseFolded();
            if (!key.isEmpty())
                ++m_inFile[column][key];
        }
    }
}

QString ImportChecker::cell(const CsvRecord &record, const QString &column) const
{
    const int i = m_index.value(column, -1);
    return i >= 0 && i < record.cells.size() ? record.cells.at(i) : QString();
}

ImportRowCheck ImportChecker::check(const CsvRecord &record) const
{
    ImportRowCheck out;
    QJsonObject tenant;
    QJsonObject compliance;
    auto wrongType = [&out](const QString &column, const QString &value, const QString &what) {
        out.errors << FieldError{column, QStringLiteral("wrong-type"), what, Severity::Error};
        out.values.insert(column, value);
    };
    if (record.cells.size() > m_columns.size())
        out.errors << FieldError{QStringLiteral("row"), QStringLiteral("too-many-cells"),
                                 QStringLiteral("%1 cells, but the header has %2 columns")
                                     .arg(record.cells.size())
                                     .arg(m_columns.size()),
                                 Severity::Error};
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column *c = columnNamed(m_columns.name(i));
        const QString value = i < record.cells.size() ? record.cells.at(i) : QString();
        out.values.insert(c->name, value);
        if (c->group.isEmpty()) {
            out.customer = value.trimmed();
            continue;
        }
        QJsonObject &target = c->group == f::tenant ? tenant : compliance;
        const QString v = value.trimmed();
        if (v.isEmpty() && !c->required)
            continue; // its default
        switch (c->kind) {
        case Kind::Text:
            target.insert(c->name, value);
            break;
        case Kind::List: {
            QJsonArray items;
            for (const QString &item : v.split(u';', Qt::SkipEmptyParts))
                items << item.trimmed();
            target.insert(c->name, items);
            break;
        }
        case Kind::Boolean:
            if (v.compare(u"true", Qt::CaseInsensitive) == 0)
                target.insert(c->name, true);
            else if (v.compare(u"false", Qt::CaseInsensitive) == 0)
                target.insert(c->name, false);
            else
                wrongType(c->name, value, QStringLiteral("must be true or false"));
            break;
        case Kind::Integer: {
            bool ok = false;
            const qlonglong n = v.toLongLong(&ok);
            if (ok)
                target.insert(c->name, double(n));
            else
                wrongType(c->name, value, QStringLiteral("must be a whole number"));
            break;
        }
        }
    }
    const Verdict customer = FieldRules::customerDisplayName(out.customer);
    if (!customer.isAcceptable())
        out.errors << FieldError{QStringLiteral("customer"), customer.code, customer.message,
                                 Severity::Error};

    JsonProblems p;
    out.draft = DomainJson::serviceDraftFromJson(QJsonObject{{f::type, interactionRecordingType},
                                                             {f::tenant, tenant},
                                                             {f::compliance, compliance}},
                                                 &p);
    auto add = [&out](const FieldError &e) {
        FieldError x = e;
        x.field = columnPath(e.field);
        for (const FieldError &already : std::as_const(out.errors)) {
            if (already.field == x.field || already.field == x.field.section(u'[', 0, 0))
                return;
        }
        out.errors << x;
    };
    for (const FieldError &e : p.shapeErrors + p.valueErrors)
        add(e);
    for (const FieldError &e : ServiceRules::validate(out.draft.settings).errors)
        add(e);
    const TenantSettings &t = out.draft.settings.tenant;
    const QString values[] = {t.name, t.domain, t.shortName};
    for (int i = 0; i < 3; ++i) {
        const QString &column = uniqueColumns.at(i);
        const QString key = values[i].trimmed().toCaseFolded();
        if (key.isEmpty())
            continue;
        if (m_inFile.value(column).value(key) > 1)
            add(FieldError{column, QStringLiteral("duplicate-in-file"),
                           QStringLiteral("“%1” is on another row of this file too").arg(values[i]),
                           Severity::Error});
        else if (m_inUse.value(column).contains(key))
            add(FieldError{column, QStringLiteral("in-use"),
                           QStringLiteral("“%1” is already used by another service").arg(values[i]),
                           Severity::Error});
    }
    return out;
}

} // namespace insights::server
