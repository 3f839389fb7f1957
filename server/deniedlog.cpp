#include "deniedlog.h"

#include <QDateTime>

namespace insights::server {

DeniedLog::DeniedLog(Write write, qint64 windowMs, QObject *parent)
    : QObject(parent)
    , m_write(std::move(write))
    , m_windowMs(windowMs)
{
    m_timer.setInterval(int(qMax<qint64>(windowMs / 2, 100)));
    connect(&m_timer, &QTimer::timeout, this,
            [this] { flush(QDateTime::currentMSecsSinceEpoch()); });
    m_timer.start();
}

DeniedLog::~DeniedLog()
{
    // What was counted is not lost on a clean stop.
    flush(QDateTime::currentMSecsSinceEpoch(), true);
}

void DeniedLog::denied(const QString &address, const QString &action, const QString &target,
                       const QString &why, qint64 nowMs)
{
    auto it = m_windows.find(address);
    if (it != m_windows.end() && nowMs - it->startMs < m_windowMs) {
        ++it->more;
        it->action = action;
        it->target = target;
        it->why = why;
        return;
    }
    if (it != m_windows.end())
        write(address, *it);
    else if (m_windows.size() >= maxAddresses)
        flush(nowMs, true);
    m_windows.insert(address, Window{nowMs, 0, action, target, why});
    m_write(address, action, target, QStringLiteral("401 from %1: %2").arg(address, why));
}

void DeniedLog::flush(qint64 nowMs, bool force)
{
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (force || nowMs - it->startMs >= m_windowMs) {
            write(it.key(), *it);
            it = m_windows.erase(it);
        } else {
            ++it;
        }
    }
}

void DeniedLog::write(const QString &address, const Window &w)
{
    if (w.more == 0)
        return;
    m_write(address, w.action, w.target,
            QStringLiteral("401 from %1: %2 more requests without a valid token within %3 s "
                           "(the last: %4)")
                .arg(address)
                .arg(w.more)
                .arg(double(m_windowMs) / 1000.0)
                .arg(w.why));
}

} // namespace insights::server
