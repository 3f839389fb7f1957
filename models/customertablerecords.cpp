// What CustomerTableModel lends the services table: the facts of a record's live service,
// read in place, so the services table keeps no second copy of a million services.
#include "customertablemodel.h"

namespace insights {

bool CustomerTableModel::hasLiveService(int record) const
{
    if (record < 0 || record >= int(m_records.size()))
        return false;
    const Record &r = m_records[std::size_t(record)];
    return r.alive && r.serviceId.length != 0;
}

CustomerTableModel::ServiceFacts CustomerTableModel::serviceFacts(int record) const
{
    ServiceFacts f;
    if (record < 0 || record >= int(m_records.size()))
        return f;
    const Record &r = m_records[std::size_t(record)];
    f.serviceId = view(r.serviceId);
    f.customerId = view(r.customerId);
    f.customerName = view(r.displayName);
    f.tenantName = view(r.tenantName);
    f.domain = view(r.domain);
    f.shortName = view(r.shortName);
    f.alarm = view(r.alarm);
    f.replicaRegion = view(r.replica);
    f.createdAtMs = r.serviceCreatedAtMs;
    f.includedUsers = r.includedUsers;
    f.licensesInUse = r.licensesInUse;
    f.health = r.serviceHealth;
    f.deployment = r.deployment;
    f.userType = r.userType;
    f.storage = r.storage;
    return f;
}

bool CustomerTableModel::searchMatches(int record, const TextArena::Needle &foldedText) const
{
    if (record < 0 || record >= int(m_records.size()))
        return false;
    return foldedText.in(folded(m_records[std::size_t(record)].searchKey));
}

} // namespace insights
