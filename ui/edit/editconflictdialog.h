// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/domain/account.h"
#include "core/domain/accountchange.h"
#include "core/services/environment.h"

class QPushButton;
class QTableWidget;

// Shown when the account changed on the server between the edit dialog and the send: for
// each field the change sets that is not the same in all three versions, what the person
// typed, what the server holds now and what they started from. "Keep the server's" is
// Cancel and the default; "Apply mine anyway" makes a new change against the server's
// current state, which the caller sends (and which is checked again before it goes).
class EditConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        FieldColumn,
        YoursColumn,
        ServerColumn,
        StartedColumn,
        ColumnCount
    };

    /// `mine` is an update (AccountChange::update); `server` the account as the server has it now.
    EditConflictDialog(
        const AccountChange &mine, const Account &server, const Environment &environment, QWidget *parent = nullptr);

    /// The person's fields sent against the server's current ones: before = the server's
    /// values of the fields `mine` sets, after = `mine`'s; the reason is kept. Invalid when
    /// `mine` is not an update.
    AccountChange resolvedChange() const;

    QTableWidget *versionsTable() const { return m_table; }
    QPushButton *applyMineButton() const { return m_applyMineButton; }
    QPushButton *keepServerButton() const { return m_keepServerButton; }

    /// Emits changeConfirmed(resolvedChange()) and closes.
    void accept() override;

Q_SIGNALS:
    /// The person chose to apply their change anyway; `change` is resolvedChange().
    void changeConfirmed(const AccountChange &change);

private:
    AccountChange m_mine;
    Account m_server;
    QTableWidget *m_table;
    QPushButton *m_applyMineButton;
    QPushButton *m_keepServerButton;
};
