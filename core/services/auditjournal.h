// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "core/domain/accountkind.h"

class Clock;

/// One line of the audit journal: the intent to change an account, or what came of it.
/// An intent and its outcome share `actionId`.
struct AuditRecord
{
    enum class Type
    {
        Intent, // written, and on disk, before the request leaves
        Outcome, // written when the action ended
    };
    enum class Action
    {
        Deactivate,
        Reactivate
    };
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
    // Outcome records only:
    Outcome outcome = Outcome::None;
    int httpStatus = 0; // of the action's last response; 0 when none arrived
    int attempts = 0; // tries of the action, retries included
    std::optional<bool> serverActive; // the state the server reported after; nullopt when unknown
    QString error; // what went wrong, in one line; empty on success

    /// "deactivate" or "reactivate".
    static QString actionName(Action action);
    /// "succeeded", "failed", "unknown-then-succeeded", "unknown-then-failed", "unknown"; empty for None.
    static QString outcomeName(Outcome outcome);
    /// "expressCustomer" or "organization".
    static QString kindName(AccountKind kind);
    /// The journal's JSON Lines form of the record (one line, no newline).
    QByteArray toJsonLine() const;
    /// The record a journal line holds, or nullopt when the line is not one.
    static std::optional<AuditRecord> fromJsonLine(QByteArrayView line);
};

// An append-only record of every deactivation and reactivation: JSON Lines, one record a
// line. Each record goes to disk with one write() and an fdatasync() before append()
// returns, so an intent is durable before its request leaves, and a journal left by a
// killed process holds every record that append() reported as written. A line cut short
// by a crash is ignored by read(); the next append starts on a fresh line.
//
// The API key never reaches the file: every text field is scrubbed of the secrets given
// to addSecret() and of anything that looks like an Authorization header value.
// append() runs on the calling thread; an fdatasync takes about a millisecond on a local
// disk, which an action a click can afford.
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

    /// Stamps (time, user), scrubs and writes one record, then syncs it to disk. False and
    /// `error` set when it could not be written; the file is then left as it was or with
    /// a partial line that read() ignores.
    bool append(AuditRecord record, QString *error = nullptr);

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
    bool open(QString *error);
    QString scrubbed(QString text) const;

    QString m_path;
    QFile m_file;
    const Clock *m_clock;
    QString m_user;
    QStringList m_secrets;
};

Q_DECLARE_METATYPE(AuditRecord)
