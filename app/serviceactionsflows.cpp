// The actions that change a service's state: retry a deploy, suspend, reactivate, offboard,
// and delete a customer without a service. Each asks first where it cannot be undone, names
// the tenant, and tells the window to sync once the server took it.
#include "serviceactions.h"

#include "customerapi.h"
#include "serviceapi.h"
#include "suspenddialog.h"
#include "workspace.h"

namespace insights {

void ServiceActions::runRetry()
{
    const std::optional<Service> s = service();
    if (!s)
        return;
    const QString tenant = s->settings.tenant.name;
    m_workspace->client()->services().retryDeploy(s->id).then(
        this, [this, tenant](const Result<Nothing> &r) {
            if (!r.ok())
                report(tr("Retry the deploy of %1").arg(tenant), r.error.message);
            else
                emit done(tr("Deploying %1 again…").arg(tenant));
            emit changed();
        });
}

void ServiceActions::runSuspend()
{
    const std::optional<Service> s = service();
    if (!s)
        return;
    auto *dialog = new SuspendDialog(m_workspace->client(), *s, customerName(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SuspendDialog::suspended, this, [this](const Service &suspended) {
        emit done(tr("Suspended %1: its recording stops.").arg(suspended.settings.tenant.name));
        emit changed();
    });
    dialog->open();
}

void ServiceActions::runReactivate()
{
    const std::optional<Service> s = service();
    if (!s)
        return;
    const QString tenant = s->settings.tenant.name;
    const QString title = tr("Reactivate %1").arg(tenant);
    if (!confirm(title,
                 tr("Reactivate %1 of the customer %2? Its recording starts again.")
                     .arg(tenant, customerName()),
                 Risk::Safe))
        return;
    m_workspace->client()->services().reactivate(s->id).then(
        this, [this, title, tenant](const Result<Service> &r) {
            if (!r.ok())
                report(title, r.error.message);
            else if (r.value.deploymentStatus == DeploymentStatus::PendingConsents)
                emit done(tr("Reactivated %1: it waits for the customer's consents.").arg(tenant));
            else
                emit done(tr("Reactivated %1.").arg(tenant));
            emit changed();
        });
}

void ServiceActions::runOffboard()
{
    const std::optional<Service> s = service();
    if (!s)
        return;
    const QString id = s->id;
    const QString title = tr("Offboard %1").arg(s->settings.tenant.name);
    const std::optional<Recordings> recordings = chooseOffboarding(*s);
    if (!recordings)
        return;
    // The ETag comes from a fresh read: never delete what someone else just changed.
    ServicesApi services = m_workspace->client()->services();
    services.get(id).then(this,
                          [this, services, id, title, recordings](const Result<Service> &read) {
                              if (!read.ok()) {
                                  report(title, read.error.message);
                                  return;
                              }
                              services.offboard(id, read.etag, *recordings)
                                  .then(this, [this, title](const Result<Nothing> &r) {
                                      if (!r.ok())
                                          report(title, r.error.message);
                                      else
                                          emit done(tr("%1: started.").arg(title));
                                      emit changed();
                                  });
                          });
}

void ServiceActions::runDeleteCustomer()
{
    const QString id = m_customerId;
    const QString name = customerName();
    const QString title = tr("Delete %1").arg(name);
    if (!confirm(title,
                 tr("Delete the customer %1 and its operators? This cannot be undone.").arg(name),
                 Risk::Destructive))
        return;
    CustomersApi customers = m_workspace->client()->customers();
    customers.get(id).then(this, [this, customers, id, title](const Result<Customer> &read) {
        if (!read.ok()) {
            report(title, read.error.message);
            return;
        }
        customers.remove(id, read.etag).then(this, [this, title](const Result<Nothing> &r) {
            if (!r.ok())
                report(title, r.error.message);
            else
                emit done(tr("%1: done.").arg(title));
            emit changed();
        });
    });
}

} // namespace insights
