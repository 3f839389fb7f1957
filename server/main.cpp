#include "api.h"
#include "blobclient.h"
#include "curlmulti.h"
#include "database.h"
#include "importrunner.h"
#include "mailsender.h"
#include "maintenance.h"
#include "notifications.h"
#include "operationrunner.h"
#include "readworkers.h"
#include "restserver.h"
#include "router.h"
#include "seeder.h"
#include "serveroptions.h"
#include "storageaccounts.h"
#include "storageprovisioner.h"
#include "storagewatch.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSocketNotifier>
#include <QTextStream>
#include <QUrl>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace insights::server;

namespace {

int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT reach the event loop through a socket pair, so shutdown runs as
// ordinary code: stop accepting, let the current event finish, exit 0.
void installTerminationHandler(RestServer *server)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, server);
    QObject::connect(notifier, &QSocketNotifier::activated, server, [server, notifier] {
        char byte;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        qCInfo(lcHttp) << "terminating: no new connections, finishing what is in flight";
        server->stopListening();
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    });
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

} // namespace

// GET /api/v1/server-settings: what a console shows in File → Server settings… No secret:
// the SMTP URL without its user, no SAS, no database password.
static QJsonObject serverSettings(const ServerOptions &o, const Store &store,
                                  const StorageAccounts *accounts)
{
    QUrl smtp(o.smtpUrl);
    smtp.setUserInfo({});
    QJsonArray locations;
    if (accounts) {
        for (const QString &id : accounts->locationIds())
            locations.append(id);
    }
    return {{QStringLiteral("version"), QStringLiteral(INSIGHTS_VERSION)},
            {QStringLiteral("database"), store.engineName()},
            {QStringLiteral("publicUrl"), store.links().base()},
            {QStringLiteral("auditRetentionDays"), o.auditRetentionDays},
            {QStringLiteral("mail"),
             QJsonObject{{QStringLiteral("configured"), !o.smtpUrl.isEmpty()},
                         {QStringLiteral("server"),
                          o.smtpUrl.isEmpty() ? QJsonValue() : QJsonValue(smtp.toString())},
                         {QStringLiteral("from"),
                          o.mailFromName.isEmpty()
                              ? o.mailFrom
                              : QStringLiteral("%1 <%2>").arg(o.mailFromName, o.mailFrom)},
                         {QStringLiteral("notifyAddress"),
                          o.notifyAddress.isEmpty() ? QJsonValue() : QJsonValue(o.notifyAddress)}}},
            {QStringLiteral("storage"),
             QJsonObject{{QStringLiteral("configured"), !locations.isEmpty()},
                         {QStringLiteral("locations"), locations},
                         {QStringLiteral("usageIntervalSeconds"), o.usageIntervalSeconds}}}};
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("insights-server"));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-warning}warning %{endif}%{if-critical}critical "
        "%{endif}%{category}: %{message}"));
    QTextStream err(stderr);

    // Asked for, the usage and the version go to stdout with success; a mistake is exit 2.
    const QStringList arguments = app.arguments();
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        QTextStream(stdout) << ServerOptions::usage();
        return 0;
    }
    if (arguments.contains(QLatin1String("--version"))) {
        QTextStream(stdout) << "insights-server " << INSIGHTS_VERSION << "\n";
        return 0;
    }
    QString error;
    const auto options = ServerOptions::parse(arguments, &error);
    if (!options) {
        err << "insights-server: " << error << "\n" << ServerOptions::usage();
        return 2;
    }

    if (!Secrets::initialise()) {
        err << "insights-server: libsodium failed to initialise\n";
        return 1;
    }
    Database database;
    if (!options->listRoutes &&
        !database.open(options->database, &error, options->databasePasswordFile)) {
        err << "insights-server: cannot open the database " << Database::redacted(options->database)
            << ": " << error << "\n";
        return 1;
    }
    Store store(database);
    OperationRunner runner(store, options->deployStepMs, qEnvironmentVariable("INSIGHTS_FAIL_STEP"),
                           options->operationLeaseMs, options->instanceId);
    ApiConfig apiConfig;
    apiConfig.tokenLifetimeMs = qint64(options->tokenTtlSeconds) * 1000;
    if (const int window = qEnvironmentVariableIntValue("INSIGHTS_DENIED_WINDOW_MS"); window > 0)
        apiConfig.deniedWindowMs = window;
    Api api(store, runner, apiConfig);
    // INSIGHTS_IMPORT_PAUSE_MS: a pause between an import's batches (the kill test's hook).
    ImportRunner imports(store, runner.instanceId(), options->operationLeaseMs,
                         qEnvironmentVariableIntValue("INSIGHTS_IMPORT_PAUSE_MS"));
    api.setImports(&imports);
    const QString noMailServer =
        QStringLiteral("no mail server is configured (insights-server --smtp-url)");
    // One libcurl multi handle on the event loop for every outgoing transfer (mail and blob).
    CurlMulti curl;
    std::optional<StorageAccounts> accounts;
    if (!options->storageAccountsFile.isEmpty()) {
        accounts = StorageAccounts::load(options->storageAccountsFile, &error);
        if (!accounts) {
            err << "insights-server: --storage-accounts " << error << "\n";
            return 2;
        }
    }
    BlobClient blob(curl, options->storageTimeoutSeconds * 1000);
    StorageProvisioner storage(accounts ? &*accounts : nullptr, &blob);
    runner.setStorage(&storage);
    StorageWatch storageWatch(store, blob, accounts ? &*accounts : nullptr,
                              options->usageIntervalSeconds * 1000);
    api.setStorage(&blob, &storageWatch);
    Notifications notifications(store,
                                MailSettings{options->mailFrom, options->notifyAddress,
                                             options->smtpUrl.isEmpty() ? noMailServer : QString(),
                                             options->mailFromName});
    api.setNotifications(&notifications);
    runner.setNotifications(&notifications);
    Router router;
    api.registerRoutes(router);
    if (options->listRoutes) {
        QTextStream out(stdout);
        for (const Router::Route &r : router.routes())
            out << r.method << ' ' << r.pattern << '\n';
        return 0;
    }
    if (options->seedCustomers > 0) {
        QElapsedTimer timer;
        timer.start();
        error = Seeder(store).seed(options->seedCustomers,
                                   [&err](int done) { err << "\rseeded " << done << Qt::flush; });
        err << "\n";
        if (!error.isEmpty()) {
            err << "insights-server: seeding failed: " << error << "\n";
            return 1;
        }
        QTextStream(stdout) << "Seeded " << options->seedCustomers << " customers in "
                            << timer.elapsed() << " ms\n";
        return 0;
    }
    try {
        error = api.bootstrapAdmin(qgetenv("INSIGHTS_BOOTSTRAP_ADMIN"));
        if (error.isEmpty() && qEnvironmentVariableIsSet("INSIGHTS_LOCAL_ADMIN")) {
            if (!options->host.isLoopback())
                error = QStringLiteral("INSIGHTS_LOCAL_ADMIN is only for a loopback address");
            else
                error = api.localAdmin(qgetenv("INSIGHTS_LOCAL_ADMIN"));
        }
        // A SQLite file has this one instance (its lock file says so): what a crashed run
        // held is free now, and resumes at once instead of after the lease.
        if (database.dialect() == Database::Dialect::Sqlite) {
            store.operations().releaseLeases({});
            store.imports().releaseLeases();
            store.outbox().releaseLeases({});
        }
        if (options->compactChanges)
            store.feed().compact(store.feed().lastSeq());
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    if (!error.isEmpty()) {
        err << "insights-server: " << error << "\n";
        return 1;
    }

    RestServer server(&router);
    const quint16 port = options->usesTls()
                             ? server.listenTlsOn(options->host, options->port,
                                                  options->tlsCertificate, options->tlsKey, &error)
                             : server.listenOn(options->host, options->port, &error);
    if (port == 0) {
        err << "insights-server: cannot listen on " << options->hostText << ":" << options->port
            << ": " << error << "\n";
        return 1;
    }
    installTerminationHandler(&server);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &runner,
                     [&runner] { runner.releaseLeases(); });

    const QString host = options->host.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + options->hostText + u']'
                             : options->hostText;
    const QString base =
        QStringLiteral("%1://%2:%3")
            .arg(options->usesTls() ? QStringLiteral("https") : QStringLiteral("http"), host)
            .arg(port);
    // Links are built when an object is served, never stored, so this may change between runs.
    store.links().setBase(options->publicUrl.isEmpty() ? base : options->publicUrl);
    api.setServerSettings(serverSettings(*options, store, accounts ? &*accounts : nullptr));
    // Reads on more than one core; stopped (last made, first gone) before what they use.
    ReadWorkers readers;
    if (!readers.start({&server, &database, &runner, apiConfig,
                        options->publicUrl.isEmpty() ? base : options->publicUrl},
                       options->readThreads, &error)) {
        err << "insights-server: " << error << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "Listening on " << base << Qt::endl;
    // Operations interrupted by a crash or a stop resume now.
    runner.start();
    imports.start();

    SmtpSettings smtp{options->smtpUrl, options->smtpUser, {}, options->smtpCaFile};
    if (!options->smtpPasswordFile.isEmpty()) {
        QFile f(options->smtpPasswordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "insights-server: cannot read --smtp-password-file: " << f.errorString() << "\n";
            return 1;
        }
        smtp.password = QString::fromUtf8(f.readLine()).trimmed();
    }
    MailSender::Timing timing;
    timing.firstRetryMs = options->mailRetrySeconds * 1000;
    timing.leaseMs = options->operationLeaseMs;
    if (const qint64 giveUp = qEnvironmentVariableIntValue("INSIGHTS_MAIL_GIVE_UP_MS"); giveUp > 0)
        timing.giveUpMs = giveUp;
    MailSender sender(store, curl, smtp, notifications.settings(), runner.instanceId(), timing);
    // After the commit of the change that queued the mails, not inside its transaction.
    QObject::connect(&notifications, &Notifications::queued, &sender, &MailSender::kick,
                     Qt::QueuedConnection);
    sender.start();
    storageWatch.start();
    const int pruneMs = qEnvironmentVariableIntValue("INSIGHTS_PRUNE_INTERVAL_MS");
    Maintenance maintenance(store, options->auditRetentionDays,
                            pruneMs > 0 ? pruneMs : 3600 * 1000);
    maintenance.start();
    return app.exec();
}
