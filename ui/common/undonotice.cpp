// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undonotice.h"

#include <QPushButton>

#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

UndoNotice::UndoNotice(QWidget *parent)
    : NoticeStrip(u"undoNotice"_s, parent)
{
    undoButton()->setObjectName(u"undoButton"_s);
    setAccessibleName(tr("Undo notice"));
    m_tick.setInterval(std::chrono::milliseconds(250));
    connect(&m_tick, &QTimer::timeout, this, &UndoNotice::updateCountdown);
    connect(undoButton(), &QPushButton::clicked, this, &UndoNotice::undo);
    connect(closeButton(), &QPushButton::clicked, this, &UndoNotice::dismiss);
}

void UndoNotice::showNotice(const QString &text, std::function<void()> undo, std::chrono::milliseconds duration)
{
    m_undo = std::move(undo);
    m_deadline.setRemainingTime(duration);
    m_tick.start();
    updateCountdown();
    showText(text, StatusStyle::activeTextColor(surroundingPalette()));
}

bool UndoNotice::undo()
{
    if (!m_undo)
        return false;
    // Taken first: the undo may show the next notice.
    const std::function<void()> undo = std::exchange(m_undo, {});
    dismiss();
    undo();
    return true;
}

void UndoNotice::dismiss()
{
    m_undo = {};
    m_tick.stop();
    hide();
}

void UndoNotice::updateCountdown()
{
    const qint64 remainingMs = m_deadline.remainingTime();
    if (remainingMs <= 0) {
        dismiss();
        return;
    }
    const int seconds = int((remainingMs + 999) / 1000);
    undoButton()->setText(tr("&Undo (%1)").arg(seconds));
    undoButton()->setAccessibleName(tr("Undo"));
}
