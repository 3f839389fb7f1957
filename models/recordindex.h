#pragma once

#include "textarena.h"

#include <QAnyStringView>

#include <functional>
#include <vector>

namespace insights {

// Record number by key, for a million records: an open-addressing table of ints whose keys
// stay where the records keep them (an arena), so a key costs 4-8 bytes here instead of a
// QString and a hash node of its own (about 90 bytes each in a QHash<QString, int>).
class RecordIndex
{
public:
    // The key of record i; the table only ever asks for records it holds.
    using KeyOf = std::function<QAnyStringView(int)>;

    explicit RecordIndex(KeyOf keyOf)
        : m_keyOf(std::move(keyOf))
    {}

    int value(QAnyStringView key) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t s = TextArena::hash(key) & mask;; s = (s + 1) & mask) {
            const int r = m_slots[s];
            if (r == empty)
                return -1;
            if (r != removed && QAnyStringView::equal(m_keyOf(r), key))
                return r;
        }
    }
    bool contains(QAnyStringView key) const { return value(key) >= 0; }

    // The key must not be in the table yet.
    void insert(QAnyStringView key, int record)
    {
        if (2 * (m_used + 1) > m_slots.size())
            rehash(qMax<std::size_t>(1024, 4 * (m_count + 1)));
        const std::size_t mask = m_slots.size() - 1;
        std::size_t s = TextArena::hash(key) & mask;
        while (m_slots[s] != empty && m_slots[s] != removed)
            s = (s + 1) & mask;
        if (m_slots[s] == empty)
            ++m_used;
        m_slots[s] = record;
        ++m_count;
    }

    void remove(QAnyStringView key)
    {
        if (m_slots.empty())
            return;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t s = TextArena::hash(key) & mask;; s = (s + 1) & mask) {
            const int r = m_slots[s];
            if (r == empty)
                return;
            if (r != removed && QAnyStringView::equal(m_keyOf(r), key)) {
                m_slots[s] = removed; // the probe chains through it stay intact
                --m_count;
                return;
            }
        }
    }

    void reserve(std::size_t count)
    {
        if (2 * count > m_slots.size())
            rehash(2 * count);
    }
    void clear()
    {
        m_slots.clear();
        m_used = m_count = 0;
    }
    std::size_t size() const { return m_count; }

private:
    static constexpr int empty = -1;
    static constexpr int removed = -2;

    void rehash(std::size_t atLeast)
    {
        std::size_t capacity = 1024;
        while (capacity < atLeast)
            capacity *= 2;
        std::vector<int> old = std::move(m_slots);
        m_slots.assign(capacity, empty);
        m_used = m_count = 0;
        const std::size_t mask = capacity - 1;
        for (int r : old) {
            if (r < 0)
                continue;
            std::size_t s = TextArena::hash(m_keyOf(r)) & mask;
            while (m_slots[s] != empty)
                s = (s + 1) & mask;
            m_slots[s] = r;
            ++m_used;
            ++m_count;
        }
    }

    KeyOf m_keyOf;
    std::vector<int> m_slots;
    std::size_t m_used = 0; // slots not empty (live or removed)
    std::size_t m_count = 0;
};

} // namespace insights
