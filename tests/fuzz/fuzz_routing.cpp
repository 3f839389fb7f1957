// The server's request handling after HTTP parsing: routing, path parameters, query strings,
// headers (Authorization, If-Match, Idempotency-Key, Accept, Content-Type) and bodies, through
// every synchronous route of the real Api on an in-memory SQLite database.
//
// Input: a flags byte, then "METHOD TARGET\n", header lines "Name: value\n", a blank line, the
// body. Flag bit 0 adds a valid admin token, bit 1 a monitor's.
#include "api.h"
#include "auth.h"
#include "database.h"
#include "operationrunner.h"
#include "restserver.h"
#include "store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUrl>

#include <cstdint>
#include <cstdlib>

using namespace insights;
using namespace insights::server;

namespace {

struct Server
{
    Database database;
    std::optional<Store> store;
    std::optional<OperationRunner> runner;
    std::optional<Api> api;
    Router router;
    std::optional<RestServer> rest;
    QByteArray adminToken;
    QByteArray monitorToken;

    Server()
    {
        QString error;
        if (!Secrets::initialise() || !database.open(QStringLiteral("sqlite::memory:"), &error))
            qFatal("fuzz_routing: %s", qPrintable(error));
        store.emplace(database);
        runner.emplace(*store, 0, QString(), 30000, QStringLiteral("fuzz"));
        api.emplace(*store, *runner, ApiConfig{});
        api->registerRoutes(router);
        rest.emplace(&router);
        if (const QString e = api->localAdmin("fuzzadmin:a-long-enough-password"); !e.isEmpty())
            qFatal("fuzz_routing: %s", qPrintable(e));
        store->users().insert({QStringLiteral("fuzzmonitor"),
                               Secrets::hashPassword(QStringLiteral("a-long-enough-password")),
                               Role::Monitor});
        adminToken = token(QStringLiteral("fuzzadmin"), Role::Admin);
        monitorToken = token(QStringLiteral("fuzzmonitor"), Role::Monitor);
    }

    QByteArray token(const QString &user, Role role)
    {
        const QString t = Secrets::newToken();
        store->users().insertToken(Secrets::tokenHash(t), user, role,
                                   QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000);
        return "Bearer " + t.toLatin1();
    }
};

HttpRequest parse(QByteArrayView in, uint8_t flags, const Server &s)
{
    HttpRequest r;
    qsizetype eol = in.indexOf('\n');
    const QByteArrayView line = eol < 0 ? in : in.first(eol);
    in = eol < 0 ? QByteArrayView() : in.sliced(eol + 1);
    const qsizetype space = line.indexOf(' ');
    r.method = (space < 0 ? line : line.first(space)).toByteArray();
    const QUrl url(QString::fromUtf8(space < 0 ? QByteArrayView() : line.sliced(space + 1)));
    r.path = url.path();
    r.query = QUrlQuery(url);
    while (!in.isEmpty()) {
        eol = in.indexOf('\n');
        const QByteArrayView h = eol < 0 ? in : in.first(eol);
        in = eol < 0 ? QByteArrayView() : in.sliced(eol + 1);
        if (h.isEmpty())
            break;
        const qsizetype colon = h.indexOf(':');
        if (colon > 0)
            r.headers.append(
                {h.first(colon).toByteArray(), h.sliced(colon + 1).trimmed().toByteArray()});
    }
    if (flags & 1)
        r.headers.append({"Authorization", s.adminToken});
    else if (flags & 2)
        r.headers.append({"Authorization", s.monitorToken});
    r.body = in.toByteArray();
    r.remoteAddress = QHostAddress::LocalHost;
    return r;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.info=false\n*.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Server server;
    if (size < 1)
        return 0;
    HttpRequest request =
        parse(QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)),
              data[0], server);
    // An asynchronous route waits on something slow or outside (Argon2id, a customer's blob
    // container); the harness leaves those to the tests.
    Router::Outcome outcome;
    QHash<QString, QString> params;
    const Router::Route *matched =
        server.router.match(request.method, request.path, &params, &outcome);
    if (matched && matched->async)
        return 0;
    const Router::Route *route = nullptr;
    const auto answer =
        server.rest->dispatch(request, &route, [](const Router::Route *, HttpResponse) {});
    if (!answer)
        std::abort();
    // Outside bytes never make the server fail: a 5xx here is a bug (503 only when the
    // database is away, which an in-memory one never is).
    if (answer->status >= 500)
        std::abort();
    QCoreApplication::processEvents(); // deploys run their steps (0 ms each)
    return 0;
}
