// Several insights-server instances on one PostgreSQL database (api.md 1.1, "Team server"):
// tokens, sign-out and the login throttle are shared; an operation survives the death of the
// instance running it and no step runs twice; races end in one success and a 409 or 412; the
// change feed never skips while instances commit at once; a database outage is a 503 and the
// server recovers by itself. On SQLite: a second instance on one file refuses to start.
#include "support/apisession.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace insights::test;

namespace {

QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
}

// Instances of one team server, each reached directly (no balancer: the test picks which).
struct Team
{
    std::vector<std::unique_ptr<ServerProcess>> servers;
    std::vector<std::unique_ptr<ApiSession>> sessions;

    bool start(int count, const QStringList &extra = {})
    {
        for (int k = 0; k < count; ++k) {
            auto server = std::make_unique<ServerProcess>(
                extra + QStringList{"--instance-id", QString(QChar('a' + k))},
                bootstrapEnvironment());
            if (k > 0)
                server->shareDatabaseOf(*servers.front());
            if (!server->start()) {
                qWarning() << "instance" << k << server->error();
                return false;
            }
            sessions.push_back(std::make_unique<ApiSession>(*server));
            servers.push_back(std::move(server));
        }
        if (!sessions.front()->signIn(adminUser, adminPassword))
            return false;
        for (auto &s : sessions)
            s->setToken(sessions.front()->token());
        return true;
    }
    ApiSession &at(int k) { return *sessions[size_t(k)]; }
};

// Sends all requests at once and waits for every answer.
QList<HttpResult> concurrently(QNetworkAccessManager &nam,
                               const QList<std::tuple<QByteArray, QUrl, QByteArray, Headers>> &all)
{
    QList<QNetworkReply *> replies;
    for (const auto &[method, url, body, headers] : all) {
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        replies << nam.sendCustomRequest(req, method, body);
    }
    QList<HttpResult> results;
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[k, v] : reply->rawHeaderPairs())
            r.headers.append({k, v});
        results << r;
        reply->deleteLater();
    }
    return results;
}

Headers bearer(ApiSession &s, Headers more = {})
{
    more.append({"Authorization", "Bearer " + s.token()});
    return more;
}

} // namespace

class TestServerInstances : public QObject
{
    Q_OBJECT

private slots:
    void aSecondInstanceOnOneSqliteFileRefuses()
    {
        if (TestDatabase::onPostgresql())
            QSKIP("SQLite only: on PostgreSQL several instances are the point");
        ServerProcess first({}, bootstrapEnvironment());
        QVERIFY(first.start());
        ServerProcess second({}, bootstrapEnvironment());
        second.shareDatabaseOf(first);
        QVERIFY(!second.start());
        QVERIFY2(second.standardError().contains("another insights-server"),
                 second.standardError().constData());
        QVERIFY2(second.standardError().contains("PostgreSQL"), second.standardError().constData());
        // The lock belongs to a live process only: after a crash the file opens again.
        first.kill();
        ServerProcess third({}, bootstrapEnvironment());
        third.shareDatabaseOf(first);
        QVERIFY2(third.start(), qPrintable(third.error()));
    }

    void tokensSignOutAndThrottleAreShared()
    {
        if (!TestDatabase::onPostgresql())
            QSKIP("needs PostgreSQL");
        Team team;
        QVERIFY(team.start(3));
        for (int k = 0; k < 3; ++k)
            QCOMPARE(team.at(k).get("/api/v1/customers").status, 200);
        // Signed out on b: refused everywhere within a second (a's and c's caches).
        QCOMPARE(team.at(1).del("/api/v1/auth/token").status, 204);
        QCOMPARE(team.at(1).get("/api/v1/customers").status, 401);
        QTRY_COMPARE_WITH_TIMEOUT(team.at(0).get("/api/v1/customers").status, 401, 1100);
        // c cached the token a moment after a did: its second may end a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(team.at(2).get("/api/v1/customers").status, 401, 1100);

        // Five wrong passwords spread over the instances lock the user on all of them.
        const QJsonObject wrong{{"username", adminUser}, {"password", "wrong-password-1"}};
        for (int k = 0; k < 5; ++k)
            QCOMPARE(team.at(k % 3).post("/api/v1/auth/token", wrong).status, 401);
        for (int k = 0; k < 3; ++k) {
            const HttpResult r = team.at(k).post(
                "/api/v1/auth/token", {{"username", adminUser}, {"password", adminPassword}});
            QCOMPARE(r.status, 429);
            QVERIFY(r.header("Retry-After").toInt() > 0);
        }
    }

