#include "serveroptions.h"

#include "database.h"
#include "fieldrules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace insights::server {

QString ServerOptions::usage()
{
    return QStringLiteral(
        "Usage: insights-server --listen HOST:PORT --database sqlite:PATH\n"
        "                       (or --database postgresql://USER@HOST[:PORT]/DBNAME\n"
        "                        [--database-password-file FILE]; PGPASSFILE works too)\n"
        "                       [--deploy-step-ms MS] [--tls-cert FILE --tls-key FILE]\n"
        "                       [--public-url URL] [--token-ttl-seconds S]\n"
        "                       [--compact-changes] [--list-routes]\n"
        "                       [--instance-id NAME] [--operation-lease-seconds S]\n"
        "                       [--smtp-url smtp://HOST:PORT|smtps://HOST:PORT]\n"
        "                       [--smtp-user NAME --smtp-password-file FILE]\n"
        "                       [--smtp-ca-file FILE] [--mail-from ADDRESS]\n"
        "                       [--mail-from-name NAME]\n"
        "                       [--notify-address ADDRESS] [--mail-retry-seconds S]\n"
        "                       [--storage-accounts FILE] [--storage-timeout-seconds S]\n"
        "                       [--usage-interval-s S] [--audit-retention-days DAYS]\n"
        "                       [--read-threads N]\n"
        "       insights-server --database sqlite:PATH --seed N\n"
        "Test hooks: INSIGHTS_FAIL_STEP=STEP[:N] makes that provisioning step fail (N times);\n"
        "INSIGHTS_MAIL_GIVE_UP_MS=MS gives up on a mail sooner than 24 h;\n"
        "INSIGHTS_MAIL_CRASH_AFTER_ACCEPT=1 dies right after the mail server accepts a mail;\n"
        "INSIGHTS_PRUNE_INTERVAL_MS=MS prunes more often than hourly;\n"
        "INSIGHTS_DENIED_WINDOW_MS=MS audits repeated 401s per address in a shorter window.\n");
}

QString ServerOptions::checkPublicUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        *error = QStringLiteral("needs an http:// or https:// URL");
    else if (url.host().isEmpty())
        *error = QStringLiteral("needs a host name");
    else if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        *error = QStringLiteral("takes no user name, query or fragment");
    else
        error->clear();
    if (!error->isEmpty())
        return {};
    // Links append "/quickstart/TOKEN"; a path prefix (a reverse proxy's) is kept.
    QString canonical = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                            .toString(QUrl::FullyEncoded);
    while (canonical.endsWith(u'/'))
        canonical.chop(1);
    return canonical;
}

