// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QLockFile>
#include <QObject>

class QLocalServer;
class QLocalSocket;

// One console per user: the first start holds a lock file in the user's runtime directory
// and listens on a local socket beside it; a later start finds the lock taken, hands its
// message (a link, or nothing to just bring the window forward) to the first over the
// socket, waits for the answer and exits. The lock, not the socket, decides who is first:
// a socket file left behind by a console that crashed is removed by the next first one,
// and QLockFile sees that the process named in a stale lock is gone.
//
// The exchange is one line of UTF-8 each way: the message, then "ok" once the first
// console has taken it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /// Uses `directory` for the lock file and socket; it is created when missing.
    explicit SingleInstance(const QString &directory, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The user's runtime directory ($XDG_RUNTIME_DIR on Linux).
    static QString defaultDirectory();

    /// Takes the lock and listens: true when this is the first console (or when the
    /// directory cannot hold a lock at all, so the console runs on its own), false when
    /// another console holds the lock.
    bool becomeFirst();
    /// In a later console: gives `message` to the first and waits up to `timeoutMs` for it
    /// to be taken; false with `error` set when the first console cannot be reached.
    bool sendToFirst(const QString &message, int timeoutMs, QString *error);

    /// The path of the socket the first console listens on.
    QString socketPath() const;

Q_SIGNALS:
    /// A later start handed over `message` (empty when it carried no link).
    void messageReceived(const QString &message);

private:
    void handleConnection();
    void readMessage(QLocalSocket *socket);

    QString m_directory;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};
