// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include "core/domain/largememory.h"
#include "core/domain/snapshotcodec.h"
#include "core/models/accountstore.h"
#include "core/services/serialworker.h"
#include "core/services/snapshotcipher.h"

using namespace Qt::StringLiterals;

namespace
{
using Delivery = SerialWorker::Delivery;

// Far above 100,000 accounts (about 10 MB); a bigger file is not one this console wrote.
constexpr qint64 maxFileSize = 1LL << 30;
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerOnlyFolder = ownerOnlyFile | QFileDevice::ExeOwner;

// Makes the folder and its parent (the snapshots folder) and keeps both to the owner:
// file names carry no secret, but who has snapshots of which server is nobody else's business.
bool makeFolder(const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = SnapshotStore::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QFile::setPermissions(folder, ownerOnlyFolder);
    QFile::setPermissions(QFileInfo(folder).absolutePath(), ownerOnlyFolder);
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (!makeFolder(QFileInfo(path).absolutePath(), error))
        return false;
    QSaveFile file(path);
    // QSaveFile writes a temporary file beside the target; narrowing its permissions before the
    // first byte means the snapshot is never readable by others, not even while it is written.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnlyFile) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        *error = SnapshotStore::tr("Cannot write the snapshot %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

int kindIndex(AccountKind kind)
{
    return kind == AccountKind::ExpressCustomer ? 0 : 1;
}
} // namespace

SnapshotStore::SnapshotStore(const QUrl &baseUrl, QStringView apiKey, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_cipher(std::make_shared<const SnapshotCipher>(baseUrl, apiKey))
{
    m_serverDirectory = m_directory + u'/' + m_cipher->serverId();
    for (const AccountKind kind : allAccountKinds) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, kind] { writePending(kind); });
        pending(kind).timer = timer;
    }
    m_worker = std::make_unique<SerialWorker>(u"SnapshotStore worker"_s);
}

SnapshotStore::~SnapshotStore()
{
    for (const AccountKind kind : allAccountKinds)
        writePending(kind);
    // Runs what is queued, then stops; the results are not reported to a store going away.
    m_worker.reset();
}

QString SnapshotStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/snapshots"_s;
}

QString SnapshotStore::filePath(AccountKind kind) const
{
    return m_serverDirectory + u'/' + m_cipher->connectionId() + u'-' + accountKindInfo(kind).pathSegment
        + u".snapshot"_s;
}

void SnapshotStore::setSaveDelay(int milliseconds)
{
    m_saveDelayMs = qMax(0, milliseconds);
}

SnapshotStore::PendingSave &SnapshotStore::pending(AccountKind kind)
{
    return m_pending[size_t(kindIndex(kind))];
}

void SnapshotStore::save(AccountKind kind, AccountBatch batch, qint64 asOfMs, int sortColumn, Qt::SortOrder sortOrder)
{
    PendingSave &waiting = pending(kind);
    waiting.batch = std::move(batch);
    waiting.asOfMs = asOfMs;
    waiting.sortColumn = sortColumn;
    waiting.sortOrder = sortOrder;
    waiting.isWaiting = true;
    // Not restarted by later saves: a stream of saves still writes once per delay.
    if (!waiting.timer->isActive())
        waiting.timer->start(m_saveDelayMs);
}

