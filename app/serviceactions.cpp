#include "serviceactions.h"

#include "byossection.h"
#include "customerapi.h"
#include "customerdialog.h"
#include "editservicedialog.h"
#include "lifecycle.h"
#include "offboarddialog.h"
#include "operatorsdialog.h"
#include "serviceapi.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>

namespace insights {

ServiceActions::ServiceActions(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{
    m_addService = make(tr("&Add Interaction Recording service…"),
                        QStringLiteral("addServiceAction"), &ServiceActions::runAddService);
    m_edit = make(tr("&Edit the service…"), QStringLiteral("editServiceAction"),
                  &ServiceActions::runEdit);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setIconText(tr("Edit…")); // the toolbar's shorter label
    m_operators = make(tr("Customer &operators…"), QStringLiteral("operatorsAction"),
                       &ServiceActions::runOperators);
    m_operators->setIconText(tr("Operators…"));
    m_editCustomer = make(tr("Rename or &describe the customer…"),
                          QStringLiteral("editCustomerAction"), &ServiceActions::runEditCustomer);
    m_copyLink = make(tr("&Copy Quick Start link"), QStringLiteral("copyQuickStartAction"),
                      &ServiceActions::runCopyLink);
    m_openLink = make(tr("O&pen Quick Start page in the browser"),
                      QStringLiteral("openQuickStartAction"), &ServiceActions::runOpenLink);
    m_resendMail = make(tr("Re&send Quick Start email"), QStringLiteral("resendQuickStartAction"),
                        &ServiceActions::runResendMail);
    m_retry = make(tr("&Retry the deploy"), QStringLiteral("retryDeployAction"),
                   &ServiceActions::runRetry);
    m_suspend = make(tr("&Suspend the service…"), QStringLiteral("suspendAction"),
                     &ServiceActions::runSuspend);
    m_suspend->setIconText(tr("Suspend…"));
    m_reactivate = make(tr("Reac&tivate the service"), QStringLiteral("reactivateAction"),
                        &ServiceActions::runReactivate);
    m_reactivate->setIconText(tr("Reactivate"));
    m_offboard = make(tr("Off&board the service…"), QStringLiteral("offboardAction"),
                      &ServiceActions::runOffboard);
    m_deleteCustomer = make(tr("De&lete the customer…"), QStringLiteral("deleteCustomerAction"),
                            &ServiceActions::runDeleteCustomer);
    m_showAudit = new QAction(tr("Show audit &trail"), this);
    m_showAudit->setObjectName(QStringLiteral("showAuditAction"));
    connect(m_showAudit, &QAction::triggered, this, [this] {
        emit auditRequested(m_customerId,
                            m_workspace->services()->serviceIdOfCustomer(m_customerId));
    });
    m_all << m_showAudit;

    confirm = [this](const QString &title, const QString &text, Risk risk) {
        return QMessageBox::question(m_window, title, text, QMessageBox::Yes | QMessageBox::No,
                                     risk == Risk::Destructive
                                         ? QMessageBox::No
                                         : QMessageBox::Yes) == QMessageBox::Yes;
    };
    chooseOffboarding = [this](const Service &s) {
        return OffboardDialog::ask(s.settings.tenant.name, s.settings.tenant.shortName,
                                   customerName(), m_window);
    };
    report = [this](const QString &title, const QString &message) {
        QMessageBox::warning(m_window, title, message);
    };
    connect(workspace, &Workspace::identityChanged, this, &ServiceActions::refresh);
    // A sync may change what applies to the selected customer (a deploy failed, a link came).
    connect(workspace->services(), &QAbstractItemModel::dataChanged, this,
            &ServiceActions::refresh);
    connect(workspace->services(), &QAbstractItemModel::rowsInserted, this,
            &ServiceActions::refresh);
    connect(workspace->services(), &QAbstractItemModel::rowsRemoved, this,
            &ServiceActions::refresh);
    connect(workspace->services(), &QAbstractItemModel::modelReset, this, &ServiceActions::refresh);
    connect(workspace->services(), &ServiceTableModel::serviceUpdated, this,
            [this](const QString &, const QString &customerId) {
                if (customerId == m_customerId)
                    refresh();
            });
    refresh();
}

QAction *ServiceActions::make(const QString &text, const QString &objectName,
                              void (ServiceActions::*run)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, run);
    m_all << action;
    return action;
}

void ServiceActions::addTo(QMenu *menu) const
{
    menu->setToolTipsVisible(true);
    menu->addAction(m_addService);
    menu->addAction(m_edit);
    menu->addAction(m_operators);
    menu->addAction(m_editCustomer);
    menu->addSeparator();
    menu->addAction(m_copyLink);
    menu->addAction(m_openLink);
    menu->addAction(m_resendMail);
    menu->addSeparator();
    menu->addAction(m_retry);
    menu->addAction(m_suspend);
    menu->addAction(m_reactivate);
    menu->addAction(m_offboard);
    menu->addAction(m_deleteCustomer);
    menu->addSeparator();
    menu->addAction(m_showAudit);
}

void ServiceActions::setCustomer(const QString &customerId)
{
    if (customerId != m_customerId)
        m_activatePending = false; // the Enter was for another row
    m_customerId = customerId;
    refresh();
}

std::optional<Service> ServiceActions::service() const
{
    const Service *s =
        m_customerId.isEmpty() ? nullptr : m_workspace->services()->serviceOfCustomer(m_customerId);
    return s ? std::optional<Service>(*s) : std::nullopt;
}

QString ServiceActions::customerName() const
{
    return m_workspace->customers()->displayName(m_customerId);
}

void ServiceActions::setState(QAction *action, bool enabled, const QString &why)
{
    action->setEnabled(enabled);
    // The reason stays readable to a screen reader too: the text of a disabled item is not.
    const QString plain = QString(action->text()).remove(u'&');
    action->setToolTip(enabled ? plain : tr("%1 — not now: %2").arg(plain, why));
    action->setStatusTip(enabled ? QString() : why);
}

void ServiceActions::refresh()
{
    const bool may = m_workspace->mayChange();
    const QString readOnly = tr("the monitor role is read-only");
    if (m_customerId.isEmpty()) {
        for (QAction *a : std::as_const(m_all))
            setState(a, false, tr("select a customer first"));
        return;
    }
    if (customerName().isEmpty()) {
        // A deleted service's customer that was deleted too (Services page, Deleted).
        for (QAction *a : std::as_const(m_all))
            setState(a, false, tr("the customer was deleted"));
        return;
    }
    const std::optional<Service> s = service();
    // Its whole service may be on its way from the cache (serviceUpdated refreshes): what
    // needs the service waits for it, the rest does not.
    const bool reading = !s && m_workspace->services()->hasLiveService(m_customerId);
    const bool changing = s && (s->deploymentStatus == DeploymentStatus::Deleting ||
                                s->deploymentStatus == DeploymentStatus::Deploying);
    const bool hasLink = s && !s->quickStartUrl.isEmpty();
    auto state = [&](QAction *a, bool applies, const QString &why, bool changes = true,
                     bool needsService = true) {
        if (changes && !may)
            setState(a, false, readOnly);
        else if (reading && needsService)
            setState(a, false, tr("reading the service"));
        else
            setState(a, applies, why);
    };
    state(m_addService, !s, tr("the customer already has a service"));
    state(m_edit, s && s->deploymentStatus != DeploymentStatus::Deleting,
          s ? tr("the service is being offboarded") : tr("not onboarded yet"));
    // A monitor may look at the operators; the dialog is read-only for them.
    state(m_operators, true, {}, false, false);
    state(m_editCustomer, true, {}, true, false);
    state(m_copyLink, hasLink, tr("no Quick Start link yet"), false);
    state(m_openLink, hasLink, tr("no Quick Start link yet"), false);
    state(m_resendMail,
          hasLink && (s->deploymentStatus == DeploymentStatus::PendingConsents ||
                      s->deploymentStatus == DeploymentStatus::Ready),
          tr("no Quick Start link yet"));
    state(m_retry, s && s->deploymentStatus == DeploymentStatus::DeploymentError,
          tr("only a failed deploy can be retried"));
    const DeploymentStatus st = s ? s->deploymentStatus : DeploymentStatus::Deleted;
    state(m_suspend, s && Lifecycle::maySuspend(st),
          !s ? tr("not onboarded yet") : Lifecycle::whyNotSuspend(st));
    state(m_reactivate, s && Lifecycle::mayReactivate(st),
          !s ? tr("not onboarded yet") : Lifecycle::whyNotReactivate(st));
    state(m_offboard, s && !changing,
          !s ? tr("not onboarded yet") : tr("wait until the current operation ends"));
    state(m_deleteCustomer, !s, tr("offboard its service first"));
    state(m_showAudit, true, {}, false, false); // looking is allowed
    if (!reading && m_activatePending) {
        m_activatePending = false;
        activate(m_customerId);
    }
}

void ServiceActions::activate(const QString &customerId)
{
    setCustomer(customerId);
    // Enter right after the click: open the service once the cache has read it.
    m_activatePending = !service() && m_workspace->services()->hasLiveService(customerId);
    if (m_activatePending)
        return;
    if (m_edit->isEnabled())
        runEdit();
    else if (m_addService->isEnabled())
        runAddService();
}

void ServiceActions::runAddService()
{
    emit addServiceRequested(m_customerId);
}

void ServiceActions::runEdit()
{
    const std::optional<Service> s = service();
    if (!s)
        return;
    auto *dialog = new EditServiceDialog(m_workspace->client(), s->id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditServiceDialog::saved, this, [this, tenant = s->settings.tenant.name] {
        emit done(tr("Saved %1.").arg(tenant));
        emit changed();
    });
    // A location added or removed in Own storage is in effect at once: the details follow.
    connect(dialog->byosSection(), &ByosSection::edited, this, &ServiceActions::changed);
    dialog->open();
}

void ServiceActions::runOperators()
{
    auto *dialog = new OperatorsDialog(m_workspace->client(), m_customerId, customerName(),
                                       m_workspace->mayChange(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ServiceActions::runEditCustomer()
{
    auto *dialog = new CustomerDialog(m_workspace->client(), m_customerId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this, [this](const Customer &c) {
        emit done(tr("Saved the customer %1.").arg(c.displayName));
        emit changed();
    });
    dialog->open();
}

void ServiceActions::runCopyLink()
{
    if (const std::optional<Service> s = service()) {
        QApplication::clipboard()->setText(s->quickStartUrl);
        emit done(tr("Copied the Quick Start link of %1.").arg(s->settings.tenant.name));
    }
}

void ServiceActions::runOpenLink()
{
    const std::optional<Service> s = service();
    if (s && !QDesktopServices::openUrl(QUrl(s->quickStartUrl)))
        report(tr("Open the Quick Start page of %1").arg(s->settings.tenant.name),
               tr("No web browser could be started on this computer. Use Copy Quick Start "
                  "link and paste the link into a browser, or send it to the customer."));
}

void ServiceActions::runResendMail()
{
    const std::optional<Service> s = service();
    if (!s)
        return;
    const QString tenant = s->settings.tenant.name;
    const QString customerId = m_customerId;
    const QStringList &contacts = s->settings.tenant.contactEmails;
    const QString question =
        contacts.size() == 1 ? tr("Send the Quick Start email of %1 again to its contact %2?")
                                   .arg(tenant, contacts.first())
                             : tr("Send the Quick Start email of %1 again to its %2 contacts: %3?")
                                   .arg(tenant, QString::number(contacts.size()),
                                        contacts.join(QStringLiteral(", ")));
    if (!confirm(tr("Resend the Quick Start email of %1").arg(tenant), question, Risk::Safe))
        return;
    m_workspace->client()->services().resendQuickStart(s->id).then(
        this, [this, tenant, customerId](const Result<int> &r) {
            if (!r.ok()) {
                report(tr("Resend the Quick Start email of %1").arg(tenant), r.error.message);
                return;
            }
            emit done(r.value == 1
                          ? tr("Queued the Quick Start email of %1 to its contact.").arg(tenant)
                          : tr("Queued the Quick Start email of %1 to %2 contacts.")
                                .arg(tenant, QString::number(r.value)));
            emit mailsQueued(customerId);
        });
}

} // namespace insights
