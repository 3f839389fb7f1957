// The JSON of every domain type: round trips, the member names of api.md, and the strict
// parsing the server relies on (unknown members and wrong types are 400s, bad values 422s).
#include "domainjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace insights;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 11, 27), QTime(10, minute, 5, 123), Qt::UTC);
}

TenantSettings tenant()
{
    TenantSettings t;
    t.name = QStringLiteral("Contoso-EU");
    t.domain = "contoso.onmicrosoft.com";
    t.shortName = "Contoso";
    t.contactEmails = {"ops@contoso.com", "it@contoso.com"};
    t.adminUpns = {"admin@contoso.onmicrosoft.com"};
    t.userType = UserType::Pro;
    t.includedUsers = 1000000;
    t.storageLocation = "westeurope";
    t.byos = true;
    t.unlimitedRetention = true;
    t.notes = QStringLiteral("PO 4711 — signed\nsecond line 𝒜");
    return t;
}

ComplianceSettings compliance()
{
    return {true, "WVR-2026-0042", true, true};
}

Service service()
{
    Service s;
    s.id = "svc-1";
    s.customerId = "cus-1";
    s.settings = {tenant(), compliance()};
    s.deploymentStatus = DeploymentStatus::PendingConsents;
    s.alarms = {{"consent-required", "warning", "Customer must complete the consent", at(1)}};
    s.lockedFields = {"tenant.name", "tenant.domain", "tenant.shortName", "tenant.storageLocation"};
    s.consents = {
        {"m365-login", "M365 Login", true, true, at(2)},
        {"read-directory", "Read Azure Active Directory Users and Groups", true, false, {}}};
    s.quickStartUrl = "http://127.0.0.1:8080/quickstart/abc";
    s.storage.primary = StoragePlacement{"westeurope", "rec-contoso-1a2b3c4d", true,
                                         "https://acct.blob.core.windows.net/rec-contoso-1a2b3c4d"};
    s.storage.replica = StoragePlacement{"northeurope", "rec-contoso-1a2b3c4d", false, {}};
    s.createdAt = at(0);
    s.createdBy = "admin";
    s.updatedAt = at(3);
    return s;
}

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return {k.begin(), k.end()};
}

