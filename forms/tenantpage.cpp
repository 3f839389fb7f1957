#include "tenantpage.h"

#include "countspinbox.h"
#include "fieldnames.h"
#include "fieldrules.h"
#include "listeditor.h"
#include "serviceapi.h"
#include "servicerules.h"
#include "storagelocationmodel.h"
#include "validatedfield.h"
#include "wheelguard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace insights {

namespace f = field;

TenantPage::TenantPage(ApiClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_client(client)
    , m_locations(new StorageLocationModel(this))
{
    setObjectName(QStringLiteral("tenantPage"));
    setTitle(tr("Tenant Management"));
    setSubTitle(tr("The customer's Microsoft 365 tenant. Fields marked ⚠ cannot be modified "
                   "after deployment. What you type is kept as a draft: closing the wizard "
                   "loses nothing."));

    m_name = new ValidatedField(QStringLiteral("tenantName"), tr("Customer (M365 Tenant) Name"),
                                &FieldRules::tenantName, this);
    m_name->edit()->setPlaceholderText(QStringLiteral("Contoso-EU"));
    m_domain =
        new ValidatedField(QStringLiteral("tenantDomain"), tr("Domain"), &FieldRules::domain, this);
    m_domain->edit()->setPlaceholderText(QStringLiteral("M365x33712845.onmicrosoft.com"));
    m_shortName = new ValidatedField(QStringLiteral("shortName"), tr("Short Company Name"),
                                     &FieldRules::shortName, this);
    m_shortName->edit()->setPlaceholderText(QStringLiteral("Contoso"));
    m_emails = new ListEditor(QStringLiteral("contactEmails"), tr("Contact Email Addresses"),
                              &FieldRules::email, this);
    m_emails->input()->setPlaceholderText(QStringLiteral("it-ops@contoso.com"));
    m_upns = new ListEditor(QStringLiteral("adminUpns"), tr("Customer Default Administrator UPNs"),
                            &FieldRules::upn, this);
    m_upns->input()->setPlaceholderText(QStringLiteral("admin@contoso.onmicrosoft.com"));
    m_upns->setWarning([this](const QString &upn) {
        const Verdict v = ServiceRules::upnSuffixMatches(upn, m_domain->text());
        return FieldRules::domain(m_domain->text()).isAcceptable() && !v.isAcceptable() ? v.message
                                                                                        : QString();
    });

    m_essential = new QRadioButton(tr("&Essential: single recording"), this);
    m_essential->setObjectName(QStringLiteral("userTypeEssential"));
    m_essential->setAccessibleName(tr("User type Essential"));
    m_pro = new QRadioButton(tr("&Pro: double recording with a paired bot"), this);
    m_pro->setObjectName(QStringLiteral("userTypePro"));
    m_pro->setAccessibleName(tr("User type Pro"));
    m_essential->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_essential);
    group->addButton(m_pro);
    auto *proNote = new QLabel(tr("Pro turns on Advanced Storage (a second copy in the paired "
                                  "region); the customer consents to it separately."),
                               this);
    proNote->setWordWrap(true);
    proNote->setStyleSheet(QStringLiteral("color: #5f6368;"));

    m_users = new CountSpinBox(this);
    m_users->setObjectName(QStringLiteral("includedUsers"));
    m_users->setAccessibleName(tr("Included Users"));
    m_users->setValue(100);
    m_users->setGroupSeparatorShown(true);
    m_usersMessage = new QLabel(this);
    m_usersMessage->setObjectName(QStringLiteral("includedUsersMessage"));
    m_usersMessage->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_usersMessage->setWordWrap(true);
    m_usersMessage->setVisible(false);
    m_allowExceed = new QCheckBox(tr("Allow to Exceed Included Users (not in use)"), this);
    m_allowExceed->setObjectName(QStringLiteral("allowExceedIncludedUsers"));
    m_allowExceed->setAccessibleName(tr("Allow to Exceed Included Users, not in use"));
    m_allowExceed->setEnabled(false);
    m_allowExceed->setToolTip(tr("Shown as in the recording platform's own form, where this "
                                 "option is not in use yet: it cannot be turned on."));

    m_storage = new QComboBox(this);
    m_storage->setObjectName(QStringLiteral("storageLocation"));
    m_storage->setAccessibleName(tr("Storage Location"));
    m_storage->setModel(m_locations);
    m_storage->setCurrentIndex(m_locations->rowOf(QStringLiteral("westeurope")));
    WheelGuard::install(m_storage);
    m_storageInfo = new QLabel(this);
    m_storageInfo->setObjectName(QStringLiteral("storageInfo"));
    m_storageInfo->setWordWrap(true);
    m_storageError = new QLabel(this);
    m_storageError->setObjectName(QStringLiteral("storageLocationMessage"));
    m_storageError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_storageError->setWordWrap(true);
    m_storageError->setVisible(false);

    m_byos = new QCheckBox(tr("Bring Your Own Blob &Storage (BYOS)"), this);
    m_byos->setObjectName(QStringLiteral("byos"));
    m_byos->setAccessibleName(tr("Bring Your Own Blob Storage"));
    m_byos->setToolTip(tr("<p>The customer keeps recordings in its own Azure Blob container. "
                          "After the deploy, add the container (a URL with a SAS) in Edit the "
                          "service… → Own storage, where it is verified.</p>"));
    m_unlimited = new QCheckBox(tr("Unlimited &Retention"), this);
    m_unlimited->setObjectName(QStringLiteral("unlimitedRetention"));
    m_unlimited->setAccessibleName(tr("Unlimited Retention"));
    m_retentionInfo = new QLabel(this);
    m_retentionInfo->setObjectName(QStringLiteral("retentionInfo"));
    m_retentionInfo->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().height() * 4 + 12);
    m_notesCounter = new QLabel(this);
    m_notesCounter->setObjectName(QStringLiteral("notesCounter"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto locked = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(QStringLiteral("⚠ ") + text, this);
        label->setBuddy(buddy);
        label->setToolTip(tr("Cannot be modified after deployment"));
        return label;
    };
    form->addRow(locked(tr("Customer (M365 &Tenant) Name:"), m_name->edit()), m_name);
    form->addRow(locked(tr("&Domain:"), m_domain->edit()), m_domain);
    form->addRow(locked(tr("S&hort Company Name:"), m_shortName->edit()), m_shortName);
    auto plain = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(plain(tr("Contact E&mail Addresses:"), m_emails->input()), m_emails);
    form->addRow(plain(tr("Administrator &UPNs:"), m_upns->input()), m_upns);
    auto *types = new QVBoxLayout;
    types->addWidget(m_essential);
    types->addWidget(m_pro);
    types->addWidget(proNote);
    form->addRow(tr("User Type:"), types);
    auto *users = new QVBoxLayout;
    users->addWidget(m_users);
    users->addWidget(m_usersMessage);
    form->addRow(plain(tr("&Included Users:"), m_users), users);
    form->addRow(QString(), m_allowExceed);
    auto *storage = new QVBoxLayout;
    storage->addWidget(m_storage);
    storage->addWidget(m_storageError);
    storage->addWidget(m_storageInfo);
    form->addRow(locked(tr("Storage &Location:"), m_storage), storage);
    auto *toggles = new QVBoxLayout;
    toggles->addWidget(m_byos);
    toggles->addWidget(m_unlimited);
    toggles->addWidget(m_retentionInfo);
    form->addRow(tr("Options:"), toggles);
    auto *notes = new QVBoxLayout;
    notes->addWidget(m_notes);
    notes->addWidget(m_notesCounter, 0, Qt::AlignRight);
    form->addRow(plain(tr("N&otes:"), m_notes), notes);

    // The page is taller than a small screen: it scrolls rather than squeezes.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("tenantPageContent"));
    content->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("tenantScroll"));
    scroll->setAccessibleName(tr("Tenant Management fields"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    for (const QString &member : {f::name, f::domain, f::shortName}) {
        auto *timer = new QTimer(this);
        timer->setObjectName(QStringLiteral("availabilityDebounce"));
        timer->setSingleShot(true);
        timer->setInterval(300);
        connect(timer, &QTimer::timeout, this, [this, member] { checkAvailability(member); });
        m_debounce.insert(member, timer);
        connect(fieldFor(member), &ValidatedField::changed, this,
                [this, member] { scheduleAvailability(member); });
    }
    for (ValidatedField *field : {m_name, m_domain, m_shortName}) {
        connect(field, &ValidatedField::stateChanged, this, &QWizardPage::completeChanged);
        // Room for the availability answer beside the field: nothing moves when it comes.
        field->reserveNote(tr("Checking availability…"));
    }
    connect(m_users, &QSpinBox::textChanged, this, [this] {
        updateUsersMessage();
        emit completeChanged();
    });
    connect(m_domain, &ValidatedField::changed, m_upns, &ListEditor::refreshWarnings);
    connect(m_emails, &ListEditor::changed, this, &QWizardPage::completeChanged);
    connect(m_upns, &ListEditor::changed, this, &QWizardPage::completeChanged);
    connect(m_pro, &QRadioButton::toggled, this, [this](bool pro) {
        updateStorageInfo();
        emit userTypeChanged(pro ? UserType::Pro : UserType::Essential);
        emit completeChanged();
    });
    connect(m_storage, &QComboBox::currentIndexChanged, this, [this] {
        updateStorageInfo();
        emit storageLocationChanged(
            m_storage->currentData(StorageLocationModel::LocationIdRole).toString());
        emit completeChanged();
    });
    connect(m_unlimited, &QCheckBox::toggled, this, &TenantPage::updateRetentionInfo);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        updateNotesCounter();
        emit completeChanged();
    });
    updateStorageInfo();
    updateRetentionInfo();
    updateNotesCounter();
}

