// MainWindow's menus, status bar and the dialogs they open (shortcuts, About, server
// settings). The window's layout, toolbar and pages are in mainwindow.cpp.
#include "mainwindow.h"

#include "helpdialogs.h"
#include "importdialog.h"
#include "language.h"
#include "serversettings.h"
#include "serviceactions.h"
#include "syncengine.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace insights {

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *exportAction = fileMenu->addAction(tr("&Export visible rows to CSV…"));
    exportAction->setObjectName(QStringLiteral("exportCsvAction"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportCsv);
    QAction *importAction = fileMenu->addAction(tr("&Import customers from CSV…"));
    importAction->setObjectName(QStringLiteral("importCsvAction"));
    connect(importAction, &QAction::triggered, this, [this] {
        if (!m_workspace->client())
            return;
        if (auto *open = findChild<ImportDialog *>(QStringLiteral("importDialog"))) {
            open->raise();
            open->activateWindow();
            return;
        }
        // Not modal: the customers table stays usable, and shows the services as they come.
        auto *dialog = new ImportDialog(m_workspace->client(), m_workspace->mayChange(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Each service the job creates shows up in the table while it runs.
        connect(dialog, &ImportDialog::created, this, [this] {
            if (m_workspace->sync())
                m_workspace->sync()->syncNow();
        });
        dialog->show();
    });
    fileMenu->addSeparator();
    QAction *connectAction = fileMenu->addAction(tr("&Connect to a server…"));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectToServer);
    QAction *settingsAction = fileMenu->addAction(tr("Server &settings…"));
    settingsAction->setObjectName(QStringLiteral("serverSettingsAction"));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showServerSettings);
    m_signOut = fileMenu->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_signOut->setEnabled(false); // until signed in to a team server (refreshPermissions)
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *serviceMenu = menuBar()->addMenu(tr("Ser&vice"));
    serviceMenu->setObjectName(QStringLiteral("serviceMenu"));
    m_actions->addTo(serviceMenu);
    for (QAction *a : serviceMenu->actions())
        addAction(a); // their shortcuts work on every page

    QMenu *settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    buildLanguageMenu(settingsMenu->addMenu(tr("&Language")));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys =
        helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = helpMenu->addAction(tr("&About Interaction Insights Console"), this,
                                         &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

// One checkable entry per language; the choice is kept and applies from the next start (the
// open windows keep the language they were built in).
void MainWindow::buildLanguageMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = Language::chosen();
    QList<Language::Choice> choices{{QString(), tr("System language")}};
    choices += Language::available();
    for (const Language::Choice &c : choices) {
        QAction *a = menu->addAction(c.nativeName);
        a->setObjectName(QStringLiteral("language_") +
                         (c.code.isEmpty() ? QStringLiteral("system") : c.code));
        a->setCheckable(true);
        a->setChecked(c.code == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, c] {
            if (c.code == Language::chosen())
                return;
            Language::choose(c.code);
            QMessageBox::information(
                this, tr("Language"),
                tr("The console speaks %1 from its next start.")
                    .arg(c.code.isEmpty() ? tr("the system language") : c.nativeName));
        });
        if (c.code.isEmpty())
            menu->addSeparator();
    }
}

void MainWindow::buildStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    for (QLabel *label : {m_backendLabel, m_syncLabel, m_userLabel})
        label->setContentsMargins(6, 0, 18, 0); // room between the parts of the status bar
    statusBar()->addWidget(m_backendLabel);
    statusBar()->addWidget(m_syncLabel, 1);
    m_capabilities = new ServerCapabilitiesLabel(this);
    connect(m_capabilities, &ServerCapabilitiesLabel::activated, this,
            &MainWindow::showServerSettings);
    m_capabilities->setContentsMargins(6, 0, 18, 0);
    statusBar()->addPermanentWidget(m_capabilities);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::refreshStatusBar()
{
    m_backendLabel->setText(m_workspace->backendDescription().isEmpty()
                                ? tr("Starting the backend…")
                                : m_workspace->backendDescription());
    m_syncLabel->setText(m_workspace->sync() ? m_workspace->sync()->statusText()
                                             : tr("Connecting…"));
    const bool signedOut =
        m_workspace->sync() && m_workspace->sync()->state() == SyncEngine::State::SignedOut;
    m_userLabel->setText(
        m_workspace->username().isEmpty() ? tr("Not signed in")
        : signedOut                       ? tr("%1 · signed out").arg(m_workspace->username())
                    : tr("%1 (%2)").arg(m_workspace->username(), toString(m_workspace->role())));
}

void MainWindow::showShortcuts()
{
    HelpDialogs::shortcuts(this);
}

void MainWindow::showServerSettings()
{
    // Read again: a team server may have been restarted with other options.
    m_capabilities->reload(m_workspace->client());
    connect(
        m_capabilities, &ServerCapabilitiesLabel::settingsChanged, this,
        [this] {
            if (!m_capabilities->isKnown()) {
                QMessageBox::information(this, tr("Server settings"),
                                         tr("This server does not tell its settings (it is "
                                            "older than version 1.1)."));
                return;
            }
            ServerSettingsDialog dialog(m_capabilities->settings(), m_workspace->embedded(), this);
            dialog.exec();
        },
        Qt::SingleShotConnection);
}

void MainWindow::showAbout()
{
    HelpDialogs::about(this, m_workspace->backendDescription());
}

} // namespace insights
