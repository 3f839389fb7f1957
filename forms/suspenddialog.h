#pragma once

#include "domain.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace insights {

class ApiClient;
class ValidatedField;

// Suspending stops a tenant's recording without deleting anything (domain.md 1.1). The
// operator gives the reason, shown with the service, and types the short name to confirm;
// both are checked as they type, by the rules the server applies. The dialog sends the
// request itself and shows a refusal at its field, so nothing typed is lost.
class SuspendDialog : public QDialog
{
    Q_OBJECT

public:
    SuspendDialog(ApiClient *client, const Service &service, const QString &customer,
                  QWidget *parent = nullptr);

    ValidatedField *reason() const { return m_reason; }
    ValidatedField *confirmation() const { return m_confirm; }
    QPushButton *suspendButton() const { return m_suspend; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }

signals:
    void suspended(const insights::Service &service);

private:
    void refresh();
    void send();

    ApiClient *m_client;
    QString m_serviceId;
    QString m_tenant;
    ValidatedField *m_reason;
    ValidatedField *m_confirm;
    QPushButton *m_suspend;
    QLabel *m_status;
    bool m_busy = false;
};

} // namespace insights
