// api.md 1.1 "Notification emails": the outbox, written with the change that causes a mail and
// delivered by libcurl's SMTP to a real mail server (aiosmtpd), through outages, refusals,
// kills and a crash between the mail server's acceptance and the Sent mark.
#include "support/apisession.h"
#include "support/smtpsink.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace insights::test;

namespace {

const QJsonObject obj(const HttpResult &r)
{
    return r.json().object();
}

QStringList mailArguments(const SmtpSink &sink, const QStringList &more = {})
{
    return QStringList{"--deploy-step-ms",     "0",
                       "--smtp-url",           sink.url(),
                       "--mail-from",          "insights@provider.example",
                       "--mail-retry-seconds", "1"} +
           more;
}

// A mail server and an insights-server that sends to it, with an admin session.
struct Rig
{
    Rig() = default;
    explicit Rig(SmtpSink::Options options)
        : sink(std::move(options))
    {}
    // Starts both (the mail server stays down when !mailUp, its port known); empty, or why not.
    QString start(const QStringList &more = {},
                  const QProcessEnvironment &env = bootstrapEnvironment(), bool mailUp = true)
    {
        if (!sink.start())
            return sink.error();
        if (!mailUp)
            sink.stop();
        server.emplace(mailArguments(sink, more), env);
        if (!server->start())
            return server->error();
        api.emplace(*server);
        return api->signIn(adminUser, adminPassword) ? QString() : QStringLiteral("no sign-in");
    }

    SmtpSink sink;
    std::optional<ServerProcess> server;
    std::optional<ApiSession> api;
};

// A service with two contacts; returns its id.
QString createService(ApiSession &api, const QString &name, const QString &customerName = {})
{
    const QString customer =
        api.createCustomer(customerName.isEmpty() ? name + " Ltd" : customerName);
    QJsonObject body = ApiSession::serviceBody(name, "pro");
    QJsonObject tenant = body["tenant"].toObject();
    const QString lower = name.toLower();
    tenant["contactEmails"] = QJsonArray{"ops@" + lower + ".com", "it@" + lower + ".com"};
    body["tenant"] = tenant;
    const HttpResult r = api.post("/api/v1/customers/" + customer + "/services", body);
    return r.status == 202 ? obj(r)["id"].toString() : QString();
}

QJsonArray outbox(ApiSession &api, const QString &serviceId, const QString &status = {})
{
    QString path = "/api/v1/outbox?serviceId=" + serviceId;
    if (!status.isEmpty())
        path += "&status=" + status;
    return obj(api.get(path))["items"].toArray();
}

bool allHaveStatus(const QJsonArray &mails, const QString &status, int count)
{
    if (mails.size() != count)
        return false;
    for (const QJsonValue &m : mails) {
        if (m["status"].toString() != status)
            return false;
    }
    return true;
}

QStringList recipients(const QList<QJsonObject> &messages)
{
    QStringList out;
    for (const QJsonObject &m : messages)
        out << m["rcptTo"].toArray().first().toString();
    out.sort();
    return out;
}

QString grantAllConsents(ApiSession &anonymous, const QJsonObject &service)
{
    const QString path = QUrl(service["quickStartUrl"].toString()).path();
    QString status;
    for (const QJsonValue &c : service["consents"].toArray())
        status =
            obj(anonymous.post(path + "/consents/" + c["id"].toString(), {}))["deploymentStatus"]
                .toString();
    return status;
}

} // namespace

