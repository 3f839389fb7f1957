#include "discardprompt.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace insights {

bool askDiscardChanges(QWidget *parent, const QString &what)
{
    QMessageBox box(
        QMessageBox::Question,
        QCoreApplication::translate("DiscardPrompt", "Discard your changes?"),
        QCoreApplication::translate("DiscardPrompt", "Your changes to %1 are not saved.").arg(what),
        QMessageBox::NoButton, parent);
    QPushButton *discard =
        box.addButton(QCoreApplication::translate("DiscardPrompt", "&Discard my changes"),
                      QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(
        QCoreApplication::translate("DiscardPrompt", "&Keep editing"), QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == discard;
}

} // namespace insights
