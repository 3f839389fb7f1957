#include "language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace insights {

namespace {

const QString settingsKey = QStringLiteral("language");

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
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/insights_") + code))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace insights
