#include "feedpage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace insights {

namespace {

// A cursor over JSON text already known to be valid: it only has to tell strings, nesting
// and scalars apart. Any surprise marks it failed, and the caller falls back.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    bool failed() const { return m_failed; }

    // Takes `c` (after white space) if it comes next.
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    void expect(char c)
    {
        if (!take(c))
            m_failed = true;
    }

    // A string's text between its quotes, escapes left as they are.
    QByteArrayView string()
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"') {
            m_failed = true;
            return {};
        }
        const char *start = ++m_p;
        while (m_p < m_end && *m_p != '"')
            m_p += *m_p == '\\' && m_end - m_p > 1 ? 2 : 1;
        if (m_p >= m_end) {
            m_failed = true;
            return {};
        }
        return QByteArrayView(start, m_p++ - start);
    }

    // Any value, returned as its text.
    QByteArrayView value()
    {
        skipSpace();
        const char *start = m_p;
        if (m_p >= m_end) {
            m_failed = true;
        } else if (*m_p == '"') {
            string();
        } else if (*m_p == '{' || *m_p == '[') {
            int depth = 0;
            do {
                if (*m_p == '"') {
                    string();
                    continue;
                }
                if (*m_p == '{' || *m_p == '[')
                    ++depth;
                else if (*m_p == '}' || *m_p == ']')
                    --depth;
                ++m_p;
            } while (depth > 0 && m_p < m_end && !m_failed);
            m_failed = m_failed || depth != 0;
        } else {
            while (m_p < m_end && !isEndOfScalar(*m_p))
                ++m_p;
        }
        return QByteArrayView(start, m_p - start);
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    static bool isEndOfScalar(char c) { return isSpace(c) || c == ',' || c == ']' || c == '}'; }
    void skipSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    const char *m_p;
    const char *m_end;
    bool m_failed = false;
};

// The members of the object at the cursor: `member(key, cursor)` reads each value.
template <typename Member> void members(Cursor &c, Member member)
{
    c.expect('{');
    if (c.take('}'))
        return;
    do {
        const QByteArrayView key = c.string();
        c.expect(':');
        if (c.failed())
            return;
        member(key, c);
    } while (!c.failed() && c.take(','));
    c.expect('}');
}

} // namespace

QList<QByteArrayView> feedObjectSpans(QByteArrayView page)
{
    QList<QByteArrayView> spans;
    Cursor c(page);
    members(c, [&spans](QByteArrayView key, Cursor &c) {
        if (key != "changes") {
            c.value();
            return;
        }
        c.expect('[');
        if (c.take(']'))
            return;
        do {
            QByteArrayView object;
            members(c, [&object](QByteArrayView key, Cursor &c) {
                const QByteArrayView v = c.value();
                if (key == "object")
                    object = v;
            });
            spans.append(object);
        } while (!c.failed() && c.take(','));
        c.expect(']');
    });
    if (c.failed())
        spans.clear();
    return spans;
}

std::optional<FeedCursor> peekFeedCursor(QByteArrayView page)
{
    // The tail must be exactly ,"next":"CURSOR","hasMore":true|false} (and white space): a
    // member of an object inside "changes" cannot end the page, so this is the top level's.
    QByteArrayView tail = page.trimmed();
    FeedCursor cursor;
    if (tail.endsWith(",\"hasMore\":true}")) {
        cursor.hasMore = true;
        tail.chop(qsizetype(sizeof(",\"hasMore\":true}") - 1));
    } else if (tail.endsWith(",\"hasMore\":false}")) {
        tail.chop(qsizetype(sizeof(",\"hasMore\":false}") - 1));
    } else {
        return std::nullopt;
    }
    if (!tail.endsWith('"'))
        return std::nullopt;
    tail.chop(1);
    static constexpr QByteArrayView member = "\"next\":\"";
    const qsizetype start = tail.lastIndexOf(member);
    if (start < 0 || tail.size() - start - member.size() > 64)
        return std::nullopt;
    const QByteArrayView value = tail.sliced(start + member.size());
    for (char c : value) {
        const bool base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                               (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!base64url)
            return std::nullopt;
    }
    cursor.next = QString::fromLatin1(value);
    return cursor;
}

FeedPage readFeedPage(const QByteArray &bytes)
{
    FeedPage page;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        page.error = QCoreApplication::translate("insights::SyncEngine",
                                                 "The server's change feed was not valid JSON "
                                                 "(%1).")
                         .arg(parseError.error != QJsonParseError::NoError
                                  ? parseError.errorString()
                                  : QStringLiteral("not an object"));
        return page;
    }
    const QJsonObject root = doc.object();
    const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
    QList<QByteArrayView> spans = feedObjectSpans(bytes);
    if (spans.size() != changes.size())
        spans.clear(); // not the shape expected: the cache writes each object's JSON itself
    page.changes.reserve(changes.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject c = changes.at(i).toObject();
        CachedChange change{c.value(QStringLiteral("kind")).toString(),
                            c.value(QStringLiteral("id")).toString(),
                            c.value(QStringLiteral("deleted")).toBool(),
                            c.value(QStringLiteral("object")).toObject(),
                            {}};
        if (!spans.isEmpty() && spans.at(i).startsWith('{'))
            change.raw = spans.at(i).toByteArray();
        page.changes.append(std::move(change));
    }
    page.next = root.value(QStringLiteral("next")).toString();
    page.hasMore = root.value(QStringLiteral("hasMore")).toBool();
    return page;
}

} // namespace insights
