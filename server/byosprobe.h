#pragma once

#include "byosurl.h"

#include <functional>

namespace insights::server {

class BlobClient;

// Verifies a customer's container before the server accepts it (api.md 1.1, "Bring your own
// storage"): writes a small probe blob, reads it back, deletes it. Each failure has its code:
// byos-unreachable (no answer, no such container), byos-forbidden (the signature or a read is
// refused), byos-no-write, byos-no-delete, byos-expired (Azure says the SAS has run out).
class ByosProbe
{
public:
    struct Result
    {
        QString code; // empty: verified
        QString message;
    };
    using Done = std::function<void(const Result &)>;

    explicit ByosProbe(BlobClient &blob)
        : m_blob(blob)
    {}

    void verify(const ContainerSas &sas, Done done);

private:
    BlobClient &m_blob;
};

} // namespace insights::server
