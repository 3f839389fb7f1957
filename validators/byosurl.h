#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace insights {

// A container URL with a SAS, as a customer brings it for its own storage (api.md 1.1, "Bring
// your own storage"): https://ACCOUNT.blob.core.windows.net/CONTAINER?sv=…&se=…&sp=…&sig=…, or
// path-style on a loopback emulator, http://127.0.0.1:10000/ACCOUNT/CONTAINER?…
struct ContainerSas
{
    QUrl container; // without the query
    QString account;
    QString name; // the container's
    QUrlQuery sas;
    QDateTime expiresAt; // "se"; null when the SAS has none

    // The URL of a blob in the container, with the SAS.
    QUrl blobUrl(const QString &blob) const;
    QUrl withSas(QUrl url) const;
};

// The format check the console runs as the operator types and the server runs before it probes:
// empty code when the URL is usable, else byos-malformed or byos-expired with a sentence.
struct ContainerSasCheck
{
    std::optional<ContainerSas> sas;
    QString code;
    QString message;
};

class ByosUrl
{
    Q_DECLARE_TR_FUNCTIONS(ByosUrl)

public:
    static ContainerSasCheck parse(const QString &text, const QDateTime &now);

    // A location whose SAS expires within this many days raises byos-expiring.
    static constexpr int expiringDays = 14;
    // "Verified", "Expiring" or "Expired" at now.
    static QString status(const QDateTime &expiresAt, const QDateTime &now);
};

} // namespace insights
