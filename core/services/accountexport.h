// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QObject>
#include <QString>

class AccountStore;
class QIODevice;
class QThread;

// Writes accounts as CSV (AccountCsv::header(), then AccountCsv::row() per account) on a
// worker thread, so a long export neither freezes the window nor spins the event loop from
// inside a write loop while the rows it walks can move.
//
// start() copies what the worker needs on the calling (GUI) thread: the store's AccountBatch
// (its text arena is shared, not copied, until the store next grows; its record and metadata
// arrays are copied: a few milliseconds at 100,000 rows, see bench_export) and the row list.
// After that the worker reads only its copy, so the store may change, reset or go away while
// the file is written, and the file holds the accounts as they were when start() was called.
//
// A file path is written through QSaveFile: it appears whole when the export succeeds and not
// at all when it fails or is cancelled (a file already at the path is left as it was).
class AccountExport : public QObject
{
    Q_OBJECT

public:
    explicit AccountExport(QObject *parent = nullptr);
    /// Cancels a running export and waits for its thread; finished() is not emitted then.
    ~AccountExport() override;

    /// Starts writing store rows `rows`, in that order, to the file at `path`. Rows the store
    /// does not hold are left out. False (and nothing starts) while another export runs.
    bool start(const AccountStore &store, const std::vector<int> &rows, const QString &path);
    /// The same to `device`, already open for writing. The device is written from the worker
    /// thread: it must outlive the export and stay untouched until finished(). Cancelling
    /// leaves what was written so far.
    bool start(const AccountStore &store, const std::vector<int> &rows, QIODevice *device);
    /// Asks the worker to stop before its next account; finished(false, ...) follows.
    void cancel();
    /// True from start() until finished() is emitted.
    bool isRunning() const { return m_job != nullptr; }
    /// Emits progressed() at most once per `milliseconds` (default 100) besides the first and last.
    void setProgressInterval(int milliseconds) { m_progressInterval = qMax(0, milliseconds); }

Q_SIGNALS:
    /// `done` of `total` accounts written; queued from the worker, at most once per progress
    /// interval, starting with 0 and ending with `total` unless the export stopped early.
    void progressed(qsizetype done, qsizetype total);
    /// The export ended: `ok` when every account was written (and the file committed);
    /// otherwise `error` says why, in words for the user.
    void finished(bool ok, const QString &error);

private:
    struct Job;

    bool startJob(const AccountStore &store, const std::vector<int> &rows, std::unique_ptr<Job> job);
    void run(Job &job);
    void handleWorkerFinished();

    std::unique_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    int m_progressInterval = 100;
};
