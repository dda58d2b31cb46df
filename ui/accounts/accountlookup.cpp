// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountlookup.h"

#include "core/api/apierror.h"
#include "core/domain/accountid.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"

AccountLookup::AccountLookup(AccountDirectory *directory, Selector select, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_select(std::move(select))
{ }

void AccountLookup::fetchAndSelect(const QString &id)
{
    m_pendingId = id;
    Q_EMIT statusMessage(tr("Looking up %1 on the server\u2026").arg(id));
    m_directory->refresh(id);
}

void AccountLookup::lookUpTyped(const QString &text)
{
    // So a support ticket's id works before (or without) the whole list.
    const QString typed = text.trimmed();
    const AccountKind kind = m_directory->kind();
    if (isValidAccountId(kind, QStringView(typed))) {
        if (m_select(typed))
            return;
        if (m_directory->store()->rowOf(typed) < 0 && m_pendingId != typed)
            fetchAndSelect(typed);
        return;
    }
    const std::optional<AccountKind> otherKind = accountKindOfId(typed);
    if (otherKind && *otherKind != kind) {
        Q_EMIT statusMessage(*otherKind == AccountKind::Organization
                ? tr("%1 is an organization id: look on the Organizations page (Ctrl+2).").arg(typed)
                : tr("%1 is an Express customer id: look on the Express customers page (Ctrl+1).").arg(typed));
    }
}

void AccountLookup::selectIfArrived()
{
    if (m_pendingId.isEmpty() || !m_select(m_pendingId))
        return;
    const QString id = std::exchange(m_pendingId, QString());
    Q_EMIT found(id);
}

bool AccountLookup::takeNotFound(const QString &id, const ApiError &error)
{
    if (id != m_pendingId || error.kind != ApiError::Kind::NotFound)
        return false;
    m_pendingId.clear();
    const QString text = m_directory->kind() == AccountKind::ExpressCustomer
        ? tr("There is no Express customer %1 on this server.").arg(id)
        : tr("There is no organization %1 on this server.").arg(id);
    // Also where "Looking up…" stood, so the status bar does not go on saying the search is under way.
    Q_EMIT statusMessage(text);
    Q_EMIT missing(text);
    return true;
}
