#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QLabel;

namespace insights {

// Turning on "Control MSFT Teams Recording Notifications" needs the customer's signed legal
// waiver: the dialog explains it and confirms only with the waiver's reference.
class WaiverDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WaiverDialog(const QString &reference = {}, QWidget *parent = nullptr);
    QString reference() const;
    QLineEdit *referenceEdit() const { return m_reference; }
    QPushButton *confirmButton() const;

private:
    void refresh();

    QLineEdit *m_reference;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace insights
