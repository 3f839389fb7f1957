#include "selectcustomerpage.h"

#include "customerapi.h"
#include "fieldrules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

SelectCustomerPage::SelectCustomerPage(ApiClient *client, const QList<CustomerChoice> &customers,
                                       const QString &preselected, QWidget *parent)
    : QWizardPage(parent)
    , m_client(client)
    , m_combo(new QComboBox(this))
    , m_new(new QPushButton(tr("Ne&w customer…"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("selectCustomerPage"));
    setTitle(tr("Select Customer"));
    setSubTitle(tr("Choose the customer that gets the Interaction Recording service. Only "
                   "customers without a service are listed."));
    m_combo->setObjectName(QStringLiteral("customerCombo"));
    m_combo->setAccessibleName(tr("Customer"));
    for (const CustomerChoice &c : customers)
        m_combo->addItem(c.displayName, c.id);
    const int preselectedIndex = m_combo->findData(preselected);
    m_combo->setCurrentIndex(preselectedIndex >= 0 ? preselectedIndex
                                                   : (customers.isEmpty() ? -1 : 0));
    m_new->setObjectName(QStringLiteral("newCustomerButton"));
    m_new->setAccessibleName(tr("New customer"));
    m_status->setObjectName(QStringLiteral("selectCustomerStatus"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Customer:"), this);
    label->setBuddy(m_combo);
    form->addRow(label, m_combo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_new, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch();
    if (customers.isEmpty())
        m_status->setText(tr("No customer without a service yet: create one with New "
                             "customer…"));

    connect(m_combo, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_new, &QPushButton::clicked, this, &SelectCustomerPage::createCustomer);
}

QString SelectCustomerPage::customerId() const
{
    return m_combo->currentData().toString();
}

QString SelectCustomerPage::customerName() const
{
    return m_combo->currentText();
}

bool SelectCustomerPage::isComplete() const
{
    return !m_busy && !customerId().isEmpty();
}

void SelectCustomerPage::createCustomer()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New customer"), tr("Display name of the customer:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (const Verdict v = FieldRules::customerDisplayName(name); !v.isAcceptable()) {
        m_status->setText(tr("Not created: %1").arg(v.message));
        return;
    }
    m_busy = true;
    m_new->setEnabled(false);
    m_status->setText(tr("Creating %1…").arg(name));
    emit completeChanged();
    m_client->customers()
        .create(name, {}, ApiClient::newIdempotencyKey())
        .then(this, [this, name](const Result<Customer> &r) {
            m_busy = false;
            m_new->setEnabled(true);
            if (!r.ok()) {
                m_status->setText(tr("Not created: %1").arg(r.error.message));
            } else {
                const QString id = r.value.id;
                m_combo->addItem(name, id);
                m_combo->setCurrentIndex(m_combo->count() - 1);
                m_status->setText(tr("Created %1.").arg(name));
                emit customerCreated(id);
            }
            emit completeChanged();
        });
}

} // namespace insights
