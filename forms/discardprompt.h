#pragma once

#include <QString>

class QWidget;

namespace insights {

// "Your changes to X are not saved." with buttons that say what they do; true discards.
bool askDiscardChanges(QWidget *parent, const QString &what);

} // namespace insights
