#include "csvreader.h"

#include <QStringDecoder>

#include <csv.h>

namespace insights::server {

namespace {

struct Reader
{
    CsvTable table;
    QStringList cells;
    int row = 1;      // the row the record being read starts on
    int lastEnd = -2; // what ended the previous record (CR, LF, or -1 at the end)
    int maxRecords = 0;
    bool tooMany = false;
    int tooManyRow = 0;
    int badRow = 0;
    bool badText = false;

    void field(const char *data, size_t size)
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        cells << utf8.decode(QByteArrayView(data, qsizetype(size)));
        if (utf8.hasError() && !badText) {
            badText = true;
            badRow = row;
        }
    }

    void endRecord(int terminator)
    {
        // With CSV_REPALL_NL every line break outside a record is reported as an empty one:
        // the LF of a CRLF belongs to the record the CR ended; any other is a blank line.
        const bool crlfTail = cells.isEmpty() && terminator == '\n' && lastEnd == '\r';
        lastEnd = terminator;
        if (crlfTail)
            return;
        if (!cells.isEmpty() && !(cells.size() == 1 && cells.first().isEmpty())) {
            if (table.records.size() >= maxRecords) {
                if (!tooMany)
                    tooManyRow = row;
                tooMany = true;
            } else
                table.records << CsvRecord{row, cells};
        }
        cells.clear();
        ++row;
    }
};

} // namespace

CsvTable readCsv(const QByteArray &bytes, int maxRecords)
{
    QByteArrayView text(bytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI);
    Reader reader;
    reader.maxRecords = maxRecords;
    auto onField = [](void *data, size_t size, void *self) {
        static_cast<Reader *>(self)->field(static_cast<const char *>(data), size);
    };
    auto onRecord = [](int terminator, void *self) {
        static_cast<Reader *>(self)->endRecord(terminator);
    };
    // In pieces, so that a file past the limit stops being read soon after it.
    constexpr qsizetype piece = 64 * 1024;
    bool failed = false;
    for (qsizetype at = 0; at < text.size() && !reader.tooMany && !reader.badText; at += piece) {
        const QByteArrayView chunk = text.sliced(at, qMin(piece, text.size() - at));
        if (csv_parse(&parser, chunk.data(), size_t(chunk.size()), onField, onRecord, &reader) !=
            size_t(chunk.size())) {
            failed = true;
            break;
        }
    }
    if (!failed && !reader.tooMany && !reader.badText)
        failed = csv_fini(&parser, onField, onRecord, &reader) != 0;
    csv_free(&parser);
    CsvTable &t = reader.table;
    if (failed) {
        t.error = QStringLiteral("row %1: a quote in a cell that is not quoted, or a quoted cell "
                                 "that does not end (RFC 4180: quote the whole cell and double "
                                 "each quote inside it)")
                      .arg(reader.row);
        t.errorRow = reader.row;
    } else if (reader.badText) {
        t.error = QStringLiteral("row %1: the file is not UTF-8 text; save it as \"CSV UTF-8\"")
                      .arg(reader.badRow);
        t.errorRow = reader.badRow;
    } else if (reader.tooMany) {
        t.error = QStringLiteral("more than %1 rows: split the file").arg(maxRecords - 1);
        t.errorRow = reader.tooManyRow;
    }
    return t;
}

} // namespace insights::server
