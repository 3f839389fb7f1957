#include "listeditor.h"

#include "servicerules.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

ListEditor::ListEditor(const QString &objectName, const QString &accessibleName, Rule rule,
                       QWidget *parent)
    : QWidget(parent)
    , m_input(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_emptyHint(new QLabel(tr("Required: at least one. Type it, then press Enter or Add."), this))
    , m_rule(std::move(rule))
{
    setObjectName(objectName);
    m_input->setObjectName(objectName + QStringLiteral("Input"));
    m_input->setAccessibleName(accessibleName);
    m_add->setObjectName(objectName + QStringLiteral("Add"));
    m_add->setAccessibleName(tr("Add to %1").arg(accessibleName));
    m_remove->setObjectName(objectName + QStringLiteral("Remove"));
    m_remove->setAccessibleName(tr("Remove from %1").arg(accessibleName));
    m_remove->setEnabled(false);
    m_list->setObjectName(objectName + QStringLiteral("List"));
    m_list->setAccessibleName(accessibleName);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(row);
    layout->addWidget(m_message);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(listRow);
    // Next stays off while the list is empty: say so where the person looks.
    m_emptyHint->setObjectName(objectName + QStringLiteral("EmptyHint"));
    m_emptyHint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_emptyHint->setWordWrap(true);
    layout->addWidget(m_emptyHint);
    // The line keeps its place once entries are added (it counts them), so the form below it
    // does not jump.
    connect(this, &ListEditor::changed, this, [this] {
        m_emptyHint->setText(
            m_list->count() == 0
                ? tr("Required: at least one. Type it, then press Enter or Add.")
                : tr("%1 of at most %2.").arg(m_list->count()).arg(ServiceRules::maxListEntries));
    });
    setTabOrder(m_input, m_add);
    setTabOrder(m_add, m_list);
    setTabOrder(m_list, m_remove);

    connect(m_add, &QPushButton::clicked, this, &ListEditor::add);
    // Enter adds the entry, and is consumed here so the wizard's default button (Next)
    // never sees it.
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::textChanged, this, [this] { showMessage({}); });
    connect(m_remove, &QPushButton::clicked, this, &ListEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

bool ListEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            add();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ListEditor::setWarning(Warning warning)
{
    m_warning = std::move(warning);
    rebuild();
}

void ListEditor::setEntries(const QStringList &entries)
{
    m_entries = entries;
    rebuild();
    emit changed();
}

void ListEditor::refreshWarnings()
{
    rebuild();
}

void ListEditor::setServerMessage(const QString &message)
{
    showMessage(message);
}

void ListEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool ListEditor::add()
{
    // What a person pastes often carries spaces around it; the trimmed value is what counts.
    const QString entry = m_input->text().trimmed();
    if (entry.isEmpty())
        return false;
    const Verdict v = m_rule(entry);
    if (!v.isAcceptable()) {
        showMessage(tr("Not added: %1").arg(v.message));
        return false;
    }
    for (const QString &e : m_entries) {
        if (e.compare(entry, Qt::CaseInsensitive) == 0) {
            showMessage(tr("Not added: '%1' is already in the list").arg(entry));
            return false;
        }
    }
    if (m_entries.size() >= m_max) {
        showMessage(tr("Not added: at most %1 entries").arg(m_max));
        return false;
    }
    m_entries << entry;
    m_input->clear();
    showMessage({});
    rebuild();
    emit changed();
    return true;
}

void ListEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries.removeAt(row);
    rebuild();
    emit changed();
}

void ListEditor::rebuild()
{
    m_list->clear();
    for (const QString &e : m_entries) {
        auto *item = new QListWidgetItem(e, m_list);
        const QString warning = m_warning ? m_warning(e) : QString();
        if (!warning.isEmpty()) {
            item->setText(QStringLiteral("⚠ ") + e);
            item->setToolTip(warning);
            item->setBackground(QColor(0xff, 0xf3, 0xc4));
            item->setForeground(QColor(0x5c, 0x47, 0x00));
        }
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace insights
