// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

// A QTcpServer whose accepted sockets have TCP_NODELAY set. Without it a small response
// written in pieces can sit in Nagle's buffer until the client's delayed ACK, tens of
// milliseconds per request on loopback.
class SandboxTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit SandboxTcpServer(QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};
