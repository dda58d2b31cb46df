// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditjournal.h"

#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>

#include "core/api/clock.h"
#include "core/domain/enumnames.h"
#include "core/domain/redaction.h"
#include "core/services/serialworker.h"

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace
{

// Pushes written bytes of a file to the disk itself, not just to the page cache.
bool syncToDisk(int fd)
{
#if defined(Q_OS_LINUX)
    return ::fdatasync(fd) == 0;
#elif defined(Q_OS_UNIX)
    return ::fsync(fd) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(fd) == 0;
#else
    Q_UNUSED(fd);
    return true;
#endif
}

// A new file is durable only once its directory entry is: sync the folder as well.
void syncFolder(const QString &folder)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

using Outcome = AuditRecord::Outcome;
// Outcome::None, an intent's, has no name.
constexpr EnumName<Outcome> outcomeNames[] = { { Outcome::Succeeded, u"succeeded" }, { Outcome::Failed, u"failed" },
    { Outcome::UnknownThenSucceeded, u"unknown-then-succeeded" },
    { Outcome::UnknownThenFailed, u"unknown-then-failed" }, { Outcome::Unknown, u"unknown" } };
} // namespace

QString AuditRecord::actionName(Action action)
{
    return AccountChange::actionName(action);
}

AuditRecord::Action AuditRecord::actionOf(const AccountChange &change)
{
    return change.action();
}

AccountChange AuditRecord::accountChange() const
{
    const std::optional<AccountId> id = AccountId::parse(kind, accountId);
    if (!id)
        return {};
    if (change.isEmpty()) {
        // Version 1 wrote deactivations and reactivations only, with no change object.
        if (action != Action::Deactivate && action != Action::Reactivate)
            return {};
        AccountChange read = AccountChange::setActive(*id, action == Action::Reactivate);
        read.setReason(reason);
        return read;
    }
    AccountChange read = AccountChange::fromJson(*id, change);
    if (read.isValid())
        read.setReason(reason);
    return read;
}

QString AuditRecord::outcomeName(Outcome outcome)
{
    return nameOf(outcomeNames, outcome);
}

QString AuditRecord::kindName(AccountKind kind)
{
    return kind == AccountKind::ExpressCustomer ? u"expressCustomer"_s : u"organization"_s;
}

