#pragma once

#include "domain.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace insights {

class ApiClient;
class ValidatedField;

// The customer's operators ("Live Platform Operators" of the source): who may log in to the
// platform, with add (name, email, level) and remove. A monitor may look, not change.
class OperatorsDialog : public QDialog
{
    Q_OBJECT

public:
    OperatorsDialog(ApiClient *client, const QString &customerId, const QString &customerName,
                    bool mayChange, QWidget *parent = nullptr);

    void reload();
    QList<CustomerOperator> operators() const { return m_operators; }
    ValidatedField *nameField() const { return m_name; }
    ValidatedField *emailField() const { return m_email; }
    QComboBox *level() const { return m_level; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *changeLevel() const { return m_changeLevel; }
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }

    // Replaceable so tests need no modal dialog.
    std::function<bool(const CustomerOperator &)> confirmRemove;

signals:
    void loaded();
    void changed();

private:
    void add();
    void removeSelected();
    void changeSelectedLevel();
    void refreshButtons();
    void syncChoice();
    void showOperators(const QList<CustomerOperator> &operators);

    ApiClient *m_client;
    QString m_customerId;
    bool m_mayChange;
    QTableWidget *m_table;
    ValidatedField *m_name;
    ValidatedField *m_email;
    QComboBox *m_level;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_changeLevel;
    QLabel *m_status;
    QList<CustomerOperator> m_operators;
    bool m_busy = false;
    bool m_failedAdd = false; // the status says why the last add failed
    QString m_lastDone;       // what the status says once the list is reloaded
};

} // namespace insights
