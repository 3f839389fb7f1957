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

private:
    QLineEdit *m_link;
    QPushButton *m_copy;
    QPushButton *m_open;
    QLabel *m_copied;
};

} // namespace insights
