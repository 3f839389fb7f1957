#pragma once

// The console's real main window on a team server the test started, signed in with a token
// the test got: what a person sees after File → Connect to a server…. Header-only, for the
// window tests (they link the app; the test support library does not).
#include "mainwindow.h"
#include "support/serverprocess.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace insights::test {

struct RemoteWindow
{
    QTemporaryDir data;
    Workspace workspace;
    MainWindow window{&workspace};

    // Shows the window at 1280×800 and waits until the first sync is done.
    bool open(const ServerProcess &server, const QByteArray &token, const QString &username,
              Role role)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QSignalSpy ready(&workspace, &Workspace::ready);
        workspace.startRemote(server.url(), token, username, role, data.path());
        return ready.wait(10000);
    }
};

} // namespace insights::test
