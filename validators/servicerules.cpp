#include "servicerules.h"

#include "domainjson.h"
#include "fieldnames.h"
#include "fieldrules.h"

#include <QCryptographicHash>
#include <QHash>

namespace insights {

namespace f = field;

namespace {

void addVerdict(QList<FieldError> &errors, const QString &path, const Verdict &v)
{
    if (!v.isAcceptable())
        errors << FieldError{path, v.code, v.message, Severity::Error};
}

QList<FieldError> validateList(const QStringList &items, const QString &listPath,
                               Verdict (*rule)(QStringView), const QString &requiredMessage,
                               const QString &tooManyMessage)
{
    QList<FieldError> errors;
    if (items.isEmpty())
        errors << FieldError{listPath, QStringLiteral("required"), requiredMessage,
                             Severity::Error};
    if (items.size() > ServiceRules::maxListEntries)
        errors << FieldError{listPath, QStringLiteral("too-many"), tooManyMessage, Severity::Error};
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = f::indexed(listPath, i);
        const Verdict v = rule(items[i]);
        if (!v.isAcceptable()) {
            addVerdict(errors, path, v);
            continue;
        }
        const QString key = items[i].toCaseFolded();
        if (const auto it = seen.constFind(key); it != seen.constEnd()) {
            errors << FieldError{path, QStringLiteral("duplicate"),
                                 ServiceRules::tr("'%1' is already in the list (entry %2)")
                                     .arg(items[i])
                                     .arg(it.value() + 1),
                                 Severity::Error};
        } else {
            seen.insert(key, i);
        }
    }
    return errors;
}

} // namespace

QList<FieldError> ServiceRules::validateEmailList(const QStringList &emails,
                                                  const QString &listPath)
{
    return validateList(emails, listPath, &FieldRules::email,
                        tr("At least one contact email address is required"),
                        tr("%1 of at most %2 addresses").arg(emails.size()).arg(maxListEntries));
}

QList<FieldError> ServiceRules::validateUpnList(const QStringList &upns, const QString &listPath)
{
    return validateList(upns, listPath, &FieldRules::upn,
                        tr("At least one administrator UPN is required"),
                        tr("%1 of at most %2 UPNs").arg(upns.size()).arg(maxListEntries));
}

Verdict ServiceRules::storageForUserType(UserType type, QStringView locationId,
                                         const StorageLocations &locations)
{
    if (locationId.isEmpty())
        return Verdict::intermediate(QStringLiteral("required"), tr("Choose a storage location"));
    const StorageLocation *location = locations.find(locationId);
    if (!location)
        return Verdict::invalid(QStringLiteral("unknown-location"),
                                tr("'%1' is not a storage location").arg(locationId));
    if (type == UserType::Pro && !location->hasPair())
        return Verdict::invalid(
            QStringLiteral("unpaired-location"),
            tr("%1 has no paired region, so it cannot hold the Advanced Storage replica that Pro "
               "needs; choose a paired location or the Essential user type")
                .arg(location->region));
    return Verdict::acceptable();
}

Verdict ServiceRules::upnSuffixMatches(QStringView upn, QStringView domain)
{
    const qsizetype at = upn.indexOf(u'@');
    if (at < 0 || domain.isEmpty())
        return Verdict::acceptable();
    const QStringView suffix = upn.mid(at + 1);
    if (suffix.compare(domain, Qt::CaseInsensitive) == 0)
        return Verdict::acceptable();
    return Verdict::intermediate(
        QStringLiteral("upn-suffix-mismatch"),
        tr("'%1' differs from the tenant domain '%2'; Entra accepts only UPNs on domains "
           "verified in the tenant")
            .arg(suffix, domain));
}

