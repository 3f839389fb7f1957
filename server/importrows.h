#pragma once

#include "csvreader.h"
#include "domainjson.h"

#include <QHash>
#include <QSet>

namespace insights::server {

// The columns of a bulk-onboarding file (api.md 1.1, "Bulk onboarding (CSV)"): `customer`,
// then the JSON members of a service's tenant and compliance settings, in any order.
class ImportColumns
{
public:
    // The header's columns, or a sentence naming the unknown, repeated or missing column.
    static std::optional<ImportColumns> fromHeader(const QStringList &header, QString *error);
    static const QStringList &required();
    static const QStringList &all();

    int size() const { return int(m_names.size()); }
    const QString &name(int index) const { return m_names.at(index); }

private:
    QStringList m_names; // canonical spelling, in the file's order
};

// One data row, read and checked as a single POST of a service would be.
struct ImportRowCheck
{
    QString customer; // the display name
    ServiceDraft draft;
    QList<FieldError> errors;       // field is the column ("adminUpns[1]"), with the cell's value
    QHash<QString, QString> values; // column → cell, for the errors' values
};

// What the whole file is checked against: the names already in use on the server, and how
// often each name, domain and short name appears in the file itself.
class ImportChecker
{
public:
    // inUse: for "name", "domain" and "shortName", the case-folded values live services use.
    ImportChecker(const ImportColumns &columns, const QList<CsvRecord> &records,
                  QHash<QString, QSet<QString>> inUse);

    ImportRowCheck check(const CsvRecord &record) const;

private:
    QString cell(const CsvRecord &record, const QString &column) const;

    ImportColumns m_columns;
    QHash<QString, int> m_index;
    QHash<QString, QSet<QString>> m_inUse;
    QHash<QString, QHash<QString, int>> m_inFile; // column → folded value → rows using it
};

} // namespace insights::server
