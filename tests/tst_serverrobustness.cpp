// Hostile and malformed requests against one insights-server: every one gets a 4xx (a problem
// document outside the quick-start pages), never a 5xx; the process never dies; and nothing is
// half-written.
#include "support/apisession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace insights::test;

namespace {

// One row of the corpus.
struct Hostile
{
    QByteArray label;
    QByteArray method;
    QByteArray path; // percent-encoded as sent, query included
    QByteArray body;
    bool withToken = true;
    QByteArrayList headers; // "Name: value"
    int expected = 0;       // 0: any 4xx
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// A JSON string member set to rawMark is replaced, quotes included, by raw bytes.
const QString rawMark = QStringLiteral("@raw@");

QByteArray spliceRaw(const QJsonObject &o, const QByteArray &raw)
{
    QByteArray json = compact(o);
    json.replace("\"@raw@\"", raw);
    return json;
}

// body with body[group][member] = value (body[member] when group is empty).
QJsonObject put(QJsonObject body, const QString &group, const QString &member,
                const QJsonValue &value)
{
    if (group.isEmpty()) {
        body.insert(member, value);
        return body;
    }
    QJsonObject inner = body.value(group).toObject();
    inner.insert(member, value);
    body.insert(group, inner);
    return body;
}

// '~' stands for a NUL byte, so literals stay readable.
QByteArray withNul(QByteArray text)
{
    text.replace('~', '\0');
    return text;
}

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(digits);
}

enum class Kind { Text, List, Whole, Flag, Object };

struct Member
{
    const char *group;
    const char *name;
    Kind kind;
};

// Every member of a service body, with its JSON type.
const Member serviceMembers[] = {
    {"tenant", "name", Kind::Text},
    {"tenant", "domain", Kind::Text},
    {"tenant", "shortName", Kind::Text},
    {"tenant", "contactEmails", Kind::List},
    {"tenant", "adminUpns", Kind::List},
    {"tenant", "userType", Kind::Text},
    {"tenant", "includedUsers", Kind::Whole},
    {"tenant", "allowExceedIncludedUsers", Kind::Flag},
    {"tenant", "storageLocation", Kind::Text},
    {"tenant", "byos", Kind::Flag},
    {"tenant", "unlimitedRetention", Kind::Flag},
    {"tenant", "notes", Kind::Text},
    {"compliance", "controlTeamsNotifications", Kind::Flag},
    {"compliance", "teamsNotificationsWaiverReference", Kind::Text},
    {"compliance", "deleteCallRecordings", Kind::Flag},
    {"compliance", "advancedStorage", Kind::Flag},
    {"", "type", Kind::Text},
    {"", "tenant", Kind::Object},
    {"", "compliance", Kind::Object},
};

QList<QJsonValue> wrongValues(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return {42, true, QJsonArray{"x"}, QJsonObject{{"x", 1}}};
    case Kind::List:
        return {"ops@example.com", 42, QJsonArray{1}, QJsonArray{QJsonArray{}}, QJsonObject{}};
    case Kind::Whole:
        return {"250", true, 250.5, QJsonArray{250}, QJsonValue(QJsonValue::Null), QJsonObject{}};
    case Kind::Flag:
        return {"true", 1, QJsonValue(QJsonValue::Null), QJsonArray{true}, QJsonObject{}};
    case Kind::Object:
        return {"x", 42, QJsonArray{}, true};
    }
    return {};
}

// Every string a service body holds; list members hold it as their first item.
struct StringSlot
{
    const char *group;
    const char *name;
    bool list;
};

const StringSlot serviceStrings[] = {
    {"tenant", "name", false},
    {"tenant", "domain", false},
    {"tenant", "shortName", false},
    {"tenant", "contactEmails", true},
    {"tenant", "adminUpns", true},
    {"tenant", "userType", false},
    {"tenant", "storageLocation", false},
    {"tenant", "notes", false},
    {"compliance", "teamsNotificationsWaiverReference", false},
    {"", "type", false},
};

QJsonValue slotValue(const StringSlot &slot, const QString &text)
{
    return slot.list ? QJsonValue(QJsonArray{text}) : QJsonValue(text);
}

QByteArray slotLabel(const StringSlot &slot)
{
    return *slot.group ? QByteArray(slot.group) + '.' + slot.name : QByteArray(slot.name);
}

} // namespace

class TestServerRobustness : public QObject
{
    Q_OBJECT

private:
    QList<Hostile> corpus() const;

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiSession> m_api;
    QByteArray m_base; // http://127.0.0.1:PORT
    QString m_customerId;
    QString m_serviceId;
    QString m_operationId;
    QString m_quickStartToken;
    QString m_laterConsentId; // a consent that must wait for m365-login

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(QStringList{}, bootstrapEnvironment());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        m_base = m_server->url().toEncoded();
        while (m_base.endsWith('/'))
            m_base.chop(1);
        m_api = std::make_unique<ApiSession>(*m_server);
        QVERIFY(m_api->signIn(adminUser, adminPassword));

        m_customerId = m_api->createCustomer("Robust Customer");
        QVERIFY(!m_customerId.isEmpty());
        const HttpResult created = m_api->post("/api/v1/customers/" + m_customerId + "/services",
                                               ApiSession::serviceBody("Robust-1", "pro"));
        QCOMPARE(created.status, 202);
        m_serviceId = created.json().object().value("id").toString();
        QVERIFY(!m_serviceId.isEmpty());
        const QByteArray operation = created.header("Operation-Location");
        m_operationId = QString::fromUtf8(operation.mid(operation.lastIndexOf('/') + 1));
        QVERIFY(!m_operationId.isEmpty());

