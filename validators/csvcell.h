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

// The same for text someone else typed (an audit detail, a cell of an imported file): a
// leading = + - @ gets an apostrophe first, so a spreadsheet shows it and never runs it.
inline QByteArray csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(u'\'');
    return csvQuoted(text).toUtf8();
}

} // namespace insights
