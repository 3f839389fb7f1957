// The change feed's pages as the cache takes them: read off the caller's thread, each
// object stored as the bytes the server sent, and a batch in which a later change writes
// over an earlier one leaves the cache exactly as the changes one at a time would.
#include "domainjson.h"
#include "feedpage.h"
#include "localcache.h"
#include "support/sampleservices.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace insights;
using namespace insights::samples;

namespace {

// Whitespace, braces and quotes inside strings, escapes, nesting, and an "object" member
// inside another member's value: the spans must still be the changes' own objects.
const QByteArray firstObject = "{\"id\":\"cus-0001\", \"displayName\" : \"A \\\"}{[\\\" "
                               "\\\\ b \\u00e9 \xc3\xbc\", \"n\":[1,{\"x\":[]},-2.5e3],"
                               "\"createdBy\":\"alice\",\"z\":null}";

QByteArray samplePage()
{
    return "{ \"changes\" : [ {\"kind\":\"customer\",\"id\":\"cus-0001\",\"deleted\":false,"
           "\"meta\":{\"object\":{\"not\":\"this\"}},\"object\": " +
           firstObject +
           " } ,\n {\"kind\":\"customer\",\"id\":\"cus-0002\",\"deleted\":true} ],"
           " \"next\":\"t2\", \"hasMore\": true }";
}

QString describe(const CustomerRow &r)
{
    return QStringList{r.customerId,
                       r.displayName,
                       r.createdBy,
                       QString::number(r.createdAtMs),
                       QString::number(r.health),
                       r.serviceId,
                       r.tenantName,
                       r.domain,
                       r.shortName,
                       r.storageLocation,
                       r.alarm,
                       QString::number(r.includedUsers),
                       QString::number(r.licensesInUse),
                       QString::number(r.storageBytes),
                       QString::number(r.deployment),
                       QString::number(r.userType),
                       QString::number(r.serviceHealth),
                       r.replicaRegion,
                       QString::number(r.serviceCreatedAtMs)}
        .join(QLatin1Char('|'));
}

// What a cache holds, as text to compare: its projection and every object.
QStringList contents(LocalCache &cache)
{
    QStringList out;
    bool rowsRead = false;
    cache.loadCustomerRows([&](const std::vector<CustomerRow> &rows) {
        for (const CustomerRow &r : rows)
            out << describe(r);
        rowsRead = true;
    });
    bool stateRead = false;
    cache.load([&](const CachedState &state) {
        for (const Customer &c : state.customers)
            out << QString::fromUtf8(QJsonDocument(DomainJson::toJson(c)).toJson());
        for (const Service &s : state.services)
            out << QString::fromUtf8(QJsonDocument(DomainJson::toJson(s)).toJson());
        stateRead = true;
    });
    if (!QTest::qWaitFor([&] { return rowsRead && stateRead; }))
        return {QStringLiteral("not read")};
    std::sort(out.begin(), out.end());
    return out;
}

// Each list in its own batch (the cache writes them in order); true when all were written.
bool write(LocalCache &cache, const QList<QList<CachedChange>> &batches)
{
    int done = 0;
    bool ok = true;
    for (const QList<CachedChange> &batch : batches)
        cache.applyChanges(batch, QStringLiteral("t"), [&](bool success, const QString &) {
            ok = ok && success;
            ++done;
        });
    return QTest::qWaitFor([&] { return done == batches.size(); }) && ok;
}

bool open(LocalCache &cache)
{
    bool done = false;
    bool ok = false;
    cache.open([&](bool success, const QString &) {
        ok = success;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }) && ok;
}

} // namespace

