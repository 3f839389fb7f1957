#include "reviewpage.h"

#include "domainjson.h"
#include "lifecycle.h"
#include "onboardingwizard.h"
#include "serviceapi.h"
#include "storagelocations.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace insights {

ReviewPage::ReviewPage(QWidget *parent)
    : QWizardPage(parent)
    , m_summary(new QTextBrowser(this))
    , m_deploy(new QPushButton(tr("&Deploy"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_progress(new QProgressBar(this))
    , m_steps(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setTitle(tr("Review & Deploy"));
    setSubTitle(tr("Check the settings, then deploy. Deploying can take a few minutes; you may "
                   "close the wizard, the deployment continues."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Continue"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setAccessibleName(tr("Deploy"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setVisible(false);
    m_progress->setObjectName(QStringLiteral("deployProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_steps->setObjectName(QStringLiteral("deploySteps"));
    m_steps->setAccessibleName(tr("Deployment steps"));
    m_steps->setVisible(false);
    // A long step (one planned but not run, with why) wraps rather than scrolls sideways.
    m_steps->setWordWrap(true);
    m_steps->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_steps->setMaximumHeight(m_steps->fontMetrics().height() * 7 + 8);
    m_status->setObjectName(QStringLiteral("deployStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_deploy);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_steps);
    layout->addWidget(m_status);

    m_poll.setInterval(500);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &ReviewPage::poll);
    connect(m_deploy, &QPushButton::clicked, this, &ReviewPage::deploy);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_serviceId.isEmpty())
            post();
        else
            retryDeploy();
    });
}

void ReviewPage::initializePage()
{
    auto *wizard = qobject_cast<OnboardingWizard *>(this->wizard());
    const ServiceSettings s = wizard->settings();
    const TenantSettings &t = s.tenant;
    const ComplianceSettings &c = s.compliance;
    const auto &locations = StorageLocations::builtIn();
    const StorageLocation *location = locations.find(t.storageLocation);
    auto row = [](const QString &label, const QString &value) {
        // One label width in every section, so the values line up down the page.
        return QStringLiteral("<tr><td width='240' style='padding-right:16px;color:#555'>%1</td>"
                              "<td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    auto yesNo = [](bool on) {
        return on ? ReviewPage::tr("Enabled") : ReviewPage::tr("Disabled");
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Customer"));
    html += row(tr("Customer"), wizard->customerName());
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Tenant Management"));
    html += row(tr("Customer (M365 Tenant) Name"), t.name);
    html += row(tr("Domain"), t.domain);
    html += row(tr("Short Company Name"), t.shortName);
    html += row(tr("Contact Email Addresses"), t.contactEmails.join(QStringLiteral(", ")));
    html += row(tr("Administrator UPNs"), t.adminUpns.join(QStringLiteral(", ")));
    html += row(tr("User Type"), t.userType == UserType::Pro ? tr("Pro") : tr("Essential"));
    html += row(tr("Licence type"), Lifecycle::licenseType(t.userType));
    html += row(tr("Included Users"), QString::number(t.includedUsers));
    html += row(tr("Storage Location"), location ? location->displayName() : t.storageLocation);
    html += row(tr("BYOS"), yesNo(t.byos));
    html += row(tr("Unlimited Retention"), yesNo(t.unlimitedRetention));
    if (!t.notes.isEmpty())
        html += row(tr("Notes"), t.notes);
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("Compliance Exception Features"));
    html += row(tr("Control MSFT Teams Recording Notifications"),
                c.controlTeamsNotifications
                    ? tr("Enabled (waiver %1)").arg(c.teamsNotificationsWaiverReference)
                    : yesNo(false));
    html += row(tr("Delete Calling Recordings"), yesNo(c.deleteCallRecordings));
    html += row(tr("Advanced Storage"),
                c.advancedStorage && location
                    ? tr("Enabled: replica in %1").arg(locations.regionName(location->pairedRegion))
                    : yesNo(false));
    html += QStringLiteral("</table>");
    m_summary->setHtml(html);
    // A changed form is a new logical action: a new key. A retry of the same one reuses it.
    if (m_serviceId.isEmpty())
        m_idempotencyKey = ApiClient::newIdempotencyKey();
}

bool ReviewPage::isComplete() const
{
    return m_done;
}

void ReviewPage::deploy()
{
    if (m_busy || !m_serviceId.isEmpty())
        return;
    post();
}

void ReviewPage::post()
{
    auto *wizard = qobject_cast<OnboardingWizard *>(this->wizard());
    m_busy = true;
    m_deploy->setEnabled(false);
    m_retry->setVisible(false);
    m_status->setText(tr("Creating the service…"));
    wizard->client()
        ->services()
        .create(wizard->customerId(), wizard->settings(), m_idempotencyKey)
        .then(this, [this, wizard](const Result<Service> &r) {
            m_busy = false;
            if (r.error.kind == ApiError::Kind::Validation ||
                (r.error.kind == ApiError::Kind::Conflict && !r.error.fieldErrors.isEmpty())) {
                m_deploy->setEnabled(true);
                m_idempotencyKey = ApiClient::newIdempotencyKey(); // the fix is a new action
                m_status->setText(tr("The server refused some values: %1").arg(r.error.message));
                wizard->showFieldErrors(r.error.fieldErrors);
                return;
            }
            if (!r.ok()) {
                fail(r.error.message,
                     r.error.isTransient() || r.error.kind == ApiError::Kind::Conflict);
                m_deploy->setEnabled(!r.error.isTransient());
                return;
            }
            m_serviceId = r.value.id;
            // The service exists: going back to edit the form would only mislead.
            wizard->setButtonLayout({QWizard::Stretch, QWizard::CommitButton, QWizard::FinishButton,
                                     QWizard::CancelButton});
            emit wizard->serviceCreated(m_serviceId, wizard->customerId());
            follow(r.operationLocation);
        });
}

void ReviewPage::follow(const QByteArray &operationPath)
{
    m_operationPath = operationPath;
    m_progress->setVisible(true);
    m_steps->setVisible(true);
    m_retry->setVisible(false);
    m_status->setText(tr("Deploying…"));
    poll();
}

void ReviewPage::poll()
{
    auto *wizard = qobject_cast<OnboardingWizard *>(this->wizard());
    if (!wizard || m_operationPath.isEmpty())
        return;
    wizard->client()
        ->services()
        .operationAt(m_operationPath)
        .then(this, [this](const Result<Operation> &r) { onOperation(r); });
}

void ReviewPage::onOperation(const Result<Operation> &r)
{
    if (!r.ok()) {
        // The deploy goes on without us; keep asking, and say why we cannot see it.
        m_status->setText(
            tr("Cannot see the deployment's progress: %1. Trying again…").arg(r.error.message));
        m_poll.start(2000);
        return;
    }
    const Operation &op = r.value;
    m_progress->setValue(op.percentComplete);
    showSteps(op, nullptr);
    if (op.status == OperationStatus::Failed) {
        fail(op.error ? op.error->message : tr("The deployment failed."), true);
        return;
    }
    if (op.status != OperationStatus::Succeeded) {
        m_poll.start();
        return;
    }
    m_status->setText(tr("Deployed; reading the Quick Start link…"));
    auto *wizard = qobject_cast<OnboardingWizard *>(this->wizard());
    wizard->client()
        ->services()
        .get(m_serviceId)
        .then(this, [this, op](const Result<Service> &service) {
            m_quickStartUrl = service.value.quickStartUrl;
            if (service.ok())
                showSteps(op, &service.value); // now with what was really provisioned
            // Nothing left to cancel: the wizard's last button closes it.
            this->wizard()->setButtonText(QWizard::CancelButton, tr("Close"));
            m_done = true;
            // Deployed without storage (the server has no storage account there) is said so
            // in the sentence a person reads, not only in the step list.
            bool planned = false;
            if (service.ok())
                for (const OperationStep &step : op.steps)
                    planned =
                        planned || Lifecycle::onlyPlanned(step.name, step.status, service.value);
            m_status->setText(
                planned ? tr("Deployed without storage: this server has no storage account "
                             "for the location, so its containers are only planned (see Server "
                             "settings). The customer must now grant its consents in the Quick "
                             "Start wizard. Continue for the link.")
                        : tr("Deployed. The customer must now grant its consents in the Quick "
                             "Start wizard. Continue for the link."));
            emit completeChanged();
        });
}

void ReviewPage::showSteps(const Operation &op, const Service *service)
{
    m_steps->clear();
    for (const OperationStep &step : op.steps) {
        const QString mark = step.status == OperationStatus::Succeeded ? QStringLiteral("✓ ")
                             : step.status == OperationStatus::Failed  ? QStringLiteral("✗ ")
                             : step.status == OperationStatus::Running ? QStringLiteral("… ")
                             : step.status == OperationStatus::Skipped ? QStringLiteral("– ")
                                                                       : QStringLiteral("   ");
        QString text = Lifecycle::stepDescription(step.name, wizardSettings());
        // A container the server only planned (it has no storage account there) is not
        // shown as created.
        const bool plannedOnly =
            service && Lifecycle::onlyPlanned(step.name, step.status, *service);
        if (plannedOnly)
            text = tr("%1 — planned only: no storage account is configured there").arg(text);
        // A step that does not apply, or only planned, is said so, never ticked.
        m_steps->addItem(step.status == OperationStatus::Skipped
                             ? mark + tr("%1 — skipped: not for Essential").arg(text)
                         : plannedOnly ? QStringLiteral("– ") + text
                                       : mark + text);
    }
}

ServiceSettings ReviewPage::wizardSettings() const
{
    auto *wizard = qobject_cast<OnboardingWizard *>(this->wizard());
    return wizard ? wizard->settings() : ServiceSettings{};
}

void ReviewPage::retryDeploy()
{
    auto *wizard = qobject_cast<OnboardingWizard *>(this->wizard());
    m_retry->setEnabled(false);
    m_status->setText(tr("Deploying again…"));
    wizard->client()
        ->services()
        .retryDeploy(m_serviceId)
        .then(this, [this](const Result<Nothing> &r) {
            m_retry->setEnabled(true);
            if (!r.ok()) {
                fail(r.error.message, true);
                return;
            }
            follow(r.operationLocation);
        });
}

void ReviewPage::fail(const QString &message, bool retryable)
{
    m_status->setText(tr("<b>Not deployed:</b> %1").arg(message.toHtmlEscaped()));
    m_retry->setVisible(retryable);
    m_retry->setEnabled(true);
}

} // namespace insights
