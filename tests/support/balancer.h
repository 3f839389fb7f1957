#pragma once

#include <QList>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace insights::test {

// haproxy (Debian's) in HTTP mode, round-robin over the given backends with /healthz checks
// and no sticky sessions: what a provider's team puts in front of several instances. Its
// front port stays the same when it is started again over new backends.
class Balancer
{
public:
    Balancer() = default;
    ~Balancer();

    bool start(const QList<QUrl> &backends, int timeoutMs = 20000);
    void stop();
    QUrl url() const;
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace insights::test
