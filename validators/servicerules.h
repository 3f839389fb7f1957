#pragma once

#include "domain.h"
#include "storagelocations.h"
#include "verdict.h"

#include <QCoreApplication>

namespace insights {

// The whole-settings rules: every field rule at once, with dot paths, plus the rules that
// join two fields (Pro ⇄ Advanced Storage, Pro ⇄ paired location, the waiver reference).
class ServiceRules
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRules)

public:
    static constexpr qsizetype maxListEntries = 20;

    static ValidationReport
    validate(const ServiceSettings &settings,
             const StorageLocations &locations = StorageLocations::builtIn());

    // The list rules of one list editor: count, each entry, duplicates (case-insensitive).
    // listPath is "tenant.contactEmails" or "tenant.adminUpns".
    static QList<FieldError> validateEmailList(const QStringList &emails, const QString &listPath);
    static QList<FieldError> validateUpnList(const QStringList &upns, const QString &listPath);

    // The Pro ⇄ paired-location rule for one pair of values; acceptable when it holds.
    static Verdict
    storageForUserType(UserType type, QStringView locationId,
                       const StorageLocations &locations = StorageLocations::builtIn());
    // The UPN suffix warning; acceptable when the suffix is the tenant domain.
    static Verdict upnSuffixMatches(QStringView upn, QStringView domain);

    // The paths of the fields that cannot change once a service exists.
    static QStringList lockedFieldPaths();
    // Every locked field whose value differs between the two, as a path ("tenant.name").
    static QStringList changedLockedFields(const TenantSettings &before,
                                           const TenantSettings &after);

    // A valid Azure blob container name (3–63 of a-z, 0-9 and single hyphens, starting and
    // ending with a letter or digit) derived from the short name; salt keeps it unique.
    static QString containerName(QStringView shortName, QStringView salt);
};

} // namespace insights
