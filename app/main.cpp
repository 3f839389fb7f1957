#include "mainwindow.h"
#include "sessionstore.h"
#include "signindialog.h"
#include "workspace.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

using namespace insights;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InteractionInsights"));
    QApplication::setApplicationName(QStringLiteral("insights-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Interaction Insights Console"));
    Q_INIT_RESOURCE(insights_icons);

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Workspace workspace;
    KeychainSessionStore sessions;
    MainWindow window(&workspace, &sessions);
    window.show();

    // A remote profile (URL, user name, role) lives in the settings; its token only in the
    // keychain (or in memory where none runs). No profile: the console runs its own server.
    QSettings settings;
    const QUrl server = settings.value(QStringLiteral("backend/url")).toUrl();
    if (server.isEmpty()) {
        workspace.startEmbedded(data);
    } else {
        const QString username = settings.value(QStringLiteral("backend/username")).toString();
        const Role role = roleFromString(settings.value(QStringLiteral("backend/role")).toString())
                              .value_or(Role::Monitor);
        QObject::connect(
            &sessions, &SessionStore::loaded, &window,
            [&, server, username, role](const QString &, const QByteArray &token) {
                if (token.isEmpty())
                    window.signInAgain(server, username);
                else
                    workspace.startRemote(server, token, username, role, data);
            },
            Qt::SingleShotConnection);
        sessions.load(MainWindow::profileName(server, username));
    }
    return app.exec();
}
