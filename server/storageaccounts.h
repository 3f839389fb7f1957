#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace insights::server {

// One Azure Blob Storage account: its service URL and an account SAS (create, list, read,
// write and delete on containers and blobs). The SAS is a secret: it never leaves the server.
struct StorageAccount
{
    QString serviceUrl; // "https://ACCOUNT.blob.core.windows.net", no trailing slash
    QString sas;        // "sv=...&sig=...", no leading '?'

    // {serviceUrl}/{container}, without any SAS: what responses may show.
    QString containerUrl(const QString &container) const;
    // The same with the SAS and an extra query ("restype=container"): what requests use.
    QUrl signedUrl(const QString &path, const QString &query = {}) const;
};

// --storage-accounts FILE (api.md 1.1): a JSON object from storage-location id to
// {"serviceUrl", "sas"}. Locations not in it are not provisioned.
class StorageAccounts
{
public:
    // nullopt and *error (naming the file and the member) when the file is not such an object.
    static std::optional<StorageAccounts> load(const QString &path, QString *error);
    static std::optional<StorageAccounts> parse(const QByteArray &json, QString *error);

    const StorageAccount *find(const QString &locationId) const;
    bool isEmpty() const { return m_accounts.isEmpty(); }
    // The storage-location ids that have an account, sorted.
    QStringList locationIds() const;

private:
    QHash<QString, StorageAccount> m_accounts;
};

// The URL (or any text holding one) with every SAS signature masked: "sig=***".
QString maskSas(QString text);

} // namespace insights::server
