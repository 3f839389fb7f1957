#pragma once

#include <QCoreApplication>

class QWidget;

namespace insights {

// Help → Keyboard shortcuts and Help → About.
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    static void shortcuts(QWidget *parent);
    // The version, the backend in use, the Qt version and the licence.
    static void about(QWidget *parent, const QString &backend);
};

} // namespace insights
