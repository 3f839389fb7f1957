#pragma once

#include "verdict.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;

namespace insights {

// A line edit with its rule's message under it. Invalid input gets a red frame at once;
// Intermediate input (a trailing hyphen while typing) only once the field loses focus; until
// then its rule shows in grey under the field, so a button the rule keeps off says why.
class ValidatedField : public QWidget
{
    Q_OBJECT

public:
    using Rule = std::function<Verdict(QStringView)>;

    ValidatedField(const QString &objectName, const QString &accessibleName, Rule rule,
                   QWidget *parent = nullptr);

    QLineEdit *edit() const { return m_edit; }
    QString text() const;
    void setText(const QString &text);
    Verdict verdict() const;
    bool isAcceptable() const { return verdict().isAcceptable() && m_serverMessage.isEmpty(); }
    // A message from the server (409 in use, 422) shown until the text changes.
    void setServerMessage(const QString &message);
    // A note that is not an error (yellow), such as an availability answer.
    void setNote(const QString &note, bool warning = false);
    // Keeps room beside the field for notes as wide as `widest`, shown or not, so the field
    // keeps its width when one comes and goes.
    void reserveNote(const QString &widest);
    void setLocked(bool locked, const QString &why);

signals:
    // The text changed (typed or set).
    void changed();
    // The verdict or the server's message changed, with or without a text change.
    void stateChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QLineEdit *m_edit;
    QLabel *m_message;
    QLabel *m_note;
    Rule m_rule;
    QString m_serverMessage;
    bool m_touched = false;
    bool m_noteReserved = false;
};

} // namespace insights