ValidatedField *TenantPage::fieldFor(const QString &member) const
{
    if (member == f::name)
        return m_name;
    if (member == f::domain)
        return m_domain;
    if (member == f::shortName)
        return m_shortName;
    return nullptr;
}

TenantSettings TenantPage::tenant() const
{
    TenantSettings t;
    t.name = m_name->text();
    t.domain = m_domain->text();
    t.shortName = m_shortName->text();
    t.contactEmails = m_emails->entries();
    t.adminUpns = m_upns->entries();
    t.userType = m_pro->isChecked() ? UserType::Pro : UserType::Essential;
    t.includedUsers = m_users->count();
    t.allowExceedIncludedUsers = false;
    t.storageLocation = m_storage->currentData(StorageLocationModel::LocationIdRole).toString();
    t.byos = m_byos->isChecked();
    t.unlimitedRetention = m_unlimited->isChecked();
    t.notes = m_notes->toPlainText();
    return t;
}

void TenantPage::setTenant(const TenantSettings &t)
{
    m_name->setText(t.name);
    m_domain->setText(t.domain);
    m_shortName->setText(t.shortName);
    m_emails->setEntries(t.contactEmails);
    m_upns->setEntries(t.adminUpns);
    (t.userType == UserType::Pro ? m_pro : m_essential)->setChecked(true);
    m_users->setValue(int(qBound<qint64>(0, t.includedUsers, qint64(m_users->maximum()))));
    const int row = m_locations->rowOf(t.storageLocation);
    if (row >= 0)
        m_storage->setCurrentIndex(row);
    m_byos->setChecked(t.byos);
    m_unlimited->setChecked(t.unlimitedRetention);
    m_notes->setPlainText(t.notes);
}