class TestMail : public QObject
{
    Q_OBJECT

private slots:
    void quickStartMailReachesEveryContact()
    {
        Rig rig;
        QVERIFY2(rig.start({"--mail-from-name", "Contoso \"Cloud\" Provider"}).isEmpty(),
                 "the rig did not start");
        SmtpSink &sink = rig.sink;
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Fabrikam");
        QVERIFY(!id.isEmpty());
        const QJsonObject service = api.waitForStatus(id, {"PendingConsents"});
        QVERIFY(sink.waitForMessages(2));
        QTRY_VERIFY(allHaveStatus(outbox(api, id), "Sent", 2));
        const QList<QJsonObject> messages = sink.messages();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(recipients(messages), QStringList({"it@fabrikam.com", "ops@fabrikam.com"}));

        const QString link = service["quickStartUrl"].toString();
        QVERIFY(link.contains("/quickstart/"));
        QSet<QString> ids;
        for (const QJsonObject &m : messages) {
            const QString to = m["rcptTo"].toArray().first().toString();
            QCOMPARE(m["rcptTo"].toArray().size(), 1); // one message per recipient
            QCOMPARE(m["to"].toString(), to);
            QCOMPARE(m["mailFrom"].toString(), QString("insights@provider.example"));
            // A display name in quotes, its own quotes escaped (RFC 5322 quoted-string).
            QCOMPARE(m["from"].toString(),
                     QString("\"Contoso \\\"Cloud\\\" Provider\" <insights@provider.example>"));
            QCOMPARE(m["subject"].toString(),
                     QString("Action needed: grant the consents for call recording on Fabrikam"));
            QCOMPARE(mimeTypes(m),
                     QStringList({"multipart/alternative", "text/plain", "text/html"}));
            for (const QJsonValue &p : m["parts"].toArray()) {
                if (p["type"].toString().startsWith("text/")) {
                    QCOMPARE(p["charset"].toString(), QString("utf-8"));
                    QCOMPARE(p["encoding"].toString(), QString("quoted-printable"));
                }
            }
            QVERIFY(m["defects"].toArray().isEmpty());
            QVERIFY(!m["date"].toString().isEmpty());
            QCOMPARE(m["mimeVersion"].toString(), QString("1.0"));
            QVERIFY2(QRegularExpression("^<[^<>@\\s]+@[^<>@\\s]+>$")
                         .match(m["messageId"].toString())
                         .hasMatch(),
                     qPrintable(m["messageId"].toString()));
            ids << m["messageId"].toString();

            const QString text = mimePart(m, "text/plain");
            const QString html = mimePart(m, "text/html");
            QVERIFY2(text.contains(link), qPrintable(text));
            QVERIFY(html.contains("href=\"" + link + "\""));
            for (const QString &needed :
                 {QString("Fabrikam"), QString("fabrikam.onmicrosoft.com"),
                  QString("Global Administrator"), QString("Privileged Role Administrator"),
                  QString("M365 Login"), QString("Recording Calls"), to}) {
                QVERIFY2(text.contains(needed), qPrintable(needed));
                QVERIFY2(html.contains(needed), qPrintable(needed));
            }
        }
        QCOMPARE(ids.size(), 2);
        for (const QJsonValue &m : outbox(api, id)) {
            QCOMPARE(m["kind"].toString(), QString("quick-start"));
            QCOMPARE(m["attempts"].toInt(), 1);
            QVERIFY(m["sentAt"].isString());
            QVERIFY(m["lastError"].isNull());
        }
        QCOMPARE(outbox(api, id, "Pending").size(), 0);
        QCOMPARE(api.get("/api/v1/outbox?status=Lost").status, 400);
    }

    void readyMailWhenTheLastConsentIsGranted()
    {
        Rig rig;
        QVERIFY2(rig.start().isEmpty(), "the rig did not start");
        SmtpSink &sink = rig.sink;
        ServerProcess &server = *rig.server;
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Northwind");
        const QJsonObject service = api.waitForStatus(id, {"PendingConsents"});
        QVERIFY(sink.waitForMessages(2));
        ApiSession anonymous(server);
        QCOMPARE(grantAllConsents(anonymous, service), QString("Ready"));
        QVERIFY(sink.waitForMessages(4));
        const QList<QJsonObject> ready = sink.messages().mid(2);
        QCOMPARE(recipients(ready), QStringList({"it@northwind.com", "ops@northwind.com"}));
        for (const QJsonObject &m : ready) {
            QCOMPARE(m["subject"].toString(), QString("Call recording is ready on Northwind"));
            QVERIFY(mimePart(m, "text/plain").contains("Every consent for Northwind"));
        }
        QTRY_VERIFY(outbox(api, id, "Sent").size() == 4);
    }

    void deploymentFailedMailGoesToTheProvider()
    {
        Rig rig;
        QProcessEnvironment env = bootstrapEnvironment();
        env.insert("INSIGHTS_FAIL_STEP", "register-bots");
        QVERIFY2(rig.start({"--notify-address", "noc@provider.example", "--mail-from-name",
                            "Fabrikam Hosting Zürich"},
                           env)
                     .isEmpty(),
                 "the rig did not start");
        SmtpSink &sink = rig.sink;
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Litware", "Zürich Räte AG");
        api.waitForStatus(id, {"DeploymentError"});
        QVERIFY(sink.waitForMessages(1));
        const QJsonObject m = sink.messages().first();
        QCOMPARE(m["rcptTo"].toArray(), QJsonArray({"noc@provider.example"}));
        // A subject that is not ASCII goes as RFC 2047 words, and reads back as it was.
        QCOMPARE(m["subject"].toString(), QString("Deployment failed: Litware (Zürich Räte AG)"));
        QVERIFY2(m["rawSubject"].toString().startsWith("=?UTF-8?B?"),
                 qPrintable(m["rawSubject"].toString()));
        QVERIFY(mimePart(m, "text/plain").contains("injected failure"));
        // The provider's name as the sender, RFC 2047-encoded, read back by the MIME parser.
        QCOMPARE(m["from"].toString(),
                 QString("Fabrikam Hosting Zürich <insights@provider.example>"));
        QCOMPARE(m["mailFrom"].toString(), QString("insights@provider.example"));
        QVERIFY(mimePart(m, "text/html").contains("Zürich Räte AG"));
        QTRY_VERIFY(allHaveStatus(outbox(api, id), "Sent", 1));
    }