        // Let the deployment settle, so the state the corpus meets does not move under it.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_api->get("/api/v1/operations/" + m_operationId)
                           .json()
                           .object()
                           .value("status")
                           .toString() == "Succeeded";
            },
            20000));
        const QJsonObject service = m_api->waitForStatus(m_serviceId, {"PendingConsents", "Ready"});
        QCOMPARE(service.value("deploymentStatus").toString(), QStringLiteral("PendingConsents"));
        m_quickStartToken = service.value("quickStartUrl").toString().section('/', -1);
        QVERIFY(!m_quickStartToken.isEmpty());
        const QJsonArray consents = service.value("consents").toArray();
        for (qsizetype i = 0; i < consents.size(); ++i) {
            const QJsonObject c = consents.at(i).toObject();
            const QString id = c.value("id").toString();
            if (id != "m365-login" && !c.value("granted").toBool())
                m_laterConsentId = id;
        }
    }

    void cleanupTestCase()
    {
        m_api.reset();
        if (m_server)
            QCOMPARE(m_server->terminate(), 0);
        m_server.reset();
    }

    void hostileRequest_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<QByteArrayList>("headers");
        QTest::addColumn<int>("expected");
        const QList<Hostile> rows = corpus();
        int n = 0;
        for (const Hostile &h : rows)
            QTest::addRow("%04d %s", ++n, h.label.constData())
                << h.method << h.path << h.body << h.withToken << h.headers << h.expected;
    }

    void hostileRequest()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, withToken);
        QFETCH(QByteArrayList, headers);
        QFETCH(int, expected);

        Headers all;
        if (withToken)
            all.append({"Authorization", "Bearer " + m_api->token()});
        for (const QByteArray &h : headers) {
            const qsizetype colon = h.indexOf(": ");
            all.append({h.left(colon), h.mid(colon + 2)});
        }
        const QUrl url = QUrl::fromEncoded(m_base + path);
        QVERIFY2(url.isValid(), path.left(200).constData());

        const HttpResult r = request(m_api->network(), method, url, body, all);
        const QByteArray type = r.header("Content-Type");
        const QByteArray what = method + ' ' + path.left(160) + " -> " +
                                QByteArray::number(r.status) + " [" + type + "] " +
                                r.body.left(300) + ' ' + r.networkError.toUtf8();

        QVERIFY2(m_server->process().state() == QProcess::Running,
                 (what + "\nserver stderr:\n" + m_server->standardError().right(3000)).constData());
        QVERIFY2(r.status >= 400 && r.status < 500, what.constData());
        if (expected != 0)
            QVERIFY2(r.status == expected,
                     (what + "\nexpected " + QByteArray::number(expected)).constData());
        if (path.contains("quickstart")) {
            // The customer-side pages answer plain text or HTML for a browser.
            QVERIFY2(type.startsWith("application/problem+json") || type.startsWith("text/plain") ||
                         type.startsWith("text/html"),
                     what.constData());
        } else {
            QVERIFY2(type.startsWith("application/problem+json"), what.constData());
        }
        if (type.startsWith("application/problem+json"))
            QVERIFY2(r.json().object().value("status").toInt() == r.status, what.constData());
    }

    // After the whole corpus: the server still answers, and holds exactly what initTestCase made.
    void nothingHalfWritten()
    {
        QVERIFY(m_server->process().state() == QProcess::Running);
        QNetworkAccessManager nam;
        const HttpResult health = request(nam, "GET", m_server->url("/healthz"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json()["status"].toString(), QString("ok"));
        QCOMPARE(health.json()["database"].toString(), QString("ok"));

        const HttpResult customers = m_api->get("/api/v1/customers?limit=1000");
        QCOMPARE(customers.status, 200);
        const QJsonArray customerItems = customers.json().object().value("items").toArray();
        QCOMPARE(customerItems.size(), qsizetype(1));
        const QJsonObject customer = customerItems.at(0).toObject();
        QCOMPARE(customer.value("id").toString(), m_customerId);
        QCOMPARE(customer.value("displayName").toString(), QStringLiteral("Robust Customer"));

        const HttpResult services = m_api->get("/api/v1/services?limit=1000");
        QCOMPARE(services.status, 200);
        const QJsonArray serviceItems = services.json().object().value("items").toArray();
        QCOMPARE(serviceItems.size(), qsizetype(1));
        const QJsonObject service = serviceItems.at(0).toObject();
        QCOMPARE(service.value("id").toString(), m_serviceId);
        QCOMPARE(service.value("deploymentStatus").toString(), QStringLiteral("PendingConsents"));
        const QJsonObject tenant = service.value("tenant").toObject();
        QCOMPARE(tenant.value("name").toString(), QStringLiteral("Robust-1"));
        QCOMPARE(tenant.value("includedUsers").toInt(), 250);
        QCOMPARE(tenant.value("notes").toString(), QString());

        const HttpResult users = m_api->get("/api/v1/users");
        QCOMPARE(users.status, 200);
        QCOMPARE(users.json().object().value("items").toArray().size(), qsizetype(1));

        const HttpResult operators = m_api->get("/api/v1/customers/" + m_customerId + "/operators");
        QCOMPARE(operators.status, 200);
        QCOMPARE(operators.json().object().value("items").toArray().size(), qsizetype(0));

        QVERIFY(m_server->process().state() == QProcess::Running);
    }
};

