#include "waiverdialog.h"

#include "fieldrules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

WaiverDialog::WaiverDialog(const QString &reference, QWidget *parent)
    : QDialog(parent)
    , m_reference(new QLineEdit(reference, this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("waiverDialog"));
    setWindowTitle(tr("Legal waiver required"));
    auto *explanation = new QLabel(
        tr("<p>With this option on, the customer may choose in its Recording Profile whether "
           "Microsoft Teams shows the recording banner to call participants.</p>"
           "<p>The customer must have signed a <b>legal waiver</b> that allows you, its "
           "service provider, to control the banner. Enter the waiver's reference to "
           "confirm.</p>"),
        this);
    explanation->setWordWrap(true);
    m_reference->setObjectName(QStringLiteral("waiverReference"));
    m_reference->setAccessibleName(tr("Waiver reference"));
    m_reference->setPlaceholderText(QStringLiteral("WVR-2026-0042"));
    m_message->setObjectName(QStringLiteral("waiverReferenceMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_message->setWordWrap(true);
    confirmButton()->setText(tr("&Confirm"));
    confirmButton()->setObjectName(QStringLiteral("waiverConfirm"));
    confirmButton()->setAccessibleName(tr("Confirm the waiver"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("waiverCancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Waiver &reference:"), this);
    label->setBuddy(m_reference);
    form->addRow(label, m_reference);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_reference, &QLineEdit::textChanged, this, &WaiverDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (FieldRules::waiverReference(m_reference->text()).isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

QString WaiverDialog::reference() const
{
    return m_reference->text();
}

QPushButton *WaiverDialog::confirmButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void WaiverDialog::refresh()
{
    const Verdict v = FieldRules::waiverReference(m_reference->text());
    confirmButton()->setEnabled(v.isAcceptable());
    m_message->setText(v.isAcceptable() || m_reference->text().isEmpty() ? QString() : v.message);
}

} // namespace insights
