#include "operatorsdialog.h"

#include "screenfit.h"

#include "customerapi.h"
#include "fieldrules.h"
#include "statustext.h"
#include "validatedfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace insights {

OperatorsDialog::OperatorsDialog(ApiClient *client, const QString &customerId,
                                 const QString &customerName, bool mayChange, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_customerId(customerId)
    , m_mayChange(mayChange)
    , m_table(new QTableWidget(0, 3, this))
    , m_name(new ValidatedField(QStringLiteral("operatorName"), tr("Name"), &FieldRules::personName,
                                this))
    , m_email(new ValidatedField(QStringLiteral("operatorEmail"), tr("Email"), &FieldRules::email,
                                 this))
    , m_level(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add operator"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_changeLevel(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("operatorsDialog"));
    setWindowTitle(tr("Customer operators: %1").arg(customerName));
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setAccessibleName(tr("Customer operators"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Level")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(0, 180);
    m_table->setColumnWidth(1, 240);
    m_level->setObjectName(QStringLiteral("operatorLevel"));
    m_level->setAccessibleName(tr("Level"));
    for (Role r : {Role::Admin, Role::Operator, Role::Monitor}) {
        m_level->addItem(StatusText::roleWithScope(r), int(r));
        m_changeLevel->addItem(StatusText::roleWithScope(r), int(r));
    }
    m_level->setCurrentIndex(int(Role::Operator));
    m_changeLevel->setObjectName(QStringLiteral("changeLevel"));
    m_changeLevel->setAccessibleName(tr("Level of the selected operator"));
    m_changeLevel->setToolTip(tr("Change the level of the selected operator"));
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_add->setAccessibleName(tr("Add operator"));
    m_remove->setObjectName(QStringLiteral("removeOperatorButton"));
    m_remove->setAccessibleName(tr("Remove the selected operator"));
    m_status->setObjectName(QStringLiteral("operatorsStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Name:"), m_name->edit()), m_name);
    form->addRow(label(tr("E&mail:"), m_email->edit()), m_email);
    form->addRow(label(tr("&Level:"), m_level), m_level);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *changeLabel = label(tr("Level of the selected &operator:"), m_changeLevel);
    buttons->addWidget(changeLabel);
    buttons->addWidget(m_changeLevel);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    if (m_mayChange) {
        layout->addLayout(form);
    } else {
        for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_email, m_level})
            w->hide();
        changeLabel->setToolTip(tr("The monitor role is read-only"));
    }
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    // Fits any screen and scale factor: the table scrolls, the buttons stay in view.
    fitToScreen(this, {720, 480}, 85);

    confirmRemove = [this](const CustomerOperator &op) {
        return QMessageBox::question(this, tr("Remove operator"),
                                     tr("Remove %1 (%2)? They can no longer log in to the "
                                        "platform.")
                                         .arg(op.name, op.email),
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &OperatorsDialog::add);
    connect(m_remove, &QPushButton::clicked, this, &OperatorsDialog::removeSelected);
    connect(m_name, &ValidatedField::stateChanged, this, &OperatorsDialog::refreshButtons);
    connect(m_email, &ValidatedField::stateChanged, this, &OperatorsDialog::refreshButtons);
    // A "Not added" from an earlier try says nothing about what is being typed now.
    for (ValidatedField *field : {m_name, m_email})
        connect(field, &ValidatedField::changed, this, [this] {
            if (m_failedAdd)
                m_status->clear();
            m_failedAdd = false;
        });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        syncChoice();
        refreshButtons();
    });
    connect(m_changeLevel, &QComboBox::activated, this, &OperatorsDialog::changeSelectedLevel);
    connect(m_email->edit(), &QLineEdit::returnPressed, this, &OperatorsDialog::add);
    if (!m_mayChange) {
        for (QPushButton *b : {m_add, m_remove})
            b->setToolTip(tr("The monitor role is read-only"));
    }
    refreshButtons();
    reload();
}

void OperatorsDialog::refreshButtons()
{
    m_add->setEnabled(m_mayChange && !m_busy && m_name->isAcceptable() && m_email->isAcceptable());
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_remove->setEnabled(m_mayChange && !m_busy && selected);
    m_changeLevel->setEnabled(m_mayChange && !m_busy && selected);
}

