#pragma once

#include "apicall.h"
#include "domain.h"

#include <QTimer>
#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace insights {

// "Review & Deploy": everything entered, grouped as in the forms; Deploy posts the service
// (with an idempotency key kept for retries of the same action) and follows its operation.
class ReviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    void deploy();

    QString serviceId() const { return m_serviceId; }
    QString quickStartUrl() const { return m_quickStartUrl; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *retryButton() const { return m_retry; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progress() const { return m_progress; }

private:
    void post();
    void follow(const QByteArray &operationPath);
    void poll();
    void onOperation(const Result<Operation> &r);
    // The operation's steps in sentences; with the service, what was only planned says so.
    void showSteps(const Operation &op, const Service *service);
    ServiceSettings wizardSettings() const;
    void retryDeploy();
    void fail(const QString &message, bool retryable);

    QTextBrowser *m_summary;
    QPushButton *m_deploy;
    QPushButton *m_retry;
    QProgressBar *m_progress;
    QListWidget *m_steps;
    QLabel *m_status;
    QTimer m_poll;
    QByteArray m_idempotencyKey;
    QString m_serviceId;
    QByteArray m_operationPath;
    QString m_quickStartUrl;
    bool m_done = false;
    bool m_busy = false;
};

} // namespace insights
