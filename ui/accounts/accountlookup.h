// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QString>

class AccountDirectory;
struct ApiError;

// Finds one account by id for a page: a ticket's id pasted in the search field, or a link.
// A loaded account is selected at once; one not loaded yet is fetched on its own and
// selected when it arrives, whether by that fetch or by the listing's pages; an id the
// server does not know is said once. An id of the other kind says which page has it.
class AccountLookup : public QObject
{
    Q_OBJECT

public:
    /// Makes an account current; false while it is not loaded or filtered out.
    using Selector = std::function<bool(const QString &id)>;

    AccountLookup(AccountDirectory *directory, Selector select, QObject *parent = nullptr);

    /// Fetches `id` from the server and selects it when it arrives.
    void fetchAndSelect(const QString &id);
    /// Looks at the search text: a whole id of the page's kind selects its account,
    /// fetched when it is not loaded; a whole id of the other kind says where to look.
    void lookUpTyped(const QString &text);
    /// Selects the account being looked up if it has arrived; call whenever rows arrive.
    void selectIfArrived();
    /// True when the fetch of `id` was this lookup's and the server does not know the
    /// account: missing() and statusMessage() have said so and the lookup has ended. False leaves `error` to the
    /// caller.
    bool takeNotFound(const QString &id, const ApiError &error);
    /// The id being looked up; empty when none is.
    QString pendingId() const { return m_pendingId; }

Q_SIGNALS:
    /// A short, transient note for the window's status bar.
    void statusMessage(const QString &text);
    /// The account looked up has arrived and is now current.
    void found(const QString &id);
    /// The server has no account with the id looked up; `text` says so.
    void missing(const QString &text);

private:
    AccountDirectory *m_directory;
    Selector m_select;
    QString m_pendingId;
};
