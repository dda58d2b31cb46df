// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstatus.h"

QString AccountStatus::pendingText(PendingAction pending)
{
    return AccountChange::pendingText(pending);
}

QString AccountStatus::text(bool isActive, PendingAction pending)
{
    if (pending != PendingAction::None)
        return pendingText(pending);
    return isActive ? tr("Active") : tr("Inactive");
}

QString AccountStatus::textWithFailure(bool isActive, PendingAction pending, bool hasFailed)
{
    const QString status = text(isActive, pending);
    return hasFailed && pending == PendingAction::None ? tr("%1 (last change failed)").arg(status) : status;
}

QString AccountStatus::widestText()
{
    return pendingText(PendingAction::Deactivate);
}
