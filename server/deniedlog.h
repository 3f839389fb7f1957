#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace insights::server {

// Requests without a valid token, audited without letting junk cost an fsync each: the first
// 401 from an address in a window is written at once, the rest of that window are counted and
// written as one entry ("37 more requests without a valid token") when the window closes.
class DeniedLog : public QObject
{
    Q_OBJECT

public:
    // Writes one audit entry (actor "anonymous", result "denied").
    using Write = std::function<void(const QString &address, const QString &action,
                                     const QString &target, const QString &detail)>;

    DeniedLog(Write write, qint64 windowMs, QObject *parent = nullptr);
    ~DeniedLog() override;

    void denied(const QString &address, const QString &action, const QString &target,
                const QString &why, qint64 nowMs);
    // Writes the counts of the windows that are over (all of them when force).
    void flush(qint64 nowMs, bool force = false);

    // More addresses than this at once: the oldest windows are written early.
    static constexpr int maxAddresses = 10000;

private:
    struct Window
    {
        qint64 startMs = 0;
        int more = 0;
        QString action;
        QString target;
        QString why;
    };
    void write(const QString &address, const Window &w);

    Write m_write;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
    QTimer m_timer;
};

} // namespace insights::server
