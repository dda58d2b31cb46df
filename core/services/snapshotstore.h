// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <memory>

#include <QObject>
#include <QString>
#include <QStringView>
#include <QUrl>

#include "core/domain/accountbatch.h"
#include "core/domain/accountkind.h"

class QTimer;
class SerialWorker;
class SnapshotCipher;

// The encrypted snapshot of one connection's loaded accounts, one file per kind, so the
// next start can show them at once and revalidate in the background.
//
// Files: <directory>/<server id>/<connection id>-<express|orgs>.snapshot. The server id
// hashes the base URL alone, so removing a profile removes its folder without needing its
// key; the connection id hashes the URL with a fingerprint of the API key, so two keys on
// one server never share a file and a rotated key starts afresh (see SnapshotCipher).
// Folders are 0700, files 0600, written whole through QSaveFile (a crash leaves the old
// file or the new one, never half of one). What a file holds is SnapshotCodec's form of the
// batch, encrypted: no name, id, metadata value or key is ever on disk in clear.
//
// Everything that touches the disk or the cipher runs on a thread of the store's own, one
// job at a time in the order given (a SerialWorker); results come back as
// signals on the store's thread. Saves are debounced: every save() within the delay after
// the first is coalesced into one write of the latest batch.
class SnapshotStore : public QObject
{
    Q_OBJECT

public:
    /// Why load() found nothing to show.
    enum class Reason
    {
        NoSnapshot, // no file for this connection and kind
        Unreadable, // cut short, tampered with, or not ours: deleted
        OtherVersion, // written by a console with another file format: left for it, replaced by the next save
        ReadFailed // the file exists but could not be read (permissions, I/O)
    };
    Q_ENUM(Reason)

    static constexpr int defaultSaveDelayMs = 2000;

    /// The store of the connection (baseUrl, apiKey) in `directory`; the API key is not kept.
    SnapshotStore(const QUrl &baseUrl, QStringView apiKey, const QString &directory = defaultDirectory(),
        QObject *parent = nullptr);
    /// Writes the saves still waiting for their delay, then stops the thread.
    ~SnapshotStore() override;

    /// CacheLocation + "/snapshots".
    static QString defaultDirectory();
    /// Where this store's files go.
    QString directory() const { return m_directory; }
    /// The file of one kind (it may not exist).
    QString filePath(AccountKind kind) const;
    /// Sets how long save() waits for a newer batch before writing; 0 writes on the next event-loop turn.
    void setSaveDelay(int milliseconds);

    /// Schedules a write of `batch`, taken at `asOfMs` (ms since the epoch); returns at once.
    /// Pass the batch with std::move() to hand it over without a copy. With `sortColumn` 0 or
    /// more the rows are written as a view sorted that way shows them (sorted on the store's
    /// thread), so that the next start finds them in order.
    void save(AccountKind kind, AccountBatch batch, qint64 asOfMs, int sortColumn = -1,
        Qt::SortOrder sortOrder = Qt::AscendingOrder);
    /// Reads the snapshot of `kind` on the store's thread; answers with loaded() or unavailable().
    void load(AccountKind kind);
    /// Writes waiting saves now, blocks until every job given so far is done, and emits their signals.
    void flush();
    /// Drops waiting saves and deletes this connection's files (after any write already under way).
    void forget();

    /// Deletes every snapshot in `directory`, of every connection. False when some file stays.
    static bool forgetAll(const QString &directory = defaultDirectory());
    /// Deletes every snapshot of the server at `baseUrl`, whatever key wrote it (a removed profile).
    static bool forgetConnection(const QUrl &baseUrl, const QString &directory = defaultDirectory());

Q_SIGNALS:
    /// The snapshot of `kind`, taken at `asOfMs`.
    void loaded(AccountKind kind, const AccountBatch &batch, qint64 asOfMs);
    /// There is no usable snapshot of `kind`.
    void unavailable(AccountKind kind, SnapshotStore::Reason reason);
    /// A snapshot of `kind` taken at `asOfMs` is on disk.
    void saved(AccountKind kind, qint64 asOfMs);
    /// A snapshot could not be written; the previous file, if any, is unchanged.
    void saveFailed(AccountKind kind, const QString &error);

private:
    struct PendingSave
    {
        AccountBatch batch;
        qint64 asOfMs = 0;
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        bool isWaiting = false;
        QTimer *timer = nullptr;
    };

    PendingSave &pending(AccountKind kind);
    void writePending(AccountKind kind);

    QString m_directory;
    QString m_serverDirectory;
    std::shared_ptr<const SnapshotCipher> m_cipher;
    std::array<PendingSave, 2> m_pending;
    int m_saveDelayMs = defaultSaveDelayMs;
    std::unique_ptr<SerialWorker> m_worker;
};
