#include "fieldrules.h"

#include "domain.h"

#include <QList>

namespace insights {

namespace {

constexpr char32_t loneSurrogate = 0xFFFFFFFF;

// Calls f(codePoint) for each code point; an unpaired surrogate is reported as loneSurrogate.
template <typename F> void forEachCodePoint(QStringView text, F &&f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            f(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else if (c.isSurrogate()) {
            f(loneSurrogate);
        } else {
            f(char32_t(c.unicode()));
        }
    }
}

QString codePointLabel(char32_t cp)
{
    return QStringLiteral("U+") +
           QString::number(uint(cp), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString quoted(char32_t cp)
{
    return QString::fromUcs4(&cp, 1);
}

// A name a person recognises for the white space characters they are likely to paste.
QString whiteSpaceName(char32_t cp)
{
    switch (cp) {
    case U' ':
        return FieldRules::tr("a space");
    case U'\t':
        return FieldRules::tr("a tab");
    case U'\n':
    case U'\r':
        return FieldRules::tr("a line break");
    case 0x00A0:
        return FieldRules::tr("a no-break space");
    default:
        return codePointLabel(cp);
    }
}

bool isWhiteSpace(char32_t cp)
{
    return QChar::isSpace(cp);
}

bool isControl(char32_t cp)
{
    const auto cat = QChar::category(cp);
    return cat == QChar::Other_Control || cat == QChar::Other_Format;
}

bool isAsciiAlnum(char32_t cp)
{
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9');
}

Verdict tooLong(qsizetype length, qsizetype max)
{
    return Verdict::invalid(QStringLiteral("too-long"),
                            FieldRules::tr("%1 of at most %2 characters").arg(length).arg(max));
}

Verdict required()
{
    return Verdict::intermediate(QStringLiteral("required"), FieldRules::tr("Required"));
}

// The character checks shared by every free-text rule: unpaired surrogates, white space
// (optional) and control characters. Returns an acceptable verdict when none is found.
Verdict scanText(QStringView text, bool allowWhiteSpace, bool allowLineBreaks)
{
    Verdict verdict;
    forEachCodePoint(text, [&](char32_t cp) {
        if (!verdict.isAcceptable())
            return;
        if (cp == loneSurrogate) {
            verdict = Verdict::invalid(QStringLiteral("invalid-character"),
                                       FieldRules::tr("The text contains a broken character"));
        } else if (allowLineBreaks && (cp == U'\n' || cp == U'\r' || cp == U'\t')) {
            return;
        } else if (isWhiteSpace(cp) && !allowWhiteSpace) {
            verdict = Verdict::invalid(
                QStringLiteral("whitespace"),
                FieldRules::tr("White space is not allowed (%1)").arg(whiteSpaceName(cp)));
        } else if (isControl(cp)) {
            verdict = Verdict::invalid(
                QStringLiteral("control-character"),
                FieldRules::tr("Control characters are not allowed (%1)").arg(codePointLabel(cp)));
        }
    });
    return verdict;
}

// The checks every free-text rule starts with: emptiness, broken and control characters,
// white space unless allowed, then the length in code points.
Verdict checkedText(QStringView text, qsizetype maxLength, bool isRequired, bool allowWhiteSpace,
                    bool allowLineBreaks)
{
    if (text.isEmpty())
        return isRequired ? required() : Verdict::acceptable();
    Verdict verdict = scanText(text, allowWhiteSpace, allowLineBreaks);
    if (!verdict.isAcceptable())
        return verdict;
    const qsizetype length = FieldRules::codePointCount(text);
    if (length > maxLength)
        return tooLong(length, maxLength);
    return Verdict::acceptable();
}

} // namespace

qsizetype FieldRules::codePointCount(QStringView text)
{
    qsizetype n = 0;
    forEachCodePoint(text, [&n](char32_t) { ++n; });
    return n;
}

Verdict FieldRules::nameLike(QStringView text, qsizetype maxLength)
{
    if (text.isEmpty())
        return required();

    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    Verdict verdict;
    forEachCodePoint(text, [&](char32_t cp) {
        if (!verdict.isAcceptable())
            return;
        if (cp < 0x10000 && forbidden.contains(QChar(char16_t(cp)))) {
            verdict = Verdict::invalid(QStringLiteral("forbidden-character"),
                                       tr("'%1' is not allowed").arg(quoted(cp)));
        } else if (cp == U'.') {
            verdict =
                Verdict::invalid(QStringLiteral("full-stop"), tr("A full stop (.) is not allowed"));
        }
    });
    if (!verdict.isAcceptable())
        return verdict;
    verdict = scanText(text, false, false);
    if (!verdict.isAcceptable())
        return verdict;

    const qsizetype length = codePointCount(text);
    if (length > maxLength)
        return tooLong(length, maxLength);

    if (text.front() == u'-')
        return Verdict::invalid(QStringLiteral("hyphen-first"),
                                tr("A hyphen cannot be the first character"));
    if (text.contains(u"--"))
        return Verdict::invalid(QStringLiteral("hyphen-double"),
                                tr("Hyphens cannot follow one another"));
    // Still being typed, most likely: the next character fixes it.
    if (text.back() == u'-')
        return Verdict::intermediate(QStringLiteral("hyphen-last"),
                                     tr("A hyphen cannot be the last character"));
    return Verdict::acceptable();
}

Verdict FieldRules::tenantName(QStringView text)
{
    return nameLike(text, maxNameLength);
}

Verdict FieldRules::shortName(QStringView text)
{
    return nameLike(text, maxShortNameLength);
}

Verdict FieldRules::dnsName(QStringView text, qsizetype maxLength)
{
    if (text.isEmpty())
        return required();

    Verdict verdict;
    forEachCodePoint(text, [&](char32_t cp) {
        if (!verdict.isAcceptable() || isAsciiAlnum(cp) || cp == U'-' || cp == U'.')
            return;
        if (cp == loneSurrogate) {
            verdict = Verdict::invalid(QStringLiteral("invalid-character"),
                                       tr("The text contains a broken character"));
        } else if (isWhiteSpace(cp)) {
            verdict =
                Verdict::invalid(QStringLiteral("whitespace"),
                                 tr("White space is not allowed (%1)").arg(whiteSpaceName(cp)));
        } else if (isControl(cp)) {
            verdict = Verdict::invalid(
                QStringLiteral("control-character"),
                tr("Control characters are not allowed (%1)").arg(codePointLabel(cp)));
        } else {
            verdict = Verdict::invalid(
                QStringLiteral("forbidden-character"),
                tr("'%1' is not allowed in a domain name (use letters a-z, digits, hyphens and "
                   "full stops; write international names in their xn-- form)")
                    .arg(quoted(cp)));
        }
    });
    if (!verdict.isAcceptable())
        return verdict;

    if (text.size() > maxLength)
        return tooLong(text.size(), maxLength);

    const auto labels = text.split(u'.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QStringView label = labels[i];
        const bool last = i == labels.size() - 1;
        if (label.isEmpty()) {
            if (last && i > 0)
                return Verdict::intermediate(QStringLiteral("trailing-dot"),
                                             tr("A domain cannot end with a full stop"));
            return Verdict::invalid(QStringLiteral("empty-label"),
                                    tr("A domain cannot have an empty label (a full stop at the "
                                       "start, or two in a row)"));
        }
        if (label.size() > maxDomainLabelLength)
            return Verdict::invalid(QStringLiteral("label-too-long"),
                                    tr("The label '%1…' is %2 of at most %3 characters")
                                        .arg(label.left(12))
                                        .arg(label.size())
                                        .arg(maxDomainLabelLength));
        if (label.front() == u'-')
            return Verdict::invalid(QStringLiteral("label-hyphen-first"),
                                    tr("A label of a domain cannot start with a hyphen"));
        if (label.back() == u'-') {
            const QString message = tr("A label of a domain cannot end with a hyphen");
            return last ? Verdict::intermediate(QStringLiteral("label-hyphen-last"), message)
                        : Verdict::invalid(QStringLiteral("label-hyphen-last"), message);
        }
    }
    if (labels.size() < 2)
        return Verdict::intermediate(
            QStringLiteral("single-label"),
            tr("A domain needs at least two labels, such as contoso.onmicrosoft.com"));
    return Verdict::acceptable();
}

Verdict FieldRules::domain(QStringView text)
{
    const Verdict verdict = dnsName(text, maxDomainLength);
    if (!verdict.isAcceptable())
        return verdict;
    // Names reserved for examples and tests (RFC 2606, RFC 6761) are never a real tenant's:
    // the rows of the import template use them, so they can't be onboarded by mistake.
    const QString top = text.toString().section(u'.', -1).toLower();
    for (const char *reserved : {"example", "test", "invalid", "localhost"})
        if (top == QLatin1String(reserved))
            return Verdict::invalid(QStringLiteral("reserved-domain"),
                                    tr(".%1 is reserved for examples and tests; use the "
                                       "tenant's real domain")
                                        .arg(top));
    const QString lower = text.toString().toLower();
    for (const char *reserved : {"example.com", "example.net", "example.org"})
        if (lower == QLatin1String(reserved) || lower.endsWith(u'.' + QLatin1String(reserved)))
            return Verdict::invalid(QStringLiteral("reserved-domain"),
                                    tr("%1 is reserved for examples; use the tenant's real "
                                       "domain")
                                        .arg(QLatin1String(reserved)));
    return verdict;
}

Verdict FieldRules::upn(QStringView text)
{
    Verdict verdict = checkedText(text, maxUpnLength, true, false, false);
    if (!verdict.isAcceptable())
        return verdict;

    const qsizetype at = text.indexOf(u'@');
    if (at < 0)
        return Verdict::intermediate(
            QStringLiteral("missing-at"),
            tr("A UPN joins the user name and the domain with '@', as in someone@contoso.com"));
    if (text.indexOf(u'@', at + 1) >= 0)
        return Verdict::invalid(QStringLiteral("multiple-at"), tr("Only one '@' is allowed"));

    const QStringView prefix = text.left(at);
    const QStringView suffix = text.mid(at + 1);
    if (prefix.isEmpty())
        return Verdict::invalid(QStringLiteral("prefix-empty"),
                                tr("The user name before '@' is missing"));
    const qsizetype prefixLength = codePointCount(prefix);
    if (prefixLength > maxUpnPrefixLength)
        return Verdict::invalid(QStringLiteral("prefix-too-long"),
                                tr("The user name before '@' is %1 of at most %2 characters")
                                    .arg(prefixLength)
                                    .arg(maxUpnPrefixLength));
    static const QString prefixSymbols = QStringLiteral("'.-_!#^~");
    forEachCodePoint(prefix, [&](char32_t cp) {
        if (verdict.isAcceptable() && !isAsciiAlnum(cp) &&
            !(cp < 0x80 && prefixSymbols.contains(QChar(char16_t(cp)))))
            verdict = Verdict::invalid(
                QStringLiteral("forbidden-character"),
                tr("'%1' is not allowed before '@' (use letters A-Z, digits and ' . - _ ! # ^ ~)")
                    .arg(quoted(cp)));
    });
    if (!verdict.isAcceptable())
        return verdict;
    if (prefix.back() == u'.')
        return Verdict::invalid(QStringLiteral("prefix-trailing-dot"),
                                tr("The user name before '@' cannot end with a full stop"));

    if (suffix.isEmpty())
        return Verdict::intermediate(QStringLiteral("suffix-empty"),
                                     tr("Enter the domain after '@'"));
    verdict = dnsName(suffix, maxUpnSuffixLength);
    if (!verdict.isAcceptable())
        verdict.message = tr("After '@': %1").arg(verdict.message);
    return verdict;
}

Verdict FieldRules::email(QStringView text)
{
    Verdict verdict = checkedText(text, maxEmailLength, true, false, false);
    if (!verdict.isAcceptable())
        return verdict;

    const qsizetype at = text.lastIndexOf(u'@');
    if (at < 0)
        return Verdict::intermediate(
            QStringLiteral("missing-at"),
            tr("An email address needs an '@', as in someone@contoso.com"));
    if (text.indexOf(u'@') != at)
        return Verdict::invalid(QStringLiteral("multiple-at"), tr("Only one '@' is allowed"));

    const QStringView local = text.left(at);
    if (local.isEmpty())
        return Verdict::invalid(QStringLiteral("local-empty"),
                                tr("The part before '@' is missing"));
    if (local.size() > maxEmailLocalLength)
        return Verdict::invalid(QStringLiteral("local-too-long"),
                                tr("The part before '@' is %1 of at most %2 characters")
                                    .arg(local.size())
                                    .arg(maxEmailLocalLength));
    // RFC 5322 "atext" plus dots; quoted local parts are not accepted.
    static const QString atextSymbols = QStringLiteral("!#$%&'*+/=?^_`{|}~-.");
    forEachCodePoint(local, [&](char32_t cp) {
        if (verdict.isAcceptable() && !isAsciiAlnum(cp) &&
            !(cp < 0x80 && atextSymbols.contains(QChar(char16_t(cp)))))
            verdict = Verdict::invalid(QStringLiteral("forbidden-character"),
                                       tr("'%1' is not allowed before '@'").arg(quoted(cp)));
    });
    if (!verdict.isAcceptable())
        return verdict;
    if (local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return Verdict::invalid(QStringLiteral("local-dot"),
                                tr("The part before '@' cannot start or end with a full stop, or "
                                   "have two in a row"));

    const QStringView domainPart = text.mid(at + 1);
    if (domainPart.isEmpty())
        return Verdict::intermediate(QStringLiteral("domain-empty"),
                                     tr("Enter the domain after '@'"));
    verdict = dnsName(domainPart, 253);
    if (!verdict.isAcceptable())
        verdict.message = tr("After '@': %1").arg(verdict.message);
    return verdict;
}

Verdict FieldRules::includedUsers(qint64 count)
{
    if (count < minIncludedUsers)
        return Verdict::invalid(QStringLiteral("too-small"),
                                tr("At least %1 user is required").arg(minIncludedUsers));
    if (count > maxIncludedUsers)
        return Verdict::invalid(QStringLiteral("too-large"),
                                tr("%1 of at most %2 users").arg(count).arg(maxIncludedUsers));
    return Verdict::acceptable();
}

Verdict FieldRules::singleLineText(QStringView text, qsizetype maxLength, bool isRequired)
{
    const Verdict verdict = checkedText(text, maxLength, isRequired, true, false);
    if (!verdict.isAcceptable() || text.isEmpty())
        return verdict;
    // The server never trims; a leading space is a mistake, a trailing one may be mid-typing.
    if (text.front().isSpace())
        return Verdict::invalid(QStringLiteral("leading-whitespace"),
                                tr("Cannot start with white space"));
    if (text.back().isSpace())
        return Verdict::intermediate(QStringLiteral("trailing-whitespace"),
                                     tr("Cannot end with white space"));
    return Verdict::acceptable();
}

Verdict FieldRules::notes(QStringView text)
{
    return checkedText(text, maxNotesLength, false, true, true);
}

Verdict FieldRules::waiverReference(QStringView text)
{
    return singleLineText(text, maxWaiverReferenceLength, true);
}

Verdict FieldRules::customerDisplayName(QStringView text)
{
    return singleLineText(text, maxDisplayNameLength, true);
}

Verdict FieldRules::customerDescription(QStringView text)
{
    return checkedText(text, maxDescriptionLength, false, true, true);
}

Verdict FieldRules::role(QStringView text)
{
    if (text.isEmpty())
        return required();
    if (!roleFromString(text))
        return Verdict::invalid(QStringLiteral("invalid-choice"),
                                tr("Choose admin, operator or monitor"));
    return Verdict::acceptable();
}

Verdict FieldRules::personName(QStringView text)
{
    return singleLineText(text, maxPersonNameLength, true);
}

Verdict FieldRules::username(QStringView text)
{
    if (text.isEmpty())
        return required();
    if (text.size() > maxUsernameLength)
        return tooLong(text.size(), maxUsernameLength);
    static const QString symbols = QStringLiteral("._-@");
    Verdict verdict;
    forEachCodePoint(text, [&](char32_t cp) {
        if (verdict.isAcceptable() && !isAsciiAlnum(cp) &&
            !(cp < 0x80 && symbols.contains(QChar(char16_t(cp)))))
            verdict = Verdict::invalid(
                QStringLiteral("forbidden-character"),
                tr("'%1' is not allowed in a user name (use letters A-Z, digits and . _ - @)")
                    .arg(quoted(cp)));
    });
    return verdict;
}

Verdict FieldRules::password(QStringView text)
{
    const qsizetype length = codePointCount(text);
    if (length < minPasswordLength)
        return Verdict::intermediate(
            QStringLiteral("too-short"),
            tr("%1 of at least %2 characters").arg(length).arg(minPasswordLength));
    if (length > maxPasswordLength)
        return tooLong(length, maxPasswordLength);
    return scanText(text, true, false);
}

} // namespace insights
