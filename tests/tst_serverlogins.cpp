// Signing in is Argon2id (64 MiB, tens of milliseconds a hash): it runs on a worker pool, so a
// burst of sign-ins never holds up the event loop, and what is still being hashed counts
// against the throttle, so a burst cannot slip past it.
#include "support/apisession.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>
#include <vector>

using namespace insights::test;

namespace {

QByteArray loginBody(const QString &user, const QString &password)
{
    return QJsonDocument(QJsonObject{{"username", user}, {"password", password}})
        .toJson(QJsonDocument::Compact);
}

// Sends every body at once, each on its own connection; returns the status codes.
QList<int> signInAtOnce(const QUrl &url, const QList<QByteArray> &bodies,
                        const std::function<void()> &whileWaiting)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    for (const QByteArray &body : bodies) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        replies << managers.back()->post(request, body);
    }
    [[maybe_unused]] const bool done = QTest::qWaitFor(
        [&] {
            whileWaiting();
            return std::all_of(replies.begin(), replies.end(),
                               [](QNetworkReply *r) { return r->isFinished(); });
        },
        60000);
    QList<int> statuses;
    for (QNetworkReply *r : replies)
        statuses << r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return statuses;
}

} // namespace

class TestServerLogins : public QObject
{
    Q_OBJECT

private slots:
    void fortyConcurrentSignInsNeverHoldUpOtherRequests()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        // Eight people, each signing in five times at once (a user's limit for attempts in
        // flight): forty hashes queued at the same moment.
        QList<QByteArray> bodies;
        for (int u = 0; u < 8; ++u) {
            const QString name = QStringLiteral("operator%1").arg(u);
            QVERIFY(admin.createUser(name, "operator-password-" + name, "operator"));
            for (int i = 0; i < 5; ++i)
                bodies << loginBody(name, "operator-password-" + name);
        }
        QNetworkAccessManager probe;
        qint64 worstMs = 0;
        int probes = 0;
        QElapsedTimer total;
        total.start();
        const QList<int> statuses = signInAtOnce(server.url("/api/v1/auth/token"), bodies, [&] {
            QElapsedTimer t;
            t.start();
            const HttpResult health = request(probe, "GET", server.url("/healthz"));
            worstMs = qMax(worstMs, t.elapsed());
            ++probes;
            QCOMPARE(health.status, 200);
        });
        qInfo("40 sign-ins took %lld ms; /healthz answered %d times, the slowest in %lld ms",
              total.elapsed(), probes, worstMs);
        QCOMPARE(statuses.count(200), 40);
        QVERIFY(probes >= 3); // /healthz was asked while the hashes ran
        QVERIFY2(worstMs <= 250, qPrintable(QString::number(worstMs)));
    }

    void aBurstForOneUserIsThrottledWhileItIsHashed()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        // Twelve wrong passwords for one user at once: only five are tried (the failure
        // limit); the rest are refused before any is hashed, so nothing slips past.
        QList<QByteArray> bodies(12, loginBody(adminUser, "wrong-password-guess"));
        const QList<int> statuses = signInAtOnce(server.url("/api/v1/auth/token"), bodies, [] {});
        QCOMPARE(statuses.count(401) + statuses.count(429), 12);
        QVERIFY2(statuses.count(401) <= 5, qPrintable(QString::number(statuses.count(401))));
        // And then the user is throttled for real, the right password included.
        ApiSession late(server);
        const HttpResult r =
            late.post("/api/v1/auth/token", {{"username", adminUser}, {"password", adminPassword}});
        QCOMPARE(r.status, 429);
        QVERIFY(!r.header("Retry-After").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerLogins)
#include "tst_serverlogins.moc"
