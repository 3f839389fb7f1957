#include "auth.h"

#include "store.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <sodium.h>

namespace insights::server {

bool Secrets::initialise()
{
    return sodium_init() >= 0;
}

QString Secrets::hashPassword(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool Secrets::verifyPassword(const QString &password, const QString &hash)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

QString Secrets::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Secrets::tokenHash(QStringView token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Secrets::newId(QStringView prefix)
{
    QByteArray bytes(8, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return prefix.toString() + u'-' + QString::fromLatin1(bytes.toHex());
}

int LoginThrottle::waitFor(const QString &key, int maxFailures, qint64 nowMs)
{
    // The newest maxFailures failures inside the window, newest first.
    const QList<qint64> times = m_store.users().loginFailures(key, nowMs - windowMs, maxFailures);
    if (times.size() < maxFailures)
        return 0;
    const qint64 oldest = times.constLast();
    return int((oldest + windowMs - nowMs + 999) / 1000);
}

int LoginThrottle::retryAfterSeconds(const QString &username, const QString &address, qint64 nowMs)
{
    return qMax(waitFor(QStringLiteral("user:") + username.toCaseFolded(), maxUserFailures, nowMs),
                waitFor(QStringLiteral("addr:") + address, maxAddressFailures, nowMs));
}

void LoginThrottle::recordFailure(const QString &username, const QString &address, qint64 nowMs)
{
    m_store.users().addLoginFailure(QStringLiteral("user:") + username.toCaseFolded(), nowMs);
    m_store.users().addLoginFailure(QStringLiteral("addr:") + address, nowMs);
}

void LoginThrottle::recordSuccess(const QString &username)
{
    m_store.users().clearLoginFailures(QStringLiteral("user:") + username.toCaseFolded());
}

} // namespace insights::server
