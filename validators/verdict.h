#pragma once

#include <QList>
#include <QString>

namespace insights {

// The three states a rule can give. Intermediate is input a person may still be typing
// (a trailing hyphen, a domain without its second label); the server treats it as invalid.
enum class RuleState { Invalid, Intermediate, Acceptable };

struct Verdict
{
    RuleState state = RuleState::Acceptable;
    QString code;    // stable, machine-readable: "forbidden-character", "too-long", ...
    QString message; // translated, names the rule that was broken

    bool isAcceptable() const { return state == RuleState::Acceptable; }
    static Verdict acceptable() { return {}; }
    static Verdict invalid(QString code, QString message)
    {
        return {RuleState::Invalid, std::move(code), std::move(message)};
    }
    static Verdict intermediate(QString code, QString message)
    {
        return {RuleState::Intermediate, std::move(code), std::move(message)};
    }
    friend bool operator==(const Verdict &, const Verdict &) = default;
};

enum class Severity { Error, Warning };

// One problem with one field, addressed by a dot path such as "tenant.adminUpns[1]".
struct FieldError
{
    QString field;
    QString code;
    QString message;
    Severity severity = Severity::Error;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

struct ValidationReport
{
    QList<FieldError> errors;
    QList<FieldError> warnings;

    bool isValid() const { return errors.isEmpty(); }
    // The first error at exactly this path, or nullptr.
    const FieldError *errorAt(QStringView field) const
    {
        for (const FieldError &e : errors) {
            if (e.field == field)
                return &e;
        }
        return nullptr;
    }
    bool hasError(QStringView field, QStringView code) const
    {
        for (const FieldError &e : errors) {
            if (e.field == field && e.code == code)
                return true;
        }
        return false;
    }
};

} // namespace insights
