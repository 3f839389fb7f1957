// Every FieldRules function, fed any UTF-16 (unpaired surrogates, NULs, bidi controls):
// none may crash, and each verdict must be self-consistent.
#include "fieldrules.h"
#include "servicerules.h"

#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace insights;

namespace {

void check(const Verdict &v)
{
    // A refusal always says why, with a stable code; an acceptance says nothing.
    if (v.isAcceptable() == (v.message.isEmpty() && v.code.isEmpty()))
        return;
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(text.data(), data, (size / 2) * 2);
    const QStringView v(text);

    for (auto rule :
         {&FieldRules::tenantName, &FieldRules::shortName, &FieldRules::domain, &FieldRules::upn,
          &FieldRules::email, &FieldRules::notes, &FieldRules::waiverReference,
          &FieldRules::customerDisplayName, &FieldRules::customerDescription,
          &FieldRules::personName, &FieldRules::username, &FieldRules::password, &FieldRules::role})
        check(rule(v));
    if (FieldRules::codePointCount(v) > text.size())
        std::abort();

    // The count rule, from the first eight bytes; the UPN against a domain, split at '|'.
    qint64 count = 0;
    std::memcpy(&count, data, std::min<size_t>(size, sizeof count));
    check(FieldRules::includedUsers(count));
    const qsizetype bar = text.indexOf(u'|');
    if (bar >= 0)
        check(ServiceRules::upnSuffixMatches(v.left(bar), v.mid(bar + 1)));
    // A valid short name always gives a valid Azure container name (3-63 of a-z, 0-9 and
    // single hyphens, a letter or digit at each end).
    if (FieldRules::shortName(v.left(40)).isAcceptable()) {
        static const QRegularExpression container(
            QStringLiteral("^[a-z0-9](?:[a-z0-9]|-(?!-)){1,61}[a-z0-9]$"));
        if (!container.match(ServiceRules::containerName(v.left(40), v.mid(40))).hasMatch())
            std::abort();
    }
    return 0;
}
