// The blob service's XML answers: an <Error> document and a page of List Blobs, as any
// server (or anything pretending to be one) may send them.
#include "blobclient.h"

#include <cstdint>
#include <cstdlib>

using insights::server::BlobClient;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)BlobClient::parseError(xml);
    const auto page = BlobClient::parseList(xml);
    if (page.blobs < 0 || page.bytes < 0)
        std::abort(); // counts of what the page lists are never negative
    return 0;
}
