#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InteractionInsights"));
    QApplication::setApplicationName(QStringLiteral("insights-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Interaction Insights Console"));
    Q_INIT_RESOURCE(insights_icons);

    insights::Workspace workspace;
    insights::MainWindow window(&workspace);
    window.show();
    // No server configured: the console runs its own on loopback.
    workspace.startEmbedded(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    return app.exec();
}
