// The request half of the hostile corpus: odd ids and near misses in paths, Quick Start, query
// parameters, Idempotency-Key, If-Match, refused actions, tokens, methods, paths and huge bodies.
#include "hostilecorpus.h"

#include "apisession.h"

#include <QJsonObject>

namespace insights::test {

QList<Hostile> hostileRequests(const HostileTargets &fixture)
{
    QList<Hostile> rows;
    const AddHostile add{rows};

    const QByteArray customerId = fixture.customerId.toUtf8();
    const QByteArray serviceId = fixture.serviceId.toUtf8();
    const QByteArray operationId = fixture.operationId.toUtf8();
    const QByteArray quickStartToken = fixture.quickStartToken.toUtf8();
    const QByteArray customer = "/api/v1/customers/" + customerId;
    const QByteArray service = "/api/v1/services/" + serviceId;
    const QByteArray operation = "/api/v1/operations/" + operationId;
    const QByteArray createService = customer + "/services";
    const QByteArray operators = customer + "/operators";
    const QByteArray anyVersion = "If-Match: *";

    // Bodies that would be valid on their own.
    const QByteArray validService = compact(validServiceJson());
    const QByteArray validCustomer = compact({{"displayName", "Valid Name"}});
    const QByteArray validUser = compact(
        {{"username", "mallory"}, {"password", "correct-horse-battery"}, {"role", "operator"}});
    const QByteArray validOperator =
        compact({{"name", "Eve Example"}, {"email", "eve@example.com"}, {"level", "operator"}});
    const QByteArray servicePatch = compact({{"tenant", QJsonObject{{"notes", "hijacked"}}}});

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
    if (!fixture.laterConsentId.isEmpty())
        add("grant a consent before m365-login", "POST",
            "/quickstart/" + quickStartToken + "/consents/" + fixture.laterConsentId.toUtf8(), {},
            false, {}, 409);
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
    const QByteArray token = fixture.token;
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

} // namespace insights::test
