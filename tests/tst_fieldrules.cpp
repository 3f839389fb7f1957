// Every boundary of domain.md's "Tenant settings" and "Compliance exception features" tables,
// one data row each.
#include "fieldrules.h"

#include <QTest>

using namespace insights;

Q_DECLARE_METATYPE(insights::RuleState)

namespace {

const QString nonBmp = QString::fromUcs4(U"\U0001D49C"); // 𝒜, two UTF-16 units

QString times(const QString &s, int n)
{
    return s.repeated(n);
}

QString label(int n)
{
    return QString(n, u'a');
}

constexpr auto OK = RuleState::Acceptable;
constexpr auto MAYBE = RuleState::Intermediate;
constexpr auto BAD = RuleState::Invalid;

} // namespace

class TestFieldRules : public QObject
{
    Q_OBJECT

private:
    static void columns()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<RuleState>("state");
        QTest::addColumn<QString>("code");
    }
    static void check(Verdict (*rule)(QStringView))
    {
        QFETCH(QString, input);
        QFETCH(RuleState, state);
        QFETCH(QString, code);
        const Verdict v = rule(input);
        QCOMPARE(v.code, code);
        QCOMPARE(v.state, state);
        if (state != OK)
            QVERIFY2(!v.message.isEmpty(), "a broken rule must say what is wrong");
        else
            QVERIFY(v.message.isEmpty());
    }
    // The rows name and shortName share; max is 128 or 32.
    static void nameRows(int max)
    {
        columns();
        QTest::newRow("example") << "Contoso-EU" << OK << "";
        QTest::newRow("empty") << "" << MAYBE << "required";
        QTest::newRow("at max") << label(max) << OK << "";
        QTest::newRow("one over max") << label(max + 1) << BAD << "too-long";
        QTest::newRow("non-BMP at max") << times(nonBmp, max) << OK << "";
        QTest::newRow("non-BMP one over") << times(nonBmp, max + 1) << BAD << "too-long";
        const QString forbidden = QStringLiteral("\\/:*?\"<>|");
        for (const QChar c : forbidden)
            QTest::addRow("forbidden %c", c.toLatin1())
                << QStringLiteral("Con%1toso").arg(c) << BAD << "forbidden-character";
        QTest::newRow("full stop") << "CN.com" << BAD << "full-stop";
        QTest::newRow("space") << "Contoso EU" << BAD << "whitespace";
        QTest::newRow("tab") << "Contoso\tEU" << BAD << "whitespace";
        QTest::newRow("no-break space") << QStringLiteral("Contoso\u00A0EU") << BAD << "whitespace";
        QTest::newRow("bell control")
            << QStringLiteral("Contoso\u0007") << BAD << "control-character";
        QTest::newRow("zero-width space")
            << QStringLiteral("Con\u200Btoso") << BAD << "control-character";
        QTest::newRow("hyphen first") << "-Contoso" << BAD << "hyphen-first";
        QTest::newRow("hyphen last") << "Contoso-" << MAYBE << "hyphen-last";
        QTest::newRow("hyphen doubled") << "Con--toso" << BAD << "hyphen-double";
        QTest::newRow("hyphens apart") << "a-b-c" << OK << "";
        QTest::newRow("only a hyphen") << "-" << BAD << "hyphen-first";
        QTest::newRow("upper and lower") << "CONTOSOcontoso" << OK << "";
        QTest::newRow("digits and symbols") << "Contoso_2024!&+" << OK << "";
        QTest::newRow("cyrillic") << QStringLiteral("Контосо") << OK << "";
        QTest::newRow("japanese") << QStringLiteral("株式会社") << OK << "";
        QTest::newRow("arabic") << QStringLiteral("شركة") << OK << "";
        QTest::newRow("greek") << QStringLiteral("Ελλάδα") << OK << "";
        QTest::newRow("lone surrogate")
            << QString(QChar(0xD800)) + u'a' << BAD << "invalid-character";
    }

