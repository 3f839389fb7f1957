// MainWindow's sessions on a team server: connecting to one, signing out and signing in
// again. The window's layout, menus and pages are in mainwindow.cpp.
#include "mainwindow.h"

#include "customerapi.h"
#include "sessionstore.h"
#include "signindialog.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace insights {

QString MainWindow::profileName(const QUrl &server, const QString &username)
{
    return username + u'@' + server.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

void MainWindow::connectToServer()
{
    QSettings settings;
    SignInDialog dialog(settings.value(QStringLiteral("backend/url")).toUrl(),
                        settings.value(QStringLiteral("backend/username")).toString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.embeddedChosen()) {
        settings.remove(QStringLiteral("backend"));
    } else {
        settings.setValue(QStringLiteral("backend/url"), dialog.url());
        settings.setValue(QStringLiteral("backend/username"), dialog.username());
        settings.setValue(QStringLiteral("backend/role"), toString(dialog.role()));
        if (m_sessions)
            m_sessions->save(profileName(dialog.url(), dialog.username()), dialog.token());
    }
    // One backend per run keeps the cache, the sync and the tables simple: start again on
    // the new one once the token is stored.
    auto restart = [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
        qApp->quit();
    };
    if (m_sessions && !dialog.embeddedChosen())
        QObject::connect(m_sessions, &SessionStore::saved, this, restart, Qt::SingleShotConnection);
    else
        restart();
}

void MainWindow::signOut()
{
    if (m_workspace->client()->token().isEmpty()) { // signed out already: this is Sign in…
        signInAgain(m_workspace->client()->baseUrl(), m_workspace->username());
        return;
    }
    const QString profile = profileName(m_workspace->client()->baseUrl(), m_workspace->username());
    m_signOut->setEnabled(false);
    statusBar()->showMessage(tr("Signing out…"));
    m_workspace->client()->users().signOut().then(this, [this, profile](const Result<Nothing> &r) {
        if (m_sessions)
            m_sessions->forget(profile);
        // A 401 means the token was already dead: signed out all the same.
        statusBar()->showMessage(
            r.ok() || r.status == 401
                ? tr("Signed out.")
                : tr("Signed out here, but the server could not be told (%1): that token stays "
                     "valid until it expires.")
                      .arg(r.error.message));
        m_workspace->client()->endSession(); // the sign-in dialog comes next
        refreshPermissions();
    });
}

void MainWindow::signInAgain(const QUrl &server, const QString &username)
{
    SignInDialog dialog(server, username, this);
    dialog.setWindowTitle(tr("Sign in again"));
    if (dialog.exec() != QDialog::Accepted || dialog.embeddedChosen()) {
        if (dialog.embeddedChosen()) {
            QSettings().remove(QStringLiteral("backend"));
            QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
            qApp->quit();
        }
        return;
    }
    if (m_sessions)
        m_sessions->save(profileName(dialog.url(), dialog.username()), dialog.token());
    if (m_workspace->sync()) {
        m_workspace->client()->setToken(dialog.token());
        m_workspace->sync()->resume();
        refreshPermissions();
    } else {
        m_workspace->startRemote(dialog.url(), dialog.token(), dialog.username(), dialog.role(),
                                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }
}

} // namespace insights
