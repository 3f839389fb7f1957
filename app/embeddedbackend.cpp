#include "embeddedbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

namespace insights {

EmbeddedBackend::EmbeddedBackend(QObject *parent)
    : QObject(parent)
    , m_databasePath(defaultDatabasePath())
{
    // INSIGHTS_DEPLOY_STEP_MS shortens the simulated provisioning (tests, demos).
    bool ok = false;
    const int stepMs = qEnvironmentVariableIntValue("INSIGHTS_DEPLOY_STEP_MS", &ok);
    if (ok && stepMs >= 0)
        m_deployStepMs = stepMs;
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &EmbeddedBackend::onOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process.readAllStandardError();
        if (m_stderr.size() > 64 * 1024)
            m_stderr = m_stderr.right(32 * 1024); // only the latest lines matter
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            emit failed(tr("The local backend (%1) could not start: %2")
                            .arg(serverExecutable(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus) { onFinished(code); });
}

EmbeddedBackend::~EmbeddedBackend()
{
    stop();
}

QString EmbeddedBackend::serverExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("INSIGHTS_SERVER_EXECUTABLE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("insights-server")),
                                     here.filePath(QStringLiteral("../server/insights-server"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QStringLiteral("insights-server"); // on the PATH, as installed
}

QString EmbeddedBackend::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/embedded-backend.sqlite");
}

void EmbeddedBackend::onFinished(int code)
{
    if (m_stopping)
        return;
    const QString said = QString::fromUtf8(m_stderr).trimmed().section(u'\n', -3);
    // Started again from the event loop, not from inside QProcess's own signal.
    auto relaunch = [this](quint16 port) {
        QMetaObject::invokeMethod(
            this, [this, port] { launch(port); }, Qt::QueuedConnection);
    };
    if (m_url.isEmpty() && m_port != 0) {
        relaunch(0); // the preferred port is taken: any free one will do
        return;
    }
    if (m_url.isEmpty()) {
        emit failed(tr("The local backend stopped (exit code %1): %2").arg(code).arg(said));
        return;
    }
    // It was serving: start it again on the same port, a few times, then give up and say so.
    if (++m_restarts > 3) {
        emit failed(tr("The local backend keeps stopping (exit code %1): %2. Quit and start the "
                       "console again; if it goes on, its database is in %3.")
                        .arg(code)
                        .arg(said, m_databasePath));
        return;
    }
    const quint16 port = quint16(m_url.port());
    emit restarting(tr("The local backend stopped unexpectedly (exit code %1); starting it "
                       "again…")
                        .arg(code));
    m_url.clear();
    relaunch(port);
}

void EmbeddedBackend::start()
{
    m_stopping = false;
    m_restarts = 0;
    launch(m_preferredPort);
}

void EmbeddedBackend::launch(quint16 port)
{
    m_port = port;
    m_stderr.clear();
    // 24 random characters from a 64-letter alphabet: 144 bits, never written to disk.
    static const char alphabet[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
    m_password.clear();
    for (int i = 0; i < 24; ++i)
        m_password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(64)]);
    m_url.clear();
    m_stdout.clear();
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INSIGHTS_LOCAL_ADMIN"), localAdminName() + u':' + m_password);
    env.remove(QStringLiteral("INSIGHTS_BOOTSTRAP_ADMIN"));
    m_process.setProcessEnvironment(env);
    // If the console dies without stopping it, the server goes too (Linux).
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(serverExecutable(),
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--database"), QStringLiteral("sqlite:") + m_databasePath,
                     QStringLiteral("--deploy-step-ms"), QString::number(m_deployStepMs)});
}

void EmbeddedBackend::onOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    if (!m_url.isEmpty())
        return;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    const QByteArray first = m_stdout.left(newline).trimmed();
    const QByteArray prefix = "Listening on ";
    if (!first.startsWith(prefix)) {
        emit failed(
            tr("The local backend said something unexpected: %1").arg(QString::fromUtf8(first)));
        return;
    }
    m_url = QUrl(QString::fromUtf8(first.mid(prefix.size())));
    emit ready(m_url);
}

void EmbeddedBackend::stop()
{
    m_stopping = true;
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    // The server stops accepting and exits at once; a short wait keeps its database tidy.
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

} // namespace insights
