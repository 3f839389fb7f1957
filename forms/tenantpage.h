#pragma once

#include "domain.h"
#include "servicerules.h"
#include "verdict.h"

#include <QHash>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace insights {

class ApiClient;
class ListEditor;
class StorageLocationModel;
class CountSpinBox;
class ValidatedField;

// "Tenant Management": every field of domain.md in the source's order, checked on each
// keystroke; name, domain and short name are also checked for availability on the server.
class TenantPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit TenantPage(ApiClient *client, QWidget *parent = nullptr);

    TenantSettings tenant() const;
    void setTenant(const TenantSettings &t);
    bool isComplete() const override;
    // Shows a server error under the field for "tenant.x"; true if it was placed.
    bool showFieldError(const FieldError &e);
    void focusStorageLocation();
    // Editing a deployed service: the locked fields are disabled (with the warning icon and
    // a tooltip that says why) and not checked for availability (they are the service's own).
    // lockedPaths as the server gives them (Service::lockedFields).
    void lockDeployedFields(const QStringList &lockedPaths = ServiceRules::lockedFieldPaths());
    bool isLocked() const { return m_locked; }

    ValidatedField *nameField() const { return m_name; }
    ValidatedField *domainField() const { return m_domain; }
    ValidatedField *shortNameField() const { return m_shortName; }
    ListEditor *emails() const { return m_emails; }
    ListEditor *upns() const { return m_upns; }
    QRadioButton *essential() const { return m_essential; }
    QRadioButton *pro() const { return m_pro; }
    QComboBox *storage() const { return m_storage; }
    CountSpinBox *includedUsers() const { return m_users; }

signals:
    void userTypeChanged(insights::UserType type);
    void storageLocationChanged(const QString &id);

private:
    enum class Availability { Unknown, Checking, Available, InUse, Failed };
    void scheduleAvailability(const QString &member);
    void checkAvailability(const QString &member);
    void setAvailability(const QString &member, Availability a, const QString &text = {});
    void updateStorageInfo();
    void updateRetentionInfo();
    void updateUsersMessage();
    void updateNotesCounter();
    ValidatedField *fieldFor(const QString &member) const;

    ApiClient *m_client;
    bool m_locked = false;
    ValidatedField *m_name;
    ValidatedField *m_domain;
    ValidatedField *m_shortName;
    ListEditor *m_emails;
    ListEditor *m_upns;
    QRadioButton *m_essential;
    QRadioButton *m_pro;
    CountSpinBox *m_users;
    QLabel *m_usersMessage;
    QCheckBox *m_allowExceed;
    QComboBox *m_storage;
    QLabel *m_storageInfo;
    QLabel *m_storageError;
    QCheckBox *m_byos;
    QCheckBox *m_unlimited;
    QLabel *m_retentionInfo;
    QPlainTextEdit *m_notes;
    QLabel *m_notesCounter;
    StorageLocationModel *m_locations;
    QHash<QString, QTimer *> m_debounce;
    QHash<QString, Availability> m_availability;
    QHash<QString, QString> m_checkedValue;
};

} // namespace insights
