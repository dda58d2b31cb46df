// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM, SIGINT and SIGHUP close the windows and quit the event loop, as closing the window
// does, instead of ending the process where it stands: the window state is saved, a snapshot
// waiting out its delay is written and the audit journal's last records reach the disk. The
// handler only writes a byte to a socket; the rest runs on the event loop (the self-pipe way
// Qt's documentation describes for Unix signals). Elsewhere than Unix it does nothing.
class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    void quit();

    QSocketNotifier *m_notifier = nullptr;
};
