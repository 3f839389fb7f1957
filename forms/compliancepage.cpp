#include "compliancepage.h"

#include "servicerules.h"
#include "waiverdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

namespace insights {

CompliancePage::CompliancePage(QWidget *parent)
    : QWizardPage(parent)
    , m_control(new QCheckBox(tr("Control MSFT &Teams Recording Notifications"), this))
    , m_waiver(new QLabel(this))
    , m_delete(new QCheckBox(tr("&Delete Calling Recordings"), this))
    , m_advanced(new QCheckBox(tr("Advanced Storage (Geographical Redundancy)"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("compliancePage"));
    setTitle(tr("Compliance Exception Features"));
    setSubTitle(tr("All are off by default."));
    m_control->setObjectName(QStringLiteral("controlTeamsNotifications"));
    m_control->setAccessibleName(tr("Control MSFT Teams Recording Notifications"));
    m_waiver->setObjectName(QStringLiteral("waiverSummary"));
    m_waiver->setStyleSheet(QStringLiteral("color: #5f6368; margin-left: 22px;"));
    m_delete->setObjectName(QStringLiteral("deleteCallRecordings"));
    m_delete->setAccessibleName(tr("Delete Calling Recordings"));
    m_advanced->setObjectName(QStringLiteral("advancedStorage"));
    m_advanced->setAccessibleName(tr("Advanced Storage, follows the user type"));
    m_advanced->setEnabled(false); // follows the user type; never chosen freely
    m_problem->setObjectName(QStringLiteral("complianceStorageProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::RichText);
    m_problem->setVisible(false);

    auto note = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        l->setWordWrap(true);
        l->setStyleSheet(QStringLiteral("color: #5f6368; margin-left: 22px;"));
        return l;
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_control);
    layout->addWidget(note(tr("Lets the customer decide in its Recording Profile whether Teams "
                              "shows the recording banner. Needs the customer's signed legal "
                              "waiver.")));
    layout->addWidget(m_waiver);
    layout->addSpacing(8);
    layout->addWidget(m_delete);
    layout->addWidget(note(tr("Lets the customer delete call recordings.")));
    layout->addSpacing(8);
    layout->addWidget(m_advanced);
    layout->addWidget(note(tr("A second copy of every recording in the paired region, for "
                              "disaster recovery. On exactly when the user type is Pro.")));
    layout->addWidget(m_problem);
    layout->addStretch();

    askWaiver = [this](const QString &current) -> std::optional<QString> {
        WaiverDialog dialog(current, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reference();
    };
    confirmDeletion = [this] {
        return QMessageBox::question(this, tr("Allow deleting recordings?"),
                                     tr("The customer will be able to delete call recordings. "
                                        "Deleted recordings cannot be recovered. Allow it?"),
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    connect(m_control, &QCheckBox::clicked, this, [this](bool on) {
        if (on) {
            const auto reference = askWaiver(m_waiverReference);
            if (!reference) {
                m_control->setChecked(false);
            } else {
                m_waiverReference = *reference;
            }
        } else {
            m_waiverReference.clear();
        }
        refresh();
    });
    connect(m_delete, &QCheckBox::clicked, this, [this](bool on) {
        if (on && !confirmDeletion())
            m_delete->setChecked(false);
    });
    connect(m_problem, &QLabel::linkActivated, this, [this] { emit showStorageLocation(); });
    refresh();
}

ComplianceSettings CompliancePage::compliance() const
{
    ComplianceSettings c;
    c.controlTeamsNotifications = m_control->isChecked();
    c.teamsNotificationsWaiverReference =
        c.controlTeamsNotifications ? m_waiverReference : QString();
    c.deleteCallRecordings = m_delete->isChecked();
    c.advancedStorage = m_type == UserType::Pro;
    return c;
}

void CompliancePage::setCompliance(const ComplianceSettings &c)
{
    m_control->setChecked(c.controlTeamsNotifications);
    m_waiverReference = c.teamsNotificationsWaiverReference;
    m_delete->setChecked(c.deleteCallRecordings);
    refresh();
}

void CompliancePage::followTenant(UserType type, const QString &storageLocation)
{
    m_type = type;
    m_location = storageLocation;
    refresh();
}

bool CompliancePage::isComplete() const
{
    ServiceSettings s;
    s.tenant.userType = m_type;
    s.tenant.storageLocation = m_location;
    s.compliance = compliance();
    if (!ServiceRules::storageForUserType(m_type, m_location).isAcceptable())
        return false;
    return !m_control->isChecked() ||
           !m_waiverReference.isEmpty(); // the dialog accepts only a valid reference
}

void CompliancePage::refresh()
{
    const bool pro = m_type == UserType::Pro;
    m_advanced->setChecked(pro);
    const StorageLocation *location = StorageLocations::builtIn().find(m_location);
    const QString replica = location && location->hasPair()
                                ? StorageLocations::builtIn().regionName(location->pairedRegion)
                                : QString();
    m_advanced->setText(
        pro && !replica.isEmpty()
            ? tr("Advanced Storage (Geographical Redundancy): replica in %1").arg(replica)
            : tr("Advanced Storage (Geographical Redundancy)"));
    const Verdict v = ServiceRules::storageForUserType(m_type, m_location);
    m_problem->setText(v.isAcceptable()
                           ? QString()
                           : v.message.toHtmlEscaped() +
                                 tr(" <a href=\"#storage\">Change the storage location</a>"));
    m_problem->setVisible(!v.isAcceptable());
    m_waiver->setText(m_control->isChecked() ? tr("Waiver reference: %1").arg(m_waiverReference)
                                             : QString());
    m_waiver->setVisible(m_control->isChecked());
    emit completeChanged();
}

} // namespace insights
