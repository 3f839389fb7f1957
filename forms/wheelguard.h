#pragma once

#include <QObject>

class QWidget;

namespace insights {

// A spin box or combo box inside a scrolling page must not change its value when the wheel
// passes over it on its way down the page: only a focused one takes the wheel. The others
// hand it on to the page, which scrolls.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards w (and gives it click-or-tab focus, so a click makes the wheel act on it).
    static void install(QWidget *w);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace insights
