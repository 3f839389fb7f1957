// The QValidator adapter: a broken rule keeps the text (no swallowed keystrokes) but the
// line edit reports no acceptable input.
#include "fieldrules.h"
#include "rulevalidator.h"

#include <QLineEdit>
#include <QTest>

using namespace insights;

class TestRuleValidator : public QObject
{
    Q_OBJECT

private slots:
    void keepsTextButBlocksAcceptance()
    {
        QLineEdit edit;
        auto *validator = new RuleValidator(&FieldRules::tenantName, &edit);
        edit.setValidator(validator);
        QTest::keyClicks(&edit, "Con*toso");
        QCOMPARE(edit.text(), QStringLiteral("Con*toso"));
        QVERIFY(!edit.hasAcceptableInput());
        QCOMPARE(validator->verdict(edit.text()).message, QStringLiteral("'*' is not allowed"));
        edit.clear();
        QTest::keyClicks(&edit, "Contoso-EU");
        QVERIFY(edit.hasAcceptableInput());
    }
};

QTEST_MAIN(TestRuleValidator)
#include "tst_rulevalidator.moc"
