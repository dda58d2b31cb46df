// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountid.h"

#include <QSet>

namespace
{
constexpr qsizetype brandedIdLength = 36;
constexpr qsizetype prefixLength = 4;

bool isLowerHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

template <typename View> bool hasPrefixAndHex(View id, const char *prefix)
{
    if (id.size() != brandedIdLength)
        return false;
    for (qsizetype i = 0; i < prefixLength; ++i) {
        if (unit(id[i]) != char16_t(prefix[i]))
            return false;
    }
    for (qsizetype i = prefixLength; i < brandedIdLength; ++i) {
        if (!isLowerHex(unit(id[i])))
            return false;
    }
    return true;
}

const char *prefixOf(AccountKind kind)
{
    return kind == AccountKind::ExpressCustomer ? "cus_" : "org_";
}
} // namespace

bool isValidAccountId(AccountKind kind, QStringView id)
{
    return hasPrefixAndHex(id, prefixOf(kind));
}

bool isValidAccountId(AccountKind kind, QByteArrayView utf8Id)
{
    return hasPrefixAndHex(utf8Id, prefixOf(kind));
}

std::optional<AccountKind> accountKindOfId(QStringView id)
{
    for (AccountKind kind : allAccountKinds) {
        if (isValidAccountId(kind, id))
            return kind;
    }
    return std::nullopt;
}

bool isValidUserId(QByteArrayView utf8Id)
{
    return hasPrefixAndHex(utf8Id, "usr_");
}

bool isValidUserId(QStringView id)
{
    return hasPrefixAndHex(id, "usr_");
}

std::optional<AccountId> AccountId::parse(AccountKind kind, QStringView text)
{
    if (!isValidAccountId(kind, text))
        return std::nullopt;
    return AccountId(kind, text.toString());
}

std::optional<AccountId> AccountId::parse(QStringView text)
{
    const std::optional<AccountKind> kind = accountKindOfId(text);
    if (!kind)
        return std::nullopt;
    return AccountId(*kind, text.toString());
}

AccountId AccountId::fromChecked(AccountKind kind, QString text)
{
    Q_ASSERT(isValidAccountId(kind, QStringView(text)));
    return AccountId(kind, std::move(text));
}

bool isValidUuid(QByteArrayView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool isDashPosition = i == 8 || i == 13 || i == 18 || i == 23;
        if (isDashPosition ? text[i] != '-' : !isHex(text[i]))
            return false;
    }
    return true;
}

QStringList findAccountIds(QStringView text)
{
    QStringList ids;
    QSet<QString> seen;
    qsizetype i = 0;
    while (i + brandedIdLength <= text.size()) {
        // An id must stand alone: the character before it may not continue a word, so
        // "xcus_..." or a 40-digit hex run is not read as an id.
        const bool startsWord = i == 0 || !(text[i - 1].isLetterOrNumber() || text[i - 1] == u'_');
        const QStringView candidate = text.mid(i, brandedIdLength);
        const bool endsWord = i + brandedIdLength == text.size()
            || !(text[i + brandedIdLength].isLetterOrNumber() || text[i + brandedIdLength] == u'_');
        if (startsWord && endsWord && accountKindOfId(candidate)) {
            const QString id = candidate.toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
            i += brandedIdLength;
            continue;
        }
        ++i;
    }
    return ids;
}