    void aKilledInstancesOperationIsFinishedByAnother()
    {
        if (!TestDatabase::onPostgresql())
            QSKIP("needs PostgreSQL");
        Team team;
        QVERIFY(team.start(3, {"--deploy-step-ms", "700", "--operation-lease-seconds", "2"}));
        ApiSession &a = team.at(0);
        const QString customer = a.createCustomer("Takeover Ltd");
        HttpResult r = a.post("/api/v1/customers/" + customer + "/services",
                              ApiSession::serviceBody("Takeover", "pro"));
        QCOMPARE(r.status, 202);
        const QString service = obj(r)["id"].toString();
        const QString operation = QString::fromUtf8(r.header("Operation-Location"));
        const QString opId = operation.section('/', -1);
        QTRY_VERIFY_WITH_TIMEOUT(obj(a.get(operation))["percentComplete"].toInt() >= 20, 10000);
        QVERIFY(obj(a.get(operation))["percentComplete"].toInt() < 100);

        // Kill whichever instance holds the lease, mid-deploy, without warning.
        QString holder;
        {
            QSqlDatabase db = team.servers.front()->database().connect("lease");
            QSqlQuery q(db);
            QVERIFY(q.exec("SELECT lease_owner FROM operations WHERE id = '" + opId + "'"));
            QVERIFY(q.next());
            holder = q.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase("lease");
        QVERIFY2(holder.size() == 1, qPrintable(holder));
        const int victim = holder.at(0).unicode() - 'a';
        team.servers[size_t(victim)]->kill();
        ApiSession &survivor = team.at((victim + 1) % 3);

        QTRY_COMPARE_WITH_TIMEOUT(obj(survivor.get(operation))["status"].toString(),
                                  QString("Succeeded"), 20000);
        QCOMPARE(obj(survivor.get("/api/v1/services/" + service))["deploymentStatus"].toString(),
                 QString("PendingConsents"));
        // No step ran twice: the operation changed once when created and once per step, each
        // change finishing exactly one more step; the service changed only for the three
        // steps that change it.
        int opChanges = 0, serviceChanges = 0, lastDone = -1;
        for (const QJsonValue &c : survivor.readFeed()) {
            if (c["id"].toString() == service)
                ++serviceChanges;
            if (c["id"].toString() != opId)
                continue;
            ++opChanges;
            int done = 0;
            for (const QJsonValue &step : c["object"]["steps"].toArray())
                done += QStringList{"Succeeded", "Skipped"}.contains(step["status"].toString());
            QCOMPARE(done, lastDone + 1);
            lastDone = done;
        }
        QCOMPARE(opChanges, 1 + 5);
        QCOMPARE(serviceChanges, 1 + 3);
    }

    void racesEndInOneSuccessAnd409Or412()
    {
        if (!TestDatabase::onPostgresql())
            QSKIP("needs PostgreSQL");
        Team team;
        QVERIFY(team.start(3));
        QNetworkAccessManager nam;
        for (int round = 0; round < 5; ++round) {
            QList<std::tuple<QByteArray, QUrl, QByteArray, Headers>> posts;
            const QString name = "Race" + QString(QChar('a' + round));
            for (int k = 0; k < 3; ++k) {
                const QString customer =
                    team.at(0).createCustomer(name + " customer " + QString::number(k));
                posts.append(
                    {"POST",
                     team.servers[size_t(k)]->url("/api/v1/customers/" + customer + "/services"),
                     QJsonDocument(ApiSession::serviceBody(name, "pro")).toJson(),
                     bearer(team.at(k))});
            }
            QList<int> statuses;
            for (const HttpResult &r : concurrently(nam, posts)) {
                statuses << r.status;
                if (r.status == 409) {
                    QStringList fields;
                    for (const QJsonValue &e : obj(r)["errors"].toArray())
                        fields << e["field"].toString();
                    QVERIFY2(fields.contains("tenant.name"), r.body.constData());
                }
            }
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{202, 409, 409}));
        }

