// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

#include <QDeadlineTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

// A strip that offers Undo for a few seconds after something was done ("Deactivated 12
// accounts. Undo (8)"), then goes away by itself. Non-modal: work goes on around it.
class UndoNotice : public QFrame
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
    QString text() const;
    QPushButton *undoButton() const { return m_undoButton; }

private:
    void dismiss();
    void updateCountdown();

    QLabel *m_label;
    QPushButton *m_undoButton;
    QPushButton *m_closeButton;
    std::function<void()> m_undo;
    QTimer m_tick;
    QDeadlineTimer m_deadline;
};
