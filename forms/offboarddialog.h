#pragma once

#include "serviceapi.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace insights {

// Offboarding asks what happens to the recordings (domain.md 1.1): keep them, or delete
// them now. It names the tenant and its customer; deleting needs the short name typed.
class OffboardDialog : public QDialog
{
    Q_OBJECT

public:
    OffboardDialog(const QString &tenant, const QString &shortName, const QString &customer,
                   QWidget *parent = nullptr);

    Recordings recordings() const;
    QRadioButton *keep() const { return m_keep; }
    QRadioButton *remove() const { return m_delete; }
    QLineEdit *confirmation() const { return m_confirm; }
    QPushButton *offboardButton() const { return m_offboard; }

    // Shows the dialog; the choice, or nothing when canceled.
    static std::optional<Recordings> ask(const QString &tenant, const QString &shortName,
                                         const QString &customer, QWidget *parent);

private:
    void refresh();

    QString m_shortName;
    QRadioButton *m_keep;
    QRadioButton *m_delete;
    QLineEdit *m_confirm;
    QLabel *m_confirmLabel;
    QPushButton *m_offboard;
};

} // namespace insights
