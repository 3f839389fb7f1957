#pragma once

#include <QRect>
#include <QScreen>
#include <QScrollArea>
#include <QStyle>
#include <QWidget>

namespace insights {

// The size a dialog opens at: `preferred`, widened so that no scrolling page inside it needs a
// horizontal scroll bar (labels run longer in German and French), and never more than 90 % of
// the screen's width nor `heightPercent` of its height (it fits a 1024×700 screen, at any
// scale factor; its pages scroll instead).
inline void fitToScreen(QWidget *dialog, QSize preferred, int heightPercent = 90)
{
    const QStyle *style = dialog->style();
    const int chrome = style->pixelMetric(QStyle::PM_ScrollBarExtent) +
                       4 * style->pixelMetric(QStyle::PM_LayoutLeftMargin) + 8;
    int width = preferred.width();
    for (const QScrollArea *area : dialog->findChildren<QScrollArea *>())
        if (const QWidget *content = area->widget())
            width = qMax(width, content->minimumSizeHint().width() + chrome);
    int height = preferred.height();
    if (const QScreen *screen = dialog->screen()) {
        const QRect available = screen->availableGeometry();
        width = qMin(width, available.width() * 9 / 10);
        height = qMin(height, available.height() * heightPercent / 100);
    }
    dialog->resize(width, height);
}

} // namespace insights
