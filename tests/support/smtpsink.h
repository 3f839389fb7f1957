#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace insights::test {

// A real SMTP server on 127.0.0.1: Debian's aiosmtpd, run by tests/support/smtpsink.py. Each
// accepted message comes back as JSON read with Python's MIME parser (decoded headers, the
// MIME structure, each part's decoded text). stop() and start() again on the same port play
// an outage.
class SmtpSink
{
public:
    struct Options
    {
        QStringList reject;     // RCPT TO answered with a permanent 550
        QString tlsCertificate; // offer STARTTLS, and require it
        QString tlsKey;
    };

    SmtpSink() = default;
    explicit SmtpSink(Options options)
        : m_options(std::move(options))
    {}
    ~SmtpSink();

    // Listens on `port` (0: a free one, or the port of the previous start); false on failure.
    bool start(quint16 port = 0);
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("smtp://127.0.0.1:%1").arg(m_port); }

    // Every message accepted since the first start, in order.
    QList<QJsonObject> messages();
    // Waits until at least `count` messages arrived.
    bool waitForMessages(int count, int timeoutMs = 20000);
    QString error() const { return m_error; }

private:
    void readOutput();

    Options m_options;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_pending;
    QList<QJsonObject> m_messages;
    QString m_error;
};

// The decoded content of the message's first part of this MIME type ("text/plain").
QString mimePart(const QJsonObject &message, const QString &type);
// The MIME types of the message's parts, outermost first.
QStringList mimeTypes(const QJsonObject &message);

} // namespace insights::test
