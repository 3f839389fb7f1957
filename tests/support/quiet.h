#pragma once

#include "apiclient.h"

#include <QCoreApplication>
#include <QTest>
#include <QTimer>

namespace insights::test {

// A form is quiet when nothing it started is still going: no debounce timer running among
// its children (by convention their objectName ends in "Debounce") and no request in
// flight. Only then does a person see the final state, so a UI test asserts only then.
inline bool isQuiet(const QObject *form, const ApiClient *client)
{
    if (client && client->pendingCount() > 0)
        return false;
    const auto timers = form->findChildren<QTimer *>();
    for (const QTimer *t : timers) {
        if (t->isActive() && t->objectName().endsWith(QLatin1String("Debounce")))
            return false;
    }
    return true;
}

// Waits until the form is quiet, and stays quiet once the events already posted (answers
// being delivered) have run.
inline bool waitUntilQuiet(const QObject *form, const ApiClient *client, int timeoutMs = 10000)
{
    for (int round = 0; round < 2; ++round) {
        if (!QTest::qWaitFor([&] { return isQuiet(form, client); }, timeoutMs))
            return false;
        QCoreApplication::processEvents();
    }
    return isQuiet(form, client);
}

} // namespace insights::test
