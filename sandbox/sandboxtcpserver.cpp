// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxtcpserver.h"

#include <unistd.h>

#include <QTcpSocket>

SandboxTcpServer::SandboxTcpServer(QObject *parent)
    : QTcpServer(parent)
{ }

void SandboxTcpServer::incomingConnection(qintptr socketDescriptor)
{
    // Parented to the server, so sockets still open when the server goes are deleted with it.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(int(socketDescriptor)); // not adopted, so still ours to close
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    addPendingConnection(socket);
}