private slots:
    void tenantName_data() { nameRows(128); }
    void tenantName() { check(&FieldRules::tenantName); }
    void shortName_data() { nameRows(32); }
    void shortName() { check(&FieldRules::shortName); }

    void messagesNameTheRule()
    {
        QCOMPARE(FieldRules::tenantName(u"a*b").message, QStringLiteral("'*' is not allowed"));
        QCOMPARE(FieldRules::tenantName(u"ab-").message,
                 QStringLiteral("A hyphen cannot be the last character"));
        QCOMPARE(FieldRules::tenantName(label(130)).message,
                 QStringLiteral("130 of at most 128 characters"));
        QCOMPARE(FieldRules::shortName(times(nonBmp, 33)).message,
                 QStringLiteral("33 of at most 32 characters"));
        QCOMPARE(FieldRules::tenantName(u"a\tb").message,
                 QStringLiteral("White space is not allowed (a tab)"));
    }

    void domain_data()
    {
        columns();
        const QString l63 = label(63);
        QTest::newRow("example") << "M365x33712845.onmicrosoft.com" << OK << "";
        QTest::newRow("upper case") << "CONTOSO.COM" << OK << "";
        QTest::newRow("punycode") << "xn--bcher-kva.ch" << OK << "";
        QTest::newRow("reserved .example") << "contoso.example" << BAD << "reserved-domain";
        QTest::newRow("reserved .test") << "fabrikam.TEST" << BAD << "reserved-domain";
        QTest::newRow("reserved example.com") << "sales.example.com" << BAD << "reserved-domain";
        QTest::newRow("not reserved: examples.com") << "examples.com" << OK << "";
        QTest::newRow("empty") << "" << MAYBE << "required";
        QTest::newRow("label of 63") << l63 + ".com" << OK << "";
        QTest::newRow("label of 64") << label(64) + ".com" << BAD << "label-too-long";
        // 63+1+63+1+63+1+62+1+1 = 256
        const QString d256 = l63 + '.' + l63 + '.' + l63 + '.' + label(62) + ".b";
        QCOMPARE(d256.size(), 256);
        QTest::newRow("total of 256") << d256 << OK << "";
        QTest::newRow("total of 257") << d256 + 'c' << BAD << "too-long";
        QTest::newRow("leading hyphen") << "-contoso.com" << BAD << "label-hyphen-first";
        QTest::newRow("inner label ends with hyphen")
            << "contoso-.com" << BAD << "label-hyphen-last";
        QTest::newRow("last label ends with hyphen (typing)")
            << "contoso.co-" << MAYBE << "label-hyphen-last";
        QTest::newRow("empty label") << "contoso..com" << BAD << "empty-label";
        QTest::newRow("leading full stop") << ".contoso.com" << BAD << "empty-label";
        QTest::newRow("trailing full stop (typing)") << "contoso." << MAYBE << "trailing-dot";
        QTest::newRow("single label") << "contoso" << MAYBE << "single-label";
        QTest::newRow("space") << "contoso .com" << BAD << "whitespace";
        QTest::newRow("underscore") << "con_toso.com" << BAD << "forbidden-character";
        QTest::newRow("accented letter")
            << QStringLiteral("müller.de") << BAD << "forbidden-character";
        QTest::newRow("control") << QStringLiteral("contoso\u0001.com") << BAD
                                 << "control-character";
    }
    void domain() { check(&FieldRules::domain); }

    void upn_data()
    {
        columns();
        const QString suffix48 = label(44) + ".com";
        QCOMPARE(suffix48.size(), 48);
        QTest::newRow("example") << "someone@example.com" << OK << "";
        QTest::newRow("empty") << "" << MAYBE << "required";
        QTest::newRow("prefix of 64") << label(64) + "@contoso.com" << OK << "";
        QTest::newRow("prefix of 65") << label(65) + "@contoso.com" << BAD << "prefix-too-long";
        QTest::newRow("suffix of 48") << "a@" + suffix48 << OK << "";
        QTest::newRow("suffix of 49") << "a@b" + suffix48 << BAD << "too-long";
        QTest::newRow("total of 113") << label(64) + '@' + suffix48 << OK << "";
        QTest::newRow("total of 114") << label(65) + '@' + suffix48 << BAD << "too-long";
        QTest::newRow("trailing dot before @")
            << "some.one.@contoso.com" << BAD << "prefix-trailing-dot";
        QTest::newRow("two @") << "some@one@contoso.com" << BAD << "multiple-at";
        QTest::newRow("space") << "some one@contoso.com" << BAD << "whitespace";
        QTest::newRow("apostrophe") << "o'neil@contoso.com" << OK << "";
        QTest::newRow("full stop") << "first.last@contoso.com" << OK << "";
        QTest::newRow("hyphen") << "first-last@contoso.com" << OK << "";
        QTest::newRow("underscore") << "first_last@contoso.com" << OK << "";
        QTest::newRow("exclamation") << "wow!@contoso.com" << OK << "";
        QTest::newRow("hash") << "no#1@contoso.com" << OK << "";
        QTest::newRow("caret") << "a^b@contoso.com" << OK << "";
        QTest::newRow("tilde") << "a~b@contoso.com" << OK << "";
        QTest::newRow("plus") << "a+b@contoso.com" << BAD << "forbidden-character";
        QTest::newRow("accented prefix")
            << QStringLiteral("josé@contoso.com") << BAD << "forbidden-character";
        QTest::newRow("no @ yet") << "someone" << MAYBE << "missing-at";
        QTest::newRow("no suffix yet") << "someone@" << MAYBE << "suffix-empty";
        QTest::newRow("no prefix") << "@contoso.com" << BAD << "prefix-empty";
        QTest::newRow("single-label suffix") << "someone@contoso" << MAYBE << "single-label";
        QTest::newRow("suffix with empty label") << "someone@contoso..com" << BAD << "empty-label";
    }
    void upn() { check(&FieldRules::upn); }

    void email_data()
    {
        columns();
        QTest::newRow("simple") << "ops@contoso.com" << OK << "";
        QTest::newRow("plus and subdomain") << "first.last+tag@mail.contoso.co.uk" << OK << "";
        QTest::newRow("empty") << "" << MAYBE << "required";
        QTest::newRow("no @ yet") << "ops" << MAYBE << "missing-at";
        QTest::newRow("no domain yet") << "ops@" << MAYBE << "domain-empty";
        QTest::newRow("two @") << "a@b@contoso.com" << BAD << "multiple-at";
        QTest::newRow("leading dot") << ".ops@contoso.com" << BAD << "local-dot";
        QTest::newRow("trailing dot") << "ops.@contoso.com" << BAD << "local-dot";
        QTest::newRow("two dots") << "o..ps@contoso.com" << BAD << "local-dot";
        QTest::newRow("space") << "o ps@contoso.com" << BAD << "whitespace";
        QTest::newRow("parenthesis") << "(ops)@contoso.com" << BAD << "forbidden-character";
        QTest::newRow("local of 64") << label(64) + "@contoso.com" << OK << "";
        QTest::newRow("local of 65") << label(65) + "@contoso.com" << BAD << "local-too-long";
        QTest::newRow("single-label domain") << "ops@contoso" << MAYBE << "single-label";
        QTest::newRow("no local part") << "@contoso.com" << BAD << "local-empty";
    }
    void email() { check(&FieldRules::email); }

    void includedUsers_data()
    {
        QTest::addColumn<qint64>("count");
        QTest::addColumn<RuleState>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("0") << qint64(0) << BAD << "too-small";
        QTest::newRow("-1") << qint64(-1) << BAD << "too-small";
        QTest::newRow("1") << qint64(1) << OK << "";
        QTest::newRow("1000000") << qint64(1000000) << OK << "";
        QTest::newRow("1000001") << qint64(1000001) << BAD << "too-large";
    }
    void includedUsers()
    {
        QFETCH(qint64, count);
        QFETCH(RuleState, state);
        QFETCH(QString, code);
        const Verdict v = FieldRules::includedUsers(count);
        QCOMPARE(v.state, state);
        QCOMPARE(v.code, code);
        if (count == 1000001)
            QCOMPARE(v.message, QStringLiteral("1000001 of at most 1000000 users"));
    }

    void notes_data()
    {
        columns();
        QTest::newRow("empty") << "" << OK << "";
        QTest::newRow("2000") << label(2000) << OK << "";
        QTest::newRow("2001") << label(2001) << BAD << "too-long";
        QTest::newRow("non-BMP 2000") << times(nonBmp, 2000) << OK << "";
        QTest::newRow("non-BMP 2001") << times(nonBmp, 2001) << BAD << "too-long";
        QTest::newRow("lines and tabs") << "PO 4711\n\tsigned by A. Smith\r\n" << OK << "";
        QTest::newRow("NUL") << QString(QChar(0)) << BAD << "control-character";
    }
    void notes() { check(&FieldRules::notes); }

    void waiverReference_data()
    {
        columns();
        QTest::newRow("empty") << "" << MAYBE << "required";
        QTest::newRow("typical") << "WVR-2026-0042" << OK << "";
        QTest::newRow("inner space") << "Waiver 42" << OK << "";
        QTest::newRow("128") << label(128) << OK << "";
        QTest::newRow("129") << label(129) << BAD << "too-long";
        QTest::newRow("leading space") << " WVR" << BAD << "leading-whitespace";
        QTest::newRow("trailing space (typing)") << "WVR " << MAYBE << "trailing-whitespace";
        QTest::newRow("line break") << "WVR\n42" << BAD << "control-character";
    }
    void waiverReference() { check(&FieldRules::waiverReference); }

    void people_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("input");
        QTest::addColumn<RuleState>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("display name") << "display"
                                      << "Contoso Ltd." << OK << "";
        QTest::newRow("display name empty") << "display"
                                            << "" << MAYBE << "required";
        QTest::newRow("display name 257") << "display" << label(257) << BAD << "too-long";
        QTest::newRow("person") << "person" << QStringLiteral("Zoë Ångström") << OK << "";
        QTest::newRow("username") << "username"
                                  << "ops.admin@sp" << OK << "";
        QTest::newRow("username space") << "username"
                                        << "ops admin" << BAD << "forbidden-character";
        QTest::newRow("password 11") << "password" << label(11) << MAYBE << "too-short";
        QTest::newRow("password 12") << "password" << label(12) << OK << "";
        QTest::newRow("role") << "role"
                              << "monitor" << OK << "";
        QTest::newRow("role unknown") << "role"
                                      << "root" << BAD << "invalid-choice";
    }
    void people()
    {
        QFETCH(QString, which);
        QFETCH(QString, input);
        QFETCH(RuleState, state);
        QFETCH(QString, code);
        Verdict v;
        if (which == QLatin1String("display"))
            v = FieldRules::customerDisplayName(input);
        else if (which == QLatin1String("person"))
            v = FieldRules::personName(input);
        else if (which == QLatin1String("username"))
            v = FieldRules::username(input);
        else if (which == QLatin1String("role"))
            v = FieldRules::role(input);
        else
            v = FieldRules::password(input);
        QCOMPARE(v.code, code);
        QCOMPARE(v.state, state);
    }

    void codePoints()
    {
        QCOMPARE(FieldRules::codePointCount(times(nonBmp, 3)), 3);
        QCOMPARE(FieldRules::codePointCount(u"abc"), 3);
        QCOMPARE(FieldRules::codePointCount(u""), 0);
    }
};

QTEST_APPLESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
