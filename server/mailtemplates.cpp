#include "mailtemplates.h"

#include <QFile>
#include <QRegularExpression>

namespace insights::server {

namespace {

std::optional<QString> readTemplate(const QString &name)
{
    QFile f(QStringLiteral(":/mail/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(f.readAll());
}

// Replaces each {{name}}; false (and *missing) when a name has no value.
bool fill(QString &text, const MailTemplates::Values &values, const MailTemplates::Lists &lists,
          bool html, QString *missing)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([A-Za-z]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (const auto v = values.constFind(name); v != values.constEnd()) {
            out += html ? v->toHtmlEscaped() : *v;
        } else if (const auto l = lists.constFind(name); l != lists.constEnd()) {
            QStringList items;
            for (const QString &item : *l)
                items << (html ? QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped())
                               : QStringLiteral("  • ") + item);
            out += items.join(u'\n');
        } else {
            *missing = name;
            return false;
        }
    }
    out += QStringView(text).mid(last);
    text = out;
    return true;
}

} // namespace

QStringList MailTemplates::kinds()
{
    return {QStringLiteral("quick-start"), QStringLiteral("service-ready"),
            QStringLiteral("deployment-failed")};
}

std::optional<RenderedMail> MailTemplates::render(const QString &kind, const Values &values,
                                                  const Lists &lists, QString *error)
{
    std::optional<QString> text = readTemplate(kind + QStringLiteral(".txt"));
    std::optional<QString> html = readTemplate(kind + QStringLiteral(".html"));
    if (!text || !html) {
        *error = QStringLiteral("no mail template %1").arg(kind);
        return std::nullopt;
    }
    static const QLatin1StringView subjectTag("Subject: ");
    const qsizetype lineEnd = text->indexOf(u'\n');
    if (!text->startsWith(subjectTag) || lineEnd < 0) {
        *error = QStringLiteral("the template %1.txt does not start with a Subject line").arg(kind);
        return std::nullopt;
    }
    RenderedMail mail;
    mail.subject = text->mid(subjectTag.size(), lineEnd - subjectTag.size()).trimmed();
    mail.text = text->mid(lineEnd + 1);
    while (mail.text.startsWith(u'\n'))
        mail.text.remove(0, 1);
    mail.html = *html;
    QString missing;
    if (!fill(mail.subject, values, {}, false, &missing) ||
        !fill(mail.text, values, lists, false, &missing) ||
        !fill(mail.html, values, lists, true, &missing)) {
        *error = QStringLiteral("the template %1 needs a value for {{%2}}").arg(kind, missing);
        return std::nullopt;
    }
    return mail;
}

} // namespace insights::server
