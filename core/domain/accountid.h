// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

#include <QByteArrayView>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "core/domain/accountkind.h"

// Branded ids are a three-letter prefix, an underscore and 32 lowercase hex digits.
// An id is checked here before it may become part of a URL.

// An account id that has been checked: made only by parse() where text enters the
// console (a paste, a file, a server's answer), so whatever holds one needs no second
// check. Cheap to copy (one implicitly shared QString).
class AccountId
{
public:
    /// A null id; isNull() is true.
    AccountId() = default;

    /// The id, when `text` is a well-formed id of `kind`.
    static std::optional<AccountId> parse(AccountKind kind, QStringView text);
    /// The id, when `text` is a well-formed id of either kind.
    static std::optional<AccountId> parse(QStringView text);
    /// An id the page reader has already checked (the rows of a store): no second scan.
    static AccountId fromChecked(AccountKind kind, QString text);

    bool isNull() const { return m_text.isEmpty(); }
    AccountKind kind() const { return m_kind; }
    const QString &toString() const { return m_text; }

    friend bool operator==(const AccountId &a, const AccountId &b) { return a.m_text == b.m_text; }
    friend bool operator!=(const AccountId &a, const AccountId &b) { return !(a == b); }
    friend size_t qHash(const AccountId &id, size_t seed = 0) { return qHash(id.m_text, seed); }

private:
    AccountId(AccountKind kind, QString text)
        : m_kind(kind)
        , m_text(std::move(text))
    { }

    AccountKind m_kind = AccountKind::ExpressCustomer;
    QString m_text;
};

Q_DECLARE_METATYPE(AccountId)

/// True when `id` matches the pattern of `kind` (cus_ or org_ followed by 32 lowercase hex digits).
bool isValidAccountId(AccountKind kind, QStringView id);
bool isValidAccountId(AccountKind kind, QByteArrayView utf8Id);

/// The kind an id belongs to, if it is a well-formed id of either kind.
std::optional<AccountKind> accountKindOfId(QStringView id);

/// True for usr_ followed by 32 lowercase hex digits.
bool isValidUserId(QByteArrayView utf8Id);
bool isValidUserId(QStringView id);

/// True for a UUID in its 8-4-4-4-12 hex form (either case).
bool isValidUuid(QByteArrayView text);

/// Every well-formed customer or organization id in free text (a pasted list, a CSV file,
/// a ticket), in order of first appearance and without repeats.
QStringList findAccountIds(QStringView text);
