// SessionStore: both stores answer every call by signal, after the call and in its order; on a
// machine without a secret service the keychain store keeps the token in memory, says so, and
// writes it to no file.
#include "sessionstore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace insights;

// Elsewhere the keychain is the platform's own and does not go through D-Bus, so cutting the
// bus off does not take it away, and these tests would write to the real one.
#if defined(Q_OS_DARWIN) || defined(Q_OS_WIN) || defined(Q_OS_ANDROID)
#define SKIP_WITHOUT_DBUS_KEYCHAIN() QSKIP("This platform's keychain does not go through D-Bus")
#else
#define SKIP_WITHOUT_DBUS_KEYCHAIN()                                                               \
    do {                                                                                           \
    } while (false)
#endif

namespace {

const QByteArray secretToken = "tok-3f9a-SECRET-77";
// Not the console's own service, so that a keychain that does answer keeps no test entries
// among the real ones.
const QString testService = QStringLiteral("insights-console-test");
// Generous: the keychain's failure is immediate, but CI's CPU is shared.
constexpr int answerMs = 10000;

bool waitForCount(QSignalSpy &spy, qsizetype count)
{
    const QDeadlineTimer deadline(answerMs);
    while (spy.count() < count && !deadline.hasExpired())
        spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    return spy.count() >= count;
}

// Every signal of a store as one line, in the order they came.
class Transcript
{
public:
    explicit Transcript(SessionStore *store)
    {
        QObject::connect(store, &SessionStore::saved, &m_context,
                         [this](const QString &profile, bool ok) {
                             lines << "saved " + profile + (ok ? " ok" : " refused");
                         });
        QObject::connect(store, &SessionStore::loaded, &m_context,
                         [this](const QString &profile, const QByteArray &token) {
                             lines << "loaded " + profile + " [" + QString::fromLatin1(token) + "]";
                         });
        QObject::connect(store, &SessionStore::forgotten, &m_context,
                         [this](const QString &profile) { lines << "forgotten " + profile; });
        QObject::connect(store, &SessionStore::failed, &m_context,
                         [this](const QString &profile, const QString &message) {
                             lines << "failed " + profile + ": " + message;
                         });
        QObject::connect(store, &SessionStore::persistenceChanged, &m_context,
                         [this](bool persistent) {
                             lines << QString(persistent ? "persistent" : "not persistent");
                         });
    }

    QStringList lines;

private:
    QObject m_context; // ends the connections with the transcript
};

// Regular files under root (hidden ones too) whose bytes hold any of the needles.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << path + " (could not be read, so not checked)";
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

QList<QByteArray> tokenForms()
{
    return {secretToken, secretToken.toBase64(), secretToken.toHex()};
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void memoryStoreRoundTrip();
    void memoryStoreAnswersAfterTheCallInOrder();

    void keychainStoreFallsBackToMemory();
    void keychainStoreFirstCallMayBeALoad();
    void keychainStoreAnswersInOrderAcrossTheFallback();

    void fileScanFindsAPlantedToken();
    void tokenIsWrittenToNoFile();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestSessionStore::initTestCase()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_home->isValid(), qPrintable(m_home->errorString()));
    const QByteArray home = QFile::encodeName(m_home->path());

    // Before any store exists: D-Bus (Qt's and GLib's) reads the address when first connecting,
    // and an address that is set is never replaced by an autolaunched bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    qunsetenv("DBUS_STARTER_ADDRESS");
    qunsetenv("DBUS_STARTER_BUS_TYPE");
    // Wherever QSettings or a backend would write a file, it lands under m_home.
    qputenv("HOME", home);
    qputenv("XDG_DATA_HOME", home + "/.local/share");
    qputenv("XDG_CONFIG_HOME", home + "/.config");
    qputenv("XDG_CACHE_HOME", home + "/.cache");
    qputenv("XDG_STATE_HOME", home + "/.local/state");
}

