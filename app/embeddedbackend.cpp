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
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_url.isEmpty()) {
            const QString said = QString::fromUtf8(m_stderr).trimmed().section(u'\n', -3);
            emit failed(tr("The local backend stopped (exit code %1): %2").arg(code).arg(said));
        }
    });
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

void EmbeddedBackend::start()
{
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
                    {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
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
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    // The server stops accepting and exits at once; a short wait keeps its database tidy.
    if (!m_process.waitForFinished(3000))
        m_process.kill();
}

} // namespace insights
