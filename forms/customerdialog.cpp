#include "customerdialog.h"

#include "customerapi.h"
#include "discardprompt.h"
#include "fieldrules.h"
#include "validatedfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

CustomerDialog::CustomerDialog(ApiClient *client, const QString &customerId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_customerId(customerId)
    , m_name(new ValidatedField(QStringLiteral("customerDisplayName"), tr("Display name"),
                                &FieldRules::customerDisplayName, this))
    , m_description(new QPlainTextEdit(this))
    , m_descriptionMessage(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(tr("Customer details"));
    m_description->setObjectName(QStringLiteral("customerDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 5 + 12);
    m_descriptionMessage->setObjectName(QStringLiteral("customerDescriptionMessage"));
    m_descriptionMessage->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_descriptionMessage->setWordWrap(true);
    m_descriptionMessage->setVisible(false);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setEnabled(false);
    m_status->setObjectName(QStringLiteral("customerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Display &name:"), this);
    nameLabel->setBuddy(m_name->edit());
    form->addRow(nameLabel, m_name);
    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    auto *description = new QVBoxLayout;
    description->addWidget(m_description);
    description->addWidget(m_descriptionMessage);
    form->addRow(descriptionLabel, description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1); // spare height goes below the fields, not between them
    layout->addWidget(buttons);
    resize(520, 280);

    confirmDiscard = [this] { return askDiscardChanges(this, m_original.displayName); };
    connect(m_name, &ValidatedField::stateChanged, this, &CustomerDialog::refreshSave);
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        showDescriptionMessage();
        refreshSave();
    });
    connect(m_save, &QPushButton::clicked, this, &CustomerDialog::save);
    connect(m_name->edit(), &QLineEdit::returnPressed, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

bool CustomerDialog::hasUnsavedChanges() const
{
    return m_loaded && (m_name->text() != m_original.displayName ||
                        m_description->toPlainText() != m_original.description);
}

void CustomerDialog::reject()
{
    if (hasUnsavedChanges() && !confirmDiscard())
        return;
    QDialog::reject();
}

void CustomerDialog::showDescriptionMessage()
{
    const Verdict v = FieldRules::customerDescription(m_description->toPlainText());
    m_descriptionMessage->setText(v.message);
    m_descriptionMessage->setVisible(!v.isAcceptable());
    m_description->setAccessibleDescription(v.message);
}

void CustomerDialog::refreshSave()
{
    m_save->setEnabled(
        !m_etag.isEmpty() && hasUnsavedChanges() && m_name->isAcceptable() &&
        FieldRules::customerDescription(m_description->toPlainText()).isAcceptable());
}

void CustomerDialog::load()
{
    m_status->setText(tr("Loading…"));
    m_client->customers().get(m_customerId).then(this, [this](const Result<Customer> &r) {
        if (!r.ok()) {
            m_status->setText(tr("Could not load the customer: %1").arg(r.error.message));
            return;
        }
        m_etag = r.etag;
        m_original = r.value;
        m_loaded = false;
        m_name->setText(r.value.displayName);
        m_description->setPlainText(r.value.description);
        m_loaded = true;
        setWindowTitle(tr("Customer details: %1").arg(r.value.displayName));
        m_status->clear();
        refreshSave();
        emit loaded();
    });
}

void CustomerDialog::save()
{
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_client->customers()
        .patch(m_customerId, m_etag, m_name->text(), m_description->toPlainText())
        .then(this, [this](const Result<Customer> &r) {
            if (r.ok()) {
                m_loaded = false;
                emit saved(r.value);
                accept();
                return;
            }
            if (r.error.kind != ApiError::Kind::PreconditionFailed) {
                if (const QString m = r.error.messageFor(u"displayName"); !m.isEmpty())
                    m_name->setServerMessage(m);
                m_status->setText(tr("Not saved: %1").arg(r.error.message));
                refreshSave();
                return;
            }
            // Someone else saved first: show theirs, keep mine, and let the person decide.
            m_client->customers().get(m_customerId).then(this, [this](const Result<Customer> &l) {
                if (!l.ok()) {
                    m_status->setText(tr("Changed elsewhere, and it could not be read again: %1")
                                          .arg(l.error.message));
                    return;
                }
                m_etag = l.etag;
                m_status->setText(tr("Not saved: someone changed this customer meanwhile. Theirs: "
                                     "name “%1”, description “%2”. Save again to replace it "
                                     "with yours, or Cancel to keep theirs.")
                                      .arg(l.value.displayName, l.value.description));
                m_original = l.value;
                refreshSave();
                emit conflict();
            });
        });
}

} // namespace insights
