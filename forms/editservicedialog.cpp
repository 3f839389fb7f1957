#include "editservicedialog.h"

#include "screenfit.h"

#include "byossection.h"
#include "compliancepage.h"
#include "discardprompt.h"
#include "domainjson.h"
#include "fieldnames.h"
#include "serviceapi.h"
#include "tenantpage.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace insights {

namespace f = field;

EditServiceDialog::EditServiceDialog(ApiClient *client, const QString &serviceId, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_serviceId(serviceId)
    , m_tabs(new QTabWidget(this))
    , m_tenant(new TenantPage(client))
    , m_compliance(new CompliancePage)
    , m_byos(new ByosSection(client, this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("editServiceDialog"));
    setWindowTitle(tr("Edit the Interaction Recording service"));
    m_tabs->setObjectName(QStringLiteral("editTabs"));
    m_tabs->addTab(m_tenant, tr("&Tenant Management"));
    m_tabs->addTab(m_compliance, tr("&Compliance Exception Features"));
    m_byos->hide(); // a tab once the service is loaded with Bring your own storage on
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_tabs->setAccessibleName(tr("Service settings"));
    m_tabs->tabBar()->setAccessibleName(tr("Service settings pages"));
    m_save->setEnabled(false);
    m_status->setObjectName(QStringLiteral("editStatus"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    auto *lockedNote = new QLabel(tr("Fields marked ⚠ are locked since the deployment: they "
                                     "cannot be modified."),
                                  this);
    lockedNote->setObjectName(QStringLiteral("lockedNote"));
    lockedNote->setWordWrap(true);
    lockedNote->setStyleSheet(QStringLiteral("color: #5f6368;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lockedNote);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // The Tenant page scrolls, so the dialog may be smaller than its content: it fits a
    // 1024×700 screen, and any scale factor.
    fitToScreen(this, {760, 720}, 85);

    confirmUserTypeChange = [this](UserType from, UserType to) {
        const QString tenant = m_original.settings.tenant.name;
        const QString text =
            to == UserType::Essential
                ? tr("Downgrading %1 to Essential stops the replica copies in the paired region.")
                      .arg(tenant)
                : tr("Upgrading %1 to Pro turns on Advanced Storage; the customer must grant one "
                     "more consent (Redundant Recording Calls) before the service is Ready "
                     "again.")
                      .arg(tenant);
        Q_UNUSED(from);
        return QMessageBox::question(this, tr("Change the user type of %1?").arg(tenant), text,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    resolveConflict = [this](const QStringList &differences) {
        QMessageBox box(QMessageBox::Warning, tr("Changed elsewhere"),
                        tr("Someone changed this service since you opened it. Your changes were "
                           "not saved."),
                        QMessageBox::NoButton, this);
        QPushButton *reload = box.addButton(tr("&Reload (discard mine)"), QMessageBox::AcceptRole);
        QPushButton *review = box.addButton(tr("Re&view the differences"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDetailedText(differences.join(u'\n'));
        box.exec();
        if (box.clickedButton() == reload)
            return ConflictChoice::Reload;
        if (box.clickedButton() == review)
            return ConflictChoice::Review;
        return ConflictChoice::Cancel;
    };
    confirmDiscard = [this] { return askDiscardChanges(this, m_original.settings.tenant.name); };
    connect(m_tenant, &QWizardPage::completeChanged, this, &EditServiceDialog::refreshSave);
    connect(m_compliance, &QWizardPage::completeChanged, this, &EditServiceDialog::refreshSave);
    connect(m_tenant, &TenantPage::userTypeChanged, this, [this] {
        const TenantSettings t = m_tenant->tenant();
        m_compliance->followTenant(t.userType, t.storageLocation);
    });
    connect(this, &EditServiceDialog::loaded, this, &EditServiceDialog::refreshSave);
    connect(m_save, &QPushButton::clicked, this, &EditServiceDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

ServiceSettings EditServiceDialog::current() const
{
    return {m_tenant->tenant(), m_compliance->compliance()};
}

bool EditServiceDialog::hasUnsavedChanges() const
{
    return m_loaded && current() != m_original.settings;
}

void EditServiceDialog::refreshSave()
{
    // Save means something only when there is a valid change to send.
    m_save->setEnabled(!m_etag.isEmpty() && hasUnsavedChanges() && m_tenant->isComplete() &&
                       m_compliance->isComplete());
}

void EditServiceDialog::reject()
{
    if (hasUnsavedChanges() && !confirmDiscard())
        return;
    QDialog::reject();
}

void EditServiceDialog::load()
{
    m_status->setText(tr("Loading…"));
    m_client->services().get(m_serviceId).then(this, [this](const Result<Service> &r) {
        if (!r.ok()) {
            m_status->setText(tr("Could not load the service: %1").arg(r.error.message));
            return;
        }
        m_etag = r.etag;
        fill(r.value);
        m_status->clear();
        emit loaded();
    });
}

void EditServiceDialog::fill(const Service &s)
{
    m_original = s;
    m_loaded = false;
    // Locked first: setting the values then starts no availability check of the service's
    // own names.
    m_tenant->lockDeployedFields(s.lockedFields.isEmpty() ? ServiceRules::lockedFieldPaths()
                                                          : s.lockedFields);
    m_tenant->setTenant(s.settings.tenant);
    m_compliance->setCompliance(s.settings.compliance);
    m_compliance->followTenant(s.settings.tenant.userType, s.settings.tenant.storageLocation);
    setWindowTitle(tr("Edit %1").arg(s.settings.tenant.name));
    // The customer's own storage is a tab of its own while BYOS is on (as saved).
    const int byosTab = m_tabs->indexOf(m_byos);
    if (s.settings.tenant.byos && byosTab < 0) {
        m_tabs->addTab(m_byos, tr("Own &storage"));
        m_byos->setService(s.id, s.settings.tenant.name);
    } else if (!s.settings.tenant.byos && byosTab >= 0) {
        m_tabs->removeTab(byosTab);
        m_byos->hide();
    }
    // What the form shows is the baseline: a value the form normalises is no change.
    m_original.settings = current();
    m_loaded = true;
    refreshSave();
}

void EditServiceDialog::save()
{
    const TenantSettings t = m_tenant->tenant();
    const ComplianceSettings c = m_compliance->compliance();
    const UserType before = m_original.settings.tenant.userType;
    if (t.userType != before && !confirmUserTypeChange(before, t.userType))
        return;
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    // Locked fields are never sent: the server would refuse any change, and sending the
    // same values back only invites confusion.
    m_client->services()
        .patch(m_serviceId, m_etag, {t, c},
               m_original.lockedFields.isEmpty() ? ServiceRules::lockedFieldPaths()
                                                 : m_original.lockedFields)
        .then(this, [this](const Result<Service> &r) { onSaved(r); });
}

QStringList EditServiceDialog::differencesWith(const Service &theirs) const
{
    QStringList out;
    const QJsonObject mine = DomainJson::toJson(
        ServiceDraft{interactionRecordingType, {m_tenant->tenant(), m_compliance->compliance()}});
    const QJsonObject other =
        DomainJson::toJson(ServiceDraft{interactionRecordingType, theirs.settings});
    for (const QString &group : {f::tenant, f::compliance}) {
        const QJsonObject a = mine.value(group).toObject();
        const QJsonObject b = other.value(group).toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (b.value(it.key()) != it.value())
                out << tr("%1: yours %2, theirs %3")
                           .arg(f::path(group, it.key()),
                                QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                      .toJson(QJsonDocument::Compact)),
                                QString::fromUtf8(QJsonDocument(QJsonArray{b.value(it.key())})
                                                      .toJson(QJsonDocument::Compact)));
        }
    }
    return out;
}

void EditServiceDialog::onSaved(const Result<Service> &r)
{
    refreshSave();
    if (r.ok()) {
        m_status->setText(tr("Saved."));
        m_loaded = false; // nothing unsaved: accept() must not ask
        emit saved();
        accept();
        return;
    }
    if (r.error.kind == ApiError::Kind::PreconditionFailed) {
        // Read what the other person saved, to compare; never overwrite it silently.
        m_client->services().get(m_serviceId).then(this, [this](const Result<Service> &latest) {
            if (!latest.ok()) {
                m_status->setText(tr("Changed elsewhere, and it could not be read again: %1")
                                      .arg(latest.error.message));
                return;
            }
            const Service &theirs = latest.value;
            const QStringList differences = differencesWith(theirs);
            emit conflict(differences);
            switch (resolveConflict(differences)) {
            case ConflictChoice::Reload:
                m_etag = latest.etag;
                fill(theirs);
                m_status->setText(tr("Reloaded the current version."));
                break;
            case ConflictChoice::Review:
                m_status->setText(tr("Changed elsewhere. Differences (yours / theirs):\n%1\n"
                                     "Save again to apply yours on top of theirs.")
                                      .arg(differences.join(u'\n')));
                m_etag = latest.etag; // saving now is a decision made with both in view
                break;
            case ConflictChoice::Cancel:
                m_status->setText(tr("Not saved: someone changed this service meanwhile."));
                break;
            }
        });
        return;
    }
    for (const FieldError &e : r.error.fieldErrors)
        m_tenant->showFieldError(e);
    m_status->setText(tr("Not saved: %1").arg(r.error.message));
}

} // namespace insights