void TestSessionStore::memoryStoreRoundTrip()
{
    MemorySessionStore store;
    QSignalSpy saved(&store, &SessionStore::saved);
    QSignalSpy loaded(&store, &SessionStore::loaded);
    QSignalSpy forgotten(&store, &SessionStore::forgotten);
    QSignalSpy failed(&store, &SessionStore::failed);
    QVERIFY(saved.isValid() && loaded.isValid() && forgotten.isValid() && failed.isValid());

    QVERIFY(!store.isPersistent());
    QVERIFY2(store.storageDescription().contains("memory"), qPrintable(store.storageDescription()));

    store.save("alice", secretToken);
    QCOMPARE(saved.count(), 0); // queued, like the keychain
    QVERIFY(waitForCount(saved, 1));
    QCOMPARE(saved.at(0).at(0).toString(), QString("alice"));
    QCOMPARE(saved.at(0).at(1).toBool(), true);

    store.load("alice");
    QCOMPARE(loaded.count(), 0);
    QVERIFY(waitForCount(loaded, 1));
    QCOMPARE(loaded.at(0).at(0).toString(), QString("alice"));
    QCOMPARE(loaded.at(0).at(1).toByteArray(), secretToken);

    store.load("bob");
    QVERIFY(waitForCount(loaded, 2));
    QCOMPARE(loaded.at(1).at(0).toString(), QString("bob"));
    QVERIFY(loaded.at(1).at(1).toByteArray().isEmpty());

    store.forget("alice");
    QCOMPARE(forgotten.count(), 0);
    QVERIFY(waitForCount(forgotten, 1));
    QCOMPARE(forgotten.at(0).at(0).toString(), QString("alice"));

    store.load("alice");
    QVERIFY(waitForCount(loaded, 3));
    QVERIFY(loaded.at(2).at(1).toByteArray().isEmpty());
    QCOMPARE(failed.count(), 0);
}

void TestSessionStore::memoryStoreAnswersAfterTheCallInOrder()
{
    MemorySessionStore store;
    Transcript transcript(&store);
    QSignalSpy loaded(&store, &SessionStore::loaded);

    store.save("alice", secretToken);
    store.save("bob", "other");
    store.load("alice");
    store.forget("alice");
    store.load("alice");
    store.load("bob");
    QVERIFY(transcript.lines.isEmpty());
    QVERIFY(waitForCount(loaded, 3));

    const QStringList expected = {
        "saved alice ok",  "saved bob ok",    "loaded alice [tok-3f9a-SECRET-77]",
        "forgotten alice", "loaded alice []", "loaded bob [other]",
    };
    QCOMPARE(transcript.lines, expected);
}

void TestSessionStore::keychainStoreFallsBackToMemory()
{
    SKIP_WITHOUT_DBUS_KEYCHAIN();
    QCOMPARE(KeychainSessionStore::defaultService(), QString("insights-console"));

    KeychainSessionStore store(testService);
    QCOMPARE(store.service(), testService);
    QSignalSpy saved(&store, &SessionStore::saved);
    QSignalSpy loaded(&store, &SessionStore::loaded);
    QSignalSpy forgotten(&store, &SessionStore::forgotten);
    QSignalSpy failed(&store, &SessionStore::failed);
    QSignalSpy persistence(&store, &SessionStore::persistenceChanged);

    store.save("alice", secretToken);
    QCOMPARE(saved.count(), 0);
    QVERIFY(waitForCount(saved, 1));
    QCOMPARE(saved.at(0).at(0).toString(), QString("alice"));
    QCOMPARE(saved.at(0).at(1).toBool(), true); // kept, though only in memory

    QVERIFY(!store.isPersistent());
    QCOMPARE(persistence.count(), 1);
    QCOMPARE(persistence.at(0).at(0).toBool(), false);
    const QString where = store.storageDescription();
    QVERIFY2(where.contains("memory"), qPrintable(where));
    QVERIFY2(!where.contains(QString::fromLatin1(secretToken)), qPrintable(where));

    store.load("alice");
    QVERIFY(waitForCount(loaded, 1));
    QCOMPARE(loaded.at(0).at(0).toString(), QString("alice"));
    QCOMPARE(loaded.at(0).at(1).toByteArray(), secretToken);

    store.forget("alice");
    QVERIFY(waitForCount(forgotten, 1));
    QCOMPARE(forgotten.at(0).at(0).toString(), QString("alice"));

    store.load("alice");
    QVERIFY(waitForCount(loaded, 2));
    QVERIFY(loaded.at(1).at(1).toByteArray().isEmpty());

    // Once in memory it stays there: no second change, no refusals.
    store.save("alice", secretToken);
    QVERIFY(waitForCount(saved, 2));
    QCOMPARE(saved.at(1).at(1).toBool(), true);
    QCOMPARE(persistence.count(), 1);
    QVERIFY(!store.isPersistent());
    QCOMPARE(failed.count(), 0);
}

