#pragma once

#include "domain.h"
#include "verdict.h"

#include <QDateTime>
#include <QWizard>

#include <functional>

class QTimer;

namespace insights {

class ApiClient;
class LocalCache;
class SelectCustomerPage;
class TenantPage;
class CompliancePage;
class ReviewPage;
class FinishPage;

struct CustomerChoice
{
    QString id;
    QString displayName;
};

// The onboarding wizard of the source document: Select Customer, Tenant Management,
// Compliance Exception Features, Review & Deploy, Finish. Every field is checked on each
// keystroke by the shared rules; the server checks them again on Deploy.
class OnboardingWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SelectCustomerId, TenantId, ComplianceId, ReviewId, FinishId };

    OnboardingWizard(ApiClient *client, const QList<CustomerChoice> &customersWithoutService,
                     const QString &preselectedCustomerId = {}, QWidget *parent = nullptr);

    ApiClient *client() const { return m_client; }
    QString customerId() const;
    QString customerName() const;
    ServiceSettings settings() const;
    // Puts the server's field errors under their fields and shows the first one's page.
    void showFieldErrors(const QList<FieldError> &errors);

    // Keeps the operator's unfinished input in the local cache (autosaved half a second
    // after each change), offers it back when the wizard opens again for the same customer,
    // and forgets it once the service is created.
    void setDraftStore(LocalCache *cache);
    static QString draftKey(const QString &customerId);
    // Asks whether to resume; replaceable so tests need no modal dialog.
    std::function<bool(const QString &customerName, const QDateTime &savedAt)> askResume;

    SelectCustomerPage *selectCustomerPage() const { return m_select; }
    TenantPage *tenantPage() const { return m_tenant; }
    CompliancePage *compliancePage() const { return m_compliance; }
    ReviewPage *reviewPage() const { return m_review; }
    FinishPage *finishPage() const { return m_finish; }

signals:
    // The service exists on the server (its deploy may still be running).
    void serviceCreated(const QString &serviceId, const QString &customerId);

    void customerCreated(const QString &customerId);
    // Draft bookkeeping, for tests and the status bar.
    void draftSaved(const QString &customerId);
    void draftOffered(const QString &customerId, bool resumed);

private:
    void offerDraft();
    void saveDraft();

    ApiClient *m_client;
    LocalCache *m_drafts = nullptr;
    QTimer *m_saveTimer = nullptr;
    QString m_draftCustomer; // the customer whose draft was offered; saving starts after that
    SelectCustomerPage *m_select;
    TenantPage *m_tenant;
    CompliancePage *m_compliance;
    ReviewPage *m_review;
    FinishPage *m_finish;
};

} // namespace insights
