#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include "balancer.h"
#include "testdatabase.h"

#include <memory>
#include <vector>

namespace insights::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// The real insights-server as a child process on 127.0.0.1:0 with a database in a
// temporary folder. Tests talk to it over loopback, never to a mock. On PostgreSQL with
// INSIGHTS_TEST_INSTANCES=N (N > 1) it is a team server: N instances on one database behind
// haproxy round-robin, and url() is haproxy's (which keeps its port across restarts).
class ServerProcess
{
public:
    explicit ServerProcess(QStringList extraArguments = {}, QProcessEnvironment env = {});
    ~ServerProcess();

    // Starts the server and waits for its "Listening on" line; false on failure.
    bool start(int timeoutMs = 20000);
    // SIGTERM, then waits for the exit; returns the exit code (or -1).
    int terminate(int timeoutMs = 20000);
    void kill();
    // Runs the next start() on another server's database (a second instance of it).
    void shareDatabaseOf(const ServerProcess &other);
    // The instances' own addresses (one entry unless a team server).
    QList<QUrl> instanceUrls() const
    {
        return m_more.empty() ? QList<QUrl>{m_base} : m_instanceBases;
    }
    static int instanceCount();
    // Arguments added to the next start(), after the listen/database ones.
    void setExtraArguments(const QStringList &arguments);

    QUrl url(const QString &path = {}) const;
    // The SQLite file (when the suite runs on SQLite) and the URL --database gets.
    QString databasePath() const { return m_dir.filePath(QStringLiteral("insights.db")); }
    QString databaseUrl() const { return m_database.url(); }
    const TestDatabase &database() const { return m_database; }
    QProcess &process() { return m_process; }
    QByteArray standardError();
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    TestDatabase m_database;
    QStringList m_arguments;
    QStringList m_extra;
    QProcess m_process;
    QUrl m_base;
    QString m_error;
    QByteArray m_stderr;
    std::vector<std::unique_ptr<QProcess>> m_more; // the team server's other instances
    QList<QUrl> m_instanceBases;
    Balancer m_balancer;

    bool startOne(QProcess &process, QUrl *base, int timeoutMs);
};

// A self-signed certificate for 127.0.0.1 (openssl), written as cert.pem and key.pem into
// `folder`; false when openssl failed.
bool makeSelfSignedCertificate(const QString &folder, QString *certificate, QString *key,
                               const QString &commonName = QStringLiteral("127.0.0.1"));

struct HttpResult
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const;
};

// Sends one request and waits for its answer (QSignalSpy::wait, no sleeping).
HttpResult request(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                   const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 20000);

QString serverExecutable();

} // namespace insights::test
