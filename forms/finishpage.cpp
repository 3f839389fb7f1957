#include "finishpage.h"

#include "serviceapi.h"

#include "onboardingwizard.h"
#include "operatorsdialog.h"
#include "reviewpage.h"
#include "tenantpage.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace insights {

FinishPage::FinishPage(QWidget *parent)
    : QWizardPage(parent)
    , m_link(new QLineEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_operators(new QPushButton(tr("Add customer &operators…"), this))
    , m_copied(new QLabel(this))
    , m_reach(new QLabel(this))
    , m_ownStorage(new QLabel(this))
{
    setObjectName(QStringLiteral("finishPage"));
    setTitle(tr("Quick Start"));
    setSubTitle(tr("Send this link to the customer's Microsoft 365 administrator."));
    m_link->setObjectName(QStringLiteral("quickStartLink"));
    m_link->setAccessibleName(tr("Quick Start link"));
    m_link->setReadOnly(true);
    m_copy->setObjectName(QStringLiteral("copyQuickStartLink"));
    m_copy->setAccessibleName(tr("Copy the Quick Start link"));
    m_open->setObjectName(QStringLiteral("openQuickStartLink"));
    m_open->setAccessibleName(tr("Open the Quick Start page"));
    m_copied->setObjectName(QStringLiteral("copiedNote"));
    m_copied->setWordWrap(true);
    m_reach->setObjectName(QStringLiteral("linkReachNote"));
    m_reach->setWordWrap(true);
    m_reach->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    m_reach->setVisible(false);
    m_ownStorage->setObjectName(QStringLiteral("ownStorageNote"));
    m_ownStorage->setWordWrap(true);
    m_ownStorage->setText(tr("Bring your own storage is on: once the customer gives you a "
                             "container URL with a SAS, add it in <b>Edit the service… → Own "
                             "storage</b> (Ctrl+E); it is verified there."));
    m_ownStorage->setVisible(false);
    m_mail = new QLabel(this);
    m_mail->setObjectName(QStringLiteral("quickStartMailNote"));
    m_mail->setWordWrap(true);
    m_mail->setTextFormat(Qt::PlainText);
    auto *explanation = new QLabel(
        tr("The customer's administrator grants the consents in the Quick Start wizard, "
           "starting with M365 Login. Until then the customer shows <b>Warning</b> with the "
           "consent alarm; once all consents are granted the service turns <b>OK</b> and "
           "Ready."),
        this);
    explanation->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_link, 1);
    row->addWidget(m_copy);
    row->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_copied);
    layout->addWidget(m_reach);
    layout->addWidget(m_mail);
    layout->addWidget(m_ownStorage);
    layout->addWidget(explanation);
    auto *operatorsNote = new QLabel(tr("Customer operators are the customer's people who may "
                                        "log in to the platform."),
                                     this);
    operatorsNote->setWordWrap(true);
    layout->addSpacing(12);
    layout->addWidget(operatorsNote);
    layout->addWidget(m_operators, 0, Qt::AlignLeft);
    layout->addStretch();
    m_operators->setObjectName(QStringLiteral("addOperatorsButton"));
    m_operators->setAccessibleName(tr("Add customer operators"));
    connect(m_operators, &QPushButton::clicked, this, [this] {
        auto *wizard = qobject_cast<OnboardingWizard *>(this->wizard());
        auto *dialog = new OperatorsDialog(wizard->client(), wizard->customerId(),
                                           wizard->customerName(), true, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_link->text());
        m_copied->setText(tr("Copied."));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(QUrl(m_link->text())))
            m_copied->setText(tr("No web browser could be started on this computer: "
                                 "copy the link and paste it into a browser."));
    });
}

void FinishPage::initializePage()
{
    auto *wizard = qobject_cast<OnboardingWizard *>(this->wizard());
    m_link->setText(wizard->reviewPage()->quickStartUrl());
    m_copy->setEnabled(!m_link->text().isEmpty());
    m_open->setEnabled(!m_link->text().isEmpty());
    // A loopback link opens only on this computer: say so before it is sent anywhere.
    const QUrl url(m_link->text());
    const bool loopback =
        url.host() == QLatin1String("localhost") || QHostAddress(url.host()).isLoopback();
    m_reach->setText(loopback ? tr("⚠ This link uses a loopback address (%1): it works only on "
                                   "this computer. Connect to a team server (File → Connect to "
                                   "a server…) to send it to a customer.")
                                    .arg(url.host())
                              : QString());
    m_reach->setVisible(loopback);
    m_ownStorage->setVisible(wizard->tenantPage()->tenant().byos);

    // The server queued the Quick Start email when the deploy finished: say to whom.
    m_mail->setText(tr("Looking for the Quick Start email…"));
    const QString serviceId = wizard->reviewPage()->serviceId();
    wizard->client()->services().mails(serviceId).then(
        this, [this, serviceId](const Result<QList<OutboxMail>> &r) {
            if (serviceId !=
                qobject_cast<OnboardingWizard *>(this->wizard())->reviewPage()->serviceId())
                return; // the wizard moved on
            if (!r.ok()) {
                m_mail->setText(r.error.httpStatus == 404
                                    ? tr("This server sends no emails: send the link yourself.")
                                    : tr("Could not see whether the Quick Start email was queued: "
                                         "%1")
                                          .arg(r.error.message));
                return;
            }
            QStringList to;
            QString waiting;
            for (const OutboxMail &m : r.value) {
                if (m.kind != QLatin1String("quick-start"))
                    continue;
                to << m.to;
                if (m.status != QLatin1String("Sent") && !m.lastError.isEmpty())
                    waiting = m.lastError;
            }
            if (to.isEmpty()) {
                m_mail->setText(tr("No Quick Start email was queued: send the link yourself."));
                return;
            }
            QString text =
                to.size() == 1
                    ? tr("✉ The Quick Start email was queued to the contact %1.").arg(to.first())
                    : tr("✉ The Quick Start email was queued to %1 contacts: %2.")
                          .arg(QString::number(to.size()), to.join(QStringLiteral(", ")));
            if (!waiting.isEmpty())
                text += u'\n' + tr("Not sent yet: %1").arg(waiting);
            m_mail->setText(text);
        });
}

} // namespace insights
