#pragma once

#include <QList>

namespace insights::server {

// One page of a keyset-paged list: the items, and where the next page starts.
template <typename T> struct Page
{
    QList<T> items;
    qint64 nextAfter = 0; // 0 when there is no further page
};

} // namespace insights::server
