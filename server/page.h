#pragma once

#include <QList>

namespace insights::server {

// One page of a keyset-paged list: the items, and where the next page starts.
template <typename T> struct Page
{
    QList<T> items;
    qint64 nextAfter = 0; // 0 when there is no further page
};

// Reads a page from a query that asked for limit + 1 rows: the extra row only says that
// another page follows, after the last kept row's key (the column keyColumn).
template <typename T, typename Query, typename Read>
Page<T> readPage(Query &q, int limit, int keyColumn, Read read)
{
    Page<T> page;
    qint64 lastKey = 0;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.nextAfter = lastKey;
            break;
        }
        page.items << read(q);
        lastKey = q.value(keyColumn).toLongLong();
    }
    return page;
}

} // namespace insights::server
