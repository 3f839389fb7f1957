#pragma once

#include <QSpinBox>

namespace insights {

// A spin box for a count with a rule (Included Users): it keeps what the person typed, even
// empty, 0 or too large, instead of silently putting the old value back, so the page can
// say what is wrong at the field. The wheel only acts on it once it has focus.
class CountSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit CountSpinBox(QWidget *parent = nullptr);

    bool isEmpty() const;
    // The value, or 0 when empty.
    qint64 count() const;

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    int valueFromText(const QString &text) const override;
    // 0 is shown as an empty box: what "emptied" looks like, and no rule accepts it.
    QString textFromValue(int value) const override;
    void fixup(QString &input) const override;
};

} // namespace insights
