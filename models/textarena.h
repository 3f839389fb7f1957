#pragma once

#include <QAnyStringView>
#include <QByteArray>
#include <QString>
#include <QStringView>

#include <string_view>
#include <vector>

namespace insights {

// Many short strings in fixed-size chunks: one allocation per MiB instead of one per
// string, no reallocation (so no doubling slack and no copy) as it grows, and a span of 8
// bytes to find each string again. Text whose every character is below U+0100 (names,
// domains and ids nearly always are) is kept as Latin-1, one byte a character; other text
// as UTF-16. A view is a QAnyStringView of either.
class TextArena
{
public:
    struct Span
    {
        quint32 offset = 0;      // in bytes
        quint32 length : 31 = 0; // in characters
        quint32 wide : 1 = 0;    // UTF-16, else Latin-1
    };

    static constexpr qsizetype chunkSize = 1 << 20; // bytes

    Span add(QAnyStringView s)
    {
        bool narrow = true;
        bool utf8 = false;
        s.visit([&](auto v) {
            if constexpr (std::is_same_v<decltype(v), QStringView>) {
                for (QChar c : v) {
                    if (c.unicode() > 0xff) {
                        narrow = false;
                        break;
                    }
                }
            } else if constexpr (!std::is_same_v<decltype(v), QLatin1StringView>) {
                utf8 = true;
            }
        });
        if (utf8) {
            const QString wide = s.toString(); // UTF-8 in: through UTF-16
            return add(QStringView(wide));
        }
        // Display text; nothing this long is ever shown whole.
        const qsizetype length = qMin(s.size(), narrow ? chunkSize : chunkSize / 2);
        const qsizetype bytes = narrow ? length : 2 * length;
        if (m_chunks.empty() || m_chunks.back().size() + bytes + 1 > chunkSize) {
            m_chunks.emplace_back();
            m_chunks.back().reserve(chunkSize);
        }
        QByteArray &chunk = m_chunks.back();
        if (!narrow && chunk.size() % 2 != 0)
            chunk.append('\0'); // UTF-16 starts at an even byte
        Span span;
        span.offset = quint32((m_chunks.size() - 1) * chunkSize + chunk.size());
        span.length = quint32(length);
        span.wide = narrow ? 0 : 1;
        if (narrow) {
            s.visit([&](auto v) {
                if constexpr (std::is_same_v<decltype(v), QStringView>) {
                    for (qsizetype i = 0; i < length; ++i)
                        chunk.append(char(v[i].unicode()));
                } else {
                    chunk.append(v.data(), length);
                }
            });
        } else {
            chunk.append(reinterpret_cast<const char *>(s.data()), bytes);
        }
        m_used += length;
        return span;
    }

    QAnyStringView view(Span s) const
    {
        if (s.length == 0)
            return {};
        const char *at = m_chunks[s.offset / chunkSize].constData() + s.offset % chunkSize;
        if (s.wide)
            return QStringView(reinterpret_cast<const char16_t *>(at), qsizetype(s.length));
        return QLatin1StringView(at, qsizetype(s.length));
    }

    // Characters stored, garbage included.
    qsizetype used() const { return m_used; }
    void clear()
    {
        m_chunks.clear();
        m_used = 0;
    }

    // Text searched for in views of an arena: kept as Latin-1 too when it fits, so a Latin-1
    // view is searched byte by byte.
    class Needle
    {
    public:
        explicit Needle(const QString &text = {})
            : m_text(text)
        {
            for (QChar c : text)
                m_fits = m_fits && c.unicode() <= 0xff;
            if (m_fits)
                m_latin1 = text.toLatin1();
        }
        bool isEmpty() const { return m_text.isEmpty(); }
        bool in(QAnyStringView haystack) const
        {
            if (m_text.isEmpty())
                return true;
            return haystack.visit([this](auto v) {
                if constexpr (std::is_same_v<decltype(v), QLatin1StringView>) {
                    // A character above U+00FF cannot be in Latin-1 text.
                    return m_fits &&
                           std::string_view(v.data(), std::size_t(v.size()))
                                   .find(std::string_view(m_latin1.constData(),
                                                          std::size_t(m_latin1.size()))) !=
                               std::string_view::npos;
                } else if constexpr (std::is_same_v<decltype(v), QStringView>) {
                    return v.contains(m_text);
                } else {
                    return v.toString().contains(m_text); // UTF-8: not made by an arena
                }
            });
        }

    private:
        QString m_text;
        QByteArray m_latin1;
        bool m_fits = true;
    };

    // A hash of the characters, the same for equal text whichever way it is kept.
    static size_t hash(QAnyStringView s)
    {
        quint64 h = 14695981039346656037ull;
        s.visit([&](auto v) {
            if constexpr (std::is_same_v<decltype(v), QUtf8StringView>) {
                const QString wide = v.toString();
                for (QChar c : wide)
                    h = (h ^ c.unicode()) * 1099511628211ull;
            } else if constexpr (std::is_same_v<decltype(v), QLatin1StringView>) {
                for (char c : v)
                    h = (h ^ quint16(uchar(c))) * 1099511628211ull;
            } else {
                for (QChar c : v)
                    h = (h ^ c.unicode()) * 1099511628211ull;
            }
        });
        return size_t(h);
    }

private:
    std::vector<QByteArray> m_chunks;
    qsizetype m_used = 0;
};

} // namespace insights
