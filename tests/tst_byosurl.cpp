// The format check of a BYOS container URL, which the console runs as the operator types and
// the server runs before its probe (validators/byosurl.cpp), and the location's status by its
// SAS expiry.
#include "byosurl.h"

#include <QTest>

using namespace insights;

class TestByosUrl : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

private slots:
    void usableUrlsAreTakenApart()
    {
        const ContainerSasCheck azure = ByosUrl::parse(
            "https://contosorec.blob.core.windows.net/calls-2026?sv=2021-12-02&sr=c&sp=racwdl&"
            "se=2027-03-01T00:00:00Z&sig=abc%2Bdef%3D",
            now);
        QVERIFY2(azure.code.isEmpty(), qPrintable(azure.message));
        QCOMPARE(azure.sas->account, QString("contosorec"));
        QCOMPARE(azure.sas->name, QString("calls-2026"));
        QCOMPARE(azure.sas->container.toString(),
                 QString("https://contosorec.blob.core.windows.net/calls-2026"));
        QCOMPARE(azure.sas->expiresAt, QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC));
        // The probe's blob URL keeps the SAS byte for byte.
        QVERIFY(
            azure.sas->blobUrl("p.txt")
                .toString(QUrl::FullyEncoded)
                .endsWith(
                    "/calls-2026/"
                    "p.txt?sv=2021-12-02&sr=c&sp=racwdl&se=2027-03-01T00:00:00Z&sig=abc%2Bdef%3D"));

        const ContainerSasCheck emulator = ByosUrl::parse(
            "http://127.0.0.1:10000/devstoreaccount1/rec?sv=2021-12-02&sig=x&se=2027-01-01", now);
        QVERIFY2(emulator.code.isEmpty(), qPrintable(emulator.message));
        QCOMPARE(emulator.sas->account, QString("devstoreaccount1"));
        QCOMPARE(emulator.sas->name, QString("rec"));
        QCOMPARE(emulator.sas->expiresAt, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void unusableUrlsSayWhy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        const QString sas = "?sv=2021-12-02&sp=rwdl&se=2027-01-01&sig=x";
        QTest::newRow("empty") << "  "
                               << "byos-malformed"
                               << "Paste";
        QTest::newRow("not a URL") << "contoso recordings"
                                   << "byos-malformed"
                                   << "URL";
        QTest::newRow("ftp") << "ftp://a.blob.core.windows.net/rec" + sas << "byos-malformed"
                             << "URL";
        QTest::newRow("plain http elsewhere")
            << "http://a.blob.core.windows.net/rec" + sas << "byos-malformed"
            << "https";
        QTest::newRow("the account only")
            << "https://a.blob.core.windows.net/" + sas << "byos-malformed"
            << "one container";
        QTest::newRow("a blob") << "https://a.blob.core.windows.net/rec/x.wav" + sas
                                << "byos-malformed"
                                << "one container";
        QTest::newRow("upper case container")
            << "https://a.blob.core.windows.net/Recordings" + sas << "byos-malformed"
            << "not a container name";
        QTest::newRow("double hyphen")
            << "https://a.blob.core.windows.net/re--c" + sas << "byos-malformed"
            << "not a container name";
        QTest::newRow("no signature") << "https://a.blob.core.windows.net/rec?sv=2021-12-02"
                                      << "byos-malformed"
                                      << "SAS";
        QTest::newRow("bad expiry") << "https://a.blob.core.windows.net/rec?sv=1&se=soon&sig=x"
                                    << "byos-malformed"
                                    << "se=soon";
        QTest::newRow("expired") << "https://a.blob.core.windows.net/rec?sv=1&se=2026-12-01&sig=x"
                                 << "byos-expired"
                                 << "2026-12-01";
    }
    void unusableUrlsSayWhy()
    {
        QFETCH(QString, url);
        QFETCH(QString, code);
        QFETCH(QString, words);
        const ContainerSasCheck check = ByosUrl::parse(url, now);
        QCOMPARE(check.code, code);
        QVERIFY2(check.message.contains(words), qPrintable(check.message));
        QVERIFY(!check.message.contains("sig="));
    }

    void statusFollowsTheExpiry()
    {
        QCOMPARE(ByosUrl::status({}, now), QString("Verified"));
        QCOMPARE(ByosUrl::status(now.addDays(15), now), QString("Verified"));
        QCOMPARE(ByosUrl::status(now.addDays(14), now), QString("Expiring"));
        QCOMPARE(ByosUrl::status(now.addSecs(1), now), QString("Expiring"));
        QCOMPARE(ByosUrl::status(now, now), QString("Expired"));
    }
};

QTEST_GUILESS_MAIN(TestByosUrl)
#include "tst_byosurl.moc"
