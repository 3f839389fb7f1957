#include "tableview.h"

#include <QHeaderView>

namespace insights {

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

void onRowMenu(QTableView *view, QObject *context, std::function<void(const QPoint &)> menu)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, context,
                     [view, menu = std::move(menu)](const QPoint &pos) {
                         QModelIndex index = view->indexAt(pos);
                         QPoint at = pos;
                         if (!index.isValid()) { // from the keyboard: the current row
                             index = view->currentIndex();
                             at = view->visualRect(index).center();
                         }
                         if (!index.isValid())
                             return;
                         view->setCurrentIndex(index);
                         menu(view->viewport()->mapToGlobal(at));
                     });
}

void fitHeaders(QTableView *view, const QList<int> &widths)
{
    const QAbstractItemModel *model = view->model();
    const QFontMetrics metrics = view->horizontalHeader()->fontMetrics();
    // Room for the sort arrow and the margins beside the title.
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_HeaderMargin) + 28;
    for (int c = 0; c < model->columnCount(); ++c) {
        const int title =
            metrics.horizontalAdvance(model->headerData(c, Qt::Horizontal).toString()) + padding;
        view->setColumnWidth(c, qMax(title, c < widths.size() ? widths[c] : 0));
    }
}

} // namespace insights
