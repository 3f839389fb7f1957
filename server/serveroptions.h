#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace insights::server {

// The command line of api.md:
//   insights-server --listen 127.0.0.1:8080 --database sqlite:/path/insights.db
//                   [--deploy-step-ms 1500] [--tls-cert FILE --tls-key FILE]
//                   [--public-url https://insights.example.com]
//                   [--smtp-url smtp://HOST:PORT [--smtp-user NAME --smtp-password-file FILE]
//                    --mail-from ADDRESS] [--notify-address ADDRESS]
struct ServerOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    QString hostText = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    QString database = QStringLiteral("sqlite:insights.db");
    QString databasePasswordFile; // PostgreSQL's password, first line
    int deployStepMs = 1500;
    QString instanceId;           // names the instance in logs and leases; empty: host name and pid
    int operationLeaseMs = 30000; // how long an instance's silence lasts before a takeover
    QString tlsCertificate;
    QString tlsKey;
    // The address customers see in links, without a trailing slash; empty: the listen address.
    QString publicUrl;
    int tokenTtlSeconds = 8 * 60 * 60;
    // Mail (api.md 1.1, "Notification emails"); without smtpUrl mails wait in the outbox.
    QString smtpUrl;
    QString smtpUser;
    QString smtpPasswordFile;
    QString smtpCaFile;
    QString mailFrom = QStringLiteral("insights@localhost");
    QString mailFromName; // the display name of From, e.g. "Contoso Provider"
    QString notifyAddress;
    int mailRetrySeconds = 30;
    // Storage (api.md 1.1, "Real storage provisioning"); without it nothing is provisioned.
    QString storageAccountsFile;
    int storageTimeoutSeconds = 30;
    int usageIntervalSeconds = 3600; // the storage-usage scan
    int auditRetentionDays = 730;    // two years (domain.md 1.1, "Data and privacy")
    int readThreads = 2;             // read workers beside the main thread (readworkers.h)
    bool compactChanges = false;
    bool listRoutes = false;
    int seedCustomers = 0;

    bool usesTls() const { return !tlsCertificate.isEmpty(); }
    // Parses the arguments (argv[0] included). On a mistake returns nullopt and sets *error
    // to a message that names the option.
    static std::optional<ServerOptions> parse(const QStringList &arguments, QString *error);
    static QString usage();
    // An http or https URL with a host and nothing after the path, made canonical (no trailing
    // slash); empty with *error set otherwise.
    static QString checkPublicUrl(const QString &text, QString *error);
};

} // namespace insights::server
