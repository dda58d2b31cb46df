// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include "core/api/clock.h"

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
constexpr int formatVersion = 1;
const QString redacted = u"[redacted]"_s;

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

std::optional<AuditRecord::Outcome> outcomeFromName(const QString &name)
{
    using Outcome = AuditRecord::Outcome;
    for (const Outcome outcome : { Outcome::Succeeded, Outcome::Failed, Outcome::UnknownThenSucceeded,
             Outcome::UnknownThenFailed, Outcome::Unknown }) {
        if (AuditRecord::outcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}
} // namespace

QString AuditRecord::actionName(Action action)
{
    return action == Action::Deactivate ? u"deactivate"_s : u"reactivate"_s;
}

QString AuditRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        break;
    case Outcome::Succeeded:
        return u"succeeded"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::UnknownThenSucceeded:
        return u"unknown-then-succeeded"_s;
    case Outcome::UnknownThenFailed:
        return u"unknown-then-failed"_s;
    case Outcome::Unknown:
        return u"unknown"_s;
    }
    return {};
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
    if (action == actionName(Action::Deactivate))
        record.action = Action::Deactivate;
    else if (action == actionName(Action::Reactivate))
        record.action = Action::Reactivate;
    else
        return std::nullopt;
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
        const std::optional<Outcome> outcome = outcomeFromName(object.value(u"outcome"_s).toString());
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

AuditJournal::AuditJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_clock(&Clock::system())
    , m_user(currentUser())
{ }

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
    for (const QString &secret : m_secrets)
        text.replace(secret, redacted);
    // Servers and proxies sometimes echo the request's headers into an error text.
    static const QRegularExpression bearer(u"(bearer)\\s+[^\\s\"',;]+"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, u"\\1 "_s + redacted);
    return text;
}

bool AuditJournal::open(QString *error)
{
    if (m_file.isOpen())
        return true;
    const QFileInfo info(m_path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const bool existed = info.exists();
    m_file.setFileName(m_path);
    // Unbuffered: each record is one write(), so records of two consoles sharing the file
    // (O_APPEND) never interleave, and nothing waits in a buffer when the process dies.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = tr("Cannot open the audit journal %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        return false;
    }
    if (!existed)
        syncFolder(folder);
    return true;
}

bool AuditJournal::append(AuditRecord record, QString *error)
{
    if (!open(error))
        return false;
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

    QByteArray line = record.toJsonLine();
    // A secret whose JSON form differs from its text (quotes, backslashes) was caught
    // above; this catches one that survived in any other way.
    for (const QString &secret : std::as_const(m_secrets))
        line.replace(secret.toUtf8(), redacted.toUtf8());
    line += '\n';

    // A process killed mid-write leaves a line without its newline; start on a fresh line
    // so this record stays readable. The damaged line becomes one read() skips.
    const qint64 size = m_file.size();
    if (size > 0) {
        char last = '\n';
        if (m_file.seek(size - 1) && m_file.getChar(&last) && last != '\n')
            line.prepend('\n');
    }
    const qint64 written = m_file.write(line);
    const bool synced = written == line.size() && syncToDisk(m_file.handle());
    if (!synced) {
        if (error)
            *error = tr("Cannot write to the audit journal %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), m_file.errorString());
        // Reopened on the next append, which then checks the file's end afresh.
        m_file.close();
        return false;
    }
    Q_EMIT appended(record);
    return true;
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
