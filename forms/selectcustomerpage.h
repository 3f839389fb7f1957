#pragma once

#include "onboardingwizard.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;

namespace insights {

// Step 2 of the source: choose the customer that gets the service, or create one.
class SelectCustomerPage : public QWizardPage
{
    Q_OBJECT

public:
    SelectCustomerPage(ApiClient *client, const QList<CustomerChoice> &customers,
                       const QString &preselected, QWidget *parent = nullptr);

    QString customerId() const;
    QString customerName() const;
    bool isComplete() const override;
    QComboBox *combo() const { return m_combo; }

signals:
    void customerCreated(const QString &id);

private:
    void createCustomer();

    ApiClient *m_client;
    QComboBox *m_combo;
    QPushButton *m_new;
    QLabel *m_status;
    bool m_busy = false;
};

} // namespace insights
