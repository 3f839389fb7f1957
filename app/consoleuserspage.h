#pragma once

#include "domain.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace insights {

class ValidatedField;
class Workspace;

// Console users (the provider's staff), for admins: the list with each role, add with a
// role (checked as you type), change a role, remove. The server keeps the last admin.
class ConsoleUsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleUsersPage(Workspace *workspace, QWidget *parent = nullptr);

    void reload();
    QList<ConsoleUser> users() const { return m_users; }
    QTableWidget *table() const { return m_table; }
    QLabel *status() const { return m_status; }

    // Replaceable so tests need no modal dialog.
    std::function<bool(const ConsoleUser &)> confirmRemove;

signals:
    void loaded();

private:
    void add();
    void removeSelected();
    void changeSelectedRole();
    void refreshButtons();
    void syncChoice();
    void showUsers(const QList<ConsoleUser> &users);
    void done(const QString &message);

    Workspace *m_workspace;
    QTableWidget *m_table;
    ValidatedField *m_username;
    ValidatedField *m_password;
    QComboBox *m_role;
    QPushButton *m_add;
    QPushButton *m_remove;
    QComboBox *m_changeRole;
    QLabel *m_status;
    QList<ConsoleUser> m_users;
    bool m_busy = false;
    QString m_lastDone;
};

} // namespace insights
