// CSV safety (issue 10): every CSV the product writes — the customers export, the import
// report, the audit export — neutralises a leading = + - @, tab or CR, and quotes as RFC 4180.
#include "csvcell.h"
#include "csvexport.h"
#include "importapi.h"

#include <QTest>

using namespace insights;

class TestCsvCell : public QObject
{
    Q_OBJECT

private slots:
    void neutralisesFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "Contoso Ltd"
                               << "Contoso Ltd";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")"
                                 << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("plus") << "+1 555"
                              << "'+1 555";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("CR") << "\r=1"
                            << "\"'\r=1\"";
        QTest::newRow("inside is fine") << "a=b"
                                        << "a=b";
        QTest::newRow("comma") << "a, b"
                               << "\"a, b\"";
        QTest::newRow("en dash is text") << "– / 100"
                                         << "– / 100";
        QTest::newRow("empty") << ""
                               << "";
    }
    void neutralisesFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(csvSafe(text), written);
        QCOMPARE(CsvExport::cell(text), written); // the customers and services export
        QCOMPARE(csvCell(text), written.toUtf8());
    }

    void theImportReportIsSafe()
    {
        ImportJob job;
        job.rows << ImportRowResult{2,  "Invalid", "=cmd|' /C calc'!A0",
                                    {}, {},        {{"name", "required", "Required", "@evil"}}};
        const QByteArray report = ImportsApi::reportCsv(job);
        QVERIFY2(report.contains("2,Invalid,'=cmd|' /C calc'!A0,name,required,'@evil,Required"),
                 report.constData());
    }
};

QTEST_APPLESS_MAIN(TestCsvCell)
#include "tst_csvcell.moc"
