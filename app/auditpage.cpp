#include "auditpage.h"

#include "tableview.h"
#include "workspace.h"

#include <QLineEdit>
#include <QVBoxLayout>

namespace insights {

AuditPage::AuditPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_table(makeTable(QStringLiteral("auditTable"), tr("Audit trail"), this))
{
    setObjectName(QStringLiteral("auditPage"));
    setAccessibleName(tr("Audit trail"));
    auto *filter = new QLineEdit(this);
    filter->setObjectName(QStringLiteral("auditFilter"));
    filter->setAccessibleName(tr("Filter the audit trail"));
    filter->setPlaceholderText(tr("Filter by who, action, target or detail"));
    filter->setClearButtonEnabled(true);
    m_table->setModel(workspace->audit());
    fitHeaders(m_table, {150, 120, 170, 200, 90, 300});
    connect(filter, &QLineEdit::textChanged, workspace->audit(), &AuditModel::setFilterText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(m_table, 1);
}

} // namespace insights
