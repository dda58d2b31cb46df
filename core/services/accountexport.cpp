// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountexport.h"

#include <atomic>

#include <QElapsedTimer>
#include <QIODevice>
#include <QSaveFile>
#include <QThread>

#include "core/domain/accountbatch.h"
#include "core/domain/accountcsv.h"
#include "core/models/accountstore.h"

namespace
{
// Lines are gathered and written in blocks of about this size: one write() per line cost a
// system call per account through QSaveFile's unbuffered file.
constexpr qsizetype writeBlockBytes = 64 * 1024;
} // namespace

// What the worker reads and writes: filled on the GUI thread before the worker starts, the
// result read there after it has finished (QThread::finished orders the two).
struct AccountExport::Job
{
    explicit Job(const AccountStore &store)
        : accounts(store.rows())
    { }

    AccountBatch accounts; // a copy: the store may change while the worker reads this
    std::vector<int> rows;
    QString path; // or, when empty, device
    QIODevice *device = nullptr;
    int progressInterval = 100;
    std::atomic<bool> cancelled { false };
    bool ok = false;
    QString error;
};

AccountExport::AccountExport(QObject *parent)
    : QObject(parent)
{ }

AccountExport::~AccountExport()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread; // its queued finished() dies with it: no finished() from a destructor
    }
}

bool AccountExport::start(const AccountStore &store, const std::vector<int> &rows, const QString &path)
{
    if (isRunning())
        return false;
    auto job = std::make_unique<Job>(store);
    job->path = path;
    return startJob(store, rows, std::move(job));
}

bool AccountExport::start(const AccountStore &store, const std::vector<int> &rows, QIODevice *device)
{
    if (isRunning() || !device)
        return false;
    auto job = std::make_unique<Job>(store);
    job->device = device;
    return startJob(store, rows, std::move(job));
}

bool AccountExport::startJob(const AccountStore &store, const std::vector<int> &rows, std::unique_ptr<Job> job)
{
    job->rows.reserve(rows.size());
    for (const int row : rows) {
        if (row >= 0 && row < store.size())
            job->rows.push_back(row);
    }
    job->progressInterval = m_progressInterval;
    m_job = std::move(job);
    Job *running = m_job.get();
    m_thread = QThread::create([this, running] { run(*running); });
    m_thread->setObjectName(QStringLiteral("AccountExport"));
    connect(m_thread, &QThread::finished, this, &AccountExport::handleWorkerFinished);
    m_thread->start(QThread::LowPriority);
    return true;
}

void AccountExport::cancel()
{
    if (m_job)
        m_job->cancelled.store(true, std::memory_order_relaxed);
}

void AccountExport::run(Job &job)
{
    // On the worker thread: reads only `job`. Progress goes to the GUI thread as queued calls,
    // which Qt drops if this object is gone (it is not: the destructor waits for this thread).
    const auto total = qsizetype(job.rows.size());
    qsizetype reported = -1;
    const auto report = [this, total, &reported](qsizetype done) {
        if (done == reported)
            return;
        reported = done;
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
    };

    QSaveFile file;
    QIODevice *out = job.device;
    if (!out) {
        file.setFileName(job.path);
        if (!file.open(QIODevice::WriteOnly)) {
            job.error = file.errorString();
            return;
        }
        out = &file;
    }
    const auto fail = [&job, &file](const QString &why) {
        job.error = why;
        if (file.isOpen())
            file.cancelWriting();
    };

    report(0);
    QElapsedTimer sinceReport;
    sinceReport.start();
    QByteArray block = AccountCsv::header();
    block.reserve(writeBlockBytes + 4096);
    for (qsizetype done = 0; done < total; ++done) {
        if (job.cancelled.load(std::memory_order_relaxed))
            return fail(tr("Export cancelled."));
        block += AccountCsv::row(job.accounts.account(job.rows[size_t(done)]));
        if (block.size() >= writeBlockBytes) {
            if (out->write(block) != block.size())
                return fail(out->errorString());
            block.resize(0);
        }
        if (sinceReport.elapsed() >= job.progressInterval) {
            report(done + 1);
            sinceReport.start();
        }
    }
    if (!block.isEmpty() && out->write(block) != block.size())
        return fail(out->errorString());
    if (job.cancelled.load(std::memory_order_relaxed))
        return fail(tr("Export cancelled."));
    if (out == &file && !file.commit()) {
        job.error = file.errorString();
        return;
    }
    report(total);
    job.ok = true;
}

void AccountExport::handleWorkerFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const std::unique_ptr<Job> job = std::move(m_job);
    Q_EMIT finished(job->ok, job->error);
}
