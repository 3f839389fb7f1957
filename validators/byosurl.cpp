#include "byosurl.h"

#include <QRegularExpression>

namespace insights {

namespace {

// Azure's container names: 3 to 63 lower-case letters, digits and single hyphens, starting
// and ending with a letter or digit.
bool validContainerName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$"));
    return pattern.match(name).hasMatch();
}

// QtCore only (the server links this too, and QHostAddress is QtNetwork): an IPv4 literal,
// or an IPv6 one (QUrl::host() gives it without brackets).
bool isIpLiteral(const QString &host)
{
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    return host.contains(u':') || ipv4.match(host).hasMatch();
}

bool isLoopback(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           host == QLatin1String("::1") ||
           (isIpLiteral(host) && host.startsWith(QLatin1String("127.")));
}

// "2026-12-31T00:00:00Z" or "2026-12-31" (the end of that day is not implied: Azure reads a
// bare date as its midnight, UTC).
QDateTime parseExpiry(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

ContainerSasCheck malformed(const QString &message)
{
    return {std::nullopt, QStringLiteral("byos-malformed"), message};
}

} // namespace

QUrl ContainerSas::withSas(QUrl url) const
{
    url.setQuery(sas);
    return url;
}

QUrl ContainerSas::blobUrl(const QString &blob) const
{
    QUrl url = container;
    url.setPath(container.path() + u'/' + blob);
    return withSas(url);
}

ContainerSasCheck ByosUrl::parse(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return malformed(tr("Paste the container's URL with its SAS"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return malformed(tr("Must be a URL such as https://ACCOUNT.blob.core.windows.net/"
                            "CONTAINER?sv=…"));
    const bool loopback = isLoopback(url.host());
    if (scheme == QLatin1String("http") && !loopback)
        return malformed(tr("Must use https (plain http only for an emulator on this machine)"));
    if (!url.userInfo().isEmpty() || url.hasFragment())
        return malformed(tr("Takes no user name or fragment"));

    ContainerSas sas;
    const QStringList segments = url.path().split(u'/', Qt::SkipEmptyParts);
    // An IP address or localhost names the account in the path (the emulator's style); a
    // host name in its first label.
    const bool pathStyle = loopback || isIpLiteral(url.host());
    if (pathStyle) {
        if (segments.size() != 2)
            return malformed(tr("Must name the account and one container: "
                                "http://HOST:PORT/ACCOUNT/CONTAINER?…"));
        sas.account = segments.at(0);
        sas.name = segments.at(1);
    } else {
        if (segments.size() != 1)
            return malformed(tr("Must name one container, not a blob or the account: "
                                "https://ACCOUNT.blob.core.windows.net/CONTAINER?…"));
        sas.account = url.host().section(u'.', 0, 0).toLower();
        sas.name = segments.at(0);
    }
    if (!validContainerName(sas.name))
        return malformed(tr("'%1' is not a container name: 3 to 63 lower-case letters, digits "
                            "and single hyphens")
                             .arg(sas.name));
    sas.sas = QUrlQuery(url);
    if (!sas.sas.hasQueryItem(QStringLiteral("sig")) || !sas.sas.hasQueryItem(QStringLiteral("sv")))
        return malformed(tr("Has no SAS: paste the whole URL the customer's storage gives, "
                            "with its query (?sv=…) and the signature"));
    if (sas.sas.hasQueryItem(QStringLiteral("se"))) {
        const QString se = sas.sas.queryItemValue(QStringLiteral("se"), QUrl::FullyDecoded);
        sas.expiresAt = parseExpiry(se);
        if (!sas.expiresAt.isValid())
            return malformed(tr("The SAS expiry se=%1 is not a date").arg(se));
    }
    QUrl container = url;
    container.setQuery(QString());
    container.setPath(u'/' + segments.join(u'/'));
    sas.container = container;
    if (sas.expiresAt.isValid() && sas.expiresAt <= now)
        return {sas, QStringLiteral("byos-expired"),
                tr("The SAS expired on %1; ask the customer for a new one")
                    .arg(sas.expiresAt.toString(Qt::ISODate))};
    return {sas, {}, {}};
}

QString ByosUrl::status(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return QStringLiteral("Verified");
    if (expiresAt <= now)
        return QStringLiteral("Expired");
    if (expiresAt <= now.addDays(expiringDays))
        return QStringLiteral("Expiring");
    return QStringLiteral("Verified");
}

} // namespace insights