    void anOutageLosesNoMail()
    {
        Rig rig;
        QVERIFY2(rig.start({}, bootstrapEnvironment(), false).isEmpty(), "the rig did not start");
        SmtpSink &sink = rig.sink;
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Contoso");
        api.waitForStatus(id, {"PendingConsents"});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonArray mails = outbox(api, id);
                return allHaveStatus(mails, "Pending", 2) && mails[0]["attempts"].toInt() >= 1 &&
                       !mails[0]["lastError"].toString().isEmpty();
            }(),
            15000);
        QVERIFY(sink.start()); // the mail server is back, on its port
        QVERIFY(sink.waitForMessages(2, 30000));
        QTRY_VERIFY_WITH_TIMEOUT(allHaveStatus(outbox(api, id), "Sent", 2), 15000);
        QCOMPARE(recipients(sink.messages()), QStringList({"it@contoso.com", "ops@contoso.com"}));
        for (const QJsonValue &m : outbox(api, id))
            QVERIFY(m["attempts"].toInt() >= 2);
    }

    void aKillWhileMailsArePendingLosesNone()
    {
        Rig rig;
        QVERIFY2(rig.start({}, bootstrapEnvironment(), false).isEmpty(), "the rig did not start");
        SmtpSink &sink = rig.sink;
        ServerProcess &server = *rig.server;
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Adatum");
        api.waitForStatus(id, {"PendingConsents"});
        QTRY_VERIFY(allHaveStatus(outbox(api, id), "Pending", 2));
        server.kill();
        QVERIFY(sink.start());
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(api.signIn(adminUser, adminPassword));
        QTRY_VERIFY_WITH_TIMEOUT(allHaveStatus(outbox(api, id), "Sent", 2), 20000);
        // Marked Sent only after the mail server accepted: nothing more is on its way.
        QCOMPARE(recipients(sink.messages()), QStringList({"it@adatum.com", "ops@adatum.com"}));
    }

    void aCrashAfterAcceptanceResendsWithTheSameMessageId()
    {
        Rig rig;
        QProcessEnvironment env = bootstrapEnvironment();
        env.insert("INSIGHTS_MAIL_CRASH_AFTER_ACCEPT", "1");
        // On PostgreSQL the dead process's lease must run out before the restart takes over.
        QVERIFY2(rig.start({"--operation-lease-seconds", "1"}, env).isEmpty(),
                 "the rig did not start");
        SmtpSink &sink = rig.sink;
        ServerProcess &server = *rig.server;
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Proseware");
        QVERIFY(!id.isEmpty());
        // The first mail is accepted, and the server dies before it marks it Sent.
        QVERIFY(sink.waitForMessages(1));
        QTRY_COMPARE(server.process().state(), QProcess::NotRunning);
        const QJsonObject first = sink.messages().first();

        server.process().setProcessEnvironment(bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(api.signIn(adminUser, adminPassword));
        QTRY_VERIFY_WITH_TIMEOUT(allHaveStatus(outbox(api, id), "Sent", 2), 20000);
        const QList<QJsonObject> messages = sink.messages();
        QCOMPARE(messages.size(), 3);
        QSet<QString> ids;
        int again = 0;
        for (const QJsonObject &m : messages) {
            ids << m["messageId"].toString();
            if (m["messageId"] == first["messageId"]) {
                ++again;
                QCOMPARE(m["rcptTo"], first["rcptTo"]);
            }
        }
        QCOMPARE(again, 2);      // the one in doubt, twice, under one Message-ID
        QCOMPARE(ids.size(), 2); // the other, once
    }

    void aPermanentRefusalFailsWithTheReason()
    {
        Rig rig(SmtpSink::Options{{"ops@tailspin.com"}, {}, {}});
        QVERIFY2(rig.start().isEmpty(), "the rig did not start");
        SmtpSink &sink = rig.sink;
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Tailspin");
        QTRY_VERIFY_WITH_TIMEOUT(
            outbox(api, id, "Failed").size() == 1 && outbox(api, id, "Sent").size() == 1, 15000);
        const QJsonObject failed = outbox(api, id, "Failed").first().toObject();
        QCOMPARE(failed["to"].toString(), QString("ops@tailspin.com"));
        QCOMPARE(failed["attempts"].toInt(), 1); // a 5xx is not tried again
        QVERIFY2(failed["lastError"].toString().contains("550"),
                 qPrintable(failed["lastError"].toString()));
        QCOMPARE(recipients(sink.messages()), QStringList({"it@tailspin.com"}));
    }

    void itGivesUpAfterTheDeadline()
    {
        Rig rig;
        QProcessEnvironment env = bootstrapEnvironment();
        env.insert("INSIGHTS_MAIL_GIVE_UP_MS", "1500");
        QVERIFY2(rig.start({}, env, false).isEmpty(), "the rig did not start");
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Wingtip");
        QTRY_VERIFY_WITH_TIMEOUT(allHaveStatus(outbox(api, id), "Failed", 2), 20000);
        for (const QJsonValue &m : outbox(api, id))
            QVERIFY2(m["lastError"].toString().startsWith("gave up after"),
                     qPrintable(m["lastError"].toString()));
    }

    void withoutAMailServerMailsWaitAndSayWhy()
    {
        ServerProcess server({"--deploy-step-ms", "0"}, bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString id = createService(api, "Humongous");
        api.waitForStatus(id, {"PendingConsents"});
        QTRY_VERIFY([&] {
            const QJsonArray mails = outbox(api, id);
            return allHaveStatus(mails, "Pending", 2) &&
                   mails[0]["lastError"].toString().contains("no mail server is configured");
        }());
    }

    void theOperatorResendsTheQuickStartMail()
    {
        SmtpSink sink;
        QVERIFY2(sink.start(), qPrintable(sink.error()));
        ServerProcess server(
            {"--deploy-step-ms", "300", "--smtp-url", sink.url(), "--mail-retry-seconds", "1"},
            bootstrapEnvironment());
        QVERIFY2(server.start(), qPrintable(server.error()));
        ApiSession api(server);
        QVERIFY(api.signIn(adminUser, adminPassword));
        const QString id = createService(api, "Coho");
        const QString path = "/api/v1/services/" + id + "/notifications/quick-start";
        // While it deploys there is no link to send.
        HttpResult r = api.post(path, {});
        QCOMPARE(r.status, 409);
        QVERIFY(obj(r)["detail"].toString().contains("Quick Start link"));
        api.waitForStatus(id, {"PendingConsents"});
        QVERIFY(sink.waitForMessages(2));

        r = api.post(path, {});
        QCOMPARE(r.status, 202);
        QCOMPARE(obj(r)["queued"].toInt(), 2);
        QCOMPARE(r.header("Location"), "/api/v1/outbox?serviceId=" + id.toUtf8());
        QVERIFY(sink.waitForMessages(4));
        QTRY_VERIFY(outbox(api, id, "Sent").size() == 4);
        // Every mail has a Message-ID of its own, the resent ones too.
        QSet<QString> ids;
        for (const QJsonObject &m : sink.messages())
            ids << m["messageId"].toString();
        QCOMPARE(ids.size(), 4);
        bool audited = false;
        for (const QJsonValue &e : obj(api.get("/api/v1/audit?target=" + id))["items"].toArray())
            audited = audited || e["action"].toString() == "service.notify";
        QVERIFY(audited);

        QCOMPARE(api.post("/api/v1/services/svc-unknown/notifications/quick-start", {}).status,
                 404);
        ApiSession monitor(server);
        QVERIFY(api.createUser("watcher", "watcher-password-1", "monitor"));
        QVERIFY(monitor.signIn("watcher", "watcher-password-1"));
        QCOMPARE(monitor.post(path, {}).status, 403);
        QCOMPARE(monitor.get("/api/v1/outbox?serviceId=" + id).status, 200);
    }

    void startTlsWhenTheServerOffersIt()
    {
        QTemporaryDir dir;
        QString cert, key;
        QVERIFY(makeSelfSignedCertificate(dir.path(), &cert, &key));
        Rig rig(SmtpSink::Options{{}, cert, key});
        QVERIFY2(rig.start({"--smtp-ca-file", cert}).isEmpty(), "the rig did not start");
        SmtpSink &sink = rig.sink;
        ApiSession &api = *rig.api;
        const QString id = createService(api, "Trey");
        QVERIFY(sink.waitForMessages(2));
        for (const QJsonObject &m : sink.messages())
            QVERIFY(m["tls"].toBool());
        QTRY_VERIFY(allHaveStatus(outbox(api, id), "Sent", 2));
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
