#include "countspinbox.h"

#include "wheelguard.h"

#include <QLineEdit>

namespace insights {

CountSpinBox::CountSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    // Wide enough that a value over the rule's limit is kept, and the rule can name it.
    setRange(0, 99999999);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setKeyboardTracking(true);
    WheelGuard::install(this);
}

bool CountSpinBox::isEmpty() const
{
    return cleanText().trimmed().isEmpty();
}

qint64 CountSpinBox::count() const
{
    return isEmpty() ? 0 : value();
}

QValidator::State CountSpinBox::validate(QString &input, int &pos) const
{
    if (input.trimmed().isEmpty())
        return QValidator::Acceptable; // the page says "required"
    return QSpinBox::validate(input, pos);
}

int CountSpinBox::valueFromText(const QString &text) const
{
    return text.trimmed().isEmpty() ? 0 : QSpinBox::valueFromText(text);
}

QString CountSpinBox::textFromValue(int value) const
{
    return value == 0 ? QString() : QSpinBox::textFromValue(value);
}

void CountSpinBox::fixup(QString &input) const
{
    if (!input.trimmed().isEmpty())
        QSpinBox::fixup(input);
}

} // namespace insights