QByteArray AuditRecord::toJsonLine() const
{
    QJsonObject object;
    object.insert(u"v"_s, formatVersion);
    object.insert(u"type"_s, type == Type::Intent ? u"intent"_s : u"outcome"_s);
    object.insert(u"time"_s, time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(u"actionId"_s, actionId);
    object.insert(u"user"_s, user);
    object.insert(u"environment"_s, environment);
    object.insert(u"action"_s, actionName(action));
    object.insert(u"kind"_s, kindName(kind));
    object.insert(u"accountId"_s, accountId);
    object.insert(u"accountName"_s, accountName);
    object.insert(u"reason"_s, reason);
    if (!change.isEmpty())
        object.insert(u"change"_s, change);
    if (!description.isEmpty())
        object.insert(u"description"_s, description);
    if (type == Type::Outcome) {
        object.insert(u"outcome"_s, outcomeName(outcome));
        object.insert(u"httpStatus"_s, httpStatus);
        object.insert(u"attempts"_s, attempts);
        object.insert(u"serverActive"_s, serverActive ? QJsonValue(*serverActive) : QJsonValue(QJsonValue::Null));
        object.insert(u"error"_s, error);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<AuditRecord> AuditRecord::fromJsonLine(QByteArrayView line)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    AuditRecord record;
    const QString type = object.value(u"type"_s).toString();
    if (type == u"intent"_s)
        record.type = Type::Intent;
    else if (type == u"outcome"_s)
        record.type = Type::Outcome;
    else
        return std::nullopt;
    record.time = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs).toUTC();
    record.actionId = object.value(u"actionId"_s).toString();
    record.accountId = object.value(u"accountId"_s).toString();
    const QString action = object.value(u"action"_s).toString();
    const QString kind = object.value(u"kind"_s).toString();
    if (!record.time.isValid() || record.actionId.isEmpty() || record.accountId.isEmpty())
        return std::nullopt;
    // A record of a later version may hold actions this one does not know: skipped, like
    // any line it cannot read, rather than shown wrongly.
    const int version = object.value(u"v"_s).toInt(1);
    if (version < 1 || version > formatVersion)
        return std::nullopt;
    const std::optional<Action> knownAction = AccountChange::actionFromName(action);
    if (!knownAction)
        return std::nullopt;
    record.action = *knownAction;
    record.change = object.value(u"change"_s).toObject();
    record.description = object.value(u"description"_s).toString();
    if (kind == kindName(AccountKind::ExpressCustomer))
        record.kind = AccountKind::ExpressCustomer;
    else if (kind == kindName(AccountKind::Organization))
        record.kind = AccountKind::Organization;
    else
        return std::nullopt;
    record.user = object.value(u"user"_s).toString();
    record.environment = object.value(u"environment"_s).toString();
    record.accountName = object.value(u"accountName"_s).toString();
    record.reason = object.value(u"reason"_s).toString();
    if (record.type == Type::Outcome) {
        const std::optional<Outcome> outcome = valueNamed(outcomeNames, object.value(u"outcome"_s).toString());
        if (!outcome)
            return std::nullopt;
        record.outcome = *outcome;
        record.httpStatus = object.value(u"httpStatus"_s).toInt();
        record.attempts = object.value(u"attempts"_s).toInt();
        const QJsonValue serverActive = object.value(u"serverActive"_s);
        if (serverActive.isBool())
            record.serverActive = serverActive.toBool();
        record.error = object.value(u"error"_s).toString();
    }
    return record;
}

// One record on its way to the disk, and, once the writer is done with it, what came of it.
struct AuditJournal::Entry
{
    AuditRecord record; // stamped and scrubbed
    QByteArray line; // with its newline
    QPointer<QObject> context;
    bool hasContext = false;
    WrittenCallback done;
    bool written = false;
    QString error;
};

// The records one job of the writer takes: those given while the job waited its turn. They
// are written together and share one sync.
struct AuditJournal::Batch
{
    QMutex mutex; // guards isTaken, and entries until it is set
    bool isTaken = false; // the writer has started on it: later records go to a new batch
    std::vector<Entry> entries;
    quint64 ticket = 0;
};

// The journal's file, touched on the writer's thread only.
class AuditJournal::JournalFile
{
public:
    explicit JournalFile(const QString &path)
        : m_path(path)
    { }

    // Writes each record with one write() and syncs them all with one fdatasync().
    void write(std::vector<Entry> &batch)
    {
        QString error;
        if (!open(&error)) {
            for (Entry &entry : batch)
                entry.error = error;
            return;
        }
        // A process killed mid-write leaves a line without its newline; start on a fresh
        // line so the next record stays readable. The damaged line becomes one read() skips.
        const qint64 size = m_file.size();
        if (size > 0) {
            char last = '\n';
            if (m_file.seek(size - 1) && m_file.getChar(&last) && last != '\n')
                batch.front().line.prepend('\n');
        }
        std::size_t written = 0;
        while (written < batch.size()) {
            const QByteArray &line = batch[written].line;
            if (m_file.write(line) != line.size())
                break;
            ++written;
        }
        const bool synced = syncToDisk(m_file.handle());
        if (!synced || written < batch.size()) {
            error = AuditJournal::tr("Cannot write to the audit journal %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
            // Reopened by the next write, which then checks the file's end afresh.
            m_file.close();
        }
        for (std::size_t i = 0; i < batch.size(); ++i) {
            batch[i].written = synced && i < written;
            if (!batch[i].written)
                batch[i].error = error;
        }
    }

private:
    bool open(QString *error)
    {
        if (m_file.isOpen())
            return true;
        const QFileInfo info(m_path);
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder)) {
            *error = AuditJournal::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
            return false;
        }
        const bool existed = info.exists();
        m_file.setFileName(m_path);
        // Unbuffered: each record is one write(), so records of two consoles sharing the file
        // (O_APPEND) never interleave, and nothing waits in a buffer when the process dies.
        if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = AuditJournal::tr("Cannot open the audit journal %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
            return false;
        }
        if (!existed)
            syncFolder(folder);
        return true;
    }

    const QString m_path;
    QFile m_file;
};

AuditJournal::AuditJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(&Clock::system())
    , m_user(currentUser())
{ }

// The writer's destructor writes what is still waiting; results nobody took are not reported any more.
AuditJournal::~AuditJournal() = default;

QString AuditJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit.jsonl"_s;
}

void AuditJournal::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

