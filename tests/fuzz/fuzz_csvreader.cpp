// A bulk-onboarding file: the CSV reader (libcsv, strict), then the header and every row
// through the import's own checks, as POST /api/v1/imports?dryRun=true runs them.
#include "csvreader.h"
#include "importrows.h"

#include <cstdint>
#include <cstdlib>

using namespace insights::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvTable table = readCsv(bytes, 200);
    if (table.records.size() > 200)
        std::abort(); // the limit holds
    int lastRow = 0;
    for (const CsvRecord &r : table.records) {
        if (r.row <= lastRow)
            std::abort(); // spreadsheet rows only go forward
        lastRow = r.row;
    }
    if (!table.error.isEmpty() || table.records.isEmpty())
        return 0;
    QString error;
    const auto columns = ImportColumns::fromHeader(table.records.first().cells, &error);
    if (!columns)
        return 0;
    const QList<CsvRecord> rows = table.records.mid(1);
    const ImportChecker checker(*columns, rows,
                                {{QStringLiteral("name"), {QStringLiteral("contoso")}}});
    for (const CsvRecord &r : rows) {
        const ImportRowCheck check = checker.check(r);
        if (check.errors.isEmpty() && check.customer.isEmpty())
            std::abort(); // a row without a customer name can't be valid
    }
    return 0;
}