void OperatorsDialog::reload()
{
    m_busy = true;
    m_status->setText(tr("Loading…"));
    refreshButtons();
    m_client->customers().operators(m_customerId).then(this, [this](const auto &r) {
        m_busy = false;
        if (!r.ok()) {
            m_status->setText(tr("Could not load the operators: %1 (press F5 to try again)")
                                  .arg(r.error.message));
            refreshButtons();
            return;
        }
        showOperators(r.value);
        syncChoice();
        if (!m_failedAdd)
            m_status->setText(r.value.isEmpty() ? tr("No operators yet.") : m_lastDone);
        m_lastDone.clear();
        refreshButtons();
        emit loaded();
    });
}

void OperatorsDialog::showOperators(const QList<CustomerOperator> &operators)
{
    // The same person stays selected across a reload.
    const int was = m_table->currentRow();
    const QString selected = was >= 0 && was < m_operators.size() ? m_operators[was].id : QString();
    m_operators = operators;
    m_table->setRowCount(int(operators.size()));
    for (int row = 0; row < operators.size(); ++row) {
        const CustomerOperator &op = operators[row];
        m_table->setItem(row, 0, new QTableWidgetItem(op.name));
        m_table->setItem(row, 1, new QTableWidgetItem(op.email));
        m_table->setItem(row, 2, new QTableWidgetItem(StatusText::role(op.level)));
    }
    for (int row = 0; row < operators.size(); ++row) {
        if (!selected.isEmpty() && operators[row].id == selected)
            m_table->selectRow(row);
    }
}

void OperatorsDialog::add()
{
    if (!m_add->isEnabled())
        return;
    m_busy = true;
    refreshButtons();
    m_status->setText(tr("Adding…"));
    CustomerOperator op;
    op.name = m_name->text();
    op.email = m_email->text();
    op.level = Role(m_level->currentData().toInt());
    m_client->customers().addOperator(m_customerId, op).then(this, [this](const auto &r) {
        m_busy = false;
        if (!r.ok()) {
            m_failedAdd = true;
            m_status->setText(tr("Not added: %1").arg(r.error.message));
            if (const QString m = r.error.messageFor(u"email"); !m.isEmpty())
                m_email->setServerMessage(m);
            if (const QString m = r.error.messageFor(u"name"); !m.isEmpty())
                m_name->setServerMessage(m);
            refreshButtons();
            return;
        }
        m_name->setText({});
        m_email->setText({});
        // Each new operator starts from the usual level, not the last one chosen.
        m_level->setCurrentIndex(m_level->findData(int(Role::Operator)));
        m_failedAdd = false;
        m_lastDone = tr("Added %1.").arg(r.value.name);
        m_status->setText(m_lastDone);
        emit changed();
        reload();
    });
}

void OperatorsDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_operators.size() || !confirmRemove(m_operators[row]))
        return;
    const CustomerOperator op = m_operators[row];
    m_busy = true;
    refreshButtons();
    m_client->customers().removeOperator(m_customerId, op.id).then(this, [this, op](const auto &r) {
        m_busy = false;
        m_failedAdd = false;
        m_lastDone =
            r.ok() ? tr("Removed %1.").arg(op.name) : tr("Not removed: %1").arg(r.error.message);
        m_status->setText(m_lastDone);
        if (r.ok())
            emit changed();
        reload();
    });
}

void OperatorsDialog::changeSelectedLevel()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_operators.size())
        return;
    const CustomerOperator op = m_operators[row];
    const Role level = Role(m_changeLevel->currentData().toInt());
    if (level == op.level)
        return;
    m_busy = true;
    refreshButtons();
    m_status->setText(tr("Changing the level of %1…").arg(op.name));
    m_client->customers()
        .setOperatorLevel(m_customerId, op.id, level)
        .then(this, [this, op, level](const auto &r) {
            m_busy = false;
            m_failedAdd = false;
            m_lastDone = r.ok() ? tr("%1 is now %2.").arg(op.name, StatusText::role(level))
                                : tr("Level not changed: %1").arg(r.error.message);
            m_status->setText(m_lastDone);
            if (r.ok())
                emit changed();
            reload();
        });
}

void OperatorsDialog::syncChoice()
{
    // The combo shows the selected row's value, or nothing: never a stale or refused one.
    const int row = m_table->currentRow();
    const bool selected =
        row >= 0 && row < m_operators.size() && !m_table->selectedItems().isEmpty();
    const QSignalBlocker quiet(m_changeLevel);
    m_changeLevel->setCurrentIndex(selected ? m_changeLevel->findData(int(m_operators[row].level))
                                            : -1);
}

} // namespace insights
