#include "serverprocess.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>

#include <csignal>

namespace insights::test {

QString serverExecutable()
{
    return QStringLiteral(INSIGHTS_SERVER_EXECUTABLE);
}

ServerProcess::ServerProcess(QStringList extraArguments, QProcessEnvironment env)
    : m_database(m_dir.filePath(QStringLiteral("insights.db")))
{
    m_arguments = {QStringLiteral("--listen"),         QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--database"),       m_database.url(),
                   QStringLiteral("--deploy-step-ms"), QStringLiteral("0")};
    m_extra = extraArguments;
    if (!env.isEmpty())
        m_process.setProcessEnvironment(env);
    QObject::connect(&m_process, &QProcess::readyReadStandardError,
                     [this] { m_stderr += m_process.readAllStandardError(); });
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(int timeoutMs)
{
    m_process.start(serverExecutable(), m_arguments + m_extra);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("^Listening on (\\S+)"));
    QByteArray out;
    QSignalSpy spy(&m_process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&m_process, &QProcess::finished);
    while (!out.contains('\n')) {
        if (finished.count() > 0 || (!spy.wait(timeoutMs) && !m_process.bytesAvailable())) {
            m_error = QStringLiteral("no 'Listening on' line; stderr: ") +
                      QString::fromUtf8(standardError());
            return false;
        }
        out += m_process.readAllStandardOutput();
    }
    const auto match = listening.match(QString::fromUtf8(out.left(out.indexOf('\n'))));
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(out);
        return false;
    }
    m_base = QUrl(match.captured(1));
    return true;
}

int ServerProcess::terminate(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::setExtraArguments(const QStringList &arguments)
{
    m_extra = arguments;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl ServerProcess::url(const QString &path) const
{
    QUrl u = m_base;
    const qsizetype q = path.indexOf(u'?');
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

QByteArray ServerProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HttpResult request(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url,
                   const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                   int timeoutMs)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(timeoutMs + 1000);
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

} // namespace insights::test
