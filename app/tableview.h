#pragma once

#include <QTableView>

#include <functional>

namespace insights {

// The console's tables: whole rows selected, uniform row heights (a million rows scroll
// only when the view need not measure each), headers wide enough for their titles.
QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent);
// Calls menu(globalPos) for a right-click on a row (which becomes current) or Shift+F10 /
// the Menu key (the current row's menu, shown beside it).
void onRowMenu(QTableView *view, QObject *context, std::function<void(const QPoint &)> menu);
// Columns at least as wide as their header's text, or the given width if larger.
void fitHeaders(QTableView *view, const QList<int> &widths = {});

} // namespace insights
