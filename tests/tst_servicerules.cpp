// Whole-settings validation: every field error at once, the cross-field rules, the UPN
// suffix warning, locked fields and the derived container name.
#include "servicerules.h"

#include <QRegularExpression>
#include <QTest>

using namespace insights;

Q_DECLARE_METATYPE(insights::ServiceSettings)
Q_DECLARE_METATYPE(insights::TenantSettings)

namespace {

ServiceSettings validPro()
{
    ServiceSettings s;
    s.tenant.name = "Contoso-EU";
    s.tenant.domain = "contoso.onmicrosoft.com";
    s.tenant.shortName = "Contoso";
    s.tenant.contactEmails = {"ops@contoso.com", "it@contoso.com"};
    s.tenant.adminUpns = {"admin@contoso.onmicrosoft.com"};
    s.tenant.userType = UserType::Pro;
    s.tenant.includedUsers = 250;
    s.tenant.storageLocation = "westeurope";
    s.compliance.advancedStorage = true;
    return s;
}

ServiceSettings validEssential()
{
    ServiceSettings s = validPro();
    s.tenant.userType = UserType::Essential;
    s.compliance.advancedStorage = false;
    return s;
}

QStringList paths(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field + ':' + e.code;
    return out;
}

} // namespace

class TestServiceRules : public QObject
{
    Q_OBJECT

private slots:
    void validSettingsPass()
    {
        for (const ServiceSettings &s : {validPro(), validEssential()}) {
            const ValidationReport r = ServiceRules::validate(s);
            QVERIFY2(r.isValid(), qPrintable(paths(r.errors).join(", ")));
            QVERIFY(r.warnings.isEmpty());
        }
    }

    void everyErrorAtOnceWithPaths()
    {
        ServiceSettings s = validPro();
        s.tenant.name = "CN.com";
        s.tenant.domain = "contoso";
        s.tenant.shortName = "";
        s.tenant.contactEmails = {"ops@contoso.com", "not-an-address"};
        s.tenant.adminUpns = {"a b@contoso.com", "ok@contoso.onmicrosoft.com"};
        s.tenant.includedUsers = 0;
        s.tenant.notes = QString(2001, u'n');
        const QStringList got = paths(ServiceRules::validate(s).errors);
        const QStringList expected = {
            "tenant.name:full-stop",          "tenant.domain:single-label",
            "tenant.shortName:required",      "tenant.contactEmails[1]:missing-at",
            "tenant.adminUpns[0]:whitespace", "tenant.includedUsers:too-small",
            "tenant.notes:too-long"};
        QCOMPARE(got, expected);
    }

