#pragma once
// The real insights-server for the sync benchmarks: a database seeded once with n customers
// (kept in INSIGHTS_BENCH_CACHE_DIR, since seeding 100,000 takes about a minute), copied for
// each run so every run syncs the same state, started on 127.0.0.1:0 and signed in to.
#include "apiclient.h"
#include "support/serverprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>

namespace insights::bench {

class SeededServer
{
public:
    SeededServer()
        : m_process({}, [] {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("INSIGHTS_BOOTSTRAP_ADMIN"),
                       QStringLiteral("bench:bench-password-123"));
            return env;
        }())
    {}

    // False with error() set when the database cannot be seeded or the server not started.
    bool start(int customers, const QString &cacheDir)
    {
        const QString seeded =
            QDir(cacheDir).filePath(QStringLiteral("server-%1.db").arg(customers));
        if (!QFile::exists(seeded)) {
            QProcess seed;
            seed.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            seed.start(test::serverExecutable(),
                       {QStringLiteral("--database"), QStringLiteral("sqlite:") + seeded,
                        QStringLiteral("--seed"), QString::number(customers)});
            if (!seed.waitForFinished(-1) || seed.exitCode() != 0) {
                QFile::remove(seeded);
                m_error = QStringLiteral("seeding failed");
                return false;
            }
        }
        QFile::remove(m_process.databasePath());
        if (!QFile::copy(seeded, m_process.databasePath())) {
            m_error = QStringLiteral("cannot copy ") + seeded;
            return false;
        }
        if (!m_process.start()) {
            m_error = m_process.error();
            return false;
        }
        ApiClient client;
        client.setBaseUrl(url());
        QEventLoop loop;
        ApiJob *job = client.signIn(QStringLiteral("bench"), QStringLiteral("bench-password-123"));
        QObject::connect(job, &ApiJob::finished, &loop, [&](const ApiResponse &r) {
            m_token = r.object().value(QStringLiteral("accessToken")).toString().toLatin1();
            if (!r.ok())
                m_error = r.error.message;
            loop.quit();
        });
        loop.exec();
        return !m_token.isEmpty();
    }

    QUrl url() const { return m_process.url(); }
    QByteArray token() const { return m_token; }
    QString error() const { return m_error; }

private:
    test::ServerProcess m_process;
    QByteArray m_token;
    QString m_error;
};

} // namespace insights::bench
