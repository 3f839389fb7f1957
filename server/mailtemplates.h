#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace insights::server {

// One notification mail, rendered: the subject, the plain-text part and the HTML part.
struct RenderedMail
{
    QString subject;
    QString text;
    QString html;
};

// The mail templates, resources of the server (resources/mail/KIND.txt and KIND.html), not
// strings in code. A template says {{name}} where a value goes: as it is in the text part,
// HTML-escaped in the HTML part. A list value becomes one "  • item" line per item in the
// text and one <li> per item in the HTML. The text template's first line is "Subject: ...".
class MailTemplates
{
public:
    using Values = QHash<QString, QString>;
    using Lists = QHash<QString, QStringList>;

    // nullopt (and *error) for an unknown kind, or a template that names a value not given.
    static std::optional<RenderedMail> render(const QString &kind, const Values &values,
                                              const Lists &lists, QString *error);
    static QStringList kinds();
};

} // namespace insights::server
