#pragma once

#include <QByteArrayView>
#include <QList>
#include <QLocale>
#include <QString>

class QCoreApplication;
class QTranslator;

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

    // The best of available() for an HTTP Accept-Language header ("de-CH,de;q=0.9,en;q=0.5"),
    // by quality; "en" when nothing fits.
    static QString fromAcceptLanguage(QByteArrayView header);

    // The language the current thread's strings are being translated into ("en" by default;
    // a ScopedLanguage changes it).
    static QString current();
};

// The server's strings in one request's language: while it lives, tr() on this thread, in the
// handler and in the rules library, answers in that language (the same compiled-in .qm files
// the console loads). Per thread: threads answering requests at once in different languages
// never mix them (one translator on the application reads the thread's language).
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QString m_previous;
};

} // namespace insights
