#include "rulevalidator.h"

namespace insights {

RuleValidator::RuleValidator(Rule rule, QObject *parent)
    : QValidator(parent)
    , m_rule(std::move(rule))
{}

QValidator::State RuleValidator::validate(QString &input, int &) const
{
    return m_rule(input).isAcceptable() ? Acceptable : Intermediate;
}

} // namespace insights
