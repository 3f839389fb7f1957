#include "wheelguard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

namespace insights {

void WheelGuard::install(QWidget *w)
{
    static WheelGuard *guard = new WheelGuard(qApp); // one filter serves every widget
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && !w->hasFocus()) {
            // Ignored and filtered: QApplication offers it to the parents, the scroll area.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace insights