        // A stale If-Match is 412 whichever instance served the read.
        const QString customer = team.at(0).createCustomer("Stale Ltd");
        HttpResult r = team.at(0).get("/api/v1/customers/" + customer);
        const QByteArray etag = r.header("ETag");
        QCOMPARE(team.at(1)
                     .patch("/api/v1/customers/" + customer, {{"displayName", "Stale 2"}},
                            {{"If-Match", etag}})
                     .status,
                 200);
        QCOMPARE(team.at(2)
                     .patch("/api/v1/customers/" + customer, {{"displayName", "Stale 3"}},
                            {{"If-Match", etag}})
                     .status,
                 412);
    }

    void theFeedNeverSkipsWhileInstancesCommit()
    {
        if (!TestDatabase::onPostgresql())
            QSKIP("needs PostgreSQL");
        Team team;
        QVERIFY(team.start(3));
        QString since;
        team.at(2).readFeed({}, &since);
        constexpr int customers = 16, renames = 12;
        QStringList ids;
        QList<QByteArray> etags;
        for (int k = 0; k < customers; ++k) {
            ids << team.at(0).createCustomer("Feed " + QString::number(k));
            etags << team.at(0).get("/api/v1/customers/" + ids.back()).header("ETag");
        }
        QString from;
        team.at(2).readFeed(since, &from);

        // The poller on c reads the feed from `from` while a and b commit renames at once.
        QJsonArray polled;
        QString token = from;
        bool writing = true;
        QNetworkAccessManager pollNam;
        std::function<void()> poll = [&] {
            QNetworkRequest req(team.servers[2]->url("/api/v1/changes?limit=50&since=" + token));
            req.setRawHeader("Authorization", "Bearer " + team.at(2).token());
            QNetworkReply *reply = pollNam.get(req);
            // It stops only on a page asked for after the writers finished: a page asked for
            // before the last commit may rightly end short of it.
            const bool afterWriting = !writing;
            QObject::connect(reply, &QNetworkReply::finished, &pollNam, [&, reply, afterWriting] {
                const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
                reply->deleteLater();
                for (const QJsonValue &c : page["changes"].toArray())
                    polled.append(c);
                if (page.contains("next"))
                    token = page["next"].toString();
                if (!afterWriting || page["hasMore"].toBool())
                    poll();
            });
        };
        poll();
        QNetworkAccessManager nam;
        for (int round = 0; round < renames; ++round) {
            QList<std::tuple<QByteArray, QUrl, QByteArray, Headers>> patches;
            for (int k = 0; k < customers; ++k) {
                const int instance = (k + round) % 2; // a and b write, c only reads
                const QJsonObject body{
                    {"displayName", QString("Feed %1 rename %2").arg(k).arg(round)}};
                patches.append({"PATCH",
                                team.servers[size_t(instance)]->url("/api/v1/customers/" + ids[k]),
                                QJsonDocument(body).toJson(),
                                bearer(team.at(instance), {{"If-Match", etags[k]}})});
            }
            const QList<HttpResult> results = concurrently(nam, patches);
            for (int k = 0; k < customers; ++k) {
                QCOMPARE(results[k].status, 200);
                etags[k] = results[k].header("ETag");
            }
        }
        writing = false;
        const QJsonArray all = team.at(2).readFeed(from);
        QCOMPARE(all.size(), customers * renames);
        QTRY_COMPARE_WITH_TIMEOUT(polled.size(), all.size(), 10000);
        QCOMPARE(polled, all); // the same changes, in the same (commit) order
    }

    void theDatabaseGoingAwayIs503AndRecovers()
    {
        if (!TestDatabase::onPostgresql())
            QSKIP("needs PostgreSQL");
        // A cluster of its own, so the outage touches no other test.
        QTemporaryDir dir;
        const QString script = QStringLiteral(INSIGHTS_PGCLUSTER);
        QCOMPARE(QProcess::execute(script, {"start", dir.path()}), 0);
        QFile urlFile(dir.filePath("postgres.url"));
        QVERIFY(urlFile.open(QIODevice::ReadOnly));
        const QString url = QString::fromUtf8(urlFile.readAll()).trimmed() + "postgres";
        ServerProcess server({"--database", url}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        QCOMPARE(api.get("/api/v1/customers").status, 200);

        QCOMPARE(QProcess::execute(script, {"pause", dir.path()}), 0);
        HttpResult r = api.get("/api/v1/customers");
        QVERIFY2(r.status == 503, server.standardError().right(3000).constData());
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
        r = api.post("/api/v1/customers", {{"displayName", "While away"}});
        QCOMPARE(r.status, 503);
        r = api.get("/healthz");
        QVERIFY2(r.status == 503, server.standardError().right(3000).constData());
        QCOMPARE(obj(r)["database"].toString(), QString("unreachable"));
        QCOMPARE(server.process().state(), QProcess::Running);

        QCOMPARE(QProcess::execute(script, {"resume", dir.path()}), 0);
        QTRY_COMPARE_WITH_TIMEOUT(api.get("/healthz").status, 200, 10000);
        QCOMPARE(api.get("/api/v1/customers").status, 200);
        QCOMPARE(api.post("/api/v1/customers", {{"displayName", "After"}}).status, 201);
        server.terminate();
        QProcess::execute(script, {"stop", dir.path()});
    }
};

QTEST_GUILESS_MAIN(TestServerInstances)
#include "tst_serverinstances.moc"