void TestSessionStore::keychainStoreFirstCallMayBeALoad()
{
    SKIP_WITHOUT_DBUS_KEYCHAIN();
    KeychainSessionStore store(testService);
    QSignalSpy loaded(&store, &SessionStore::loaded);
    QSignalSpy persistence(&store, &SessionStore::persistenceChanged);
    QSignalSpy failed(&store, &SessionStore::failed);

    store.load("nobody");
    QVERIFY(waitForCount(loaded, 1));
    QCOMPARE(loaded.at(0).at(0).toString(), QString("nobody"));
    QVERIFY(loaded.at(0).at(1).toByteArray().isEmpty());
    QVERIFY(!store.isPersistent());
    QCOMPARE(persistence.count(), 1);
    QVERIFY2(store.storageDescription().contains("memory"), qPrintable(store.storageDescription()));
    QCOMPARE(failed.count(), 0);
}

void TestSessionStore::keychainStoreAnswersInOrderAcrossTheFallback()
{
    SKIP_WITHOUT_DBUS_KEYCHAIN();
    KeychainSessionStore store(testService);
    Transcript transcript(&store);
    QSignalSpy loaded(&store, &SessionStore::loaded);

    // All asked before the keychain has failed once: the later ones must wait for the first
    // and then be answered from memory, in order.
    store.save("alice", secretToken);
    store.load("alice");
    store.forget("alice");
    store.load("alice");
    QVERIFY(transcript.lines.isEmpty());
    QVERIFY(waitForCount(loaded, 2));

    const QStringList expected = {
        "not persistent",  "saved alice ok",  "loaded alice [tok-3f9a-SECRET-77]",
        "forgotten alice", "loaded alice []",
    };
    QCOMPARE(transcript.lines, expected);
}

// The next test proves a negative; this one shows that the scan would have seen the token, in
// a hidden folder too.
void TestSessionStore::fileScanFindsAPlantedToken()
{
    QTemporaryDir control;
    QVERIFY2(control.isValid(), qPrintable(control.errorString()));
    QVERIFY(QDir(control.path()).mkpath(".config/insights"));
    const QString planted = control.filePath(".config/insights/plant.conf");
    QFile file(planted);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[General]\ntoken=" + secretToken + "\n");
    file.close();

    QCOMPARE(filesContaining(control.path(), tokenForms()), QStringList{planted});
}

void TestSessionStore::tokenIsWrittenToNoFile()
{
    SKIP_WITHOUT_DBUS_KEYCHAIN();
    KeychainSessionStore store(testService);
    QSignalSpy saved(&store, &SessionStore::saved);
    QSignalSpy loaded(&store, &SessionStore::loaded);

    store.save("alice", secretToken);
    store.save("bob", secretToken);
    store.load("alice");
    QVERIFY(waitForCount(loaded, 1));
    QCOMPARE(saved.count(), 2);
    QCOMPARE(loaded.at(0).at(1).toByteArray(), secretToken);
    QVERIFY(!store.isPersistent());

    const QStringList hits = filesContaining(m_home->path(), tokenForms());
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(", ")));
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
