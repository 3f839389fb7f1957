#pragma once

#include "verdict.h"

#include <QCoreApplication>
#include <QStringView>

namespace insights {

// The single-field rules of domain.md, written once for the console and the server.
// Each returns a Verdict whose message names the rule that was broken.
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    static constexpr qsizetype maxNameLength = 128;
    static constexpr qsizetype maxShortNameLength = 32;
    static constexpr qsizetype maxDomainLength = 256;
    static constexpr qsizetype maxDomainLabelLength = 63;
    static constexpr qsizetype maxUpnLength = 113;
    static constexpr qsizetype maxUpnPrefixLength = 64;
    static constexpr qsizetype maxUpnSuffixLength = 48;
    static constexpr qsizetype maxEmailLength = 254;
    static constexpr qsizetype maxEmailLocalLength = 64;
    static constexpr qint64 minIncludedUsers = 1;
    static constexpr qint64 maxIncludedUsers = 1000000;
    static constexpr qsizetype maxNotesLength = 2000;
    static constexpr qsizetype maxWaiverReferenceLength = 128;
    static constexpr qsizetype maxDisplayNameLength = 256;
    static constexpr qsizetype maxDescriptionLength = 2000;
    static constexpr qsizetype maxPersonNameLength = 256;
    static constexpr qsizetype maxUsernameLength = 64;
    static constexpr qsizetype minPasswordLength = 12;
    static constexpr qsizetype maxPasswordLength = 1024;

    // "Customer (M365 Tenant) Name" and "Short Company Name".
    static Verdict tenantName(QStringView text);
    static Verdict shortName(QStringView text);
    // A DNS name of at least two labels, at most 256 characters.
    static Verdict domain(QStringView text);
    // A User Principal Name, prefix@suffix, after Microsoft Entra's username policy.
    static Verdict upn(QStringView text);
    static Verdict email(QStringView text);
    static Verdict includedUsers(qint64 count);
    static Verdict notes(QStringView text);
    static Verdict waiverReference(QStringView text);

    // Customers, customer operators and console users.
    static Verdict customerDisplayName(QStringView text);
    static Verdict customerDescription(QStringView text);
    static Verdict personName(QStringView text);
    static Verdict username(QStringView text);
    static Verdict password(QStringView text);
    // A console user's role or a customer operator's level: admin, operator or monitor.
    static Verdict role(QStringView text);

    // Lengths are counted in Unicode code points, not UTF-16 units or bytes.
    static qsizetype codePointCount(QStringView text);

private:
    static Verdict nameLike(QStringView text, qsizetype maxLength);
    static Verdict dnsName(QStringView text, qsizetype maxLength);
    static Verdict singleLineText(QStringView text, qsizetype maxLength, bool required);
};

} // namespace insights
