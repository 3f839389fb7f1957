#pragma once

#include <QString>

namespace insights {

// One CSV cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break,
// with each quote doubled.
inline QString csvQuoted(QString text)
{
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return text;
}

// Every cell this product writes (the customers export, the import report, the audit
// export): a leading = + - @, tab or CR gets an apostrophe first, so a spreadsheet shows the
// text and never runs it as a formula (OWASP "CSV injection"); then RFC 4180 quoting.
inline QString csvSafe(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    return csvQuoted(text);
}

inline QByteArray csvCell(const QString &text)
{
    return csvSafe(text).toUtf8();
}

} // namespace insights