void SnapshotStore::writePending(AccountKind kind)
{
    PendingSave &waiting = pending(kind);
    waiting.timer->stop();
    if (!waiting.isWaiting)
        return;
    waiting.isWaiting = false;
    // The job owns the batch from here; std::function wants a copyable callable, hence the shared_ptr.
    auto batch = std::make_shared<AccountBatch>(std::move(waiting.batch));
    waiting.batch = AccountBatch(kind);
    const qint64 asOfMs = waiting.asOfMs;
    m_worker->enqueue([this, cipher = m_cipher, path = filePath(kind), kind, batch, asOfMs,
                          sortColumn = waiting.sortColumn, sortOrder = waiting.sortOrder]() -> Delivery {
        const std::vector<int> order
            = sortColumn >= 0 ? AccountStore::sortedOrderOf(*batch, sortColumn, sortOrder) : std::vector<int>();
        const SnapshotCodec::Encoded encoded = SnapshotCodec::encode(*batch, asOfMs, order);
        QString error;
        if (!encoded.ok()) {
            error = tr("Cannot encode the snapshot: %1").arg(encoded.message);
        } else {
            const QByteArray file = cipher->seal(kind, encoded.bytes);
            if (file.isEmpty())
                error = tr("Cannot encrypt the snapshot: libsodium did not start.");
            else
                writeFile(path, file, &error);
        }
        if (!error.isEmpty())
            return [this, kind, error] { Q_EMIT saveFailed(kind, error); };
        return [this, kind, asOfMs] { Q_EMIT saved(kind, asOfMs); };
    });
}

void SnapshotStore::load(AccountKind kind)
{
    m_worker->enqueue([this, cipher = m_cipher, path = filePath(kind), kind]() -> Delivery {
        const auto unavailableBecause = [this, kind](Reason reason) -> Delivery {
            return [this, kind, reason] { Q_EMIT unavailable(kind, reason); };
        };
        const auto discard = [&] {
            // Unreadable now is unreadable next time: delete it rather than try again at every start.
            QFile::remove(path);
            return unavailableBecause(Reason::Unreadable);
        };
        QFile file(path);
        if (!file.exists())
            return unavailableBecause(Reason::NoSnapshot);
        if (!file.open(QIODevice::ReadOnly))
            return unavailableBecause(Reason::ReadFailed);
        if (file.size() > maxFileSize)
            return discard();
        QByteArray bytes;
        LargeMemory::reserve(bytes, file.size());
        bytes.resize(file.size());
        if (file.read(bytes.data(), bytes.size()) != bytes.size() || file.error() != QFileDevice::NoError)
            return unavailableBecause(Reason::ReadFailed);
        file.close();

        const SnapshotCipher::Opened opened = cipher->open(kind, std::move(bytes));
        if (opened.error == SnapshotCipher::OpenError::OtherVersion)
            return unavailableBecause(Reason::OtherVersion);
        if (!opened.ok())
            return discard();
        auto decoded = std::make_shared<SnapshotCodec::Decoded>(SnapshotCodec::decode(opened.plaintext));
        if (decoded->error == SnapshotCodec::Error::OtherVersion)
            return unavailableBecause(Reason::OtherVersion);
        // Authenticated yet wrong would be a bug of an earlier build; the reader still refuses it.
        if (!decoded->ok() || decoded->batch.kind() != kind)
            return discard();
        return [this, kind, decoded] { Q_EMIT loaded(kind, decoded->batch, decoded->asOfMs); };
    });
}

void SnapshotStore::flush()
{
    for (const AccountKind kind : allAccountKinds)
        writePending(kind);
    m_worker->flush();
}

void SnapshotStore::forget()
{
    for (const AccountKind kind : allAccountKinds) {
        PendingSave &waiting = pending(kind);
        waiting.timer->stop();
        waiting.isWaiting = false;
        waiting.batch = AccountBatch(kind);
    }
    QStringList paths;
    for (const AccountKind kind : allAccountKinds)
        paths.append(filePath(kind));
    m_worker->enqueue([paths, folder = m_serverDirectory]() -> Delivery {
        for (const QString &path : paths)
            QFile::remove(path);
        // Only when no other key's files are left in the server's folder.
        QDir().rmdir(folder);
        return {};
    });
}

bool SnapshotStore::forgetAll(const QString &directory)
{
    QDir folder(directory);
    return !folder.exists() || folder.removeRecursively();
}

bool SnapshotStore::forgetConnection(const QUrl &baseUrl, const QString &directory)
{
    const QString serverId = SnapshotCipher::serverId(baseUrl);
    if (serverId.isEmpty())
        return false;
    QDir folder(directory + u'/' + serverId);
    return !folder.exists() || folder.removeRecursively();
}