class TestFeedPage : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheServersBytes()
    {
        const FeedPage page = readFeedPage(samplePage());
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.changes.size(), 2);
        QCOMPARE(page.changes.at(0).raw, firstObject);
        QCOMPARE(page.changes.at(0).object,
                 QJsonDocument::fromJson(firstObject).object()); // the same object, parsed
        QCOMPARE(page.changes.at(0).object.value("displayName").toString(),
                 QString::fromUtf8("A \"}{[\" \\ b \u00e9 \xc3\xbc"));
        QVERIFY(page.changes.at(1).deleted);
        QVERIFY(page.changes.at(1).raw.isEmpty());
        QCOMPARE(page.next, QString("t2"));
        QVERIFY(page.hasMore);
    }

    // The next cursor read off a page's last bytes, so the next fetch need not wait for the
    // parse: exactly what the parse finds on the server's layout, nothing on any other.
    void theCursorIsReadOffTheLastBytes()
    {
        const QByteArray server = "{\"changes\":[{\"kind\":\"customer\",\"id\":\"c1\","
                                  "\"deleted\":false,\"object\":{\"next\":\"x\",\"hasMore\""
                                  ":false}}],\"next\":\"MTAx\",\"hasMore\":true}";
        const auto peeked = peekFeedCursor(server);
        QVERIFY(peeked);
        const FeedPage read = readFeedPage(server);
        QCOMPARE(peeked->next, read.next);
        QCOMPARE(peeked->hasMore, read.hasMore);
        const auto last = peekFeedCursor("{\"changes\":[],\"next\":\"Mg\",\"hasMore\":false}\n");
        QVERIFY(last && last->next == "Mg" && !last->hasMore);
        // Other layouts wait for the parse: spaced out, reordered, a cursor not base64url,
        // a page cut short, or the members only inside an object.
        for (const QByteArray &other :
             {samplePage(), QByteArray("{\"next\":\"MTAx\",\"hasMore\":true,\"changes\":[]}"),
              QByteArray("{\"changes\":[],\"next\":\"a\\\"b\",\"hasMore\":true}"),
              QByteArray("{\"changes\":[],\"next\":\"MTAx\",\"hasMore\":tru"),
              QByteArray("{\"changes\":[{\"object\":{\"next\":\"x\",\"hasMore\":true}}]}"),
              QByteArray()})
            QVERIFY2(!peekFeedCursor(other), other.constData());
    }

    void whatIsNotAPageIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("cut short") << QByteArray("{\"changes\": [{\"kind\":");
        QTest::newRow("an array") << QByteArray("[1, 2]");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>proxy error</html>");
    }

    void whatIsNotAPageIsAnError()
    {
        QFETCH(QByteArray, bytes);
        const FeedPage page = readFeedPage(bytes);
        QVERIFY(!page.error.isEmpty());
        QVERIFY(page.changes.isEmpty());
        QVERIFY(feedObjectSpans(bytes).isEmpty());
    }

    // An object whose "object" is not one, or whose key is written with an escape, keeps no
    // bytes: the cache then writes the JSON itself.
    void unusualShapesKeepNoBytes()
    {
        const FeedPage page = readFeedPage(
            "{\"changes\":[{\"kind\":\"customer\",\"id\":\"a\",\"ob\\u006aect\":{\"id\":\"a\"}},"
            "{\"kind\":\"customer\",\"id\":\"b\",\"object\":[1]}],\"next\":\"n\"}");
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.changes.size(), 2);
        QCOMPARE(page.changes.at(0).object.value("id").toString(), QString("a"));
        QVERIFY(page.changes.at(0).raw.isEmpty());
        QVERIFY(page.changes.at(1).raw.isEmpty());
    }

    void aPageIsReadOffTheCallersThreadAndStoredAsSent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("cache.sqlite");
        {
            LocalCache cache(path);
            QVERIFY(open(cache));
            QThread *readOn = nullptr;
            bool done = false;
            cache.applyPage(
                samplePage(),
                [&](const FeedPage &page) {
                    readOn = QThread::currentThread();
                    QCOMPARE(page.changes.size(), 2);
                },
                [&](bool ok, const QString &) { done = ok; });
            QTRY_VERIFY(done);
            QCOMPARE(readOn, QThread::currentThread()); // answered here, read elsewhere

            // A page that is not one: read with its error, and nothing written.
            QString error;
            bool brokenWritten = false;
            cache.applyPage(
                "{\"changes\": [", [&](const FeedPage &page) { error = page.error; },
                [&](bool, const QString &) { brokenWritten = true; });
            QString token;
            cache.loadSyncToken([&](const QString &t) { token = t; });
            QTRY_VERIFY(!token.isEmpty()); // queued after the broken page: that one is done
            QVERIFY(!error.isEmpty());
            QVERIFY(!brokenWritten);
            QCOMPARE(token, QString("t2"));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "peek");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT body FROM customers WHERE id = 'cus-0001'"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString().toUtf8(), firstObject);
            QVERIFY(q.exec("SELECT display_name FROM customer_rows WHERE customer_id = "
                           "'cus-0001'"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QString::fromUtf8("A \"}{[\" \\ b \u00e9 \xc3\xbc"));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase("peek");
    }

    // Random runs of creations, renames, state changes and deletions over a few customers
    // and their services (two services a customer, so which one a row shows depends on the
    // order): one batch leaves the cache exactly as one change a batch.
    void oneBatchIsOneChangeAtATime_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 25; ++seed)
            QTest::newRow(qPrintable(QString("seed %1").arg(seed))) << seed;
    }

    void oneBatchIsOneChangeAtATime()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QList<CachedChange> changes;
        for (int step = 0; step < 40; ++step) {
            const int n = int(random.bounded(3));
            const int roll = int(random.bounded(10));
            if (roll < 4) {
                Customer c;
                c.id = customerId(n);
                c.displayName = QString("Customer %1.%2").arg(n).arg(step);
                c.createdBy = "alice";
                c.createdAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
                c.updatedAt = c.createdAt.addSecs(step);
                changes << CachedChange{"customer", c.id, false, DomainJson::toJson(c)};
            } else if (roll < 5) {
                changes << CachedChange{"customer", customerId(n), true, {}};
            } else if (roll < 9) {
                const int which = n + 3 * int(random.bounded(2));
                Service s =
                    service(which, roll == 8 ? DeploymentStatus::Deleted : DeploymentStatus::Ready);
                s.customerId = customerId(n);
                s.settings.tenant.name = QString("Tenant %1.%2").arg(which).arg(step);
                changes << CachedChange{"service", s.id, false, DomainJson::toJson(s)};
            } else {
                changes << CachedChange{
                    "service", serviceId(n + 3 * int(random.bounded(2))), true, {}};
            }
        }
        QTemporaryDir dir;
        LocalCache batched(dir.filePath("batched.sqlite"));
        LocalCache oneByOne(dir.filePath("one-by-one.sqlite"));
        QVERIFY(open(batched));
        QVERIFY(open(oneByOne));
        QVERIFY(write(batched, {changes}));
        QList<QList<CachedChange>> oneEach;
        for (const CachedChange &c : changes)
            oneEach.append({c});
        QVERIFY(write(oneByOne, oneEach));
        const QStringList expected = contents(oneByOne);
        QVERIFY(expected.size() > 1);
        QCOMPARE(contents(batched), expected);
    }
};

QTEST_GUILESS_MAIN(TestFeedPage)
#include "tst_feedpage.moc"
