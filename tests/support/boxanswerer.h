#pragma once

// Answers the next message box as a person would: clicks the given button in it and keeps
// the box's text for the test to check. Header-only, for the window tests.
#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QTest>
#include <QTimer>

namespace insights::test {

class BoxAnswerer : public QObject
{
public:
    QString text;

    // How the person answers: a click on the button, or Enter (whatever the box's default is).
    enum class By { Click, Enter };

    explicit BoxAnswerer(QMessageBox::StandardButton button, By by = By::Click)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this, button, by] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !text.isEmpty())
                return;
            text = box->text();
            if (by == By::Enter)
                QTest::keyClick(box, Qt::Key_Return);
            else
                QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

} // namespace insights::test