    void crossFieldRules_data()
    {
        QTest::addColumn<ServiceSettings>("settings");
        QTest::addColumn<QStringList>("errors");

        ServiceSettings s = validPro();
        s.compliance.advancedStorage = false;
        QTest::newRow("pro without advanced storage")
            << s << QStringList{"compliance.advancedStorage:advanced-storage-coupling"};

        s = validEssential();
        s.compliance.advancedStorage = true;
        QTest::newRow("essential with advanced storage")
            << s << QStringList{"compliance.advancedStorage:advanced-storage-coupling"};

        for (const char *unpaired :
             {"qatarcentral", "polandcentral", "italynorth", "israelcentral", "spaincentral"}) {
            s = validPro();
            s.tenant.storageLocation = unpaired;
            QTest::addRow("pro in %s", unpaired)
                << s << QStringList{"tenant.storageLocation:unpaired-location"};
            s = validEssential();
            s.tenant.storageLocation = unpaired;
            QTest::addRow("essential in %s", unpaired) << s << QStringList{};
        }

        s = validPro();
        s.tenant.storageLocation = "marsnorth";
        QTest::newRow("unknown location")
            << s << QStringList{"tenant.storageLocation:unknown-location"};
        s.tenant.storageLocation.clear();
        QTest::newRow("no location") << s << QStringList{"tenant.storageLocation:required"};

        s = validPro();
        s.compliance.controlTeamsNotifications = true;
        QTest::newRow("waiver missing")
            << s << QStringList{"compliance.teamsNotificationsWaiverReference:required"};
        s.compliance.teamsNotificationsWaiverReference = "WVR-2026-0042";
        QTest::newRow("waiver given") << s << QStringList{};
        s.compliance.controlTeamsNotifications = false;
        QTest::newRow("waiver without control")
            << s << QStringList{"compliance.teamsNotificationsWaiverReference:not-applicable"};

        s = validPro();
        s.tenant.allowExceedIncludedUsers = true;
        QTest::newRow("allow exceed")
            << s << QStringList{"tenant.allowExceedIncludedUsers:not-in-use"};

        s = validPro();
        s.tenant.userType = UserType::Unknown;
        QTest::newRow("unknown user type") << s << QStringList{"tenant.userType:invalid-choice"};

        s = validPro();
        s.compliance.deleteCallRecordings = true;
        s.tenant.byos = true;
        s.tenant.unlimitedRetention = true;
        QTest::newRow("toggles are free") << s << QStringList{};
    }
    void crossFieldRules()
    {
        QFETCH(ServiceSettings, settings);
        QFETCH(QStringList, errors);
        QCOMPARE(paths(ServiceRules::validate(settings).errors), errors);
    }

    void unpairedMessageNamesTheReason()
    {
        ServiceSettings s = validPro();
        s.tenant.storageLocation = "qatarcentral";
        const FieldError *e = ServiceRules::validate(s).errorAt(u"tenant.storageLocation");
        QVERIFY(e);
        QVERIFY(e->message.contains("Qatar Central"));
        QVERIFY(e->message.contains("paired"));
    }

    void lists_data()
    {
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QStringList>("upns");
        QTest::addColumn<QStringList>("errors");
        QStringList twenty, twentyUpns;
        for (int i = 0; i < 20; ++i) {
            twenty << QStringLiteral("ops%1@contoso.com").arg(i);
            twentyUpns << QStringLiteral("admin%1@contoso.com").arg(i);
        }
        const QStringList upn{"admin@contoso.com"};
        const QStringList email{"ops@contoso.com"};
        QTest::newRow("no emails")
            << QStringList{} << upn << QStringList{"tenant.contactEmails:required"};
        QTest::newRow("no upns") << email << QStringList{}
                                 << QStringList{"tenant.adminUpns:required"};
        QTest::newRow("20 each") << twenty << twentyUpns << QStringList{};
        QTest::newRow("21 emails") << twenty + QStringList{"x@contoso.com"} << upn
                                   << QStringList{"tenant.contactEmails:too-many"};
        QTest::newRow("21 upns") << email << twentyUpns + QStringList{"x@contoso.com"}
                                 << QStringList{"tenant.adminUpns:too-many"};
        QTest::newRow("duplicate email, other case")
            << QStringList{"ops@contoso.com", "it@contoso.com", "OPS@Contoso.com"} << upn
            << QStringList{"tenant.contactEmails[2]:duplicate"};
        QTest::newRow("duplicate upn")
            << email << QStringList{"admin@contoso.com", "Admin@contoso.com"}
            << QStringList{"tenant.adminUpns[1]:duplicate"};
        QTest::newRow("invalid email entry")
            << QStringList{"ops@contoso.com", "ops@@contoso.com"} << upn
            << QStringList{"tenant.contactEmails[1]:multiple-at"};
    }
    void lists()
    {
        QFETCH(QStringList, emails);
        QFETCH(QStringList, upns);
        QFETCH(QStringList, errors);
        ServiceSettings s = validPro();
        s.tenant.domain = "contoso.com";
        s.tenant.contactEmails = emails;
        s.tenant.adminUpns = upns;
        QCOMPARE(paths(ServiceRules::validate(s).errors), errors);
    }

