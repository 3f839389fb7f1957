// The console's reading of a change-feed page: any bytes give a page or an error, never a
// crash, and each object's bytes kept for the cache read back as that very object.
#include "feedpage.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace insights;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    feedObjectSpans(bytes); // on bytes no JSON reader accepted, too
    // The cursor off the last bytes: never a crash; and on any page the reader accepts with
    // one "next" member, what it finds (SyncEngine checks this and fetches again if not).
    const std::optional<FeedCursor> peeked = peekFeedCursor(bytes);
    const FeedPage page = readFeedPage(bytes);
    if (!page.error.isEmpty() && !page.changes.isEmpty())
        std::abort();
    if (peeked && page.error.isEmpty() && bytes.count("\"next\"") == 1 &&
        bytes.count("\"hasMore\"") == 1 &&
        (peeked->next != page.next || peeked->hasMore != page.hasMore))
        std::abort();
    for (const CachedChange &c : page.changes) {
        if (c.raw.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument kept = QJsonDocument::fromJson(c.raw, &error);
        if (error.error != QJsonParseError::NoError || !kept.isObject() ||
            kept.object() != c.object)
            std::abort();
    }
    return 0;
}
