#include "onboardingwizard.h"

#include "compliancepage.h"
#include "finishpage.h"
#include "reviewpage.h"
#include "selectcustomerpage.h"
#include "tenantpage.h"

#include <QAbstractButton>
#include <QScreen>

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
    resize(760, 720);
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        resize(qMin(width(), available.width() * 9 / 10),
               qMin(height(), available.height() * 9 / 10));
    }

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
