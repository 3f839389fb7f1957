// The bulk-onboarding file reader (server/csvreader.cpp, libcsv underneath): RFC 4180 quoting
// and the row numbers a spreadsheet shows.
#include "csvreader.h"

#include <QTest>

using namespace insights::server;

class TestCsvReader : public QObject
{
    Q_OBJECT

    static QStringList rowsAndCells(const CsvTable &t)
    {
        QStringList out;
        for (const CsvRecord &r : t.records)
            out << QString::number(r.row) + ':' + r.cells.join('|');
        return out;
    }

private slots:
    void quoting_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("plain LF") << QByteArray("a,b\nc,d\n") << QStringList{"1:a|b", "2:c|d"};
        QTest::newRow("CRLF") << QByteArray("a,b\r\nc,d\r\n") << QStringList{"1:a|b", "2:c|d"};
        QTest::newRow("no final newline")
            << QByteArray("a,b\nc,d") << QStringList{"1:a|b", "2:c|d"};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n")
                             << QStringList{"1:a|b"};
        QTest::newRow("quoted comma") << QByteArray("\"x, y\",z\n") << QStringList{"1:x, y|z"};
        QTest::newRow("doubled quotes")
            << QByteArray("\"say \"\"hi\"\"\",z\n") << QStringList{"1:say \"hi\"|z"};
        // A quoted cell with a line break is one row; the next record is on the next row.
        QTest::newRow("quoted newline") << QByteArray("h\r\n\"two\r\nlines\",x\r\nnext\r\n")
                                        << QStringList{"1:h", "2:two\r\nlines|x", "3:next"};
        QTest::newRow("blank lines are rows")
            << QByteArray("h\n\nx\r\n\r\ny\n") << QStringList{"1:h", "3:x", "5:y"};
        QTest::newRow("empty cells") << QByteArray("a,,c\n,\n") << QStringList{"1:a||c", "2:|"};
        QTest::newRow("UTF-8") << QByteArray("Müller,東京\n") << QStringList{"1:Müller|東京"};
    }
    void quoting()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, rows);
        const CsvTable t = readCsv(bytes, 100);
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE(rowsAndCells(t), rows);
    }

    void errorsNameTheRow_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("says");
        QTest::newRow("quote inside a cell") << QByteArray("h\nok\nab\"c,d\n") << 3 << "quote";
        QTest::newRow("unterminated quote") << QByteArray("h\n\"open,d\nmore\n") << 2 << "quote";
        QTest::newRow("not UTF-8") << QByteArray("h\nM\xFCller\n") << 2 << "UTF-8";
        QTest::newRow("too many rows") << QByteArray("h\n1\n2\n3\n4\n") << 5 << "more than 3";
    }
    void errorsNameTheRow()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, row);
        QFETCH(QString, says);
        const CsvTable t = readCsv(bytes, 4);
        QVERIFY(!t.error.isEmpty());
        QCOMPARE(t.errorRow, row);
        QVERIFY2(t.error.contains(says), qPrintable(t.error));
        QVERIFY2(t.error.startsWith(QString("row %1").arg(row)) || says.startsWith("more"),
                 qPrintable(t.error));
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