bool TenantPage::isComplete() const
{
    ServiceSettings s;
    s.tenant = tenant();
    s.compliance.advancedStorage = s.tenant.userType == UserType::Pro;
    for (const FieldError &e : ServiceRules::validate(s).errors) {
        if (e.field.startsWith(f::tenant + u'.'))
            return false;
    }
    for (ValidatedField *field : {m_name, m_domain, m_shortName}) {
        if (!field->isAcceptable())
            return false;
    }
    for (auto it = m_availability.begin(); it != m_availability.end(); ++it) {
        if (it.value() == Availability::InUse || it.value() == Availability::Checking)
            return false;
    }
    return true;
}

void TenantPage::lockDeployedFields(const QStringList &lockedPaths)
{
    m_locked = true;
    // A locked field is the service's own: checking it for availability would only find
    // the service itself "in use".
    for (QTimer *timer : std::as_const(m_debounce))
        timer->stop();
    m_availability.clear();
    m_checkedValue.clear();
    const QString why = tr("Cannot be modified after deployment");
    for (const QString &member : {f::name, f::domain, f::shortName}) {
        ValidatedField *field = fieldFor(member);
        field->setNote({});
        field->setLocked(lockedPaths.contains(f::path(f::tenant, member)), why);
    }
    const bool storageLocked = lockedPaths.contains(f::path(f::tenant, f::storageLocation));
    m_storage->setEnabled(!storageLocked);
    m_storage->setToolTip(storageLocked ? why : QString());
    emit completeChanged();
}

void TenantPage::scheduleAvailability(const QString &member)
{
    if (m_locked)
        return;
    ValidatedField *field = fieldFor(member);
    if (!field->verdict().isAcceptable()) {
        m_debounce.value(member)->stop(); // a check of an earlier, valid value is moot
        m_checkedValue.remove(member);
        setAvailability(member, Availability::Unknown);
        return;
    }
    setAvailability(member, Availability::Checking, tr("Checking availability…"));
    m_debounce.value(member)->start();
}

