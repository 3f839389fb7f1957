#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace insights::test {

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(quint16 port)
{
    if (port == 0)
        port = m_port;
    QStringList arguments{QStringLiteral("--port"), QString::number(port)};
    for (const QString &address : m_options.reject)
        arguments << QStringLiteral("--reject") << address;
    if (!m_options.tlsCertificate.isEmpty())
        arguments << QStringLiteral("--tls-cert") << m_options.tlsCertificate
                  << QStringLiteral("--tls-key") << m_options.tlsKey;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(INSIGHTS_SMTPSINK), arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!m_pending.contains('\n')) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
            m_error = QStringLiteral("smtpsink.py did not say its port");
            return false;
        }
        m_process.waitForReadyRead(100);
        m_pending += m_process.readAllStandardOutput();
    }
    const qsizetype end = m_pending.indexOf('\n');
    const QByteArray first = m_pending.left(end);
    m_pending.remove(0, end + 1);
    if (!first.startsWith("PORT ")) {
        m_error = QString::fromUtf8(first);
        return false;
    }
    m_port = quint16(first.mid(5).toUInt());
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { readOutput(); });
    readOutput();
    return true;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    readOutput();
    m_process.kill();
    m_process.waitForFinished(10000);
    readOutput();
    m_process.disconnect();
}

void SmtpSink::readOutput()
{
    m_pending += m_process.readAllStandardOutput();
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
        const QByteArray line = m_pending.left(end);
        m_pending.remove(0, end + 1);
        if (line.startsWith("MAIL "))
            m_messages << QJsonDocument::fromJson(line.mid(5)).object();
    }
}

QList<QJsonObject> SmtpSink::messages()
{
    readOutput();
    return m_messages;
}

bool SmtpSink::waitForMessages(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return messages().size() >= count; }, timeoutMs);
}

QString mimePart(const QJsonObject &message, const QString &type)
{
    for (const QJsonValue &p : message[QStringLiteral("parts")].toArray()) {
        if (p[QStringLiteral("type")].toString() == type)
            return p[QStringLiteral("content")].toString();
    }
    return {};
}

QStringList mimeTypes(const QJsonObject &message)
{
    QStringList out;
    for (const QJsonValue &p : message[QStringLiteral("parts")].toArray())
        out << p[QStringLiteral("type")].toString();
    return out;
}

} // namespace insights::test
