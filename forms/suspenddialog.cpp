#include "suspenddialog.h"

#include "fieldnames.h"
#include "lifecycle.h"
#include "serviceapi.h"
#include "validatedfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

SuspendDialog::SuspendDialog(ApiClient *client, const Service &service, const QString &customer,
                             QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_serviceId(service.id)
    , m_tenant(service.settings.tenant.name)
    , m_reason(new ValidatedField(
          QStringLiteral("suspendReason"), tr("Reason"),
          [](QStringView text) { return Lifecycle::checkSuspendReason(text.toString()); }, this))
    , m_confirm(new ValidatedField(
          QStringLiteral("suspendConfirmShortName"), tr("Short name, typed to confirm"),
          [shortName = service.settings.tenant.shortName](QStringView text) {
              return Lifecycle::checkShortNameConfirmation(text.toString(), shortName);
          },
          this))
    , m_suspend(new QPushButton(tr("&Suspend"), this))
    , m_status(new QLabel(this))
{
    const QString shortName = service.settings.tenant.shortName;
    setObjectName(QStringLiteral("suspendDialog"));
    setWindowTitle(tr("Suspend %1").arg(m_tenant));
    auto *intro = new QLabel(tr("Suspending <b>%1</b> of the customer %2 stops its call recording. "
                                "Nothing is deleted: its settings, consents and recordings stay, "
                                "and <i>Reactivate</i> starts it again.")
                                 .arg(m_tenant.toHtmlEscaped(), customer.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_reason->edit()->setMaxLength(Lifecycle::maxSuspendReasonLength + 50); // the rule says why
    m_reason->edit()->setPlaceholderText(tr("e.g. Invoice 2026-118 unpaid"));
    m_suspend->setObjectName(QStringLiteral("suspendButton"));
    m_suspend->setAccessibleName(tr("Suspend"));
    m_status->setObjectName(QStringLiteral("suspendStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);

    auto *form = new QFormLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason->edit());
    form->addRow(reasonLabel, m_reason);
    auto *confirmLabel =
        new QLabel(tr("Type the short name <b>%1</b>:").arg(shortName.toHtmlEscaped()), this);
    confirmLabel->setBuddy(m_confirm->edit());
    form->addRow(confirmLabel, m_confirm);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_suspend, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_reason, &ValidatedField::stateChanged, this, &SuspendDialog::refresh);
    connect(m_confirm, &ValidatedField::stateChanged, this, &SuspendDialog::refresh);
    connect(m_suspend, &QPushButton::clicked, this, &SuspendDialog::send);
    for (ValidatedField *field : {m_reason, m_confirm}) {
        connect(field->edit(), &QLineEdit::returnPressed, this, [this] {
            if (m_suspend->isEnabled())
                send();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(560, sizeHint().height());
}

void SuspendDialog::refresh()
{
    m_suspend->setEnabled(!m_busy && m_reason->isAcceptable() && m_confirm->isAcceptable());
}

void SuspendDialog::send()
{
    m_busy = true;
    m_status->setText(tr("Suspending %1…").arg(m_tenant));
    m_status->setStyleSheet({});
    m_status->setVisible(true);
    refresh();
    ServicesApi(m_client)
        .suspend(m_serviceId, m_reason->text().trimmed(), m_confirm->text().trimmed())
        .then(this, [this](const Result<Service> &r) {
            m_busy = false;
            if (r.ok()) {
                emit suspended(r.value);
                accept();
                return;
            }
            // A refusal at a field goes under it; anything else (the service changed state,
            // the server is away) under the fields, with what was typed kept.
            bool atField = false;
            for (const FieldError &e : r.error.fieldErrors) {
                ValidatedField *field = e.field == field::reason             ? m_reason
                                        : e.field == field::confirmShortName ? m_confirm
                                                                             : nullptr;
                if (field) {
                    field->setServerMessage(e.message);
                    if (!atField)
                        field->edit()->setFocus();
                    atField = true;
                }
            }
            m_status->setVisible(!atField);
            m_status->setText(r.error.message);
            m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
            refresh();
        });
}

} // namespace insights
