#include "byosprobe.h"

#include "blobclient.h"

#include <QUuid>

#include <memory>

namespace insights::server {

namespace {

// What the storage answered, short: "403 AuthorizationPermissionMismatch".
QString answered(const BlobAnswer &a)
{
    return QStringLiteral("%1 %2").arg(a.status).arg(a.errorCode).trimmed();
}

const QString askFor = QStringLiteral("ask the customer for a SAS that may read, add, create, "
                                      "write, delete and list (sp=racwdl)");

// The SAS itself is refused (a wrong key, changed parameters, revoked; a network or protocol
// the account does not allow): AuthenticationFailed from Azure, AuthorizationFailure from
// Azurite for a service SAS. A valid SAS that lacks a permission answers
// AuthorizationPermissionMismatch instead.
bool signatureRefused(const BlobAnswer &a)
{
    static const QStringList codes{QStringLiteral("AuthenticationFailed"),
                                   QStringLiteral("AuthorizationFailure"),
                                   QStringLiteral("AuthorizationSourceIPMismatch"),
                                   QStringLiteral("AuthorizationProtocolMismatch")};
    return a.status == 403 && codes.contains(a.errorCode);
}

ByosProbe::Result unreachableOr(const BlobAnswer &a, const QString &container)
{
    if (a.status == 0)
        return {QStringLiteral("byos-unreachable"), a.message};
    if (a.status == 404)
        return {QStringLiteral("byos-unreachable"),
                QStringLiteral("The container %1 does not exist (the storage answered %2)")
                    .arg(container, answered(a))};
    if (signatureRefused(a))
        return {
            QStringLiteral("byos-forbidden"),
            QStringLiteral("The storage account refused the SAS's signature: %1").arg(a.message)};
    return {};
}

// The answer's reason when the container cannot be reached at all (or refuses the SAS), else
// `code` with what the SAS may not do and what to ask the customer for.
ByosProbe::Result refusal(const BlobAnswer &a, const QString &where, const QString &code,
                          const QString &mayNot)
{
    ByosProbe::Result r = unreachableOr(a, where);
    if (r.code.isEmpty())
        r = {code,
             QStringLiteral("%1 (the storage answered %2): %3").arg(mayNot, answered(a), askFor)};
    return r;
}

} // namespace

void ByosProbe::verify(const ContainerSas &sas, Done done)
{
    const QString blob = QStringLiteral("insights-probe-%1.txt")
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QUrl url = sas.blobUrl(blob);
    const QByteArray content = "Interaction Insights checks that it may write, read and delete "
                               "here. " +
                               blob.toUtf8() + "\n";
    const QString where = sas.account + u'/' + sas.name;
    auto finish = std::make_shared<Done>(std::move(done));

    m_blob.send(
        "PUT", url, content,
        [this, url, content, where, finish](const BlobAnswer &put) {
            if (!put.ok()) {
                (*finish)(refusal(put, where, QStringLiteral("byos-no-write"),
                                  QStringLiteral("The SAS may not write to %1").arg(where)));
                return;
            }
            m_blob.send("GET", url, {}, [this, url, content, where, finish](const BlobAnswer &get) {
                const bool same = get.ok() && get.body == content;
                // Whatever the read said, the probe blob goes again.
                m_blob.send("DELETE", url, {}, [where, finish, get, same](const BlobAnswer &del) {
                    if (!get.ok()) {
                        (*finish)(refusal(
                            get, where, QStringLiteral("byos-forbidden"),
                            QStringLiteral("The SAS may write but not read %1").arg(where)));
                        return;
                    }
                    if (!same) {
                        (*finish)({QStringLiteral("byos-forbidden"),
                                   QStringLiteral("%1 gave back other bytes than were written")
                                       .arg(where)});
                        return;
                    }
                    if (!del.ok() && del.status != 404) {
                        (*finish)(refusal(del, where, QStringLiteral("byos-no-delete"),
                                          QStringLiteral("The SAS may not delete from %1, so "
                                                         "recordings could never be removed")
                                              .arg(where)));
                        return;
                    }
                    (*finish)({});
                });
            });
        },
        {"x-ms-blob-type: BlockBlob", "Content-Type: text/plain; charset=utf-8"});
}

} // namespace insights::server
