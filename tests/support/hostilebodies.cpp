// The body half of the hostile corpus: truncated and malformed JSON, unknown members, wrong
// types, odd numbers, long strings, control characters and invalid UTF-8, to every body reader.
#include "hostilecorpus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QStringList>

namespace insights::test {

namespace {

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

QList<Hostile> hostileBodies(const HostileTargets &fixture)
{
    QList<Hostile> rows;
    const AddHostile add{rows};

    const QByteArray customer = "/api/v1/customers/" + fixture.customerId.toUtf8();
    const QByteArray service = "/api/v1/services/" + fixture.serviceId.toUtf8();
    const QByteArray createService = customer + "/services";
    const QByteArray operators = customer + "/operators";
    const QByteArray anyVersion = "If-Match: *";

    const QJsonObject serviceJson = validServiceJson();
    const QByteArray validService = compact(serviceJson);

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

    return rows;
}

} // namespace insights::test
