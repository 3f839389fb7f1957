#include "validatedfield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace insights {

namespace {
const QString errorStyle = QStringLiteral("QLineEdit { border: 2px solid #c62828; "
                                          "border-radius: 3px; padding: 1px 3px; }");
const QString messageStyle = QStringLiteral("color: #b71c1c;");
const QString hintStyle = QStringLiteral("color: #5f6368;");
} // namespace

ValidatedField::ValidatedField(const QString &objectName, const QString &accessibleName, Rule rule,
                               QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_note(new QLabel(this))
    , m_rule(std::move(rule))
{
    setObjectName(objectName + QStringLiteral("Field"));
    m_edit->setObjectName(objectName);
    m_edit->setAccessibleName(accessibleName);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setStyleSheet(messageStyle);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_note->setObjectName(objectName + QStringLiteral("Note"));
    m_note->setVisible(false);
    // The note ("✓ Available") sits beside the field, so it never pushes what is below down
    // under the pointer; the rule's message goes under it.
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    row->addWidget(m_edit, 1);
    row->addWidget(m_note);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    // The message's line is kept even while there is none, so a message that comes or goes
    // never moves the fields below under the pointer (a click meant for the next field).
    auto *slot = new QWidget(this);
    slot->setObjectName(objectName + QStringLiteral("MessageSlot"));
    auto *slotLayout = new QVBoxLayout(slot);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    slotLayout->addWidget(m_message);
    slot->setMinimumHeight(m_message->fontMetrics().height());
    layout->addWidget(slot);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_serverMessage.clear();
        refresh();
        emit changed();
        emit stateChanged();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        refresh();
    });
}

QString ValidatedField::text() const
{
    return m_edit->text();
}

void ValidatedField::setText(const QString &text)
{
    m_edit->setText(text);
    m_touched = !text.isEmpty();
    refresh();
}

Verdict ValidatedField::verdict() const
{
    return m_rule(m_edit->text());
}

void ValidatedField::setServerMessage(const QString &message)
{
    m_serverMessage = message;
    m_touched = true;
    refresh();
    // Not changed(): the text is the same, and a new availability check of it would only
    // bring the same answer (and "Checking…" again).
    emit stateChanged();
}

void ValidatedField::setNote(const QString &note, bool warning)
{
    // A long note is shortened beside the field; its tooltip says it all.
    const int room = qMax(m_note->minimumWidth(),
                          m_note->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 18);
    m_note->setText(m_note->fontMetrics().elidedText(note, Qt::ElideRight, room));
    m_note->setToolTip(note);
    m_note->setAccessibleName(note);
    m_note->setStyleSheet(warning ? QStringLiteral("color: #8a6d00;")
                                  : QStringLiteral("color: #5f6368;"));
    m_note->setVisible(m_noteReserved || !note.isEmpty());
}

void ValidatedField::reserveNote(const QString &widest)
{
    m_noteReserved = true;
    m_note->setMinimumWidth(m_note->fontMetrics().horizontalAdvance(widest) + 4);
    m_note->setVisible(true);
}

void ValidatedField::setLocked(bool locked, const QString &why)
{
    m_edit->setEnabled(!locked);
    m_edit->setToolTip(locked ? why : QString());
}

bool ValidatedField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        m_touched = true;
        refresh();
    }
    return QWidget::eventFilter(watched, event);
}

void ValidatedField::refresh()
{
    const Verdict v = verdict();
    QString message = m_serverMessage;
    QString hint;
    if (message.isEmpty() && !v.isAcceptable()) {
        // An empty field is not an error until the person has been there.
        const bool show =
            v.state == RuleState::Invalid ||
            (m_touched && (!m_edit->hasFocus() || v.code != QLatin1String("required")));
        if (show && !(v.code == QLatin1String("required") && !m_touched))
            message = v.message;
        if (v.state == RuleState::Intermediate && m_edit->hasFocus()) {
            // Still typing: no red yet, but the rule that keeps the form from going on is
            // said at the field, in grey, as soon as there is something typed.
            message.clear();
            if (!m_edit->text().isEmpty())
                hint = v.message;
        }
    }
    m_message->setText(message.isEmpty() ? hint : message);
    m_message->setVisible(!message.isEmpty() || !hint.isEmpty());
    m_message->setStyleSheet(message.isEmpty() ? hintStyle : messageStyle);
    m_edit->setStyleSheet(message.isEmpty() ? QString() : errorStyle);
    m_edit->setAccessibleDescription(message.isEmpty() ? hint : message);
}

} // namespace insights