std::optional<ServerOptions> ServerOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address and port; port 0 picks a free one."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("sqlite:PATH (or a postgresql:// URL)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption stepMs(QStringLiteral("deploy-step-ms"),
                                    QStringLiteral("Duration of each simulated step."),
                                    QStringLiteral("MS"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
                                  QStringLiteral("PEM certificate for HTTPS."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("PEM private key."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption ttl(QStringLiteral("token-ttl-seconds"),
                                 QStringLiteral("Lifetime of a bearer token (default 8 h)."),
                                 QStringLiteral("S"));
    const QCommandLineOption compact(QStringLiteral("compact-changes"),
                                     QStringLiteral("Drop superseded change-feed rows on start; "
                                                    "older tokens then get 410."));
    const QCommandLineOption routes(QStringLiteral("list-routes"),
                                    QStringLiteral("Print METHOD PATH of every route and exit."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Add N customers with deployed services to the "
                                                 "database, then exit."),
                                  QStringLiteral("N"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
                                       QStringLiteral("The address customers see in links "
                                                      "(default: the listen address)."),
                                       QStringLiteral("URL"));
    const QCommandLineOption passwordFile(
        QStringLiteral("database-password-file"),
        QStringLiteral("Read the PostgreSQL password from the first line of FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption lease(
        QStringLiteral("operation-lease-seconds"),
        QStringLiteral("How long an instance may be silent before another takes its running "
                       "operations over (default 30)."),
        QStringLiteral("S"));
    const QCommandLineOption instance(
        QStringLiteral("instance-id"),
        QStringLiteral("Names this instance in logs and leases (default: host name and pid)."),
        QStringLiteral("NAME"));
    const QCommandLineOption smtpUrl(
        QStringLiteral("smtp-url"),
        QStringLiteral("The mail server: smtp://HOST:PORT (STARTTLS when offered) or "
                       "smtps://HOST:PORT. Without it mails wait in the outbox."),
        QStringLiteral("URL"));
    const QCommandLineOption smtpUser(QStringLiteral("smtp-user"),
                                      QStringLiteral("The mail server's user name."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption smtpPassword(
        QStringLiteral("smtp-password-file"),
        QStringLiteral("Read the mail server's password from the first line of FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption smtpCa(QStringLiteral("smtp-ca-file"),
                                    QStringLiteral("Trust the CA certificates in FILE (PEM) for "
                                                   "the mail server, besides the system's."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption mailFromName(
        QStringLiteral("mail-from-name"),
        QStringLiteral("The name mails come from, e.g. \"Contoso Provider\"."),
        QStringLiteral("NAME"));
    const QCommandLineOption mailFrom(QStringLiteral("mail-from"),
                                      QStringLiteral("The sender address of notification mails."),
                                      QStringLiteral("ADDRESS"));
    const QCommandLineOption notify(QStringLiteral("notify-address"),
                                    QStringLiteral("Where deployment-failed mails go (the "
                                                   "provider's team)."),
                                    QStringLiteral("ADDRESS"));
    const QCommandLineOption mailRetry(QStringLiteral("mail-retry-seconds"),
                                       QStringLiteral("The first retry of an undelivered mail "
                                                      "(default 30; it doubles each time)."),
                                       QStringLiteral("S"));
    const QCommandLineOption storage(
        QStringLiteral("storage-accounts"),
        QStringLiteral("A JSON file from storage-location id to {\"serviceUrl\", \"sas\"}: "
                       "deploys create real Azure Blob containers there."),
        QStringLiteral("FILE"));
    const QCommandLineOption storageTimeout(
        QStringLiteral("storage-timeout-seconds"),
        QStringLiteral("How long a Blob service request may take (default 30)."),
        QStringLiteral("S"));
    const QCommandLineOption usageInterval(
        QStringLiteral("usage-interval-s"),
        QStringLiteral("How often the blob sizes of each service's containers are added up "
                       "(default 3600)."),
        QStringLiteral("S"));
    const QCommandLineOption auditRetention(
        QStringLiteral("audit-retention-days"),
        QStringLiteral("Audit entries older than this are pruned (default 730)."),
        QStringLiteral("DAYS"));
    const QCommandLineOption readThreads(
        QStringLiteral("read-threads"),
        QStringLiteral("Threads that answer reads beside the main one, each with its own "
                       "database connection (default 2; 0: the main thread answers all)."),
        QStringLiteral("N"));
    // clang-format off
    parser.addOptions({readThreads, mailFromName, auditRetention, listen, database, passwordFile, stepMs, cert, key, ttl, compact, routes,
                       seed, publicUrl, lease, instance, smtpUrl, smtpUser, smtpPassword, smtpCa,
                       mailFrom, notify, mailRetry, storage, storageTimeout, usageInterval});
    // clang-format on

    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'")
                        .arg(parser.positionalArguments().constFirst()));

    ServerOptions o;
    if (parser.isSet(listen)) {
        const QString value = parser.value(listen);
        const qsizetype colon = value.lastIndexOf(u':');
        bool portOk = false;
        const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&portOk) : 0;
        QString host = colon > 0 ? value.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        QHostAddress address;
        if (host == QLatin1String("localhost"))
            address = QHostAddress(QHostAddress::LocalHost);
        else
            address = QHostAddress(host);
        if (!portOk || port > 65535 || address.isNull())
            return fail(QStringLiteral("--listen needs HOST:PORT with an IP address and a port "
                                       "of 0-65535, not '%1'")
                            .arg(value));
        o.host = address;
        o.hostText = address.toString();
        o.port = quint16(port);
    }
    if (parser.isSet(database)) {
        o.database = parser.value(database);
        if (!o.database.startsWith(QLatin1String("sqlite:")) &&
            !o.database.startsWith(QLatin1String("postgresql://")))
            return fail(QStringLiteral("--database takes sqlite:PATH or a postgresql:// URL, "
                                       "not '%1'")
                            .arg(Database::redacted(o.database)));
    }
    o.databasePasswordFile = parser.value(passwordFile);
    if (parser.isSet(stepMs)) {
        bool ok = false;
        o.deployStepMs = parser.value(stepMs).toInt(&ok);
        if (!ok || o.deployStepMs < 0 || o.deployStepMs > 3600000)
            return fail(QStringLiteral("--deploy-step-ms takes milliseconds from 0 to 3600000, "
                                       "not '%1'")
                            .arg(parser.value(stepMs)));
    }
    o.instanceId = parser.value(instance).trimmed();
    if (o.instanceId.size() > 100)
        return fail(QStringLiteral("--instance-id takes at most 100 characters"));
    if (parser.isSet(lease)) {
        bool ok = false;
        const double seconds = parser.value(lease).toDouble(&ok);
        if (!ok || seconds < 0.5 || seconds > 3600)
            return fail(QStringLiteral("--operation-lease-seconds takes seconds from 0.5 to "
                                       "3600, not '%1'")
                            .arg(parser.value(lease)));
        o.operationLeaseMs = int(seconds * 1000);
    }
    if (parser.isSet(ttl)) {
        bool ok = false;
        o.tokenTtlSeconds = parser.value(ttl).toInt(&ok);
        if (!ok || o.tokenTtlSeconds < 1)
            return fail(QStringLiteral("--token-ttl-seconds takes a positive number, not '%1'")
                            .arg(parser.value(ttl)));
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seedCustomers = parser.value(seed).toInt(&ok);
        if (!ok || o.seedCustomers < 1 || o.seedCustomers > 10000000)
            return fail(QStringLiteral("--seed takes a count from 1 to 10000000, not '%1'")
                            .arg(parser.value(seed)));
    }
    if (parser.isSet(publicUrl)) {
        QString why;
        o.publicUrl = checkPublicUrl(parser.value(publicUrl), &why);
        if (o.publicUrl.isEmpty())
            return fail(
                QStringLiteral("--public-url %1, not '%2'").arg(why, parser.value(publicUrl)));
    }
    if (parser.isSet(smtpUrl)) {
        const QUrl url(parser.value(smtpUrl), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() ||
            (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")) ||
            url.host().isEmpty() || !url.userInfo().isEmpty())
            return fail(QStringLiteral("--smtp-url takes smtp://HOST:PORT or smtps://HOST:PORT "
                                       "(the user goes in --smtp-user), not '%1'")
                            .arg(url.toString(QUrl::RemoveUserInfo)));
        o.smtpUrl = url.toString();
    }
    o.smtpUser = parser.value(smtpUser);
    o.smtpPasswordFile = parser.value(smtpPassword);
    o.smtpCaFile = parser.value(smtpCa);
    o.mailFromName = parser.value(mailFromName).simplified();
    if (o.mailFromName.size() > 100 ||
        std::any_of(o.mailFromName.cbegin(), o.mailFromName.cend(), [](QChar c) {
            return c == u'<' || c == u'>' || c.category() == QChar::Other_Control;
        }))
        return fail(QStringLiteral("--mail-from-name takes up to 100 characters without < or >, "
                                   "not '%1'")
                        .arg(o.mailFromName));
    if (!o.smtpPasswordFile.isEmpty() && o.smtpUser.isEmpty())
        return fail(QStringLiteral("--smtp-password-file needs --smtp-user"));
    for (const auto &[option, target] :
         {std::pair{&mailFrom, &o.mailFrom}, std::pair{&notify, &o.notifyAddress}}) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option).trimmed();
        if (const Verdict v = FieldRules::email(value); !v.isAcceptable())
            return fail(QStringLiteral("--%1 %2, not '%3'")
                            .arg(option->names().constFirst(), v.message, value));
        *target = value;
    }
    // A whole number of `unit` in [low, high], or a message naming the option.
    auto number = [&parser](const QCommandLineOption &option, int low, int high,
                            const QString &unit, int *out) {
        if (!parser.isSet(option))
            return QString();
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < low || value > high)
            return QStringLiteral("--%1 takes %2 from %3 to %4, not '%5'")
                .arg(option.names().constFirst(), unit)
                .arg(low)
                .arg(high)
                .arg(parser.value(option));
        *out = value;
        return QString();
    };
    const QString seconds = QStringLiteral("seconds");
    o.storageAccountsFile = parser.value(storage);
    for (const QString &problem :
         {number(mailRetry, 1, 3600, seconds, &o.mailRetrySeconds),
          number(storageTimeout, 1, 600, seconds, &o.storageTimeoutSeconds),
          number(usageInterval, 1, 7 * 24 * 3600, seconds, &o.usageIntervalSeconds),
          number(auditRetention, 1, 36500, QStringLiteral("days"), &o.auditRetentionDays),
          number(readThreads, 0, 64, QStringLiteral("threads"), &o.readThreads)}) {
        if (!problem.isEmpty())
            return fail(problem);
    }
    o.compactChanges = parser.isSet(compact);
    o.listRoutes = parser.isSet(routes);
    o.tlsCertificate = parser.value(cert);
    o.tlsKey = parser.value(key);
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (!o.host.isLoopback() && !o.usesTls())
        return fail(QStringLiteral("refusing to listen on %1 without TLS: only a loopback "
                                   "address may serve plain HTTP (give --tls-cert and --tls-key)")
                        .arg(o.hostText));
    return o;
}

} // namespace insights::server
