#pragma once

#include "verdict.h"

#include <QValidator>

#include <functional>

namespace insights {

// Puts a rule of FieldRules behind a QLineEdit. A broken rule never swallows the keystroke:
// the text stays as typed (Intermediate), hasAcceptableInput() stays false, and the form
// shows verdict(text).message under the field.
class RuleValidator : public QValidator
{
    Q_OBJECT

public:
    using Rule = std::function<Verdict(QStringView)>;

    explicit RuleValidator(Rule rule, QObject *parent = nullptr);

    State validate(QString &input, int &pos) const override;
    Verdict verdict(QStringView text) const { return m_rule(text); }

private:
    Rule m_rule;
};

} // namespace insights