QList<Hostile> TestServerRobustness::corpus() const
{
    QList<Hostile> rows;
    auto add = [&rows](QByteArray label, QByteArray method, QByteArray path, QByteArray body = {},
                       bool withToken = true, QByteArrayList headers = {}, int expected = 0) {
        rows.append(Hostile{std::move(label), std::move(method), std::move(path), std::move(body),
                            withToken, std::move(headers), expected});
    };

    const QByteArray customerId = m_customerId.toUtf8();
    const QByteArray serviceId = m_serviceId.toUtf8();
    const QByteArray operationId = m_operationId.toUtf8();
    const QByteArray quickStartToken = m_quickStartToken.toUtf8();
    const QByteArray customer = "/api/v1/customers/" + customerId;
    const QByteArray service = "/api/v1/services/" + serviceId;
    const QByteArray operation = "/api/v1/operations/" + operationId;
    const QByteArray createService = customer + "/services";
    const QByteArray operators = customer + "/operators";
    const QByteArray anyVersion = "If-Match: *";

    // Bodies that would be valid on their own (the existing customer already has a service, so
    // even a valid service body is a 409 here).
    const QJsonObject serviceJson = ApiSession::serviceBody("Robust-2", "pro");
    const QByteArray validService = compact(serviceJson);
    const QByteArray validCustomer = compact({{"displayName", "Valid Name"}});
    const QByteArray validUser = compact(
        {{"username", "mallory"}, {"password", "correct-horse-battery"}, {"role", "operator"}});
    const QByteArray validOperator =
        compact({{"name", "Eve Example"}, {"email", "eve@example.com"}, {"level", "operator"}});
    const QByteArray servicePatch = compact({{"tenant", QJsonObject{{"notes", "hijacked"}}}});

    // Where request bodies go. PATCH with If-Match: * reaches the body parser.
    struct Target
    {
        QByteArray name;
        QByteArray method;
        QByteArray path;
        bool withToken;
        QByteArrayList headers;
    };
    const QList<Target> targets = {
        {"svc-post", "POST", createService, true, {}},
        {"svc-patch", "PATCH", service, true, {anyVersion}},
        {"cus-post", "POST", "/api/v1/customers", true, {}},
        {"cus-patch", "PATCH", customer, true, {anyVersion}},
        {"login", "POST", "/api/v1/auth/token", false, {}},
        {"user-post", "POST", "/api/v1/users", true, {}},
        {"opr-post", "POST", operators, true, {}},
    };
    const Target &svcPost = targets[0];
    const Target &svcPatch = targets[1];
    const Target &cusPost = targets[2];
    const Target &cusPatch = targets[3];
    auto to = [&](const Target &t, const QByteArray &label, const QByteArray &body,
                  int expected = 0) {
        add(t.name + ' ' + label, t.method, t.path, body, t.withToken, t.headers, expected);
    };

    // --- Truncated JSON: every prefix of a valid service body ---------------------------------
    for (qsizetype cut = 0; cut < validService.size(); ++cut) {
        to(svcPost, "truncated at " + QByteArray::number(cut), validService.left(cut), 400);
        if (cut % 5 == 0) {
            const Target &t = targets[1 + (cut / 5) % (targets.size() - 1)];
            to(t, "truncated at " + QByteArray::number(cut), validService.left(cut), 400);
        }
    }

    // --- Bodies no endpoint may accept, sent to every endpoint that reads a body -------------
    struct Named
    {
        QByteArray label;
        QByteArray body;
    };
    QList<Named> generic = {
        {"empty body", {}},
        {"whitespace only", " \t\r\n "},
        {"single quotes", R"({'a':1})"},
        {"bare key", R"({a:1})"},
        {"trailing comma", R"({"a":1,})"},
        {"undefined", R"({"a":undefined})"},
        {"NaN", R"({"a":NaN})"},
        {"-Infinity", R"({"a":-Infinity})"},
        {"leading zero", R"({"a":01})"},
        {"bare fraction", R"({"a":.5})"},
        {"plus sign", R"({"a":+1})"},
        {"hex number", R"({"a":0x1F})"},
        {"tru", R"({"a":tru})"},
        {"nul", R"({"a":nul})"},
        {"True", R"({"a":True})"},
        {"missing colon", R"({"a" 1})"},
        {"double colon", R"({"a"::1})"},
        {"extra brace", R"({"a":1}})"},
        {"two documents", R"({"a":1}{"b":2})"},
        {"bad escape", R"({"a":"\x41"})"},
        {"short unicode escape", R"({"a":"\u12"})"},
        {"non-hex unicode escape", R"({"a":"\uZZZZ"})"},
        {"raw newline in string", "{\"a\":\"raw\nline\"}"},
        {"raw tab in string", "{\"a\":\"raw\ttab\"}"},
        {"block comment", R"(/* c */{"a":1})"},
        {"line comment", "{\"a\":1 // c\n}"},
        {"unterminated string", R"({"a":"open})"},
        {"unterminated array", R"({"a":[1,2})"},
        {"mismatched brackets", R"({"a":{"b":1]})"},
        {"lone [", "["},
        {"lone {", "{"},
        {"lone }", "}"},
        {"lone quote", "\""},
        {"lone comma", ","},
        {"lone colon", ":"},
        {"only comma", "{,}"},
        {"double comma", R"({"a":1,,"b":2})"},
        {"missing comma", R"({"a":1 "b":2})"},
        {"lone high surrogate", R"({"a":"\uD800"})"},
        {"reversed surrogates", R"({"a":"\uDC00\uD800"})"},
        {"escaped NUL key", R"({"\u0000":1})"},
        {"empty key", R"({"":1})"},
        {"dangling exponent", R"({"a":1e})"},
        {"lone minus", R"({"a":-})"},
        {"dangling point", R"({"a":1.})"},
        {"dangling backslash", R"({"a":"\)"},
        {"single-quoted value", R"({"a":'x'})"},
        {"unclosed object", R"({"a":"x")"},
        {"trailing garbage", R"({"a":1}garbage)"},
        {"UTF-8 BOM", "\xEF\xBB\xBF{\"a\":1}"},
        {"object then brace", "{\"a\":1}\n\n{"},
        {"open array value", R"({"a":[)"},
        {"top-level []", "[]"},
        {"top-level [{}]", "[{}]"},
        {"top-level string", "\"str\""},
        {"top-level number", "42"},
        {"top-level true", "true"},
        {"top-level null", "null"},
        {"service body in array", "[" + validService + "]"},
        {"customer body in array", R"([{"displayName":"X"}])"},
        {"5000 nested arrays", QByteArray(5000, '[') + QByteArray(5000, ']')},
        {"5000 nested objects", QByteArray("{\"a\":").repeated(5000) + '1' + QByteArray(5000, '}')},
        {"5000 unclosed arrays", QByteArray(5000, '[')},
        {"100000 nested arrays in a member",
         "{\"a\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + '}'},
        {"5000 nested arrays as tenant", "{\"type\":\"interaction-recording\",\"tenant\":" +
                                             QByteArray(5000, '[') + QByteArray(5000, ']') + '}'},
        {"raw NUL", withNul("~")},
        {"raw NULs", withNul("~~~~")},
        {"NUL after object", withNul("{\"a\":1}~")},
        {"NUL before object", withNul("~{\"a\":1}")},
        {"NUL in string", withNul("{\"a\":\"x~y\"}")},
        {"NUL in key", withNul("{\"a~\":1}")},
        {"NUL in object", withNul("{~}")},
        {"NUL in display name", withNul("{\"displayName\":\"Evil~\"}")},
        {"UTF-16 body", hex("fffe7b002200610022003a0031007d00")},
        {"bytes ff fe fd", hex("fffefd")},
        {"invalid UTF-8 key", "{\"" + hex("fffe") + "\":1}"},
        {"100k-character key", "{\"" + QByteArray(100000, 'k') + "\":1}"},
        {"100k-item array", "{\"a\":[" + QByteArray("1,").repeated(99999) + "1]}"},
    };
    const struct
    {
        const char *label;
        const char *bytes;
    } badUtf8[] = {
        {"ff fe", "fffe"},
        {"overlong c0 af", "c0af"},
        {"lone continuation", "8080"},
        {"truncated e2 82", "e282"},
        {"surrogate ed a0 80", "eda080"},
        {"5-byte f8", "f888808080"},
        {"above U+10FFFF", "f4908080"},
        {"lone fe", "fe"},
    };
    for (const auto &b : badUtf8)
        generic.append(
            {QByteArray("invalid UTF-8 value ") + b.label, "{\"a\":\"x" + hex(b.bytes) + "y\"}"});
    {
        QJsonObject many;
        for (int i = 0; i < 20000; ++i)
            many.insert("k" + QString::number(i), i);
        generic.append({"20000 unknown members", compact(many)});
    }
    for (const Target &t : targets) {
        for (const Named &g : generic)
            to(t, g.label, g.body);
    }

    // --- Unknown members ------------------------------------------------------------------------
    to(svcPost, "unknown top-level member", compact(put(serviceJson, {}, "foo", 1)), 400);
    to(svcPost, "unknown tenant member", compact(put(serviceJson, "tenant", "foo", 1)), 400);
    to(svcPost, "unknown compliance member", compact(put(serviceJson, "compliance", "foo", 1)),
       400);
    to(svcPost, "__proto__ member",
       compact(put(serviceJson, {}, "__proto__", QJsonObject{{"admin", true}})), 400);
    to(svcPost, "dotted member", compact(put(serviceJson, {}, "tenant.name", "x")), 400);
    to(svcPost, "empty member name", compact(put(serviceJson, {}, "", 1)), 400);
    to(svcPost, "UTF-8 BOM before a service body", "\xEF\xBB\xBF" + validService);
    to(svcPost, "duplicate tenant member",
       validService.chopped(1) + ",\"tenant\":{\"name\":\"Dup\"}}");
    to(svcPatch, "unknown top-level member", R"({"foo":1})", 400);
    to(svcPatch, "unknown tenant member", R"({"tenant":{"foo":1}})", 400);
    to(svcPatch, "unknown compliance member", R"({"compliance":{"foo":1}})", 400);
    to(svcPatch, "valid change plus unknown member", R"({"tenant":{"notes":"x"},"isAdmin":true})",
       400);
    to(cusPost, "unknown member", R"({"displayName":"Valid Name","foo":1})", 400);
    to(cusPost, "id member", R"({"displayName":"Valid Name","id":"cus_evil"})", 400);
    to(cusPost, "createdBy member", R"({"displayName":"Valid Name","createdBy":"mallory"})", 400);
    to(cusPost, "__proto__ member", R"({"displayName":"Valid Name","__proto__":{"a":1}})", 400);
    to(cusPatch, "unknown member", R"({"displayName":"Valid Name","foo":1})", 400);
    to(cusPatch, "deleted member", R"({"displayName":"Valid Name","deleted":true})", 400);
    to(cusPatch, "version member", R"({"displayName":"Valid Name","version":1})", 400);
    to(targets[4], "role member", R"({"username":"nobody","password":"x","role":"admin"})", 400);
    to(targets[5], "isAdmin member",
       compact({{"username", "mallory"},
                {"password", "correct-horse-battery"},
                {"role", "operator"},
                {"isAdmin", true}}),
       400);
    to(targets[6], "id member",
       compact({{"name", "Eve Example"},
                {"email", "eve@example.com"},
                {"level", "operator"},
                {"id", "opr_evil"}}),
       400);

    // --- Wrong types for every member of a service ----------------------------------------------
    for (const Member &m : serviceMembers) {
        const QList<QJsonValue> values = wrongValues(m.kind);
        const QByteArray path = *m.group ? QByteArray(m.group) + '.' + m.name : QByteArray(m.name);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QByteArray label = "wrong type " + path + " #" + QByteArray::number(i);
            to(svcPost, label, compact(put(serviceJson, m.group, m.name, values[i])), 400);
            // A PATCH ignores a read-only top-level "type", so only tenant and compliance.
            if (QByteArray(m.name) != "type")
                to(svcPatch, label, compact(put({}, m.group, m.name, values[i])), 400);
        }
    }

    // --- Wrong types for the flat string objects ------------------------------------------------
    const QList<QJsonValue> wrongForStrings = {42,
                                               true,
                                               QJsonValue(QJsonValue::Null),
                                               QJsonArray{},
                                               QJsonObject{},
                                               QJsonArray{"x"},
                                               QJsonObject{{"$ne", QJsonValue(QJsonValue::Null)}}};
    const struct
    {
        int target;
        QJsonObject valid;
        QStringList members;
    } flat[] = {
        {2, {{"displayName", "Valid Name"}, {"description", "d"}}, {"displayName", "description"}},
        {3, {{"displayName", "Valid Name"}, {"description", "d"}}, {"displayName", "description"}},
        {4, {{"username", "nobody"}, {"password", "x"}}, {"username", "password"}},
        {5,
         {{"username", "mallory"}, {"password", "correct-horse-battery"}, {"role", "operator"}},
         {"username", "password", "role"}},
        {6,
         {{"name", "Eve Example"}, {"email", "eve@example.com"}, {"level", "operator"}},
         {"name", "email", "level"}},
    };
    for (const auto &f : flat) {
        for (const QString &member : f.members) {
            for (qsizetype i = 0; i < wrongForStrings.size(); ++i)
                to(targets[f.target],
                   "wrong type " + member.toUtf8() + " #" + QByteArray::number(i),
                   compact(put(f.valid, {}, member, wrongForStrings[i])), 400);
        }
    }

    // --- Huge and odd numbers in includedUsers --------------------------------------------------
    const QByteArrayList numbers = {"1e308",
                                    "-1e308",
                                    "1e400",
                                    "-1e400",
                                    "123456789012345678901234567890",
                                    "-123456789012345678901234567890",
                                    "1.7976931348623157e309",
                                    "1e-400",
                                    "9007199254740993",
                                    "1000001",
                                    "0",
                                    "-0",
                                    "-1",
                                    "250.5"};
    for (const QByteArray &number : numbers) {
        to(svcPost, "includedUsers " + number,
           spliceRaw(put(serviceJson, "tenant", "includedUsers", rawMark), number));
        to(svcPatch, "includedUsers " + number,
           spliceRaw(put({}, "tenant", "includedUsers", rawMark), number));
    }
    to(svcPost, "advancedStorage 1e308",
       spliceRaw(put(serviceJson, "compliance", "advancedStorage", rawMark), "1e308"), 400);
    to(svcPost, "type 1e400", spliceRaw(put(serviceJson, {}, "type", rawMark), "1e400"), 400);

    // --- 100k-character strings in every string member ------------------------------------------
    const QString longText(100000, QLatin1Char('a'));
    for (const StringSlot &s : serviceStrings) {
        to(svcPost, "100k " + slotLabel(s),
           compact(put(serviceJson, s.group, s.name, slotValue(s, longText))));
        if (*s.group)
            to(svcPatch, "100k " + slotLabel(s),
               compact(put({}, s.group, s.name, slotValue(s, longText))), 422);
    }
    to(cusPost, "100k displayName", compact({{"displayName", longText}}), 422);
    to(cusPost, "100k description",
       compact({{"displayName", "Valid Name"}, {"description", longText}}), 422);
    to(cusPatch, "100k displayName", compact({{"displayName", longText}}), 422);
    to(cusPatch, "100k description", compact({{"description", longText}}), 422);
    to(targets[4], "100k username", compact({{"username", longText}, {"password", "x"}}));
    to(targets[4], "100k password", compact({{"username", "nobody"}, {"password", longText}}));
    to(targets[5], "100k username",
       compact(
           {{"username", longText}, {"password", "correct-horse-battery"}, {"role", "operator"}}),
       422);
    to(targets[5], "100k password",
       compact({{"username", "mallory"}, {"password", longText}, {"role", "operator"}}), 422);
    to(targets[5], "100k role",
       compact(
           {{"username", "mallory"}, {"password", "correct-horse-battery"}, {"role", longText}}),
       422);
    to(targets[6], "100k name",
       compact({{"name", longText}, {"email", "eve@example.com"}, {"level", "operator"}}), 422);
    to(targets[6], "100k email",
       compact({{"name", "Eve Example"}, {"email", longText}, {"level", "operator"}}), 422);
    to(targets[6], "100k level",
       compact({{"name", "Eve Example"}, {"email", "eve@example.com"}, {"level", longText}}), 422);

    // --- NUL and control characters inside JSON strings (escaped \u0000 and friends) ------------
    const QList<QPair<QByteArray, QString>> controls = {
        {"NUL", QString(QChar(0))},
        {"inner NUL", "Evil" + QString(QChar(0)) + "Suffix"},
        {"ESC and BEL", QString(QChar(0x1b)) + "[2J" + QString(QChar(0x07))},
    };
    for (const auto &[what, text] : controls) {
        for (const StringSlot &s : serviceStrings) {
            to(svcPost, what + " in " + slotLabel(s),
               compact(put(serviceJson, s.group, s.name, slotValue(s, text))));
            if (*s.group)
                to(svcPatch, what + " in " + slotLabel(s),
                   compact(put({}, s.group, s.name, slotValue(s, text))), 422);
        }
        to(cusPost, what + " in displayName", compact({{"displayName", text}}), 422);
        to(cusPost, what + " in description",
           compact({{"displayName", "Valid Name"}, {"description", text}}), 422);
        to(cusPatch, what + " in displayName", compact({{"displayName", text}}), 422);
        to(cusPatch, what + " in description", compact({{"description", text}}), 422);
        to(targets[4], what + " in username", compact({{"username", text}, {"password", "x"}}));
        to(targets[5], what + " in username",
           compact({{"username", "mallory" + text},
                    {"password", "correct-horse-battery"},
                    {"role", "operator"}}),
           422);
        to(targets[5], what + " in password",
           compact({{"username", "mallory"},
                    {"password", "correct-horse-battery" + text},
                    {"role", "operator"}}),
           422);
        to(targets[6], what + " in name",
           compact({{"name", "Eve" + text}, {"email", "eve@example.com"}, {"level", "operator"}}),
           422);
    }

    // --- Invalid UTF-8 inside the values of real members ----------------------------------------
    for (const auto &b : badUtf8) {
        const QByteArray raw = "\"Robust" + hex(b.bytes) + "x\"";
        for (const StringSlot &s : {serviceStrings[0], serviceStrings[3], serviceStrings[7]}) {
            to(svcPost, QByteArray("invalid UTF-8 ") + b.label + " in " + slotLabel(s),
               spliceRaw(put(serviceJson, s.group, s.name, slotValue(s, rawMark)), raw));
        }
        // tenant.name is locked, so any change to it is refused.
        to(svcPatch, QByteArray("invalid UTF-8 ") + b.label + " in tenant.name",
           spliceRaw(put({}, "tenant", "name", rawMark), raw));
        to(targets[4], QByteArray("invalid UTF-8 ") + b.label + " in username",
           spliceRaw({{"username", rawMark}, {"password", "x"}}, raw));
    }

    // --- Odd ids in path parameters -------------------------------------------------------------
    const QByteArrayList bogusIds = {
        "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "..%252F..%252Fetc%252Fpasswd",
        "..%5C..%5Cwindows%5Cwin.ini",
        "%00",
        "abc%00def",
        "%00%00%00%00",
        QByteArray(2000, 'x'),
        QByteArray(16000, 'z'),
        "%E5%AE%A2%E6%88%B7",
        "%F0%9F%9A%80",
        "e%CC%81",
        "%EF%BF%BD%EF%BF%BD",
        "%E2%80%AE",
        "%FF%FE",
        "%C0%AF",
        "%80%80",
        "%ED%A0%80",
        "'%20OR%20'1'%3D'1",
        "1%3B%20DROP%20TABLE%20customers%3B--",
        "%20",
        "%09",
        "%0D%0ASet-Cookie:%20x%3D1",
        "null",
        "-1",
        "0",
        "99999999999999999999999999999",
        "%7Bid%7D",
        "%2A",
        "%25",
        "%2525",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "cus_",
        "svc_",
    };
    struct IdRoute
    {
        QByteArray label;
        QByteArray method;
        QByteArray pattern; // {@} is the hostile id
        QByteArray body;
        QByteArrayList headers;
    };
    QList<IdRoute> idRoutes = {
        {"get customer", "GET", "/api/v1/customers/{@}", {}, {}},
        {"patch customer", "PATCH", "/api/v1/customers/{@}", validCustomer, {anyVersion}},
        {"delete customer", "DELETE", "/api/v1/customers/{@}", {}, {anyVersion}},
        {"list operators", "GET", "/api/v1/customers/{@}/operators", {}, {}},
        {"create operator", "POST", "/api/v1/customers/{@}/operators", validOperator, {}},
        {"create service", "POST", "/api/v1/customers/{@}/services", validService, {}},
        {"delete operator", "DELETE", operators + "/{@}", {}, {}},
        {"delete operator of odd customer",
         "DELETE",
         "/api/v1/customers/{@}/operators/opr_x",
         {},
         {}},
        {"get service", "GET", "/api/v1/services/{@}", {}, {}},
        {"patch service", "PATCH", "/api/v1/services/{@}", servicePatch, {anyVersion}},
        {"delete service", "DELETE", "/api/v1/services/{@}", {}, {anyVersion}},
        {"deploy service", "POST", "/api/v1/services/{@}/deploy", {}, {}},
        {"get operation", "GET", "/api/v1/operations/{@}", {}, {}},
        {"delete user", "DELETE", "/api/v1/users/{@}", {}, {}},
        {"quick-start page", "GET", "/quickstart/{@}", {}, {}},
        {"grant with odd token", "POST", "/quickstart/{@}/consents/m365-login", {}, {}},
        {"grant odd consent", "POST", "/quickstart/" + quickStartToken + "/consents/{@}", {}, {}},
    };
    for (const IdRoute &route : idRoutes) {
        for (qsizetype i = 0; i < bogusIds.size(); ++i) {
            QByteArray path = route.pattern;
            path.replace("{@}", bogusIds[i]);
            add(route.label + " odd id #" + QByteArray::number(i), route.method, path, route.body,
                true, route.headers);
        }
    }
    // Raw traversal (the client normalizes the dots away) and near misses of the real ids. The
    // near misses never carry If-Match: *, so a false match could not change anything.
    add("raw traversal from customers", "GET", "/api/v1/customers/../../../../etc/passwd");
    add("raw traversal from quick start", "GET", "/quickstart/../../../etc/passwd");
    add("encoded dot segments", "GET", "/%2e%2e/%2e%2e/etc/passwd");
    auto nearMisses = [](const QByteArray &id) {
        return QByteArrayList{id + "%00", id + "%20",     "%20" + id,    id + "%2F", id + "'",
                              id + "%3B", id + "%00junk", id.chopped(1), id + "x"};
    };
    const struct
    {
        QByteArray label;
        QByteArray method;
        QByteArray prefix;
        QByteArray id;
        QByteArray body;
    } nearRoutes[] = {
        {"get customer", "GET", "/api/v1/customers/", customerId, {}},
        {"patch customer", "PATCH", "/api/v1/customers/", customerId, validCustomer},
        {"delete customer", "DELETE", "/api/v1/customers/", customerId, {}},
        {"get service", "GET", "/api/v1/services/", serviceId, {}},
        {"patch service", "PATCH", "/api/v1/services/", serviceId, servicePatch},
        {"delete service", "DELETE", "/api/v1/services/", serviceId, {}},
        {"get operation", "GET", "/api/v1/operations/", operationId, {}},
        {"quick-start page", "GET", "/quickstart/", quickStartToken, {}},
    };
    for (const auto &route : nearRoutes) {
        const QByteArrayList ids = nearMisses(route.id);
        for (qsizetype i = 0; i < ids.size(); ++i)
            add(route.label + " near miss #" + QByteArray::number(i), route.method,
                route.prefix + ids[i], route.body);
    }

    // --- Quick Start ----------------------------------------------------------------------------
    if (!m_laterConsentId.isEmpty())
        add("grant a consent before m365-login", "POST",
            "/quickstart/" + quickStartToken + "/consents/" + m_laterConsentId.toUtf8(), {}, false,
            {}, 409);
    add("form grant of an odd consent", "POST", "/quickstart/" + quickStartToken + "/consents/nope",
        "x=1", false, {"Content-Type: application/x-www-form-urlencoded"}, 404);
    add("form grant with an odd token", "POST", "/quickstart/nope/consents/m365-login", "x=1",
        false, {"Content-Type: application/x-www-form-urlencoded"}, 404);

    // --- Bad query parameters -------------------------------------------------------------------
    const QByteArray longCursor = QByteArray(30, '1').toBase64(QByteArray::Base64UrlEncoding |
                                                               QByteArray::OmitTrailingEquals);
    const QByteArrayList badLimits = {
        "0",    "-1",   "abc", "100000", "1001", "1.5", "", "%00", "99999999999999999999",
        "5abc", "0x10", "1e2", "-0"};
    const QByteArrayList badCursors = {"garbage",  "%00", "AAAA",      "LTE",
                                       longCursor, "!!!", "%2F%2F%2F", QByteArray(5000, 'x')};
    for (const QByteArray &limit : badLimits)
        add("customers limit=" + limit.left(24), "GET", "/api/v1/customers?limit=" + limit, {},
            true, {}, 400);
    for (const QByteArray &cursor : badCursors)
        add("customers cursor=" + cursor.left(24), "GET", "/api/v1/customers?cursor=" + cursor, {},
            true, {}, 400);
    for (const QByteArray &status : QByteArrayList{"Bogus", "%00", "Deploying"})
        add("customers status=" + status, "GET", "/api/v1/customers?status=" + status, {}, true, {},
            400);
    for (const QByteArray &query :
         QByteArrayList{"limit=0", "limit=abc", "limit=100000", "cursor=garbage", "status=Bogus"})
        add("services " + query, "GET", "/api/v1/services?" + query, {}, true, {}, 400);
    for (const QByteArray &query :
         QByteArrayList{"limit=0", "limit=1001", "limit=abc", "cursor=garbage", "cursor=LTE"})
        add("audit " + query, "GET", "/api/v1/audit?" + query, {}, true, {}, 400);
    for (const QByteArray &query : QByteArrayList{
             "since=garbage", "since=LTE", "since=%00", "since=!!!",
             "since=" + QByteArray(5000, 'A'), "since=" + longCursor, "limit=0", "limit=-1",
             "limit=abc", "limit=100000", "cursor=garbage", "since=garbage&limit=0"})
        add("changes " + query.left(32), "GET", "/api/v1/changes?" + query, {}, true, {}, 400);
    add("changes since a future token", "GET", "/api/v1/changes?since=OTk5OTk5OTk5", {}, true, {},
        410);
    add("availability without names", "GET", "/api/v1/availability", {}, true, {}, 400);
    add("availability with odd names", "GET", "/api/v1/availability?foo=bar", {}, true, {}, 400);

    // --- Idempotency-Key out of bounds ----------------------------------------------------------
    const QByteArray key300 = "Idempotency-Key: " + QByteArray(300, 'k');
    const QByteArray key256 = "Idempotency-Key: " + QByteArray(256, 'k');
    add("create customer, 300-character key", "POST", "/api/v1/customers", validCustomer, true,
        {key300}, 400);
    add("create customer, 256-character key", "POST", "/api/v1/customers", validCustomer, true,
        {key256}, 400);
    add("create service, 300-character key", "POST", createService, validService, true, {key300},
        400);
    add("create user, 300-character key", "POST", "/api/v1/users", validUser, true, {key300}, 400);
    add("create operator, 300-character key", "POST", operators, validOperator, true, {key300},
        400);
    add("deploy, 300-character key", "POST", service + "/deploy", {}, true, {key300}, 400);

    // --- If-Match: missing (428) and garbage (412) ----------------------------------------------
    add("patch customer without If-Match", "PATCH", customer, validCustomer, true, {}, 428);
    add("patch service without If-Match", "PATCH", service, servicePatch, true, {}, 428);
    add("delete customer without If-Match", "DELETE", customer, {}, true, {}, 428);
    add("delete service without If-Match", "DELETE", service, {}, true, {}, 428);
    const QByteArrayList badTags = {
        "garbage", "\"v0\"",    "\"v-1\"",       "\"v99999999999999999999\"", "W/\"v1\"", "\"\"",
        ",",       "*, \"v0\"", "\"v1\" \"v2\"", QByteArray(10000, 'x'),      "%00",      "null"};
    for (qsizetype i = 0; i < badTags.size(); ++i) {
        const QByteArrayList ifMatch{"If-Match: " + badTags[i]};
        const QByteArray n = " #" + QByteArray::number(i);
        add("patch customer, bad If-Match" + n, "PATCH", customer, validCustomer, true, ifMatch,
            412);
        add("patch service, bad If-Match" + n, "PATCH", service, servicePatch, true, ifMatch, 412);
        add("delete customer, bad If-Match" + n, "DELETE", customer, {}, true, ifMatch, 412);
        add("delete service, bad If-Match" + n, "DELETE", service, {}, true, ifMatch, 412);
    }

    // --- Actions the state does not allow -------------------------------------------------------
    add("deploy a deployed service", "POST", service + "/deploy", {}, true, {}, 409);
    add("delete a customer that has a service", "DELETE", customer, {}, true, {anyVersion}, 409);
    add("second service for the customer", "POST", createService,
        compact(ApiSession::serviceBody("Robust-1", "pro")), true, {}, 409);

    // --- No token, and tokens that are not ours (401) -------------------------------------------
    const struct
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
        QByteArrayList headers;
    } guarded[] = {
        {"GET", "/api/v1/customers", {}, {}},
        {"POST", "/api/v1/customers", validCustomer, {}},
        {"GET", customer, {}, {}},
        {"PATCH", customer, validCustomer, {anyVersion}},
        {"DELETE", customer, {}, {anyVersion}},
        {"POST", createService, validService, {}},
        {"GET", operators, {}, {}},
        {"POST", operators, validOperator, {}},
        {"DELETE", operators + "/opr_x", {}, {}},
        {"GET", "/api/v1/services", {}, {}},
        {"GET", service, {}, {}},
        {"PATCH", service, servicePatch, {anyVersion}},
        {"DELETE", service, {}, {anyVersion}},
        {"POST", service + "/deploy", {}, {}},
        {"GET", operation, {}, {}},
        {"GET", "/api/v1/users", {}, {}},
        {"POST", "/api/v1/users", validUser, {}},
        {"DELETE", "/api/v1/users/admin", {}, {}},
        {"GET", "/api/v1/storage-locations", {}, {}},
        {"GET", "/api/v1/availability?name=x", {}, {}},
        {"GET", "/api/v1/changes", {}, {}},
        {"GET", "/api/v1/changes?since=garbage", {}, {}},
        {"GET", "/api/v1/audit", {}, {}},
    };
    for (const auto &g : guarded)
        add("no token " + g.method + ' ' + g.path.left(48), g.method, g.path, g.body, false,
            g.headers, 401);
    const QByteArray token = m_api->token();
    const QByteArrayList badAuthorizations = {
        "Bearer",
        "Bearer ",
        "Bearer " + QByteArray(600, 'a'),
        "Basic YWRtaW46Y29ycmVjdC1ob3JzZS1iYXR0ZXJ5",
        "Bearer " + token + "x",
        "Bearer " + token.chopped(1),
        "Token " + token,
        "Bearer " + token + " extra",
        "Bearer null",
        "Bearer undefined",
        "Bearer %00",
        "Bearer " + QByteArray(43, 'A'),
        token,
    };
    for (qsizetype i = 0; i < badAuthorizations.size(); ++i) {
        const QByteArrayList header{"Authorization: " + badAuthorizations[i]};
        const QByteArray n = " #" + QByteArray::number(i);
        add("bad Authorization, list customers" + n, "GET", "/api/v1/customers", {}, false, header,
            401);
        add("bad Authorization, patch customer" + n, "PATCH", customer, validCustomer, false,
            header + QByteArrayList{anyVersion}, 401);
    }

    // --- Wrong methods (405) and unknown paths (404) --------------------------------------------
    const struct
    {
        QByteArray method;
        QByteArray path;
        QByteArray body;
    } wrongMethods[] = {
        {"PUT", "/api/v1/customers", validCustomer},
        {"DELETE", "/api/v1/customers", {}},
        {"PATCH", "/api/v1/customers", validCustomer},
        {"OPTIONS", "/api/v1/customers", {}},
        {"PUT", customer, validCustomer},
        {"POST", customer, validCustomer},
        {"GET", createService, {}},
        {"DELETE", createService, {}},
        {"PUT", service, servicePatch},
        {"POST", service, servicePatch},
        {"GET", service + "/deploy", {}},
        {"PATCH", operation, {}},
        {"DELETE", operation, {}},
        {"POST", operation, {}},
        {"GET", "/api/v1/auth/token", {}},
        {"PUT", "/api/v1/auth/token", {}},
        {"PUT", "/api/v1/users", validUser},
        {"DELETE", "/api/v1/users", {}},
        {"GET", "/api/v1/users/admin", {}},
        {"PUT", "/api/v1/storage-locations", {}},
        {"POST", "/api/v1/changes", {}},
        {"DELETE", "/api/v1/audit", {}},
        {"POST", "/healthz", "{}"},
        {"PUT", "/healthz", "{}"},
        {"DELETE", "/healthz", {}},
        {"PATCH", "/healthz", "{}"},
        {"OPTIONS", "/healthz", {}},
        {"PUT", "/quickstart/nope", {}},
        {"GET", "/quickstart/" + quickStartToken + "/consents/m365-login", {}},
    };
    for (const auto &w : wrongMethods) {
        // Row names never show the quick-start token, a credential.
        const QByteArray shown = QByteArray(w.path).replace(quickStartToken, "{token}").left(48);
        add("wrong method " + w.method + ' ' + shown, w.method, w.path, w.body, true, {}, 405);
    }
    const QByteArrayList unknownPaths = {"/",
                                         "/api",
                                         "/api/v1",
                                         "/api/v2/customers",
                                         "/api/v1/customers/",
                                         customer + "/",
                                         customer + "/services/x",
                                         "/api/v1/Customers",
                                         "/api/v1/customers;jsessionid=1",
                                         "/api/v1/customers%00",
                                         "/api/v1/nothing-here",
                                         "/HEALTHZ",
                                         "/healthz/",
                                         "/healthz/x",
                                         "/healthz%00",
                                         "/healthz.json",
                                         "/.env",
                                         "/quickstart",
                                         "/" + QByteArray(16000, 'p')};
    for (const QByteArray &path : unknownPaths)
        add("unknown path " + path.left(48), "GET", path, {}, true, {}, 404);

    // --- Bodies over 1 MiB (413) ----------------------------------------------------------------
    const qsizetype mib = 1024 * 1024;
    const QByteArray customerPrefix = "{\"displayName\":\"";
    const QByteArray customerSuffix = "\"}";
    const QByteArray justOver =
        customerPrefix + QByteArray(mib + 1 - customerPrefix.size() - customerSuffix.size(), 'a') +
        customerSuffix;
    const QByteArray exactlyOneMiB =
        customerPrefix + QByteArray(mib - customerPrefix.size() - customerSuffix.size(), 'a') +
        customerSuffix;
    add("create customer, 1 MiB + 1 byte", "POST", "/api/v1/customers", justOver, true, {}, 413);
    add("create customer, exactly 1 MiB (too long a name)", "POST", "/api/v1/customers",
        exactlyOneMiB, true, {}, 422);
    add("create customer, 4 MiB", "POST", "/api/v1/customers",
        customerPrefix + QByteArray(4 * mib, 'a') + customerSuffix, true, {}, 413);
    add("create service, 1.5 MiB of padding", "POST", createService,
        validService + QByteArray(mib + mib / 2, ' '), true, {}, 413);
    add("sign in, 1 MiB + 1 byte", "POST", "/api/v1/auth/token", QByteArray(mib + 1, 'x'), false,
        {}, 413);
    add("healthz, 2 MiB", "GET", "/healthz", QByteArray(2 * mib, '{'), false, {}, 413);
    add("patch customer, 1.2 MiB", "PATCH", customer, QByteArray(mib + mib / 5, '['), true,
        {"If-Match: garbage"}, 413);
    add("grant consent, 1.1 MiB", "POST", "/quickstart/nope/consents/m365-login",
        QByteArray(mib + mib / 10, 'x'), false, {}, 413);
    add("unknown path, 1.1 MiB", "PUT", "/nowhere", QByteArray(mib + mib / 10, 'x'), true, {}, 413);
    add("1.1 MiB of NUL bytes", "POST", "/api/v1/customers", QByteArray(mib + mib / 10, '\0'), true,
        {}, 413);

    return rows;
}

QTEST_GUILESS_MAIN(TestServerRobustness)
#include "tst_serverrobustness.moc"
