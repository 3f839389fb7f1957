#include "helpdialogs.h"

#include <QMessageBox>

namespace insights {

void HelpDialogs::shortcuts(QWidget *parent)
{
    const QList<std::pair<QString, QString>> keys = {
        {tr("Ctrl+1 … Ctrl+4"), tr("Customers, Services, Audit trail, Console users (admins)")},
        {tr("Ctrl+F"), tr("Search")},
        {tr("Ctrl+N"), tr("Add an Interaction Recording service")},
        {tr("Ctrl+E"), tr("Edit the selected customer's service")},
        {tr("Enter, double-click"), tr("Open the selected row's service")},
        {tr("Shift+F10, Menu key"), tr("The selected row's actions")},
        {tr("F5"), tr("Sync now")},
        {tr("Alt+letter"), tr("The field or button with that underlined letter")},
        {tr("Ctrl+Q"), tr("Quit")},
    };
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const auto &[key, what] : keys)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"), html, QMessageBox::Close,
                    parent);
    box.setObjectName(QStringLiteral("shortcutsDialog"));
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void HelpDialogs::about(QWidget *parent, const QString &backend)
{
    QMessageBox::about(
        parent, tr("About Interaction Insights Console"),
        tr("<h3>Interaction Insights Console %1</h3>"
           "<p>Onboards Microsoft 365 tenants onto Interaction Recording.</p>"
           "<p><b>Backend:</b> %2<br><b>Qt:</b> %3 (built with %4)</p>"
           "<p><b>Licence:</b> proprietary, © 2026 the Interaction Insights team. Qt is used "
           "under the GNU LGPL version 3; QtKeychain under the BSD licence; libsodium under "
           "the ISC licence.</p>")
            .arg(QStringLiteral(INSIGHTS_VERSION), backend.toHtmlEscaped(),
                 QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
}

} // namespace insights