QStringList fields(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field + ':' + e.code;
    return out;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private slots:
    void tenantRoundTrip()
    {
        const QJsonObject json = DomainJson::toJson(tenant());
        JsonProblems problems;
        QCOMPARE(DomainJson::tenantFromJson(json, &problems), tenant());
        QVERIFY(problems.isEmpty());
        QCOMPARE(keys(json),
                 (QSet<QString>{"name", "domain", "shortName", "contactEmails", "adminUpns",
                                "userType", "includedUsers", "allowExceedIncludedUsers",
                                "storageLocation", "byos", "unlimitedRetention", "notes"}));
        QCOMPARE(json["userType"].toString(), QStringLiteral("pro"));
        QCOMPARE(json["includedUsers"].toInteger(), 1000000);
    }

    void complianceRoundTrip()
    {
        const QJsonObject json = DomainJson::toJson(compliance());
        JsonProblems problems;
        QCOMPARE(DomainJson::complianceFromJson(json, &problems), compliance());
        QVERIFY(problems.isEmpty());
        QCOMPARE(keys(json),
                 (QSet<QString>{"controlTeamsNotifications", "teamsNotificationsWaiverReference",
                                "deleteCallRecordings", "advancedStorage"}));
    }

    void serviceDraftRoundTrip()
    {
        const ServiceDraft draft{interactionRecordingType, {tenant(), compliance()}};
        JsonProblems problems;
        QCOMPARE(DomainJson::serviceDraftFromJson(DomainJson::toJson(draft), &problems), draft);
        QVERIFY(problems.isEmpty());
    }

    void serviceRoundTrip()
    {
        Service s = service();
        s.usage.storageBytes = 7000;
        s.usage.licensesInUse = 87;
        s.usage.measuredAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        const QJsonObject json = DomainJson::toJson(s);
        JsonProblems problems;
        QCOMPARE(DomainJson::serviceFromJson(json, &problems), s);
        QVERIFY(fields(problems.shapeErrors).join(", ").isEmpty());
        QCOMPARE(keys(json), (QSet<QString>{"id", "customerId", "type", "tenant", "compliance",
                                            "licenseType", "deploymentStatus", "status", "alarms",
                                            "lockedFields", "consents", "quickStartUrl", "storage",
                                            "usage", "createdAt", "createdBy", "updatedAt"}));
        const QJsonObject usage = json["usage"].toObject();
        QCOMPARE(usage["storageBytes"].toInteger(), 7000);
        QCOMPARE(usage["licensesIncluded"].toInteger(), s.settings.tenant.includedUsers);
        // Unknown until measured: null, and read back as unknown.
        Service unmeasured = service();
        const QJsonObject blank = DomainJson::toJson(unmeasured)["usage"].toObject();
        QVERIFY(blank["storageBytes"].isNull());
        QVERIFY(blank["licensesInUse"].isNull());
        QCOMPARE(DomainJson::serviceFromJson(DomainJson::toJson(unmeasured)).usage, ServiceUsage());
        QCOMPARE(json["licenseType"].toString(), QStringLiteral("Audio & Redundancy"));
        QCOMPARE(json["status"].toString(), QStringLiteral("Warning"));
        QCOMPARE(json["createdAt"].toString(), QStringLiteral("2026-11-27T10:00:05.123Z"));
        QVERIFY(json["consents"].toArray()[1].toObject()["grantedAt"].isNull());

        // Essential: no replica, no quick start yet.
        s.settings.tenant.userType = UserType::Essential;
        s.settings.compliance.advancedStorage = false;
        s.storage.replica.reset();
        s.quickStartUrl.clear();
        s.deploymentStatus = DeploymentStatus::Deploying;
        const QJsonObject essential = DomainJson::toJson(s);
        QVERIFY(essential["storage"].toObject()["replica"].isNull());
        QVERIFY(essential["quickStartUrl"].isNull());
        QCOMPARE(essential["licenseType"].toString(), QStringLiteral("Audio Recording"));
        QCOMPARE(DomainJson::serviceFromJson(essential), s);
    }

    void customerRoundTrip()
    {
        const Customer c{"cus-1",   "Contoso Ltd.", "Pilot", HealthStatus::Warning,
                         {"svc-1"}, at(0),          "admin", at(4)};
        const QJsonObject json = DomainJson::toJson(c);
        QCOMPARE(DomainJson::customerFromJson(json), c);
        QCOMPARE(keys(json), (QSet<QString>{"id", "displayName", "description", "status",
                                            "serviceIds", "createdAt", "createdBy", "updatedAt"}));
        const Customer fresh{"cus-2", "Fabrikam", "",    HealthStatus::NotOnboarded,
                             {},      at(0),      "ops", at(0)};
        QCOMPARE(DomainJson::toJson(fresh)["status"].toString(), QStringLiteral("NotOnboarded"));
        QCOMPARE(DomainJson::customerFromJson(DomainJson::toJson(fresh)), fresh);
    }

    void operationRoundTrip()
    {
        Operation op;
        op.id = "op-1";
        op.kind = OperationKind::Deploy;
        op.serviceId = "svc-1";
        op.status = OperationStatus::Failed;
        op.percentComplete = 40;
        op.steps = {{"validate-settings", OperationStatus::Succeeded},
                    {"create-replica-storage", OperationStatus::Skipped},
                    {"create-primary-storage", OperationStatus::Failed}};
        op.error = OperationError{"deployment-failed", "create-primary-storage failed"};
        op.createdAt = at(0);
        op.updatedAt = at(1);
        const QJsonObject json = DomainJson::toJson(op);
        JsonProblems problems;
        QCOMPARE(DomainJson::operationFromJson(json, &problems), op);
        QVERIFY(problems.isEmpty());
        QCOMPARE(json["steps"][1]["status"].toString(), QStringLiteral("Skipped"));
        QCOMPARE(keys(json), (QSet<QString>{"id", "kind", "serviceId", "status", "percentComplete",
                                            "steps", "error", "createdAt", "updatedAt"}));
        op.error.reset();
        op.status = OperationStatus::Running;
        op.kind = OperationKind::Update;
        QVERIFY(DomainJson::toJson(op)["error"].isNull());
        QCOMPARE(DomainJson::operationFromJson(DomainJson::toJson(op)), op);
    }

    void smallTypesRoundTrip()
    {
        const CustomerOperator op{"opr-1", "Zoë Ångström", "zoe@contoso.com", Role::Monitor};
        QCOMPARE(DomainJson::customerOperatorFromJson(DomainJson::toJson(op)), op);
        QCOMPARE(DomainJson::toJson(op)["level"].toString(), QStringLiteral("monitor"));
        const ConsoleUser user{"ops", Role::Admin, at(3)};
        QCOMPARE(DomainJson::consoleUserFromJson(DomainJson::toJson(user)), user);
        QCOMPARE(keys(DomainJson::toJson(user)), (QSet<QString>{"username", "role", "createdAt"}));
        JsonProblems userProblems;
        DomainJson::consoleUserFromJson(DomainJson::toJson(user), &userProblems);
        QVERIFY(userProblems.isEmpty());
        // An older server's user, without createdAt, still reads.
        QCOMPARE(DomainJson::consoleUserFromJson({{"username", "ops"}, {"role", "admin"}}),
                 (ConsoleUser{"ops", Role::Admin}));
        const AuditEntry entry{at(5), "ops", "service.create", "svc-1", "success", "Pro"};
        QCOMPARE(DomainJson::auditEntryFromJson(DomainJson::toJson(entry)), entry);
        QCOMPARE(keys(DomainJson::toJson(entry)),
                 (QSet<QString>{"at", "actor", "action", "target", "result", "detail"}));
    }

    void strictParsing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("shape");
        QTest::addColumn<QStringList>("value");
        QTest::newRow("unknown member in tenant")
            << QByteArray(R"({"type":"interaction-recording","tenant":{"name":"A","domain":"a.b",
                "shortName":"A","contactEmails":[],"adminUpns":[],"userType":"pro",
                "includedUsers":1,"storageLocation":"eastus","colour":"red"}})")
            << QStringList{"tenant.colour:unknown-member"} << QStringList{};
        QTest::newRow("unknown top-level member")
            << QByteArray(R"({"type":"interaction-recording","tenant":{"name":"A","domain":"a.b",
                "shortName":"A","contactEmails":[],"adminUpns":[],"userType":"pro",
                "includedUsers":1,"storageLocation":"eastus"},"admin":true})")
            << QStringList{"admin:unknown-member"} << QStringList{};
        QTest::newRow("wrong types")
            << QByteArray(R"({"type":"interaction-recording","tenant":{"name":5,"domain":"a.b",
                "shortName":"A","contactEmails":"ops@a.b","adminUpns":[1],"userType":"pro",
                "includedUsers":"12","storageLocation":"eastus","byos":"yes"},
                "compliance":{"advancedStorage":1}})")
            << QStringList{"tenant.name:wrong-type",
                           "tenant.contactEmails:wrong-type",
                           "tenant.adminUpns[0]:wrong-type",
                           "tenant.includedUsers:wrong-type",
                           "tenant.byos:wrong-type",
                           "compliance.advancedStorage:wrong-type"}
            << QStringList{};
        QTest::newRow("fractional users")
            << QByteArray(R"({"type":"interaction-recording","tenant":{"name":"A","domain":"a.b",
                "shortName":"A","contactEmails":[],"adminUpns":[],"userType":"pro",
                "includedUsers":1.5,"storageLocation":"eastus"}})")
            << QStringList{"tenant.includedUsers:wrong-type"} << QStringList{};
        QTest::newRow("missing members")
            << QByteArray(R"({"type":"interaction-recording","tenant":{"name":"A"}})")
            << QStringList{}
            << QStringList{"tenant.domain:required",         "tenant.shortName:required",
                           "tenant.contactEmails:required",  "tenant.adminUpns:required",
                           "tenant.userType:required",       "tenant.includedUsers:required",
                           "tenant.storageLocation:required"};
        QTest::newRow("bad choices")
            << QByteArray(R"({"type":"fax","tenant":{"name":"A","domain":"a.b",
                "shortName":"A","contactEmails":[],"adminUpns":[],"userType":"gold",
                "includedUsers":1,"storageLocation":"eastus"}})")
            << QStringList{}
            << QStringList{"type:invalid-choice", "tenant.userType:invalid-choice"};
        QTest::newRow("no tenant") << QByteArray(R"({"type":"interaction-recording"})")
                                   << QStringList{} << QStringList{"tenant:required"};
        QTest::newRow("read-only members are ignored")
            << QByteArray(R"({"type":"interaction-recording","id":"x","status":"OK",
                "licenseType":"Audio Recording","tenant":{"name":"A","domain":"a.b",
                "shortName":"A","contactEmails":[],"adminUpns":[],"userType":"pro",
                "includedUsers":1,"storageLocation":"eastus"}})")
            << QStringList{} << QStringList{};
    }
    void strictParsing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, shape);
        QFETCH(QStringList, value);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        QVERIFY(doc.isObject());
        JsonProblems problems;
        DomainJson::serviceDraftFromJson(doc.object(), &problems);
        QCOMPARE(fields(problems.shapeErrors), shape);
        QCOMPARE(fields(problems.valueErrors), value);
    }

    void advancedStorageFollowsUserTypeWhenLeftOut()
    {
        const auto pro = DomainJson::serviceDraftFromJson(parse(
            R"({"type":"interaction-recording","tenant":{"userType":"pro"},"compliance":{}})"));
        QVERIFY(pro.settings.compliance.advancedStorage);
        const auto essential = DomainJson::serviceDraftFromJson(
            parse(R"({"type":"interaction-recording","tenant":{"userType":"essential"}})"));
        QVERIFY(!essential.settings.compliance.advancedStorage);
    }

    void timestamps()
    {
        QCOMPARE(DomainJson::timestamp(at(0)), QStringLiteral("2026-11-27T10:00:05.123Z"));
        QCOMPARE(DomainJson::parseTimestamp("2026-11-27T11:00:05.123+01:00"), at(0));
        QVERIFY(!DomainJson::parseTimestamp("yesterday").isValid());
        // The fast path agrees with QDateTime on dates around leap days and epochs.
        for (const char *text :
             {"1970-01-01T00:00:00.000Z", "2000-02-29T23:59:59.999Z", "2024-12-31T12:00:00.500Z",
              "1969-12-31T23:59:59.001Z", "2100-03-01T00:00:00.000Z"})
            QCOMPARE(DomainJson::parseTimestamp(text),
                     QDateTime::fromString(text, Qt::ISODateWithMs).toUTC());
        QVERIFY(!DomainJson::parseTimestamp("2023-02-29T00:00:00.000Z").isValid());
        QVERIFY(!DomainJson::parseTimestamp("2023-13-01T00:00:00.000Z").isValid());
    }
};

QTEST_APPLESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
