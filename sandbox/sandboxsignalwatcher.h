// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal. The handler only writes a byte to a
// socketpair (async-signal-safe); a QSocketNotifier reads it on the event loop, where it
// is safe to quit and let every destructor run.
class SandboxSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxSignalWatcher(QObject *parent = nullptr);
    ~SandboxSignalWatcher() override;

    /// False when the socketpair or the handlers could not be set up.
    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void handleSignalByte();

    QSocketNotifier *m_notifier = nullptr;
};
