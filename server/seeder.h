#pragma once

#include "store.h"

namespace insights::server {

// Fills a database with customers and deployed services for benchmarks and demos, through
// the same Store calls the API uses, so every row has its change-feed entry.
class Seeder
{
public:
    explicit Seeder(Store &store);
    // Adds `count` customers, each with a deployed service (a mix of Pro and Essential, of
    // Ready, PendingConsents and DeploymentError). Returns an error message, or empty.
    QString seed(int count, const std::function<void(int)> &progress = {});

private:
    Store &m_store;
};

} // namespace insights::server
