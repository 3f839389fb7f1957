#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace insights {

// The Quick Start link, with Copy and Open, and what happens next.
class FinishPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FinishPage(QWidget *parent = nullptr);
    void initializePage() override;

    QLineEdit *link() const { return m_link; }
    QPushButton *operatorsButton() const { return m_operators; }
    QLabel *mailNote() const { return m_mail; }

private:
    QLineEdit *m_link;
    QPushButton *m_copy;
    QPushButton *m_open;
    QPushButton *m_operators;
    QLabel *m_copied;
    QLabel *m_reach;      // where the link works
    QLabel *m_mail;       // to whom the Quick Start email was queued
    QLabel *m_ownStorage; // where the customer's own container goes (BYOS on)
};

} // namespace insights
