#include "balancer.h"

#include "serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace insights::test {

Balancer::~Balancer()
{
    stop();
}

void Balancer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QUrl Balancer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool Balancer::start(const QList<QUrl> &backends, int timeoutMs)
{
    stop();
    QString haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (haproxy.isEmpty()) // /usr/sbin is not on every user's PATH
        haproxy = QStandardPaths::findExecutable(QStringLiteral("haproxy"),
                                                 {QStringLiteral("/usr/sbin")});
    if (haproxy.isEmpty()) {
        m_error = QStringLiteral("haproxy is not installed (./setup.sh install-deps)");
        return false;
    }
    if (m_port == 0) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    QString config = QStringLiteral("global\n"
                                    "  maxconn 512\n"
                                    "defaults\n"
                                    "  mode http\n"
                                    "  timeout connect 2s\n"
                                    "  timeout client 60s\n"
                                    "  timeout server 60s\n"
                                    "  retries 2\n"
                                    "  option redispatch\n"
                                    "frontend insights\n"
                                    "  bind 127.0.0.1:%1\n"
                                    "  default_backend instances\n"
                                    "backend instances\n"
                                    "  balance roundrobin\n"
                                    "  option httpchk GET /healthz\n"
                                    "  http-check expect status 200\n")
                         .arg(m_port);
    for (qsizetype k = 0; k < backends.size(); ++k)
        config += QStringLiteral("  server i%1 127.0.0.1:%2 check inter 500ms fall 2 rise 1\n")
                      .arg(k + 1)
                      .arg(backends[k].port());
    QFile file(m_dir.filePath(QStringLiteral("haproxy.cfg")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), file.fileName()});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("haproxy: ") + m_process.errorString();
        return false;
    }
    // Ready once it forwards a health check.
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("haproxy stopped: ") + QString::fromUtf8(m_process.readAll());
            return false;
        }
        if (request(nam, "GET", QUrl(url().toString() + QStringLiteral("/healthz")), {}, {}, 2000)
                .status == 200)
            return true;
        QTest::qWait(50); // haproxy has no readiness signal to wait on
    }
    m_error = QStringLiteral("haproxy did not forward /healthz: ") +
              QString::fromUtf8(m_process.readAll());
    return false;
}

} // namespace insights::test
