#include "serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDeadlineTimer>
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
    for (auto &more : m_more) {
        more->kill();
        more->waitForFinished(5000);
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServerProcess::start(int timeoutMs)
{
    const int instances = instanceCount();
    if (instances > 1) {
        // The front address belongs to haproxy, which keeps its port across restarts: a test's
        // "--listen <the same port>" is the balancer's business, not each instance's.
        const qsizetype listen = m_extra.indexOf(QStringLiteral("--listen"));
        if (listen >= 0 && listen + 1 < m_extra.size())
            m_extra.remove(listen, 2);
    }
    if (!startOne(m_process, &m_base, timeoutMs))
        return false;
    if (instances < 2)
        return true;
    // A team server: more instances on the same database, haproxy round-robin in front.
    QList<QUrl> backends{m_base};
    m_more.clear();
    for (int k = 1; k < instances; ++k) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_process.processEnvironment());
        QUrl base;
        if (!startOne(*process, &base, timeoutMs))
            return false;
        backends << base;
        m_more.push_back(std::move(process));
    }
    if (!m_balancer.start(backends, timeoutMs)) {
        m_error = m_balancer.error();
        return false;
    }
    m_instanceBases = backends;
    m_base = m_balancer.url();
    return true;
}

int ServerProcess::instanceCount()
{
    return TestDatabase::onPostgresql()
               ? qMax(1, qEnvironmentVariableIntValue("INSIGHTS_TEST_INSTANCES"))
               : 1;
}

bool ServerProcess::startOne(QProcess &process, QUrl *base, int timeoutMs)
{
    process.start(serverExecutable(), m_arguments + m_extra);
    if (!process.waitForStarted(timeoutMs)) {
        m_error = process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("^Listening on (\\S+)"));
    QByteArray out;
    QSignalSpy spy(&process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&process, &QProcess::finished);
    QDeadlineTimer deadline(timeoutMs);
    while (!out.contains('\n')) {
        // In short slices, so a server that exits at once (a refused start) is seen at once.
        if (finished.count() > 0 || process.state() == QProcess::NotRunning ||
            (!spy.wait(100) && !process.bytesAvailable() && deadline.hasExpired())) {
            m_error = QStringLiteral("no 'Listening on' line; stderr: ") +
                      QString::fromUtf8(&process == &m_process ? standardError()
                                                               : process.readAllStandardError());
            return false;
        }
        out += process.readAllStandardOutput();
    }
    const auto match = listening.match(QString::fromUtf8(out.left(out.indexOf('\n'))));
    if (!match.hasMatch()) {
        m_error = QStringLiteral("unexpected first line: ") + QString::fromUtf8(out);
        return false;
    }
    *base = QUrl(match.captured(1));
    return true;
}

int ServerProcess::terminate(int timeoutMs)
{
    m_balancer.stop(); // a stopped team server refuses connections, as one instance would
    for (auto &more : m_more) {
        ::kill(pid_t(more->processId()), SIGTERM);
        more->waitForFinished(timeoutMs);
    }
    m_more.clear();
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::shareDatabaseOf(const ServerProcess &other)
{
    m_arguments[m_arguments.indexOf(QStringLiteral("--database")) + 1] = other.databaseUrl();
}

void ServerProcess::setExtraArguments(const QStringList &arguments)
{
    m_extra = arguments;
}

void ServerProcess::kill()
{
    m_balancer.stop();
    for (auto &more : m_more) {
        more->kill();
        more->waitForFinished(5000);
    }
    m_more.clear();
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

void recordExchange(const QByteArray &method, const QUrl &url, const HttpResult &r);

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
    if (r.status != 0)
        recordExchange(method, url, r);
    return r;
}

// INSIGHTS_RECORD_EXCHANGES=DIR: every answer the test got, one JSON line each in
// DIR/<test>-<pid>.jsonl, for tests/openapi/validate.mjs to check against openapi.yaml.
void recordExchange(const QByteArray &method, const QUrl &url, const HttpResult &r)
{
    static const QString dir = qEnvironmentVariable("INSIGHTS_RECORD_EXCHANGES");
    if (dir.isEmpty())
        return;
    QJsonObject headers;
    for (const auto &[k, v] : r.headers)
        headers.insert(QString::fromLatin1(k).toLower(), QString::fromLatin1(v));
    const QString text = QString::fromUtf8(r.body);
    const bool utf8 = text.toUtf8() == r.body;
    const QJsonObject line{
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), url.path()},
        {QStringLiteral("query"), url.query()},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), utf8 ? text : QString::fromLatin1(r.body.toBase64())},
        {QStringLiteral("base64"), !utf8}};
    QDir().mkpath(dir);
    QFile file(QDir(dir).filePath(QCoreApplication::applicationName() + u'-' +
                                  QString::number(QCoreApplication::applicationPid()) +
                                  QStringLiteral(".jsonl")));
    if (file.open(QIODevice::Append))
        file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

bool makeSelfSignedCertificate(const QString &folder, QString *certificate, QString *key,
                               const QString &commonName)
{
    const QDir dir(folder);
    *certificate = dir.filePath(QStringLiteral("cert.pem"));
    *key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   *key, QStringLiteral("-out"), *certificate, QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"),
                   u'/' + QStringLiteral("CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(60000) && openssl.exitStatus() == QProcess::NormalExit &&
           openssl.exitCode() == 0;
}

} // namespace insights::test
