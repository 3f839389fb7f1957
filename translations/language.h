#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;

namespace insights {

// Which language the console speaks: the one chosen in Settings → Language, else the
// system's. Its translations are compiled in (translations/*.ts); Qt's own dialogs and
// buttons come from Qt's qtbase_LANG.qm where the system has it.
class Language
{
public:
    struct Choice
    {
        QString code;       // "de"; empty: follow the system
        QString nativeName; // "Deutsch"
    };
    // English (the source) and every language with a translation.
    static QList<Choice> available();

    // The code stored by Settings → Language (empty: the system's).
    static QString chosen();
    static void choose(const QString &code);

    // Installs the translators for chosen() (or the system locale) on the application and
    // makes that locale the default. Returns the language in use ("en" when none fits).
    static QString install(QCoreApplication &app);

    // The language a code or locale name resolves to: "de" for "de_AT", "en" when there is
    // no translation for it.
    static QString resolve(const QString &codeOrLocale);
};

} // namespace insights
