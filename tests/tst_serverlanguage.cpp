// The server speaks the asker's language (Accept-Language): problem details, the field
// messages of the rules library and the Quick Start page, from the same translations the
// console loads; anything else, or no header, is English.
#include "support/serverapifixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTranslator>

using namespace insights::test;

namespace {

QString translated(const QString &language, const char *context, const char *source)
{
    QTranslator t;
    if (!t.load(QStringLiteral(":/i18n/insights_") + language))
        return {};
    return t.translate(context, source);
}

} // namespace

class TestServerLanguage : public QObject, public ServerApiFixture
{
    Q_OBJECT

    QString detailInEnglish(QNetworkAccessManager &nam)
    {
        const QByteArray body = "{\"username\":\"admin\",\"password\":\"not-the-password\"}";
        return request(nam, "POST", m_server->url("/api/v1/auth/token"), body,
                       {{"Content-Type", "application/json"}})
            .json()
            .object()["detail"]
            .toString();
    }

    HttpResult badCustomer(const QByteArray &acceptLanguage)
    {
        Headers headers;
        if (!acceptLanguage.isEmpty())
            headers = {{"Accept-Language", acceptLanguage}};
        return m_admin->post("/api/v1/customers", {{"displayName", "Contoso\tEU"}}, headers);
    }

private slots:
    void initTestCase()
    {
        const QString failed = startServer();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void problemsFollowAcceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QByteArray("de") << "de";
        QTest::newRow("Swiss German first") << QByteArray("de-CH,de;q=0.9,en;q=0.5") << "de";
        QTest::newRow("French by quality") << QByteArray("en;q=0.2, fr-CA;q=0.9") << "fr";
        QTest::newRow("no header") << QByteArray() << "en";
        QTest::newRow("Japanese only") << QByteArray("ja-JP") << "en";
        QTest::newRow("garbage") << QByteArray(";;q=x,,=") << "en";
    }
    void problemsFollowAcceptLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, language);
        const HttpResult r = badCustomer(header);
        QCOMPARE(r.status, 422);
        const QJsonObject problem = r.json().object();
        const QString field = problem["errors"][0]["message"].toString();
        if (language == QLatin1String("en")) {
            QCOMPARE(problem["detail"].toString(), QString("See errors for each field"));
            QCOMPARE(field, QString("Control characters are not allowed (U+0009)"));
            QVERIFY(r.header("Content-Language").isEmpty());
            return;
        }
        QCOMPARE(r.header("Content-Language"), language.toLatin1());
        const QString detail = translated(language, "Problems", "See errors for each field");
        QVERIFY(!detail.isEmpty());
        QCOMPARE(problem["detail"].toString(), detail);
        // The rules library's message, with its argument, from the same translation.
        const QString rule =
            translated(language, "FieldRules", "Control characters are not allowed (%1)")
                .arg("U+0009");
        QCOMPARE(field, rule);
        // The title stays the stable English summary.
        QCOMPARE(problem["title"].toString(), QString("Validation failed"));
    }

    // The sign-in answers later (its hash runs off the event loop), in the asker's language too.
    void aRefusedSignInFollowsAcceptLanguage()
    {
        QNetworkAccessManager nam;
        const QByteArray body = "{\"username\":\"admin\",\"password\":\"not-the-password\"}";
        const HttpResult r =
            request(nam, "POST", m_server->url("/api/v1/auth/token"), body,
                    {{"Accept-Language", "fr"}, {"Content-Type", "application/json"}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("Content-Language"), QByteArray("fr"));
        const QString detail = r.json().object()["detail"].toString();
        QVERIFY(!detail.isEmpty());
        QCOMPARE(detail, translated("fr", "Problems", qPrintable(detailInEnglish(nam))));
    }

    void theQuickStartPageFollowsAcceptLanguage()
    {
        const QString id = m_admin->deployService("Fabrikam", "FabrikamEU", "essential");
        QVERIFY(!id.isEmpty());
        const QUrl link(m_admin->get("/api/v1/services/" + id).json()["quickStartUrl"].toString());
        QNetworkAccessManager nam;
        const HttpResult de =
            request(nam, "GET", m_server->url(link.path()), {}, {{"Accept-Language", "de-DE"}});
        QCOMPARE(de.status, 200);
        const QString page = QString::fromUtf8(de.body);
        QVERIFY2(page.contains("<html lang=\"de\">"), qPrintable(page.left(200)));
        const QString grant = translated("de", "QuickStartPage", "Grant");
        QVERIFY(!grant.isEmpty() && grant != QLatin1String("Grant"));
        QVERIFY2(page.contains(">" + grant + "</button>"), qPrintable(page));
        const HttpResult en = request(nam, "GET", m_server->url(link.path()));
        QVERIFY(QString::fromUtf8(en.body).contains("<html lang=\"en\">"));
        QVERIFY(QString::fromUtf8(en.body).contains(">Grant</button>"));
    }
};

QTEST_MAIN(TestServerLanguage)
#include "tst_serverlanguage.moc"
