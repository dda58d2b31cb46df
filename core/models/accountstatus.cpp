// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountstatus.h"

QString AccountStatus::pendingText(PendingAction pending)
{
    switch (pending) {
    case PendingAction::Deactivate:
        return tr("Deactivating\u2026");
    case PendingAction::Reactivate:
        return tr("Reactivating\u2026");
    case PendingAction::Update:
        return tr("Saving\u2026");
    case PendingAction::AddUser:
        return tr("Adding user\u2026");
    case PendingAction::RemoveUser:
        return tr("Removing user\u2026");
    case PendingAction::None:
        break;
    }
    return {};
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