void TenantPage::checkAvailability(const QString &member)
{
    const QString value = fieldFor(member)->text();
    if (m_locked || !fieldFor(member)->verdict().isAcceptable())
        return;
    m_checkedValue.insert(member, value);
    m_client->services()
        .availability(member, value)
        .then(this, [this, member, value](const Result<insights::Availability> &r) {
            if (m_locked || m_checkedValue.value(member) != value ||
                fieldFor(member)->text() != value)
                return; // an older answer; a newer check is on its way
            if (!r.ok()) {
                // Not knowing is not a reason to block: the server checks again on Deploy.
                setAvailability(member, Availability::Failed,
                                tr("Availability not checked: %1").arg(r.error.message));
                return;
            }
            if (r.value.available)
                setAvailability(member, Availability::Available, tr("✓ Available"));
            else
                setAvailability(member, Availability::InUse,
                                r.value.reason.isEmpty() ? tr("Already used by another service")
                                                         : r.value.reason);
        });
}

void TenantPage::setAvailability(const QString &member, Availability a, const QString &text)
{
    m_availability.insert(member, a);
    ValidatedField *field = fieldFor(member);
    if (a == Availability::InUse) {
        field->setNote({});
        field->setServerMessage(text);
    } else {
        field->setNote(text, a == Availability::Failed);
    }
    emit completeChanged();
}

void TenantPage::updateStorageInfo()
{
    const QModelIndex index = m_locations->index(qMax(0, m_storage->currentIndex()), 0);
    const bool hasPair = index.data(StorageLocationModel::HasPairRole).toBool();
    const QString paired = index.data(StorageLocationModel::PairedRegionNameRole).toString();
    m_storageInfo->setText(hasPair ? tr("Paired region: %1").arg(paired)
                                   : tr("No paired region: Pro is not available here."));
    const UserType type = m_pro->isChecked() ? UserType::Pro : UserType::Essential;
    const Verdict v = ServiceRules::storageForUserType(
        type, index.data(StorageLocationModel::LocationIdRole).toString());
    m_storageError->setText(v.isAcceptable() ? QString() : v.message);
    m_storageError->setVisible(!v.isAcceptable());
    m_storage->setStyleSheet(
        v.isAcceptable() ? QString() : QStringLiteral("QComboBox { border: 2px solid #c62828; }"));
}

void TenantPage::updateUsersMessage()
{
    const Verdict v = m_users->isEmpty()
                          ? Verdict::invalid(QStringLiteral("required"),
                                             tr("At least 1 user is required: the number of "
                                                "licensed users from the purchase order"))
                          : FieldRules::includedUsers(m_users->count());
    m_usersMessage->setText(v.message);
    m_usersMessage->setVisible(!v.isAcceptable());
    m_users->setAccessibleDescription(v.message);
}

void TenantPage::updateRetentionInfo()
{
    m_retentionInfo->setText(m_unlimited->isChecked()
                                 ? tr("The customer sets any number of days in its Recording "
                                      "Profile.")
                                 : tr("Retention is capped at 24 months (default 12)."));
}

void TenantPage::updateNotesCounter()
{
    const qsizetype n = FieldRules::codePointCount(m_notes->toPlainText());
    m_notesCounter->setText(tr("%1 / %2").arg(n).arg(FieldRules::maxNotesLength));
    m_notesCounter->setStyleSheet(n > FieldRules::maxNotesLength
                                      ? QStringLiteral("color: #b71c1c;")
                                      : QStringLiteral("color: #5f6368;"));
}

bool TenantPage::showFieldError(const FieldError &e)
{
    const QString member = e.field.section(u'.', 1).section(u'[', 0, 0);
    if (ValidatedField *field = fieldFor(member)) {
        field->setServerMessage(e.message);
        return true;
    }
    if (member == f::contactEmails) {
        m_emails->setServerMessage(e.message);
        return true;
    }
    if (member == f::adminUpns) {
        m_upns->setServerMessage(e.message);
        return true;
    }
    if (member == f::storageLocation) {
        m_storageError->setText(e.message);
        m_storageError->setVisible(true);
        return true;
    }
    return false;
}

void TenantPage::focusStorageLocation()
{
    m_storage->setFocus(Qt::OtherFocusReason);
}

} // namespace insights
