#pragma once

#include "domain.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace insights {

// "Compliance Exception Features": the Teams-banner control (with its legal waiver), deleting
// call recordings (confirmed), and Advanced Storage, which follows the user type read-only.
class CompliancePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CompliancePage(QWidget *parent = nullptr);

    ComplianceSettings compliance() const;
    void setCompliance(const ComplianceSettings &c);
    // Called when the Tenant page's user type or location changes.
    void followTenant(UserType type, const QString &storageLocation);
    bool isComplete() const override;

    QCheckBox *controlNotifications() const { return m_control; }
    QCheckBox *deleteRecordings() const { return m_delete; }
    QCheckBox *advancedStorage() const { return m_advanced; }
    QLabel *storageProblem() const { return m_problem; }

    // Test seams: the dialogs this page opens (QDialog::exec would block a test).
    std::function<std::optional<QString>(const QString &current)> askWaiver;
    std::function<bool()> confirmDeletion;

signals:
    void showStorageLocation();

private:
    void refresh();

    QCheckBox *m_control;
    QLabel *m_waiver;
    QCheckBox *m_delete;
    QCheckBox *m_advanced;
    QLabel *m_problem;
    QString m_waiverReference;
    UserType m_type = UserType::Essential;
    QString m_location;
};

} // namespace insights
