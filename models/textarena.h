#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace insights {

// Many short strings in fixed-size chunks: one allocation per 256 K characters instead of
// one per string, no reallocation (so no doubling slack and no copy) as it grows, and a span
// of 8 bytes to find each string again.
class TextArena
{
public:
    struct Span
    {
        quint32 offset = 0;
        quint32 length = 0;
    };

    static constexpr qsizetype chunkSize = 1 << 18;

    Span add(QStringView s)
    {
        s = s.left(chunkSize); // display text; nothing this long is ever shown whole
        if (m_chunks.empty() || m_chunks.back().size() + s.size() > chunkSize) {
            m_chunks.emplace_back();
            m_chunks.back().reserve(chunkSize);
        }
        QString &chunk = m_chunks.back();
        const Span span{quint32((m_chunks.size() - 1) * chunkSize + chunk.size()),
                        quint32(s.size())};
        chunk += s;
        m_used += s.size();
        return span;
    }

    QStringView view(Span s) const
    {
        if (s.length == 0)
            return {};
        const QString &chunk = m_chunks[s.offset / chunkSize];
        return QStringView(chunk).mid(s.offset % chunkSize, s.length);
    }

    // Characters stored, garbage included.
    qsizetype used() const { return m_used; }
    void clear()
    {
        m_chunks.clear();
        m_used = 0;
    }

private:
    std::vector<QString> m_chunks;
    qsizetype m_used = 0;
};

} // namespace insights
