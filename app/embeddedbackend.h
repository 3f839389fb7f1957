#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace insights {

// With no server configured, the console runs insights-server itself: a child process on
// 127.0.0.1 (port chosen by the system) with its SQLite database in the user's data folder,
// and a local admin whose password the console makes afresh on every start. Everything is
// asynchronous; the UI thread never waits on the server.
class EmbeddedBackend : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedBackend(QObject *parent = nullptr);
    ~EmbeddedBackend() override;

    // INSIGHTS_SERVER_EXECUTABLE, else insights-server next to the console, else the build
    // tree's server/insights-server.
    static QString serverExecutable();
    static QString defaultDatabasePath();
    static QString localAdminName() { return QStringLiteral("local-admin"); }

    void setDatabasePath(const QString &path) { m_databasePath = path; }
    void setDeployStepMs(int ms) { m_deployStepMs = ms; }
    // The port to listen on when it is free (0: any). Quick Start links stay valid across
    // restarts only if the port does; a taken port falls back to a free one.
    void setPreferredPort(quint16 port) { m_preferredPort = port; }
    void start();
    // SIGTERM and a short wait: the server drains and exits.
    void stop();

    QUrl url() const { return m_url; }
    QString password() const { return m_password; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    qint64 processId() const { return m_process.processId(); }

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);
    // The server died while in use; it is being started again (ready() follows).
    void restarting(const QString &why);

private:
    void onOutput();
    void launch(quint16 port);
    void onFinished(int code);

    QProcess m_process;
    QString m_databasePath;
    QString m_password;
    QUrl m_url;
    QByteArray m_stdout;
    QByteArray m_stderr;
    int m_deployStepMs = 1500;
    quint16 m_preferredPort = 0;
    quint16 m_port = 0; // the port of the current attempt
    bool m_stopping = false;
    int m_restarts = 0;
};

} // namespace insights
