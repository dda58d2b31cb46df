// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

#include <QDeadlineTimer>
#include <QTimer>

#include "ui/common/noticestrip.h"

// A strip that offers Undo for a few seconds after something was done ("Deactivated 12
// accounts. Undo (8)"), then goes away by itself. Non-modal: work goes on around it.
class UndoNotice : public NoticeStrip
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds defaultDuration { 10 };

    explicit UndoNotice(QWidget *parent = nullptr);

    /// Shows `text` with an Undo button that runs `undo` once, for `duration`; replaces any
    /// notice shown before.
    void showNotice(
        const QString &text, std::function<void()> undo, std::chrono::milliseconds duration = defaultDuration);
    /// Runs the offered undo now, as the button would; false when none is offered.
    bool undo();
    /// True while an undo is offered.
    bool isOffering() const { return bool(m_undo); }
    QPushButton *undoButton() const { return actionButton(); }

private:
    void dismiss();
    void updateCountdown();

    std::function<void()> m_undo;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
};
