#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace insights::server {

// One record of a CSV file, and the row a spreadsheet shows it on: the header is row 1, a
// quoted cell with line breaks stays one row, and a blank line is a row of its own.
struct CsvRecord
{
    int row = 0;
    QStringList cells;
};

struct CsvTable
{
    QList<CsvRecord> records; // blank lines are left out; their rows are counted
    QString error;            // empty when the whole file was read
    int errorRow = 0;         // where reading stopped, when error is set
};

// RFC 4180 (quoted commas, quoted line breaks, "" escapes, CRLF or LF, a final line without
// its newline) through libcsv in strict mode, UTF-8 with an optional BOM. Stops with an error
// at a malformed quote, at bytes that are not UTF-8, or past maxRecords records (the header
// included), so a huge file costs no more than the limit.
CsvTable readCsv(const QByteArray &bytes, int maxRecords);

} // namespace insights::server
