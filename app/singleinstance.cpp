// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSingleInstance, "avara.links")

namespace
{
// A message is a link, which ConsoleLink caps far below this; a longer line is not ours.
constexpr qint64 maxMessageBytes = 64 * 1024;
constexpr int connectRetryMs = 50;
const QByteArray acknowledgement = "ok\n";
} // namespace

SingleInstance::SingleInstance(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_lock(QDir(directory).filePath(u"avara-console.lock"_s))
{
    // Only a dead process makes a lock stale: a console may run for weeks.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}

QString SingleInstance::socketPath() const
{
    return QDir(m_directory).filePath(u"avara-console.socket"_s);
}

bool SingleInstance::becomeFirst()
{
    QDir().mkpath(m_directory);
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError)
            return false;
        qCWarning(lcSingleInstance, "Cannot lock %s; this console runs without handing on links.",
            qPrintable(QDir::toNativeSeparators(m_directory)));
        return true;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(socketPath());
    if (!m_server->listen(socketPath())) {
        qCWarning(
            lcSingleInstance, "Cannot listen on %s: %s", qPrintable(socketPath()), qPrintable(m_server->errorString()));
        return true;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::handleConnection);
    qCInfo(lcSingleInstance, "Listening for links on %s", qPrintable(socketPath()));
    return true;
}

bool SingleInstance::sendToFirst(const QString &message, int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The first console takes the lock a moment before it listens; a start in between
    // finds no socket yet and tries again.
    for (;;) {
        socket.connectToServer(socketPath());
        if (socket.waitForConnected(int(deadline.remainingTime())))
            break;
        if (deadline.hasExpired()) {
            *error = tr("Another Avara Console holds %1 but does not answer on %2: %3")
                         .arg(m_lock.fileName(), socketPath(), socket.errorString());
            return false;
        }
        QThread::msleep(connectRetryMs);
    }
    QByteArray line = message.toUtf8();
    line.replace('\n', ' ');
    socket.write(line + '\n');
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = tr("The running Avara Console did not take the link: %1").arg(socket.errorString());
            return false;
        }
    }
    return socket.readLine() == acknowledgement;
}

void SingleInstance::handleConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxMessageBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(maxMessageBytes).trimmed();
    socket->write(acknowledgement);
    socket->disconnectFromServer();
    Q_EMIT messageReceived(QString::fromUtf8(line));
}
