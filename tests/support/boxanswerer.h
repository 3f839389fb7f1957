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

    explicit BoxAnswerer(QMessageBox::StandardButton button)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || !text.isEmpty())
                return;
            text = box->text();
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

} // namespace insights::test
