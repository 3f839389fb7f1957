// The console in German and French: Settings → Language is kept and chosen over the system's
// locale, the compiled-in translation and Qt's own are installed, and the window's menus
// speak the language from the start.
#include "language.h"
#include "lifecycle.h"
#include "mainwindow.h"
#include "support/boxanswerer.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace insights;
using namespace insights::test;

namespace {

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    return titles;
}

void removeTranslators()
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("insights-test");
        QCoreApplication::setApplicationName("tst_language");
        QSettings().clear();
    }
    void cleanup()
    {
        removeTranslators();
        QSettings().clear();
    }

    void resolvesLocalesToTranslations()
    {
        QCOMPARE(Language::resolve("de_AT"), QString("de"));
        QCOMPARE(Language::resolve("fr_CA"), QString("fr"));
        QCOMPARE(Language::resolve("de"), QString("de"));
        QCOMPARE(Language::resolve("ja_JP"), QString("en"));
        QCOMPARE(Language::resolve("C"), QString("en"));
    }

    void theChoiceWinsOverTheSystem()
    {
        Language::choose("fr");
        QCOMPARE(Language::install(*qApp), QString("fr"));
        QCOMPARE(QCoreApplication::translate("insights::MainWindow", "&File"), QString("&Fichier"));
        // Qt's own strings (standard buttons) come from qtbase_fr.qm.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Annuler"));
        // The rules library's messages too: the server links them.
        QVERIFY2(QCoreApplication::translate("FieldRules", "a tab") != QLatin1String("a tab"),
                 "FieldRules is not translated");
    }

    // An alarm the server wrote in English is said again in the console's language where the
    // console knows its parts: the missing consents, the licences in use.
    void alarmsAreSaidInTheConsolesLanguage()
    {
        Service s;
        s.consents = {{"m365-login", "M365 Login", true, false, {}},
                      {"recording-calls", "Recording Calls", true, true, {}}};
        s.settings.tenant.includedUsers = 100;
        s.usage.licensesInUse = 120;
        s.alarms = {{Lifecycle::consentAlarmCode(), "warning", "English text", {}},
                    {Lifecycle::licencesExceededCode(), "error", "English text", {}},
                    {"suspended", "warning", "Suspended by ana: summer", {}}};
        Language::choose("de");
        QCOMPARE(Language::install(*qApp), QString("de"));
        const QList<Alarm> alarms = Lifecycle::localisedAlarms(s);
        QCOMPARE(alarms.size(), 3);
        QCOMPARE(alarms[0].message,
                 QCoreApplication::translate("Lifecycle", "Customer must complete the consent "
                                                          "process in the Quick Start wizard "
                                                          "(missing: %1)")
                     .arg("M365 Login"));
        QVERIFY2(alarms[0].message.contains("Zustimmung"), qPrintable(alarms[0].message));
        QVERIFY2(alarms[1].message.startsWith("120 ") && alarms[1].message.contains("20"),
                 qPrintable(alarms[1].message));
        QVERIFY(alarms[1].message != "120 of 100 licences in use: 20 over the included users");
        QCOMPARE(alarms[2].message, QString("Suspended by ana: summer")); // the server's words
    }

    void theWindowSpeaksGermanAndTheMenuKeepsAChoice()
    {
        Language::choose("de");
        QCOMPARE(Language::install(*qApp), QString("de"));
        Workspace workspace;
        MainWindow window(&workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains("&Datei") && titles.contains("&Einstellungen") &&
                     titles.contains("&Hilfe"),
                 qPrintable(titles.join(", ")));

        // Settings → Language → Français: kept for the next start, and said so.
        auto *menu = window.findChild<QMenu *>("languageMenu");
        QVERIFY(menu);
        QAction *german = window.findChild<QAction *>("language_de");
        QVERIFY(german && german->isChecked());
        QAction *french = window.findChild<QAction *>("language_fr");
        QVERIFY(french);
        QCOMPARE(french->text(), QString("Français"));
        BoxAnswerer ok(QMessageBox::Ok);
        french->trigger();
        QTRY_VERIFY(!ok.text.isEmpty());
        QVERIFY2(ok.text.contains("Français"), qPrintable(ok.text));
        QCOMPARE(Language::chosen(), QString("fr"));

        // "System language" forgets the choice.
        BoxAnswerer again(QMessageBox::Ok);
        window.findChild<QAction *>("language_system")->trigger();
        QTRY_VERIFY(!again.text.isEmpty());
        QVERIFY(Language::chosen().isEmpty());
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
