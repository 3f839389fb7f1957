#include "onboardingwizard.h"

#include "screenfit.h"

#include "compliancepage.h"
#include "finishpage.h"
#include "reviewpage.h"
#include "selectcustomerpage.h"
#include "tenantpage.h"
#include "validatedfield.h"

#include "domainjson.h"
#include "localcache.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSpinBox>
#include <QTimer>

namespace insights {

OnboardingWizard::OnboardingWizard(ApiClient *client,
                                   const QList<CustomerChoice> &customersWithoutService,
                                   const QString &preselectedCustomerId, QWidget *parent)
    : QWizard(parent)
    , m_client(client)
    , m_select(new SelectCustomerPage(client, customersWithoutService, preselectedCustomerId))
    , m_tenant(new TenantPage(client))
    , m_compliance(new CompliancePage)
    , m_review(new ReviewPage)
    , m_finish(new FinishPage)
{
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Add Interaction Recording service"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SelectCustomerId, m_select);
    setPage(TenantId, m_tenant);
    setPage(ComplianceId, m_compliance);
    setPage(ReviewId, m_review);
    setPage(FinishId, m_finish);
    for (WizardButton b : {BackButton, NextButton, CommitButton, FinishButton, CancelButton}) {
        if (QAbstractButton *button = this->button(b)) {
            button->setObjectName(QStringLiteral("wizardButton%1").arg(int(b)));
            button->setAccessibleName(buttonText(b)
                                          .remove(u'&')
                                          .remove(QStringLiteral(" >"))
                                          .remove(QStringLiteral("< ")));
        }
    }
    button(NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(BackButton)->setObjectName(QStringLiteral("backButton"));
    button(FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(CommitButton)->setObjectName(QStringLiteral("continueButton"));
    fitToScreen(this, {760, 720});

    auto follow = [this] {
        const TenantSettings t = m_tenant->tenant();
        m_compliance->followTenant(t.userType, t.storageLocation);
    };
    connect(m_tenant, &TenantPage::userTypeChanged, this, follow);
    connect(m_tenant, &TenantPage::storageLocationChanged, this, follow);
    connect(m_compliance, &CompliancePage::showStorageLocation, this, [this] {
        while (currentId() > TenantId)
            back();
        m_tenant->focusStorageLocation();
    });
    follow();
    connect(m_select, &SelectCustomerPage::customerCreated, this,
            &OnboardingWizard::customerCreated);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &OnboardingWizard::saveDraft);
    auto changed = [this] {
        if (m_drafts && !m_draftCustomer.isEmpty())
            m_saveTimer->start();
    };
    connect(m_tenant, &QWizardPage::completeChanged, this, changed);
    connect(m_compliance, &QWizardPage::completeChanged, this, changed);
    // Changes that do not alter completeness are input too.
    for (QSpinBox *spin : m_tenant->findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, changed);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == TenantId && m_drafts && m_draftCustomer != customerId())
            offerDraft();
        // What a person types first on the tenant page is the tenant's name.
        if (id == TenantId)
            m_tenant->nameField()->edit()->setFocus(Qt::TabFocusReason);
    });
    connect(this, &OnboardingWizard::serviceCreated, this,
            [this](const QString &, const QString &customer) {
                m_saveTimer->stop();
                m_draftCustomer.clear(); // nothing more to keep
                if (m_drafts)
                    m_drafts->deleteDraft(draftKey(customer));
            });
    askResume = [this](const QString &name, const QDateTime &savedAt) {
        return QMessageBox::question(
                   this, tr("Resume unfinished input?"),
                   tr("There is unfinished input for %1 from %2. Resume it?")
                       .arg(name,
                            savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes;
    };
}

QString OnboardingWizard::draftKey(const QString &customerId)
{
    return QStringLiteral("onboarding:") + customerId;
}

void OnboardingWizard::setDraftStore(LocalCache *cache)
{
    m_drafts = cache;
}

void OnboardingWizard::offerDraft()
{
    const QString customer = customerId();
    m_drafts->loadDraft(draftKey(customer), [this, customer](std::optional<QJsonObject> draft) {
        if (customer != customerId())
            return; // the operator went back and chose another customer meanwhile
        m_draftCustomer = customer;
        if (!draft) {
            emit draftOffered(customer, false);
            return;
        }
        const QDateTime savedAt =
            DomainJson::parseTimestamp(draft->value(QStringLiteral("savedAt")).toString());
        const bool resume = askResume(customerName(), savedAt);
        if (resume) {
            const ServiceDraft saved = DomainJson::serviceDraftFromJson(
                draft->value(QStringLiteral("service")).toObject());
            m_tenant->setTenant(saved.settings.tenant);
            m_compliance->setCompliance(saved.settings.compliance);
        }
        emit draftOffered(customer, resume);
    });
}

void OnboardingWizard::saveDraft()
{
    if (!m_drafts || m_draftCustomer.isEmpty() || m_draftCustomer != customerId())
        return;
    const QString customer = m_draftCustomer;
    const QJsonObject draft{
        {QStringLiteral("service"),
         DomainJson::toJson(ServiceDraft{interactionRecordingType, settings()})},
        {QStringLiteral("savedAt"), DomainJson::timestamp(QDateTime::currentDateTimeUtc())}};
    m_drafts->saveDraft(draftKey(customer), draft, [this, customer](bool ok, const QString &) {
        if (ok)
            emit draftSaved(customer);
    });
}

QString OnboardingWizard::customerId() const
{
    return m_select->customerId();
}

QString OnboardingWizard::customerName() const
{
    return m_select->customerName();
}

ServiceSettings OnboardingWizard::settings() const
{
    return {m_tenant->tenant(), m_compliance->compliance()};
}

void OnboardingWizard::showFieldErrors(const QList<FieldError> &errors)
{
    int first = -1;
    for (const FieldError &e : errors) {
        if (e.field.startsWith(QLatin1String("tenant.")) && m_tenant->showFieldError(e))
            first = first < 0 ? TenantId : qMin(first, int(TenantId));
        else if (e.field.startsWith(QLatin1String("compliance.")))
            first = first < 0 ? ComplianceId : qMin(first, int(ComplianceId));
    }
    if (first < 0)
        return;
    while (currentId() > first)
        back();
}

} // namespace insights
