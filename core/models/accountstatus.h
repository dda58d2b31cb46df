// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/domain/accountchange.h"

// The words for an account's status, in one place: the table, the detail pane, the
// dialogs and the bulk results all say the same thing for the same row.
class AccountStatus
{
    Q_DECLARE_TR_FUNCTIONS(AccountStatus)

public:
    /// "Deactivating…", "Saving changes…", …; empty for None.
    static QString pendingText(PendingAction pending);
    /// "Active" / "Inactive", or what is under way while a change waits for the server.
    static QString text(bool isActive, PendingAction pending);
    /// text(), followed by a note when the last change failed.
    static QString textWithFailure(bool isActive, PendingAction pending, bool hasFailed);
    /// The widest text() can be, for sizing a column.
    static QString widestText();
};
