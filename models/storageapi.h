#pragma once

#include "apicall.h"
#include "domain.h"

namespace insights {

// What a server is configured with (GET /api/v1/server-settings): whether it can send mail
// and provision storage, so the console says so instead of pretending.
struct ServerSettings
{
    QString version;
    QString database;
    QString publicUrl;
    int auditRetentionDays = 0;
    bool mailConfigured = false;
    QString mailServer; // without any user name
    QString mailFrom;
    QString notifyAddress;
    bool storageConfigured = false;
    QStringList storageLocations; // ids with an account
    int usageIntervalSeconds = 0;
};

// The typed calls on a service's own storage (BYOS) and on the server's settings.
class StorageApi
{
public:
    explicit StorageApi(ApiClient *client)
        : m_client(client)
    {}

    Call<QList<ByosLocation>> byosLocations(const QString &serviceId) const;
    // The server verifies the container (a probe blob written, read, deleted) before it
    // answers; a refusal has its code and message at the containerUrl (or name) field.
    Call<ByosLocation> addByosLocation(const QString &serviceId, const QString &name,
                                       const QString &containerUrl) const;
    Call<Nothing> removeByosLocation(const QString &serviceId, const QString &locationId) const;
    Call<ServerSettings> serverSettings() const;

    // How long the console waits for a verification: the probe's three requests, each up
    // to the server's storage timeout.
    static constexpr int verifyTimeoutMs = 100000;

private:
    ApiClient *m_client;
};

} // namespace insights
