#include "signindialog.h"

#include "customerapi.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace insights {

SignInDialog::SignInDialog(const QUrl &url, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(url.toString(), this))
    , m_username(new QLineEdit(username, this))
    , m_password(new QLineEdit(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
    , m_local(new QPushButton(tr("Use the &embedded local backend"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to a server"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(QStringLiteral("https://insights.example.net:8443"));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    m_local->setObjectName(QStringLiteral("useEmbeddedButton"));
    m_local->setAccessibleName(tr("Use the embedded local backend"));
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_client.setTimeout(15000);

    auto *form = new QFormLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("Server &address:"), m_url), m_url);
    form->addRow(label(tr("&User name:"), m_username), m_username);
    form->addRow(label(tr("&Password:"), m_password), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_local, QDialogButtonBox::ResetRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    for (QLineEdit *e : {m_url, m_username, m_password})
        connect(e, &QLineEdit::textChanged, this, &SignInDialog::refresh);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_local, &QPushButton::clicked, this, [this] {
        m_embedded = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    // Opened for a known server and user (--server, signing in again): only the password
    // is left to type.
    if (!url.isEmpty() && !username.isEmpty())
        m_password->setFocus(Qt::OtherFocusReason);
    else if (!url.isEmpty())
        m_username->setFocus(Qt::OtherFocusReason);
}

QUrl SignInDialog::url() const
{
    return QUrl::fromUserInput(m_url->text().trimmed());
}

QString SignInDialog::username() const
{
    return m_username->text().trimmed();
}

void SignInDialog::refresh()
{
    const QUrl u = url();
    m_signIn->setEnabled(!m_busy && u.isValid() && !u.host().isEmpty() && !username().isEmpty() &&
                         !m_password->text().isEmpty());
}

void SignInDialog::signIn()
{
    if (!m_signIn->isEnabled())
        return;
    m_busy = true;
    refresh();
    m_status->setText(tr("Signing in…"));
    m_client.setBaseUrl(url());
    m_client.users().signIn(username(), m_password->text()).then(this, [this](const auto &r) {
        m_busy = false;
        m_password->clear(); // used once, kept nowhere
        refresh();
        if (!r.ok()) {
            m_status->setText(r.error.kind == ApiError::Kind::Unauthorized
                                  ? tr("Wrong user name or password.")
                                  : r.error.message);
            if (!r.error.certificateDetails.isEmpty())
                m_status->setText(m_status->text() + u'\n' + r.error.certificateDetails);
            return;
        }
        m_token = r.value.token;
        m_role = r.value.role;
        accept();
    });
}

} // namespace insights
