#pragma once

#include "apiclient.h"
#include "domain.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace insights {

// Signs in to a remote insights-server: its URL, a user name and a password. The password
// is used once and never kept; the token goes to the SessionStore.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const QUrl &url = {}, const QString &username = {},
                          QWidget *parent = nullptr);

    QUrl url() const;
    QString username() const;
    QByteArray token() const { return m_token; }
    Role role() const { return m_role; }
    bool embeddedChosen() const { return m_embedded; }

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *status() const { return m_status; }

    void signIn();

private:
    void refresh();

    ApiClient m_client;
    QLineEdit *m_url;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QPushButton *m_local;
    QLabel *m_status;
    QByteArray m_token;
    Role m_role = Role::Monitor;
    bool m_embedded = false;
    bool m_busy = false;
};

} // namespace insights
