// resources/openapi.yaml describes exactly the routes insights-server serves: every route of
// `insights-server --list-routes` appears in it with its method, and it lists nothing more.
#include "support/apisession.h"
#include "support/serverprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#ifndef INSIGHTS_OPENAPI_PATH
#error "INSIGHTS_OPENAPI_PATH must name resources/openapi.yaml"
#endif

using namespace insights::test;

namespace {

QString listed(const QSet<QString> &routes)
{
    QStringList sorted(routes.cbegin(), routes.cend());
    sorted.sort();
    return sorted.join(QStringLiteral("\n  "));
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    QSet<QString> m_served;    // "get /api/v1/customers/{id}"
    QSet<QString> m_described; // the same form, from openapi.yaml

private slots:
    void initTestCase()
    {
        QProcess server;
        server.start(serverExecutable(), {"--list-routes"});
        QVERIFY2(server.waitForStarted(20000), qPrintable(server.errorString()));
        QVERIFY2(server.waitForFinished(20000), "insights-server --list-routes did not finish");
        const QString err = QString::fromUtf8(server.readAllStandardError());
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QVERIFY2(server.exitCode() == 0, qPrintable(err));

        static const QRegularExpression routeLine(QStringLiteral("^([A-Za-z]+) (/\\S*)$"));
        const QStringList lines = QString::fromUtf8(server.readAllStandardOutput()).split(u'\n');
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const QRegularExpressionMatch m = routeLine.match(line);
            QVERIFY2(m.hasMatch(), qPrintable("unexpected --list-routes line: " + line));
            m_served.insert(m.captured(1).toLower() + u' ' + m.captured(2));
        }

        QFile file(QString::fromUtf8(INSIGHTS_OPENAPI_PATH));
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text),
                 qPrintable(file.fileName() + ": " + file.errorString()));
        static const QRegularExpression pathLine(QStringLiteral("^  (/[^:]*):\\s*$"));
        static const QRegularExpression methodLine(
            QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
        static const QRegularExpression topLevelKey(QStringLiteral("^([A-Za-z_][^:]*):"));
        static const QRegularExpression pathLevelKey(QStringLiteral("^  [^ #]"));
        bool inPaths = false;
        QString currentPath;
        const QStringList yaml = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : yaml) {
            if (const auto top = topLevelKey.match(line); top.hasMatch()) {
                inPaths = top.captured(1) == QLatin1String("paths");
                currentPath.clear();
                continue;
            }
            if (!inPaths)
                continue;
            if (const auto path = pathLine.match(line); path.hasMatch()) {
                currentPath = path.captured(1);
                continue;
            }
            if (pathLevelKey.match(line).hasMatch()) {
                currentPath.clear(); // some other key at the level of the paths
                continue;
            }
            if (const auto method = methodLine.match(line);
                method.hasMatch() && !currentPath.isEmpty())
                m_described.insert(method.captured(1) + u' ' + currentPath);
        }
    }

    void everyServedRouteIsDescribed()
    {
        const QSet<QString> missing = m_served - m_described;
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 route(s) of insights-server are missing from "
                                           "openapi.yaml:\n  %2")
                                .arg(missing.size())
                                .arg(listed(missing))));
    }

    void everyDescribedRouteIsServed()
    {
        const QSet<QString> extra = m_described - m_served;
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("openapi.yaml describes %1 route(s) that "
                                           "insights-server does not serve:\n  %2")
                                .arg(extra.size())
                                .arg(listed(extra))));
    }

    // The running server serves the very document it was built with, to anyone, as YAML.
    void theServerServesItsDescription()
    {
        ServerProcess server({}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        QNetworkAccessManager nam;
        const HttpResult r = request(nam, "GET", server.url("/api/v1/openapi.yaml"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("Content-Type").startsWith("application/yaml"), r.header("Content-Type"));
        QFile file(QString::fromUtf8(INSIGHTS_OPENAPI_PATH));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(r.body == file.readAll(), "the served description differs from openapi.yaml");

        // Two routes no other recorded scenario reaches, so openapi_responses checks them too.
        ApiSession admin(server);
        QVERIFY(admin.signIn(adminUser, adminPassword));
        QCOMPARE(admin.get("/api/v1/server-settings").status, 200);
        QCOMPARE(admin.del("/api/v1/auth/token").status, 204);
        QCOMPARE(admin.get("/api/v1/customers").status, 401);
    }

    void enoughRoutesCompared()
    {
        QVERIFY2(m_served.size() >= 20,
                 qPrintable(QStringLiteral("only %1 routes listed by the server:\n  %2")
                                .arg(m_served.size())
                                .arg(listed(m_served))));
        QVERIFY2(m_described.size() >= 20,
                 qPrintable(QStringLiteral("only %1 routes found in openapi.yaml:\n  %2")
                                .arg(m_described.size())
                                .arg(listed(m_described))));
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
