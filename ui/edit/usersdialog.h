// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include "core/domain/account.h"
#include "core/domain/accountchange.h"
#include "core/services/environment.h"
#include "ui/edit/changesdialog.h"

class QLabel;
class QPlainTextEdit;

// Adds users to, or removes them from, one Express customer: one usr_… id a line, typed or
// pasted, checked as they come (each bad line named by its number, repeats dropped). The
// question names the customer, the number of users and the environment; Cancel is the
// default button.
class UsersDialog : public ChangesDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Add,
        Remove,
    };

    UsersDialog(const Account &account, const Environment &environment, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// The well-formed ids typed, in order, each once. Surrounding spaces on a line are
    /// ignored (an id has none), so an id pasted from a ticket with a trailing space works.
    QStringList userIds() const;
    /// One sentence per line that is not a user id; empty when all are.
    QStringList problems() const;
    /// How many lines repeated an id already listed (they are left out).
    int duplicateCount() const;
    /// One addUser or removeUser change per id, each with the reason. The first carries the
    /// customer's user count as the dialog saw it, so a later read can tell whether it
    /// happened; the others carry none, as the count they start from depends on whether
    /// the ones before them succeeded. Empty while a line is bad or no id is given.
    QList<AccountChange> changes() const override;

    QPlainTextEdit *idsField() const { return m_idsField; }

private:
    struct Parsed
    {
        QStringList ids;
        QStringList problems;
        int duplicates = 0;
    };
    Parsed parse() const;
    void revalidate();

    Account m_account;
    Environment m_environment;
    Mode m_mode;
    std::optional<AccountId> m_id;
    QPlainTextEdit *m_idsField;
    QLabel *m_questionLabel;
    QLabel *m_countLabel;
};
