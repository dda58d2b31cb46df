// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QPointer>
#include <QString>

#include "core/services/actionresult.h"
#include "core/services/auditjournal.h"

class ApiClient;

// Turns a change and what came of it into audit journal records: the intent before the
// request leaves, the outcome when the action ends. The queue decides when; this decides
// what a record says.
class AuditRecorder
{
public:
    /// How an action ended, as far as the journal cares.
    struct Ending
    {
        ActionResult::Outcome outcome = ActionResult::Outcome::Failed;
        bool wasUncertain = false; // the answer did not say; the account was (or could not be) read
        bool wasReconciled = false; // reading it settled the outcome
        std::optional<bool> serverActive;
        ApiError error;
        int httpStatus = 0;
        int attempts = 0;
    };

    explicit AuditRecorder(ApiClient *client);

    /// Records into `journal` (not owned; nullptr stops recording).
    void setJournal(AuditJournal *journal) { m_journal = journal; }
    AuditJournal *journal() const { return m_journal.data(); }
    bool isRecording() const { return !m_journal.isNull(); }
    /// Supplies the account names written to the journal.
    void setNameLookup(std::function<QString(const QString &accountId)> lookup) { m_nameLookup = std::move(lookup); }

    /// Writes the intent of `change`; `done` says (on `context`'s thread) once it is on disk or failed.
    void recordIntent(const AccountChange &change, const QString &actionId, QObject *context,
        AuditJournal::WrittenCallback done) const;
    /// Writes how the action `actionId` on `change` ended.
    void recordOutcome(const AccountChange &change, const QString &actionId, const Ending &ending,
        QObject *context = nullptr, AuditJournal::WrittenCallback done = {}) const;

private:
    AuditRecord recordFor(const AccountChange &change, const QString &actionId) const;
    void write(AuditRecord record, QObject *context, AuditJournal::WrittenCallback done) const;

    QPointer<ApiClient> m_client;
    QString m_environment; // host:port of the client's base URL
    QPointer<AuditJournal> m_journal;
    std::function<QString(const QString &)> m_nameLookup;
};
