#pragma once

#include "localcache.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace insights {

// One page of GET /api/v1/changes, read off the UI thread (the cache's preparing thread).
struct FeedPage
{
    QList<CachedChange> changes;
    QString next;
    bool hasMore = false;
    QString error; // set when the bytes are not a change-feed page; nothing else is then
};

// Parses a page. Each change also keeps its object's JSON text as the server sent it
// (CachedChange::raw), so the cache stores those bytes instead of writing the JSON again.
FeedPage readFeedPage(const QByteArray &bytes);

// The cursor of the next page and whether there is one, read off the page's last bytes
// without parsing it, so the next page can be fetched while this one is parsed. Only the
// layout this project's server writes ({"changes":[...],"next":"...","hasMore":true}) is
// recognised; anything else gives nullopt and the caller waits for readFeedPage.
struct FeedCursor
{
    QString next;
    bool hasMore = false;
};
std::optional<FeedCursor> peekFeedCursor(QByteArrayView page);

// Where each change's "object" value lies in a page's text: one view per element of the
// "changes" array, empty where an element has none. Qt's JSON reader keeps no offsets, so
// this walks a document that reader has already accepted; given anything else it returns
// an empty list (the caller then writes the JSON itself). Public for the fuzz harness.
QList<QByteArrayView> feedObjectSpans(QByteArrayView page);

} // namespace insights
