// Saves one wizard draft into a LocalCache, prints "saved", then waits to be killed.
// Used by tst_sync to prove a draft survives the process dying.
//   draftwriter CACHE_PATH KEY JSON
#include "localcache.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    insights::LocalCache cache(QString::fromLocal8Bit(argv[1]));
    const QString key = QString::fromLocal8Bit(argv[2]);
    const QJsonObject draft = QJsonDocument::fromJson(argv[3]).object();
    cache.open([&](bool ok, const QString &) {
        if (!ok)
            QCoreApplication::exit(1);
        cache.saveDraft(key, draft, [](bool saved, const QString &) {
            QTextStream(stdout) << (saved ? "saved" : "failed") << Qt::endl;
        });
    });
    return app.exec();
}
