#include "consoleuserspage.h"

#include "customerapi.h"
#include "fieldnames.h"
#include "fieldrules.h"
#include "statustext.h"
#include "validatedfield.h"
#include "workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace insights {

ConsoleUsersPage::ConsoleUsersPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_table(new QTableWidget(0, 3, this))
    , m_username(new ValidatedField(QStringLiteral("newUsername"), tr("User name"),
                                    &FieldRules::username, this))
    , m_password(new ValidatedField(QStringLiteral("newPassword"), tr("Password"),
                                    &FieldRules::password, this))
    , m_role(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add user"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_changeRole(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("consoleUsersPage"));
    setAccessibleName(tr("Console users"));
    m_table->setObjectName(QStringLiteral("consoleUsersTable"));
    m_table->setAccessibleName(tr("Console users"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Role"), tr("Created")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setColumnWidth(0, 220);
    m_table->setColumnWidth(1, 240);
    m_password->edit()->setEchoMode(QLineEdit::Password);
    for (Role r : {Role::Admin, Role::Operator, Role::Monitor}) {
        m_role->addItem(StatusText::roleWithScope(r), int(r));
        m_changeRole->addItem(StatusText::roleWithScope(r), int(r));
    }
    m_role->setObjectName(QStringLiteral("newUserRole"));
    m_role->setAccessibleName(tr("Role"));
    m_role->setCurrentIndex(m_role->findData(int(Role::Operator)));
    m_changeRole->setObjectName(QStringLiteral("changeUserRole"));
    m_changeRole->setAccessibleName(tr("Role of the selected user"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_add->setAccessibleName(tr("Add user"));
    m_remove->setObjectName(QStringLiteral("removeUserButton"));
    m_remove->setAccessibleName(tr("Remove the selected user"));
    m_status->setObjectName(QStringLiteral("consoleUsersStatus"));
    m_status->setWordWrap(true);

    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(label(tr("User &name:"), m_username->edit()), m_username);
    form->addRow(label(tr("Pass&word:"), m_password->edit()), m_password);
    form->addRow(label(tr("R&ole:"), m_role), m_role);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    form->addRow(QString(), addRow);
    auto *addBox = new QGroupBox(tr("Add a console user"), this);
    addBox->setObjectName(QStringLiteral("addUserBox"));
    addBox->setLayout(form);
    addBox->setMaximumWidth(620);
    auto *selected = new QHBoxLayout;
    selected->addWidget(label(tr("Role of the selected &user:"), m_changeRole));
    selected->addWidget(m_changeRole);
    selected->addWidget(m_remove);
    selected->addStretch();
    auto *intro = new QLabel(tr("The provider's staff who may sign in to this console. Only "
                                "admins see this page."),
                             this);
    intro->setWordWrap(true);
    // On a small screen (1024x700, or twice the scale) the page scrolls rather than squeezing
    // the table or pushing the window off the screen.
    auto *content = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("consoleUsersScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 9);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(selected);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(addBox);
    scroll->setWidget(content);

    confirmRemove = [this](const ConsoleUser &user) {
        return QMessageBox::question(
                   this, tr("Remove %1").arg(user.username),
                   tr("Remove the console user %1? They can no longer sign in.").arg(user.username),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    };
    connect(m_username, &ValidatedField::stateChanged, this, &ConsoleUsersPage::refreshButtons);
    connect(m_password, &ValidatedField::stateChanged, this, &ConsoleUsersPage::refreshButtons);
    connect(m_add, &QPushButton::clicked, this, &ConsoleUsersPage::add);
    connect(m_password->edit(), &QLineEdit::returnPressed, this, &ConsoleUsersPage::add);
    connect(m_remove, &QPushButton::clicked, this, &ConsoleUsersPage::removeSelected);
    connect(m_changeRole, &QComboBox::activated, this, &ConsoleUsersPage::changeSelectedRole);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        syncChoice();
        refreshButtons();
    });
    refreshButtons();
}

void ConsoleUsersPage::refreshButtons()
{
    m_add->setEnabled(!m_busy && m_username->isAcceptable() && m_password->isAcceptable());
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_users.size() && !m_table->selectedItems().isEmpty();
    // The last admin stays (the server says so too): say it before anyone tries.
    const bool lastAdmin =
        selected && m_users[row].role == Role::Admin &&
        std::count_if(m_users.cbegin(), m_users.cend(),
                      [](const ConsoleUser &u) { return u.role == Role::Admin; }) == 1;
    m_remove->setEnabled(!m_busy && selected && !lastAdmin);
    m_remove->setToolTip(lastAdmin ? tr("The last admin cannot be removed: make another user "
                                        "admin first")
                                   : QString());
    m_changeRole->setEnabled(!m_busy && selected);
}

void ConsoleUsersPage::reload()
{
    m_busy = true;
    refreshButtons();
    m_workspace->client()->users().list().then(this, [this](const auto &r) {
        m_busy = false;
        if (!r.ok()) {
            m_status->setText(tr("Could not load the users: %1").arg(r.error.message));
        } else {
            showUsers(r.value);
            syncChoice();
            m_status->setText(m_lastDone);
        }
        m_lastDone.clear();
        refreshButtons();
        emit loaded();
    });
}

void ConsoleUsersPage::showUsers(const QList<ConsoleUser> &users)
{
    const int was = m_table->currentRow();
    const QString selected = was >= 0 && was < m_users.size() ? m_users[was].username : QString();
    m_users = users;
    m_table->setRowCount(int(users.size()));
    for (int row = 0; row < users.size(); ++row) {
        const ConsoleUser &u = users[row];
        m_table->setItem(row, 0, new QTableWidgetItem(u.username));
        m_table->setItem(row, 1, new QTableWidgetItem(StatusText::role(u.role)));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(u.createdAt.isValid()
                                                  ? u.createdAt.toLocalTime().toString(
                                                        QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : QString()));
        if (u.username == selected)
            m_table->selectRow(row);
    }
}

void ConsoleUsersPage::done(const QString &message)
{
    m_busy = false;
    m_lastDone = message;
    m_status->setText(message);
    reload();
}

void ConsoleUsersPage::add()
{
    if (!m_add->isEnabled())
        return;
    m_busy = true;
    refreshButtons();
    const QString username = m_username->text();
    m_workspace->client()
        ->users()
        .create(username, m_password->text(), Role(m_role->currentData().toInt()))
        .then(this, [this, username](const auto &r) {
            if (!r.ok()) {
                m_busy = false;
                for (ValidatedField *f : {m_username, m_password}) {
                    const QString member = f == m_username ? field::username : field::password;
                    if (const QString m = r.error.messageFor(member); !m.isEmpty())
                        f->setServerMessage(m);
                }
                m_status->setText(tr("Not added: %1").arg(r.error.message));
                refreshButtons();
                return;
            }
            m_username->setText({});
            m_password->setText({});
            m_role->setCurrentIndex(m_role->findData(int(Role::Operator)));
            done(tr("Added %1.").arg(username));
        });
}

void ConsoleUsersPage::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size() || !confirmRemove(m_users[row]))
        return;
    const ConsoleUser user = m_users[row];
    m_busy = true;
    refreshButtons();
    m_workspace->client()->users().remove(user.username).then(this, [this, user](const auto &r) {
        done(r.ok() ? tr("Removed %1.").arg(user.username)
                    : tr("Not removed: %1").arg(r.error.message));
    });
}

void ConsoleUsersPage::changeSelectedRole()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size())
        return;
    const ConsoleUser user = m_users[row];
    const Role role = Role(m_changeRole->currentData().toInt());
    if (role == user.role)
        return;
    m_busy = true;
    refreshButtons();
    m_workspace->client()
        ->users()
        .setRole(user.username, role)
        .then(this, [this, user, role](const auto &r) {
            done(r.ok() ? tr("%1 is now %2.").arg(user.username, StatusText::role(role))
                        : tr("Role not changed: %1").arg(r.error.message));
        });
}

void ConsoleUsersPage::syncChoice()
{
    // The combo shows the selected row's value, or nothing: never a stale or refused one.
    const int row = m_table->currentRow();
    const bool selected = row >= 0 && row < m_users.size() && !m_table->selectedItems().isEmpty();
    const QSignalBlocker quiet(m_changeRole);
    m_changeRole->setCurrentIndex(selected ? m_changeRole->findData(int(m_users[row].role)) : -1);
}

} // namespace insights
