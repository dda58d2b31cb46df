// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditrecorder.h"

#include "core/api/apiclient.h"

AuditRecorder::AuditRecorder(ApiClient *client)
    : m_client(client)
    , m_environment(AuditJournal::environmentName(client->settings().baseUrl))
{ }

AuditRecord AuditRecorder::recordFor(const AccountChange &change, const QString &actionId) const
{
    AuditRecord record;
    record.actionId = actionId;
    record.environment = m_environment;
    record.action = AuditRecord::actionOf(change);
    record.kind = change.kind();
    record.accountId = change.accountId().toString();
    record.accountName = m_nameLookup ? m_nameLookup(record.accountId) : QString();
    record.reason = change.reason();
    record.change = change.toJson();
    if (change.type() != AccountChange::Type::SetActive)
        record.description = change.describe();
    return record;
}

void AuditRecorder::recordIntent(
    const AccountChange &change, const QString &actionId, QObject *context, AuditJournal::WrittenCallback done) const
{
    AuditRecord record = recordFor(change, actionId);
    record.type = AuditRecord::Type::Intent;
    write(std::move(record), context, std::move(done));
}

void AuditRecorder::recordOutcome(const AccountChange &change, const QString &actionId, const Ending &ending,
    QObject *context, AuditJournal::WrittenCallback done) const
{
    AuditRecord record = recordFor(change, actionId);
    record.type = AuditRecord::Type::Outcome;
    const bool succeeded = ending.outcome == ActionResult::Outcome::Succeeded;
    if (!ending.wasUncertain)
        record.outcome = succeeded ? AuditRecord::Outcome::Succeeded : AuditRecord::Outcome::Failed;
    else if (ending.wasReconciled)
        record.outcome
            = succeeded ? AuditRecord::Outcome::UnknownThenSucceeded : AuditRecord::Outcome::UnknownThenFailed;
    else
        record.outcome = AuditRecord::Outcome::Unknown;
    record.httpStatus = ending.httpStatus;
    record.attempts = ending.attempts;
    record.serverActive = ending.serverActive;
    if (!succeeded)
        record.error = ending.error.message.isEmpty() ? ending.error.summary() : ending.error.message;
    write(std::move(record), context, std::move(done));
}

void AuditRecorder::write(AuditRecord record, QObject *context, AuditJournal::WrittenCallback done) const
{
    if (!m_journal)
        return;
    // The key in use now; the journal scrubs it (and any it saw before) from every field.
    if (m_client)
        m_journal->addSecret(m_client->settings().apiKey);
    m_journal->appendAsync(std::move(record), context, std::move(done));
}
