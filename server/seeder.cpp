#include "seeder.h"

#include "lifecycle.h"
#include "servicerules.h"

namespace insights::server {

Seeder::Seeder(Store &store)
    : m_store(store)
{}

QString Seeder::seed(int count, const std::function<void(int)> &progress)
{
    const QList<StorageLocation> locations = [] {
        QList<StorageLocation> paired;
        for (const StorageLocation &l : StorageLocations::builtIn().all()) {
            if (l.hasPair())
                paired << l;
        }
        return paired;
    }();
    const QString run = Secrets::newId(u"seed").mid(5, 6);
    const int batch = 1000;
    try {
        for (int start = 0; start < count; start += batch) {
            Store::Transaction tx(m_store);
            for (int i = start; i < qMin(count, start + batch); ++i) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const QString tag = QStringLiteral("T%1x%2").arg(run).arg(i);
                Customer c;
                c.id = Secrets::newId(u"cus");
                c.displayName = QStringLiteral("Customer %1 Ltd").arg(i);
                c.createdAt = c.updatedAt = now;
                c.createdBy = QStringLiteral("seed");
                m_store.customers().insert(c);

                ServiceRow row;
                Service &s = row.service;
                s.id = Secrets::newId(u"svc");
                s.customerId = c.id;
                TenantSettings &t = s.settings.tenant;
                t.name = tag;
                t.domain = tag.toLower() + QStringLiteral(".onmicrosoft.com");
                t.shortName = tag;
                t.contactEmails = {QStringLiteral("ops@") + t.domain};
                t.adminUpns = {QStringLiteral("admin@") + t.domain};
                t.userType = i % 3 == 0 ? UserType::Pro : UserType::Essential;
                t.includedUsers = 10 + i % 5000;
                const StorageLocation &loc = locations.at(i % locations.size());
                t.storageLocation = loc.id;
                s.settings.compliance.advancedStorage = t.userType == UserType::Pro;
                s.lockedFields = ServiceRules::lockedFieldPaths();
                const QString container = ServiceRules::containerName(t.shortName, s.id);
                s.storage.primary = StoragePlacement{loc.id, container, false, {}};
                if (t.userType == UserType::Pro)
                    s.storage.replica = StoragePlacement{loc.pairedRegion, container, false, {}};
                const bool ready = i % 10 < 7;
                for (const QString &id : Lifecycle::requiredConsents(t.userType))
                    s.consents << ConsentState{id, Lifecycle::consent(id)->name, true, ready,
                                               ready ? now : QDateTime()};
                if (i % 50 == 49) {
                    s.deploymentStatus = DeploymentStatus::DeploymentError;
                    s.alarms << Alarm{
                        Lifecycle::deploymentAlarmCode(), QStringLiteral("error"),
                        QStringLiteral("Register the recording bot did not succeed: seeded"), now};
                } else if (ready) {
                    s.deploymentStatus = DeploymentStatus::Ready;
                    row.quickStartToken = Secrets::newToken();
                } else {
                    s.deploymentStatus = DeploymentStatus::PendingConsents;
                    row.quickStartToken = Secrets::newToken();
                    QStringList missing;
                    for (const ConsentState &cs : s.consents)
                        missing << cs.name;
                    s.alarms << Alarm{Lifecycle::consentAlarmCode(), QStringLiteral("warning"),
                                      Lifecycle::consentAlarmMessage(missing), now};
                }
                s.createdAt = s.updatedAt = now;
                s.createdBy = QStringLiteral("seed");
                m_store.services().insert(row);
                m_store.customers().refresh(c.id, now);
            }
            tx.commit();
            if (progress)
                progress(qMin(count, start + batch));
        }
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

} // namespace insights::server
