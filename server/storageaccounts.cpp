#include "storageaccounts.h"

#include "storagelocations.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace insights::server {

QString StorageAccount::containerUrl(const QString &container) const
{
    return serviceUrl + u'/' + container;
}

QUrl StorageAccount::signedUrl(const QString &path, const QString &query) const
{
    QUrl url(serviceUrl + u'/' + path);
    url.setQuery(query.isEmpty() ? sas : query + u'&' + sas, QUrl::TolerantMode);
    return url;
}

std::optional<StorageAccounts> StorageAccounts::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    auto accounts = parse(f.readAll(), error);
    if (!accounts)
        *error = path + QStringLiteral(": ") + *error;
    return accounts;
}

std::optional<StorageAccounts> StorageAccounts::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error == QJsonParseError::NoError
                     ? QStringLiteral("must be a JSON object of storage-location ids")
                     : parseError.errorString();
        return std::nullopt;
    }
    StorageAccounts out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!StorageLocations::builtIn().find(it.key())) {
            *error = QStringLiteral("%1 is not a storage location").arg(it.key());
            return std::nullopt;
        }
        const QJsonObject a = it.value().toObject();
        StorageAccount account{a.value(QStringLiteral("serviceUrl")).toString(),
                               a.value(QStringLiteral("sas")).toString()};
        while (account.serviceUrl.endsWith(u'/'))
            account.serviceUrl.chop(1);
        if (account.sas.startsWith(u'?'))
            account.sas.remove(0, 1);
        const QUrl url(account.serviceUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.hasQuery()) {
            *error = QStringLiteral("%1.serviceUrl must be an http(s) URL without a query")
                         .arg(it.key());
            return std::nullopt;
        }
        if (!account.sas.contains(QLatin1String("sig="))) {
            *error = QStringLiteral("%1.sas must be an account SAS (sv=…&sig=…)").arg(it.key());
            return std::nullopt;
        }
        if (a.size() != 2) {
            *error = QStringLiteral("%1 takes serviceUrl and sas only").arg(it.key());
            return std::nullopt;
        }
        out.m_accounts.insert(it.key(), account);
    }
    return out;
}

const StorageAccount *StorageAccounts::find(const QString &locationId) const
{
    const auto it = m_accounts.constFind(locationId);
    return it == m_accounts.constEnd() ? nullptr : &*it;
}

QStringList StorageAccounts::locationIds() const
{
    QStringList ids = m_accounts.keys();
    ids.sort();
    return ids;
}

QString maskSas(QString text)
{
    static const QRegularExpression sig(QStringLiteral("([?&]sig=)[^&\\s\"']*"),
                                        QRegularExpression::CaseInsensitiveOption);
    return text.replace(sig, QStringLiteral("\\1***"));
}

} // namespace insights::server
