#include "operatorsdialog.h"

#include "apiclient.h"
#include "domainjson.h"
#include "fieldrules.h"
#include "validatedfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
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
    m_level->addItem(tr("Admin: everything"), toString(Role::Admin));
    m_level->addItem(tr("Operator: add, edit and delete"), toString(Role::Operator));
    m_level->addItem(tr("Monitor: read-only"), toString(Role::Monitor));
    m_level->setCurrentIndex(1);
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
    }
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(620, 460);

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
    connect(m_name, &ValidatedField::changed, this, &OperatorsDialog::refreshButtons);
    connect(m_email, &ValidatedField::changed, this, &OperatorsDialog::refreshButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsDialog::refreshButtons);
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
    m_remove->setEnabled(m_mayChange && !m_busy && m_table->currentRow() >= 0 &&
                         !m_table->selectedItems().isEmpty());
}

void OperatorsDialog::reload()
{
    m_busy = true;
    m_status->setText(tr("Loading…"));
    refreshButtons();
    ApiJob *job = m_client->get(QStringLiteral("/api/v1/customers/%1/operators").arg(m_customerId));
    connect(job, &ApiJob::finished, this, [this](const ApiResponse &r) {
        m_busy = false;
        if (!r.ok()) {
            m_status->setText(tr("Could not load the operators: %1 (press F5 to try again)")
                                  .arg(r.error.message));
            refreshButtons();
            return;
        }
        QList<CustomerOperator> list;
        for (const QJsonValue &v : r.object().value(QStringLiteral("items")).toArray())
            list << DomainJson::customerOperatorFromJson(v.toObject());
        show(list);
        m_status->setText(list.isEmpty() ? tr("No operators yet.") : QString());
        refreshButtons();
        emit loaded();
    });
}

void OperatorsDialog::show(const QList<CustomerOperator> &operators)
{
    m_operators = operators;
    m_table->setRowCount(int(operators.size()));
    for (int row = 0; row < operators.size(); ++row) {
        const CustomerOperator &op = operators[row];
        m_table->setItem(row, 0, new QTableWidgetItem(op.name));
        m_table->setItem(row, 1, new QTableWidgetItem(op.email));
        m_table->setItem(row, 2, new QTableWidgetItem(toString(op.level)));
    }
}

void OperatorsDialog::add()
{
    if (!m_add->isEnabled())
        return;
    m_busy = true;
    refreshButtons();
    m_status->setText(tr("Adding…"));
    const QJsonObject body{{QStringLiteral("name"), m_name->text()},
                           {QStringLiteral("email"), m_email->text()},
                           {QStringLiteral("level"), m_level->currentData().toString()}};
    ApiJob *job = m_client->post(QStringLiteral("/api/v1/customers/%1/operators").arg(m_customerId),
                                 body, ApiClient::newIdempotencyKey());
    connect(job, &ApiJob::finished, this, [this](const ApiResponse &r) {
        m_busy = false;
        if (!r.ok()) {
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
        m_status->setText(tr("Added."));
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
    ApiJob *job = m_client->del(
        QStringLiteral("/api/v1/customers/%1/operators/%2").arg(m_customerId, op.id), {});
    connect(job, &ApiJob::finished, this, [this, op](const ApiResponse &r) {
        m_busy = false;
        m_status->setText(r.ok() ? tr("Removed %1.").arg(op.name)
                                 : tr("Not removed: %1").arg(r.error.message));
        if (r.ok())
            emit changed();
        reload();
    });
}

} // namespace insights
