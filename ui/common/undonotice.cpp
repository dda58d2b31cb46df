// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undonotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

UndoNotice::UndoNotice(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_undoButton(new QPushButton(this))
    , m_closeButton(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"undoNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_undoButton->setObjectName(u"undoButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_undoButton);
    layout->addWidget(m_closeButton);
    setAccessibleName(tr("Undo notice"));
    m_tick.setInterval(std::chrono::milliseconds(250));
    connect(&m_tick, &QTimer::timeout, this, &UndoNotice::updateCountdown);
    connect(m_undoButton, &QPushButton::clicked, this, &UndoNotice::undo);
    connect(m_closeButton, &QPushButton::clicked, this, &UndoNotice::dismiss);
    hide();
}

void UndoNotice::showNotice(const QString &text, std::function<void()> undo, std::chrono::milliseconds duration)
{
    m_label->setText(text);
    // From the palette around the notice (its own is the style sheet's once one is set): the
    // edge must show on a dark desktop as on a light one.
    setStyleSheet(u"#undoNotice { border: 1px solid %1; border-left: 4px solid %1; border-radius: 3px; }"_s.arg(
        StatusStyle::activeTextColor(parentWidget() ? parentWidget()->palette() : palette()).name()));
    m_undo = std::move(undo);
    m_deadline.setRemainingTime(duration);
    m_tick.start();
    updateCountdown();
    show();
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

QString UndoNotice::text() const
{
    return m_label->text();
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
    m_undoButton->setText(tr("&Undo (%1)").arg(seconds));
    m_undoButton->setAccessibleName(tr("Undo"));
}
