#include "language.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace insights {

namespace {

const QString settingsKey = QStringLiteral("language");
thread_local QString currentLanguage = QStringLiteral("en");

// One translator per language, loaded once and kept while the application keeps it (it owns
// them; a test that removes them gets fresh ones).
QTranslator *translatorFor(const QString &code)
{
    static QHash<QString, QPointer<QTranslator>> loaded;
    if (QTranslator *t = loaded.value(code))
        return t;
    auto *t = new QTranslator(QCoreApplication::instance());
    if (!t->load(QStringLiteral(":/i18n/insights_") + code)) {
        delete t;
        return nullptr;
    }
    loaded.insert(code, t);
    return t;
}

} // namespace

QList<Language::Choice> Language::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString Language::chosen()
{
    return QSettings().value(settingsKey).toString();
}

void Language::choose(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey);
    else
        settings.setValue(settingsKey, code);
}

QString Language::resolve(const QString &codeOrLocale)
{
    const QString language = QLocale(codeOrLocale).name().section(u'_', 0, 0);
    for (const Choice &c : available())
        if (c.code == language)
            return language;
    return QStringLiteral("en");
}

QString Language::install(QCoreApplication &app)
{
    const QString code = resolve(chosen().isEmpty() ? QLocale::system().name() : chosen());
    QLocale::setDefault(QLocale(code));
    if (code == QLatin1String("en"))
        return code;
    if (QTranslator *own = translatorFor(code))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

QString Language::fromAcceptLanguage(QByteArrayView header)
{
    QString best = QStringLiteral("en");
    double bestQuality = 0;
    // Ranges in order; the first of equal quality wins, as RFC 9110 leaves it to the server.
    for (const QByteArray &part : header.toByteArray().split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QString range = QString::fromLatin1(pieces.first().trimmed()).toLower();
        double quality = 1;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray p = pieces.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                quality = p.mid(2).toDouble(&ok);
                if (!ok || quality < 0 || quality > 1)
                    quality = 0;
            }
        }
        const QString language = range.section(u'-', 0, 0);
        if (quality <= bestQuality || language.isEmpty() || language == QLatin1String("*"))
            continue;
        for (const Choice &c : available()) {
            if (c.code == language) {
                best = language;
                bestQuality = quality;
            }
        }
    }
    return best;
}

QString Language::current()
{
    return currentLanguage;
}

namespace {

// The server's translations, each language loaded once, on first use by any thread, and kept
// for the process's life (reading a loaded QTranslator is safe from several threads).
const QHash<QString, const QTranslator *> &serverTranslators()
{
    static const QHash<QString, const QTranslator *> loaded = [] {
        QHash<QString, const QTranslator *> out;
        for (const Language::Choice &c : Language::available()) {
            auto *t = new QTranslator;
            if (c.code != QLatin1String("en") &&
                t->load(QStringLiteral(":/i18n/insights_") + c.code))
                out.insert(c.code, t);
            else
                delete t;
        }
        return out;
    }();
    return loaded;
}

// Installed once on the application: it answers in the language of the request the calling
// thread is handling (currentLanguage), so threads that answer requests at the same time in
// different languages never see each other's.
class ThreadLanguageTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        const QTranslator *t = serverTranslators().value(currentLanguage);
        return t ? t->translate(context, source, disambiguation, n) : QString();
    }
};

void installThreadLanguageTranslator()
{
    static QBasicMutex mutex;
    static QPointer<ThreadLanguageTranslator> installed;
    const QMutexLocker lock(&mutex);
    if (installed || !QCoreApplication::instance())
        return;
    // Maybe on a worker thread (its first request): the translator is the application's,
    // not the thread's, and lives as long as the process.
    installed = new ThreadLanguageTranslator;
    installed->moveToThread(QCoreApplication::instance()->thread());
    QCoreApplication::installTranslator(installed);
}

} // namespace

ScopedLanguage::ScopedLanguage(const QString &code)
    : m_previous(currentLanguage)
{
    if (code == QLatin1String("en") || code == currentLanguage ||
        !serverTranslators().contains(code))
        return;
    installThreadLanguageTranslator();
    currentLanguage = code;
}

ScopedLanguage::~ScopedLanguage()
{
    currentLanguage = m_previous;
}

} // namespace insights
