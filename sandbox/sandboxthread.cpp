// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxthread.h"

#include <QMetaObject>
#include <QThread>

#include "sandbox/sandboxserver.h"

using namespace Qt::StringLiterals;

SandboxThread::SandboxThread() = default;

SandboxThread::~SandboxThread()
{
    stop();
}

QUrl SandboxThread::start(const SandboxOptions &options)
{
    if (m_thread)
        return {};
    m_thread = new QThread;
    m_thread->setObjectName(u"avara-sandbox"_s);
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();

    // The server's sockets and timers must belong to the sandbox thread, so it is created
    // there; the caller waits, which is what "blocks until listening" promises.
    QUrl url;
    SandboxServer *server = nullptr;
    QMetaObject::invokeMethod(
        m_context,
        [&options, &url, &server] {
            server = new SandboxServer(options);
            if (server->listen(QHostAddress::LocalHost, 0) != 0) {
                url = server->baseUrl();
            } else {
                delete server;
                server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    m_server = server;
    if (!m_server) {
        stop();
        return {};
    }
    return url;
}

SandboxServer *SandboxThread::server() const
{
    return m_server;
}

void SandboxThread::stop()
{
    if (!m_thread)
        return;
    if (m_server) {
        SandboxServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            m_context, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
    // The thread has finished: its objects may now be deleted from here.
    delete m_context;
    m_context = nullptr;
    delete m_thread;
    m_thread = nullptr;
}