void AuditJournal::addSecret(const QString &secret)
{
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString AuditJournal::scrubbed(QString text) const
{
    return Redaction::redact(std::move(text), m_secrets);
}

AuditJournal::Placement AuditJournal::enqueue(AuditRecord record, QObject *context, WrittenCallback done)
{
    if (!record.time.isValid())
        record.time = m_clock->nowUtc();
    record.time = record.time.toUTC();
    if (record.user.isEmpty())
        record.user = m_user;
    record.accountName = scrubbed(record.accountName);
    record.reason = scrubbed(record.reason);
    record.error = scrubbed(record.error);
    record.environment = scrubbed(record.environment);
    record.accountId = scrubbed(record.accountId);
    record.user = scrubbed(record.user);
    record.description = scrubbed(record.description);
    // The change's values (an edited name or metadata) are scrubbed where they stand.
    if (!record.change.isEmpty()) {
        const QByteArray changeJson = QJsonDocument(record.change).toJson(QJsonDocument::Compact);
        const QByteArray scrubbedJson = scrubbed(QString::fromUtf8(changeJson)).toUtf8();
        if (scrubbedJson != changeJson)
            record.change = QJsonDocument::fromJson(scrubbedJson).object();
    }

    QByteArray line = record.toJsonLine();
    // A secret whose JSON form differs from its text (quotes, backslashes) was caught
    // above; this catches one that survived in any other way.
    for (const QString &secret : std::as_const(m_secrets))
        line.replace(secret.toUtf8(), Redaction::marker().toUtf8());
    line += '\n';

    Entry entry;
    entry.record = std::move(record);
    entry.line = std::move(line);
    entry.context = context;
    entry.hasContext = context != nullptr;
    entry.done = std::move(done);
    ++m_pendingCount;

    if (!m_writer) {
        m_file = std::make_shared<JournalFile>(m_path);
        m_writer = std::make_unique<SerialWorker>(u"AuditJournal writer"_s);
    }
    if (m_openBatch) {
        const QMutexLocker lock(&m_openBatch->mutex);
        if (!m_openBatch->isTaken) {
            m_openBatch->entries.push_back(std::move(entry));
            return { m_openBatch, m_openBatch->entries.size() - 1 };
        }
    }
    auto batch = std::make_shared<Batch>();
    batch->entries.push_back(std::move(entry));
    batch->ticket = m_writer->enqueue([this, batch, file = m_file]() -> SerialWorker::Delivery {
        {
            const QMutexLocker lock(&batch->mutex);
            batch->isTaken = true;
        }
        file->write(batch->entries);
        return [this, batch] { report(*batch); };
    });
    m_openBatch = batch;
    return { batch, 0 };
}

void AuditJournal::appendAsync(AuditRecord record, QObject *context, WrittenCallback done)
{
    enqueue(std::move(record), context, std::move(done));
}

bool AuditJournal::append(AuditRecord record, QString *error)
{
    const Placement placement = enqueue(std::move(record), nullptr, {});
    m_writer->waitFor(placement.batch->ticket);
    const Entry &entry = placement.batch->entries[placement.index];
    const bool written = entry.written;
    if (!written && error)
        *error = entry.error;
    // Reports this record (and any written before it) now, unless a report is under way
    // further up the stack, which then reports it when it continues.
    m_writer->deliver();
    return written;
}

void AuditJournal::flush()
{
    if (m_writer)
        m_writer->flush();
}

int AuditJournal::pendingCount() const
{
    return m_pendingCount;
}

void AuditJournal::report(const Batch &batch)
{
    const QPointer<AuditJournal> self(this);
    for (const Entry &entry : batch.entries) {
        --m_pendingCount;
        if (entry.written)
            Q_EMIT appended(entry.record);
        if (!self)
            return;
        if (entry.done && (!entry.hasContext || entry.context))
            entry.done(entry.written, entry.error);
        if (!self)
            return;
    }
}

QList<AuditRecord> AuditJournal::read(const QString &path, QString *error)
{
    if (error)
        error->clear();
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the audit journal %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QByteArray data = file.readAll();
    QList<AuditRecord> records;
    QList<int> damagedLines;
    qsizetype start = 0;
    int lineNumber = 0;
    while (start < data.size()) {
        const qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            break; // the last line has no newline: a write cut short; ignored
        ++lineNumber;
        const QByteArrayView line = QByteArrayView(data).sliced(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        if (std::optional<AuditRecord> record = AuditRecord::fromJsonLine(line))
            records.append(std::move(*record));
        else
            damagedLines.append(lineNumber);
    }
    if (error && !damagedLines.isEmpty()) {
        QStringList numbers;
        for (const int number : std::as_const(damagedLines).first(qMin<qsizetype>(damagedLines.size(), 10)))
            numbers.append(QString::number(number));
        *error = tr("%1 damaged lines of the audit journal were skipped (line %2).")
                     .arg(damagedLines.size())
                     .arg(numbers.join(u", "_s));
    }
    return records;
}

QString AuditJournal::currentUser()
{
    for (const char *name : { "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
#if defined(Q_OS_UNIX)
    // The local password database; getpwuid_r reads /etc/passwd unless NSS is set up otherwise.
    struct passwd entry;
    struct passwd *result = nullptr;
    char buffer[4096];
    if (::getpwuid_r(::geteuid(), &entry, buffer, sizeof buffer, &result) == 0 && result && result->pw_name)
        return QString::fromLocal8Bit(result->pw_name);
    return u"uid %1"_s.arg(::geteuid());
#else
    return tr("unknown user");
#endif
}

QString AuditJournal::environmentName(const QUrl &baseUrl)
{
    const int defaultPort = baseUrl.scheme().compare(u"http"_s, Qt::CaseInsensitive) == 0 ? 80 : 443;
    return baseUrl.host() + u':' + QString::number(baseUrl.port(defaultPort));
}
