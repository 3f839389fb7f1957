#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InteractionInsights"));
    QApplication::setApplicationName(QStringLiteral("insights-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Interaction Insights Console"));

    insights::MainWindow window;
    window.show();
    return app.exec();
}
