// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/domain/accountchange.h"
#include "core/domain/accountkind.h"

class Clock;
class SerialWorker;

/// One line of the audit journal: the intent to change an account, or what came of it.
/// An intent and its outcome share `actionId`.
struct AuditRecord
{
    enum class Type
    {
        Intent, // written, and on disk, before the request leaves
        Outcome, // written when the action ended
    };
    using Action = ChangeAction; // named and listed by AccountChange, with the changes themselves
    enum class Outcome
    {
        None, // an intent
        Succeeded, // the server confirmed the wanted state
        Failed, // the server refused, or answered that the state was not reached
        UnknownThenSucceeded, // no clear answer; retrieving the account showed the wanted state
        UnknownThenFailed, // no clear answer; retrieving the account showed the old state
        Unknown, // no clear answer, and the account could not be retrieved either
    };

    Type type = Type::Intent;
    QDateTime time; // UTC, milliseconds; set by append() when invalid
    QString actionId; // ties an intent to its outcome
    QString user; // the operating-system user; set by append() when empty
    QString environment; // host:port of the API's base URL
    Action action = Action::Deactivate;
    AccountKind kind = AccountKind::ExpressCustomer;
    QString accountId;
    QString accountName;
    QString reason; // free text given at confirmation; may be empty
    QJsonObject change; // AccountChange::toJson(): what the action changes (before and after of an edit)
    QString description; // AccountChange::describe() when it was recorded, e.g. "metadata: +siteCode"
    // Outcome records only:
    Outcome outcome = Outcome::None;
    int httpStatus = 0; // of the action's last response; 0 when none arrived
    int attempts = 0; // tries of the action, retries included
    std::optional<bool> serverActive; // the state the server reported after; nullopt when unknown
    QString error; // what went wrong, in one line; empty on success

    /// The version of the record format written today; older versions are still read.
    static constexpr int formatVersion = 2;

    /// "deactivate", "reactivate", "update", "addUser" or "removeUser".
    static QString actionName(Action action);
    /// The action a change is recorded as.
    static Action actionOf(const AccountChange &change);
    /// The change this record is about (version 1 records knew only set-active changes);
    /// an invalid change when the record's id or change cannot be read.
    AccountChange accountChange() const;
    /// "succeeded", "failed", "unknown-then-succeeded", "unknown-then-failed", "unknown"; empty for None.
    static QString outcomeName(Outcome outcome);
    /// "expressCustomer" or "organization".
    static QString kindName(AccountKind kind);
    /// The journal's JSON Lines form of the record (one line, no newline).
    QByteArray toJsonLine() const;
    /// The record a journal line holds, or nullopt when the line is not one.
    static std::optional<AuditRecord> fromJsonLine(QByteArrayView line);
};

// An append-only record of every change the console makes to an account: JSON Lines, one
// record a line, each with the format version it was written in ("v"). Records are written by a thread of the journal's
// own, one write() each, in the order given, and synced to disk (fdatasync) before they are reported written: a caller
// that waits for appendAsync()'s callback (as ActionQueue does before sending an action's
// request) knows its record is durable, and a journal left by a killed process holds every
// record reported as written. Records that wait together share one sync. A line cut short
// by a crash is ignored by read(); the next append starts on a fresh line.
//
// The API key never reaches the file: every text field is scrubbed of the secrets given
// to addSecret() and of anything that looks like an Authorization header value.
// A sync takes several milliseconds on some disks, so nothing on the GUI thread should wait
// for one: appendAsync() returns at once; append() blocks until its record is on disk.
class AuditJournal : public QObject
{
    Q_OBJECT

public:
    /// A journal at `path`; the file and its folder are made on the first append.
    explicit AuditJournal(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~AuditJournal() override;

    /// AppDataLocation + "/audit.jsonl".
    static QString defaultPath();
    /// Where records go.
    QString path() const { return m_path; }
    /// Replaces the clock records are stamped with; nullptr restores the system clock.
    void setClock(const Clock *clock);
    /// Adds a string that must never be written (an API key); strings under 4 characters are ignored.
    void addSecret(const QString &secret);

    /// What appendAsync() reports: true once the record is on disk, else false and why.
    using WrittenCallback = std::function<void(bool written, const QString &error)>;

    /// Stamps (time, user) and scrubs one record now, and has it written and synced on the
    /// journal's thread; returns at once. `done` then runs on this object's thread (after
    /// appended() when written), unless `context` has been destroyed meanwhile. A record that
    /// cannot be written leaves the file as it was or with a partial line that read() ignores.
    void appendAsync(AuditRecord record, QObject *context = nullptr, WrittenCallback done = {});
    /// As appendAsync(), but blocks until the record (and every one given before) is on
    /// disk. False and `error` set when it could not be written.
    bool append(AuditRecord record, QString *error = nullptr);
    /// Blocks until every record given so far is on disk or has failed, and reports them.
    void flush();
    /// Records given and not yet reported written or failed.
    int pendingCount() const;

    /// Every complete record in the file, oldest first. `error` says why the file could not
    /// be read, or how many damaged lines were skipped; a missing file is an empty journal.
    static QList<AuditRecord> read(const QString &path, QString *error = nullptr);
    /// The operating-system user running the console, from USER, USERNAME or the password
    /// database; never from the network.
    static QString currentUser();
    /// host:port of a base URL, with the scheme's default port filled in.
    static QString environmentName(const QUrl &baseUrl);

Q_SIGNALS:
    /// A record reached the disk (as written, scrubbed).
    void appended(const AuditRecord &record);

private:
    struct Entry;
    struct Batch;
    class JournalFile;
    // Where a record went: its batch, and its place in it.
    struct Placement
    {
        std::shared_ptr<Batch> batch;
        std::size_t index = 0;
    };

    Placement enqueue(AuditRecord record, QObject *context, WrittenCallback done);
    void report(const Batch &batch);
    QString scrubbed(QString text) const;

    QString m_path;
    // Both made on the first append.
    std::shared_ptr<JournalFile> m_file;
    std::unique_ptr<SerialWorker> m_writer;
    std::shared_ptr<Batch> m_openBatch; // the batch later records join until the writer takes it
    int m_pendingCount = 0;
    const Clock *m_clock;
    QString m_user;
    QStringList m_secrets;
};

Q_DECLARE_METATYPE(AuditRecord)
