// Walks the whole change feed of a running insights-server from the start and prints
//   BENCH changefeed_full_walk <seconds> s
//   BENCH changefeed_changes <count> changes
// Usage: bench_changefeed URL TOKEN [LIMIT]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QUrlQuery>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 3) {
        QTextStream(stderr) << "usage: bench_changefeed URL TOKEN [LIMIT]\n";
        return 2;
    }
    const QUrl base(QString::fromLocal8Bit(argv[1]));
    const QByteArray token = argv[2];
    const QString limit = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("1000");
    QNetworkAccessManager nam;
    QString since;
    qint64 changes = 0, pages = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QUrl url = base.resolved(QUrl(QStringLiteral("/api/v1/changes")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), limit);
        if (!since.isEmpty())
            q.addQueryItem(QStringLiteral("since"), since);
        url.setQuery(q);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (reply->error() != QNetworkReply::NoError) {
            QTextStream(stderr) << "request failed: " << reply->errorString() << "\n";
            return 1;
        }
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        changes += page.value(QStringLiteral("changes")).toArray().size();
        ++pages;
        since = page.value(QStringLiteral("next")).toString();
        if (!page.value(QStringLiteral("hasMore")).toBool())
            break;
    }
    out << "BENCH changefeed_full_walk " << QString::number(timer.elapsed() / 1000.0, 'f', 2)
        << " s\n";
    out << "BENCH changefeed_changes " << changes << " changes\n";
    out << "BENCH changefeed_pages " << pages << " pages\n";
    return 0;
}