ValidationReport ServiceRules::validate(const ServiceSettings &settings,
                                        const StorageLocations &locations)
{
    ValidationReport report;
    const TenantSettings &t = settings.tenant;
    const ComplianceSettings &c = settings.compliance;
    auto tenantPath = [](const QString &m) { return f::path(f::tenant, m); };
    auto compliancePath = [](const QString &m) { return f::path(f::compliance, m); };

    addVerdict(report.errors, tenantPath(f::name), FieldRules::tenantName(t.name));
    addVerdict(report.errors, tenantPath(f::domain), FieldRules::domain(t.domain));
    addVerdict(report.errors, tenantPath(f::shortName), FieldRules::shortName(t.shortName));
    report.errors << validateEmailList(t.contactEmails, tenantPath(f::contactEmails));
    report.errors << validateUpnList(t.adminUpns, tenantPath(f::adminUpns));
    if (t.userType == UserType::Unknown)
        report.errors << FieldError{tenantPath(f::userType), QStringLiteral("invalid-choice"),
                                    tr("Choose Essential or Pro"), Severity::Error};
    addVerdict(report.errors, tenantPath(f::includedUsers),
               FieldRules::includedUsers(t.includedUsers));
    if (t.allowExceedIncludedUsers)
        report.errors << FieldError{tenantPath(f::allowExceedIncludedUsers),
                                    QStringLiteral("not-in-use"),
                                    tr("Allow to Exceed Included Users is not in use and must "
                                       "stay off"),
                                    Severity::Error};
    addVerdict(report.errors, tenantPath(f::storageLocation),
               storageForUserType(t.userType, t.storageLocation, locations));
    addVerdict(report.errors, tenantPath(f::notes), FieldRules::notes(t.notes));

    if (c.controlTeamsNotifications) {
        addVerdict(report.errors, compliancePath(f::teamsNotificationsWaiverReference),
                   FieldRules::waiverReference(c.teamsNotificationsWaiverReference));
    } else if (!c.teamsNotificationsWaiverReference.isEmpty()) {
        report.errors << FieldError{compliancePath(f::teamsNotificationsWaiverReference),
                                    QStringLiteral("not-applicable"),
                                    tr("A waiver reference is only given when Control MSFT Teams "
                                       "Recording Notifications is on"),
                                    Severity::Error};
    }
    if (t.userType != UserType::Unknown && c.advancedStorage != (t.userType == UserType::Pro))
        report.errors << FieldError{
            compliancePath(f::advancedStorage), QStringLiteral("advanced-storage-coupling"),
            t.userType == UserType::Pro ? tr("Advanced Storage is always on for Pro")
                                        : tr("Advanced Storage is always off for Essential"),
            Severity::Error};

    // Warnings only: Entra accepts UPNs on any domain verified in the tenant.
    if (FieldRules::domain(t.domain).isAcceptable()) {
        for (qsizetype i = 0; i < t.adminUpns.size(); ++i) {
            if (!FieldRules::upn(t.adminUpns[i]).isAcceptable())
                continue;
            const Verdict v = upnSuffixMatches(t.adminUpns[i], t.domain);
            if (!v.isAcceptable())
                report.warnings << FieldError{f::indexed(tenantPath(f::adminUpns), i), v.code,
                                              v.message, Severity::Warning};
        }
    }
    return report;
}

QStringList ServiceRules::lockedFieldPaths()
{
    return {f::path(f::tenant, f::name), f::path(f::tenant, f::domain),
            f::path(f::tenant, f::shortName), f::path(f::tenant, f::storageLocation)};
}

QStringList ServiceRules::changedLockedFields(const TenantSettings &before,
                                              const TenantSettings &after)
{
    // The one list of locked fields decides; the members are compared as they are sent.
    const QJsonObject a = DomainJson::toJson(before);
    const QJsonObject b = DomainJson::toJson(after);
    QStringList changed;
    for (const QString &path : lockedFieldPaths()) {
        const QString member = path.section(u'.', 1);
        if (a.value(member) != b.value(member))
            changed << path;
    }
    return changed;
}

QString ServiceRules::containerName(QStringView shortName, QStringView salt)
{
    // Fold accents away (é -> e), then keep a-z and 0-9; anything else becomes one hyphen.
    const QString folded = shortName.toString().normalized(QString::NormalizationForm_KD);
    QString base;
    for (const QChar ch : folded) {
        const QChar c = ch.toLower();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            base += c;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        } else if (!base.isEmpty() && !base.endsWith(u'-')) {
            base += u'-';
        }
    }
    const QByteArray digest =
        QCryptographicHash::hash(salt.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    const QString suffix = QString::fromLatin1(digest);
    // "rec-" + base + "-" + 8 hex digits, at most 63 characters.
    base.truncate(63 - 4 - 1 - suffix.size());
    while (base.endsWith(u'-'))
        base.chop(1);
    QString name = QStringLiteral("rec-");
    if (!base.isEmpty())
        name += base + u'-';
    return name + suffix;
}

} // namespace insights
