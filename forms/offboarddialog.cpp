#include "offboarddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace insights {

OffboardDialog::OffboardDialog(const QString &tenant, const QString &shortName,
                               const QString &customer, QWidget *parent)
    : QDialog(parent)
    , m_shortName(shortName)
    , m_keep(new QRadioButton(tr("&Keep the recordings: their storage stays, nothing of the "
                                 "customer's data is touched"),
                              this))
    , m_delete(new QRadioButton(tr("&Delete the recordings now: their storage is deleted; "
                                   "this cannot be undone"),
                                this))
    , m_confirm(new QLineEdit(this))
    , m_confirmLabel(new QLabel(this))
    , m_offboard(new QPushButton(tr("&Offboard"), this))
{
    setObjectName(QStringLiteral("offboardDialog"));
    setWindowTitle(tr("Offboard %1").arg(tenant));
    auto *intro = new QLabel(tr("Offboarding <b>%1</b> of the customer %2 stops its recording, "
                                "removes its bots and frees its names. What happens to the "
                                "recordings?")
                                 .arg(tenant.toHtmlEscaped(), customer.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("offboardIntro"));
    m_keep->setObjectName(QStringLiteral("keepRecordings"));
    m_keep->setAccessibleName(tr("Keep the recordings"));
    m_delete->setObjectName(QStringLiteral("deleteRecordings"));
    m_delete->setAccessibleName(tr("Delete the recordings now"));
    m_keep->setChecked(true);
    m_confirm->setObjectName(QStringLiteral("confirmShortName"));
    m_confirm->setAccessibleName(tr("Short name, typed to confirm"));
    m_confirm->setPlaceholderText(shortName);
    m_confirmLabel->setText(tr("Type the short name <b>%1</b> to confirm the deletion:")
                                .arg(shortName.toHtmlEscaped()));
    m_confirmLabel->setBuddy(m_confirm);
    m_offboard->setObjectName(QStringLiteral("offboardButton"));
    m_offboard->setAccessibleName(tr("Offboard"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_offboard, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keep);
    layout->addWidget(m_delete);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    // The confirmation rows keep their room while hidden: choosing Delete and then Keep
    // again moves nothing, so the Offboard button stays under the pointer.
    for (QWidget *row :
         {static_cast<QWidget *>(m_confirmLabel), static_cast<QWidget *>(m_confirm)}) {
        QSizePolicy policy = row->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        row->setSizePolicy(policy);
    }
    connect(m_keep, &QRadioButton::toggled, this, &OffboardDialog::refresh);
    connect(m_confirm, &QLineEdit::textChanged, this, &OffboardDialog::refresh);
    connect(m_offboard, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(560, qMax(sizeHint().height(), heightForWidth(560)));
}

Recordings OffboardDialog::recordings() const
{
    return m_delete->isChecked() ? Recordings::Delete : Recordings::Keep;
}

void OffboardDialog::refresh()
{
    const bool deleting = m_delete->isChecked();
    m_confirm->setVisible(deleting);
    m_confirmLabel->setVisible(deleting);
    m_offboard->setEnabled(
        !deleting || m_confirm->text().trimmed().compare(m_shortName, Qt::CaseInsensitive) == 0);
    m_offboard->setText(deleting ? tr("&Offboard and delete") : tr("&Offboard"));
    // The confirmation rows take room: the dialog grows so that no wrapped line is cut.
    if (QLayout *rows = layout()) {
        rows->activate();
        const int needed = heightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

std::optional<Recordings> OffboardDialog::ask(const QString &tenant, const QString &shortName,
                                              const QString &customer, QWidget *parent)
{
    OffboardDialog dialog(tenant, shortName, customer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.recordings();
}

} // namespace insights
