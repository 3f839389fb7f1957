#pragma once

#include "apicall.h"
#include "domain.h"

namespace insights {

// Whether a tenant name, domain or short name is free on the server (uniqueness only: the
// format rules stay in validators/).
struct Availability
{
    bool available = false;
    QString reason;
};

// What offboarding does with the recordings (api.md 1.1).
enum class Recordings { Keep, Delete };

// The typed calls on services and their operations. The only place, with the other *api.cpp
// files, that spells a REST path or a JSON member for the console.
class ServicesApi
{
public:
    explicit ServicesApi(ApiClient *client)
        : m_client(client)
    {}

    Call<Service> get(const QString &id) const;
    // Creates the customer's service and starts its deploy; the operation is in
    // Result::operationLocation (follow it with operationAt()).
    Call<Service> create(const QString &customerId, const ServiceSettings &settings,
                         const QByteArray &idempotencyKey) const;
    // Sends every editable field of `settings`; the fields in `locked` ("tenant.name", as in
    // Service::lockedFields) are left out, since the server refuses any change to them.
    Call<Service> patch(const QString &id, const QByteArray &etag, const ServiceSettings &settings,
                        const QStringList &locked) const;
    Call<Nothing> retryDeploy(const QString &id) const;
    Call<Nothing> offboard(const QString &id, const QByteArray &etag,
                           Recordings recordings = Recordings::Keep) const;
    // Stops the recording (api.md 1.1): the reason is shown with the service; the short name
    // is what the operator typed to confirm. A refusal names the field (reason,
    // confirmShortName) in ApiError::fieldErrors.
    Call<Service> suspend(const QString &id, const QString &reason,
                          const QString &confirmShortName) const;
    Call<Service> reactivate(const QString &id) const;
    // member is "name", "domain" or "shortName".
    Call<Availability> availability(const QString &member, const QString &value) const;
    // Queues the quick-start mail to every contact again; the value is how many were queued.
    Call<int> resendQuickStart(const QString &id) const;
    // The service's notification mails, newest first (the newest 50).
    Call<QList<OutboxMail>> mails(const QString &serviceId) const;
    // An Operation-Location as the server gave it.
    Call<Operation> operationAt(const QByteArray &location) const;

private:
    ApiClient *m_client;
};

} // namespace insights
