#pragma once

#include "apicall.h"
#include "domain.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace insights {

class ByosSection;
class CompliancePage;
class TenantPage;

// Editing a deployed service: the wizard's forms in a dialog, the locked fields disabled.
// Saving sends a PATCH with the ETag read when the dialog loaded; a 412 never overwrites
// silently, it asks to reload or to review the differences.
class EditServiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class ConflictChoice { Reload, Review, Cancel };

    EditServiceDialog(ApiClient *client, const QString &serviceId, QWidget *parent = nullptr);

    void save();
    TenantPage *tenantPage() const { return m_tenant; }
    CompliancePage *compliancePage() const { return m_compliance; }
    // The Own storage tab's content; a tab only while the service has BYOS on.
    ByosSection *byosSection() const { return m_byos; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *status() const { return m_status; }
    QByteArray etag() const { return m_etag; }

    // Replaceable so tests need no modal dialog.
    std::function<bool(UserType from, UserType to)> confirmUserTypeChange;
    std::function<ConflictChoice(const QStringList &differences)> resolveConflict;
    // Asked when Cancel (or Esc, or closing) would drop unsaved edits: true discards them.
    std::function<bool()> confirmDiscard;

    // The form differs from what was loaded.
    bool hasUnsavedChanges() const;
    void reject() override;

signals:
    void loaded();
    void saved();
    void conflict(const QStringList &differences);

private:
    void load();
    void fill(const Service &s);
    void onSaved(const Result<Service> &r);
    void refreshSave();
    ServiceSettings current() const;
    QStringList differencesWith(const Service &theirs) const;

    ApiClient *m_client;
    QString m_serviceId;
    Service m_original;
    bool m_loaded = false;
    QByteArray m_etag;
    QTabWidget *m_tabs;
    TenantPage *m_tenant;
    CompliancePage *m_compliance;
    ByosSection *m_byos;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace insights
