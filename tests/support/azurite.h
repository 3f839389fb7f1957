#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace insights::test {

// Azurite, the Azure Storage emulator (npm, installed into the build by ./setup.sh test), as
// a child process on 127.0.0.1 with accounts of its own (AZURITE_ACCOUNTS) and its data in a
// temporary folder, so stop() and start() again keep the containers (an outage, not a loss).
class Azurite
{
public:
    struct Account
    {
        QString name;
        QByteArray key; // the raw key; Azurite gets it base64-encoded
    };

    // Two accounts by default, so a primary and its replica land in different ones.
    Azurite();
    ~Azurite();

    bool start();
    void stop();
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }

    QString serviceUrl(const QString &account) const;
    // An account SAS (blob service; containers and objects; read, write, delete, list, add,
    // create) valid until `expiry`, signed with the account's key, or with `wrongKey` if given.
    QString accountSas(const QString &account, const QDateTime &expiry = {},
                       const QByteArray &wrongKey = {}, const QString &permissions = {}) const;
    // A container SAS URL (service SAS) for BYOS, with these permissions ("rwdl").
    QString containerSasUrl(const QString &account, const QString &container,
                            const QString &permissions, const QDateTime &expiry = {},
                            const QByteArray &wrongKey = {}) const;
    // Writes a --storage-accounts file mapping each location to an account; returns its path.
    QString writeAccountsFile(const QHash<QString, QString> &locationToAccount) const;
    // Whether the container exists, asked with the account's own SAS.
    bool containerExists(const QString &account, const QString &container) const;
    // Creates a container (for BYOS tests); true on 201 or 409.
    bool createContainer(const QString &account, const QString &container) const;

    // Uploads count blobs of `bytes` bytes each (prefix0, prefix1, ...); returns how many were
    // created.
    int putBlobs(const QString &account, const QString &container, int count, int bytes,
                 const QString &prefix = QStringLiteral("rec-")) const;
    // The blobs in the container (one page), -1 when it cannot be listed.
    int blobCount(const QString &account, const QString &container) const;

    QList<Account> accounts() const { return m_accounts; }

private:
    bool startOnce();
    QByteArray keyOf(const QString &account) const;
    int request(const QByteArray &method, const QString &url, QByteArray *body = nullptr) const;

    QList<Account> m_accounts;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace insights::test
