// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QMetaType>
#include <QString>

#include "core/api/apierror.h"
#include "core/domain/account.h"
#include "core/domain/accountchange.h"

/// What became of one request made to an ActionQueue; every request gets exactly one.
struct ActionResult
{
    enum class Outcome
    {
        Succeeded, // the server reports the change made
        Failed, // it does not, or could not be asked (serverActive is then nullopt)
        Unchanged, // nothing sent: when its turn came the server had just reported it done
        Superseded, // nothing sent: a newer request for the same account replaced it first
        Conflict, // nothing sent: the server's account is no longer what the change was made against
    };

    quint64 ticket = 0; // what ActionQueue::request() returned
    QString accountId;
    AccountChange change; // what was asked
    bool wantedActive = false; // set-active changes: the state asked for
    Outcome outcome = Outcome::Failed;
    QString actionId; // the id (also in the audit journal) of the action that decided it; empty when none
    bool wasCoalesced = false; // folded into an action already under way for the same state
    bool wasReconciled = false; // the action's outcome was unknown; the account was retrieved to settle it
    std::optional<bool> serverActive; // the state the server reported last, when it reported one
    std::optional<Account> serverAccount; // the account as the server reported it last, when it did
    ApiError error; // why it failed (Failed and Conflict)
    int httpStatus = 0; // of the action's last response; 0 when none
    int attempts = 0; // tries of the action, retries included

    /// True for Succeeded and Unchanged: the account has what was asked.
    bool isDone() const { return outcome == Outcome::Succeeded || outcome == Outcome::Unchanged; }
};

Q_DECLARE_METATYPE(ActionResult)
