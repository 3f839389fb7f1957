#include "language.h"
#include "mainwindow.h"
#include "sessionstore.h"
#include "signindialog.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

using namespace insights;

namespace {

// --server URL [--user NAME] (or INSIGHTS_SERVER_URL): sign in to that team server now,
// asking for the password; the profile is kept as File → Connect to a server… keeps it.
bool signInTo(const QUrl &server, const QString &user, Workspace &workspace,
              KeychainSessionStore &sessions, MainWindow &window, const QString &data)
{
    SignInDialog dialog(server, user, &window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.embeddedChosen()) {
        QSettings().remove(QStringLiteral("backend"));
        workspace.startEmbedded(data);
        return true;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("backend/url"), dialog.url());
    settings.setValue(QStringLiteral("backend/username"), dialog.username());
    settings.setValue(QStringLiteral("backend/role"), toString(dialog.role()));
    sessions.save(MainWindow::profileName(dialog.url(), dialog.username()), dialog.token());
    workspace.startRemote(dialog.url(), dialog.token(), dialog.username(), dialog.role(), data);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InteractionInsights"));
    QApplication::setApplicationName(QStringLiteral("insights-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Interaction Insights Console"));
    QApplication::setApplicationVersion(QStringLiteral(INSIGHTS_VERSION));
    Q_INIT_RESOURCE(insights_icons);
    Language::install(app); // Settings → Language, else the system's

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Onboards Microsoft 365 tenants onto Interaction Recording. Without --server it "
                "runs its own local backend."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main", "Open the console on this team server (also "
                                        "INSIGHTS_SERVER_URL); it asks for the password."),
        QStringLiteral("URL"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QApplication::translate("main", "The user name on that server."),
        QStringLiteral("NAME"));
    parser.addOption(serverOption);
    parser.addOption(userOption);
    parser.process(app);
    QString serverArgument = parser.value(serverOption);
    if (serverArgument.isEmpty())
        serverArgument = qEnvironmentVariable("INSIGHTS_SERVER_URL");
    const QUrl asked = QUrl::fromUserInput(serverArgument);
    if (!serverArgument.isEmpty() &&
        (!asked.isValid() || asked.host().isEmpty() ||
         (asked.scheme() != QLatin1String("http") && asked.scheme() != QLatin1String("https")))) {
        std::fputs(qPrintable(QApplication::translate("main", "--server: “%1” is not an "
                                                              "http:// or https:// address with "
                                                              "a host.\n")
                                  .arg(serverArgument)),
                   stderr);
        return 2;
    }

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Workspace workspace;
    KeychainSessionStore sessions;
    MainWindow window(&workspace, &sessions);
    window.show();

    QSettings settings;
    if (!serverArgument.isEmpty()) {
        const QString user = parser.isSet(userOption)
                                 ? parser.value(userOption)
                                 : settings.value(QStringLiteral("backend/username")).toString();
        if (!signInTo(asked, user, workspace, sessions, window, data))
            return 1; // the person closed the sign-in: nothing to show
        return app.exec();
    }

    // A remote profile (URL, user name, role) lives in the settings; its token only in the
    // keychain (or in memory where none runs). No profile: the console runs its own server.
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
