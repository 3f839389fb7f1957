#pragma once

#include <QWidget>

class QTableView;

namespace insights {

class Workspace;

// The Audit trail page: the newest entries, filtered as you type.
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    QTableView *m_table;
};

} // namespace insights