    void duplicateMessageNamesTheFirstEntry()
    {
        const auto errors = ServiceRules::validateEmailList({"a@b.com", "A@B.com"}, "list");
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].message, QStringLiteral("'A@B.com' is already in the list (entry 1)"));
    }

    void upnSuffixIsAWarningNotAnError()
    {
        ServiceSettings s = validPro();
        s.tenant.adminUpns = {"admin@contoso.onmicrosoft.com", "boss@fabrikam.com",
                              "Root@CONTOSO.ONMICROSOFT.COM"};
        const ValidationReport r = ServiceRules::validate(s);
        QVERIFY(r.isValid());
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings[0].field, QStringLiteral("tenant.adminUpns[1]"));
        QCOMPARE(r.warnings[0].code, QStringLiteral("upn-suffix-mismatch"));
        QCOMPARE(r.warnings[0].severity, Severity::Warning);
        QVERIFY(r.warnings[0].message.contains("fabrikam.com"));
    }

    void lockedFields_data()
    {
        QTest::addColumn<TenantSettings>("after");
        QTest::addColumn<QStringList>("changed");
        const TenantSettings base = validPro().tenant;
        TenantSettings t = base;
        QTest::newRow("nothing") << t << QStringList{};
        t.name = "Contoso-US";
        QTest::newRow("name") << t << QStringList{"tenant.name"};
        t = base;
        t.domain = "contoso2.onmicrosoft.com";
        QTest::newRow("domain") << t << QStringList{"tenant.domain"};
        t = base;
        t.shortName = "Contoso2";
        QTest::newRow("shortName") << t << QStringList{"tenant.shortName"};
        t = base;
        t.storageLocation = "northeurope";
        QTest::newRow("storageLocation") << t << QStringList{"tenant.storageLocation"};
        t = base;
        t.userType = UserType::Essential;
        t.notes = "renewed";
        t.includedUsers = 900;
        t.contactEmails << "new@contoso.com";
        t.byos = true;
        QTest::newRow("editable fields") << t << QStringList{};
        t.name = "X";
        t.domain = "x.com";
        t.shortName = "X";
        t.storageLocation = "eastus";
        QTest::newRow("all four") << t << ServiceRules::lockedFieldPaths();
    }
    void lockedFields()
    {
        QFETCH(TenantSettings, after);
        QFETCH(QStringList, changed);
        QCOMPARE(ServiceRules::changedLockedFields(validPro().tenant, after), changed);
    }

    void containerNames_data()
    {
        QTest::addColumn<QString>("shortName");
        QTest::addColumn<QString>("startsWith");
        QTest::newRow("plain") << "Contoso"
                               << "rec-contoso-";
        QTest::newRow("symbols") << "Contoso_EU!2"
                                 << "rec-contoso-eu-2-";
        QTest::newRow("accents") << QStringLiteral("Zoë-Ångström") << "rec-zoe-angstrom-";
        QTest::newRow("other script") << QStringLiteral("株式会社") << "rec-";
        QTest::newRow("32 characters") << QString(32, u'A') << "rec-" + QString(32, u'a') + '-';
        QTest::newRow("hyphens") << "a-b-c"
                                 << "rec-a-b-c-";
    }
    void containerNames()
    {
        QFETCH(QString, shortName);
        QFETCH(QString, startsWith);
        const QString name = ServiceRules::containerName(shortName, u"svc-1");
        static const QRegularExpression azure("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$");
        QVERIFY2(azure.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(name.startsWith(startsWith), qPrintable(name));
        QVERIFY(name != ServiceRules::containerName(shortName, u"svc-2"));
        QCOMPARE(name, ServiceRules::containerName(shortName, u"svc-1"));
    }
};

QTEST_APPLESS_MAIN(TestServiceRules)
#include "tst_servicerules.moc"
