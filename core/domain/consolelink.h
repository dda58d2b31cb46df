// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include "core/domain/accountid.h"

// A link that opens something in the console, as a ticket or a chat carries it:
//   avara-console://express/<customer id>    avara-console://orgs/<organization id>
//   avara-console://view?profile=<name>&q=<filter expression>   (profile may be left out)
// A link arrives from outside (a browser, another process), so parse() refuses anything it
// does not fully understand rather than guessing. A link only names what to show; it never
// carries an action.
class ConsoleLink
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleLink)

public:
    enum class Target
    {
        Account,
        View
    };

    /// Longer text is refused before it is read: a link fits on a line of a ticket.
    static constexpr qsizetype maxLength = 8192;
    /// The longest filter expression a view link may carry (the search field's limit).
    static constexpr qsizetype maxExpressionLength = 2000;
    /// The longest profile name a view link may carry.
    static constexpr qsizetype maxProfileNameLength = 200;

    /// "avara-console", the URL scheme the desktop file registers.
    static QString scheme();

    /// The link `text` names (surrounding white space ignored); nullopt with `error` (a
    /// sentence for the user) when it is not a link the console understands.
    static std::optional<ConsoleLink> parse(QStringView text, QString *error = nullptr);
    /// A link to the account `id`.
    static ConsoleLink toAccount(const AccountId &id);
    /// A link to the accounts `expression` finds on the profile `profileName` (empty: whichever
    /// connection is open).
    static ConsoleLink toView(const QString &profileName, const QString &expression);

    Target target() const { return m_target; }
    /// The account of an Account link; null for a View link.
    const AccountId &accountId() const { return m_accountId; }
    /// The profile of a View link; empty when the link leaves it to the open connection.
    const QString &profileName() const { return m_profileName; }
    /// The filter expression of a View link.
    const QString &expression() const { return m_expression; }

    /// The link as text, with every value percent-encoded so that parse() reads it back.
    QString toString() const;

private:
    ConsoleLink() = default;

    Target m_target = Target::Account;
    AccountId m_accountId;
    QString m_profileName;
    QString m_expression;
};
