#pragma once

#include "apicall.h"
#include "domain.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace insights {

class ValidatedField;

// Renaming a customer and editing its description: checked as you type, saved with the
// ETag read when the dialog opened. A save that someone else's change overtook is never
// applied blindly: the dialog shows both versions, and saving again is a decision made
// with theirs in view.
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    CustomerDialog(ApiClient *client, const QString &customerId, QWidget *parent = nullptr);

    ValidatedField *nameField() const { return m_name; }
    QPlainTextEdit *description() const { return m_description; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *status() const { return m_status; }
    bool hasUnsavedChanges() const;
    void reject() override;

    // Replaceable so tests need no modal dialog.
    std::function<bool()> confirmDiscard;

signals:
    void loaded();
    void saved(const insights::Customer &customer);
    void conflict();

private:
    void load();
    void save();
    void refreshSave();
    void showDescriptionMessage();

    ApiClient *m_client;
    QString m_customerId;
    Customer m_original;
    QByteArray m_etag;
    bool m_loaded = false;
    ValidatedField *m_name;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionMessage;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace insights
