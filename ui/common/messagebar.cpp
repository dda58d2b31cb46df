// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "core/api/apierror.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"messageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_closeButton);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        hide();
        if (m_action)
            m_action();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBar::showMessage(Level level, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_label->setText(text);
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setVisible(!actionText.isEmpty());
    m_actionButton->setAccessibleName(actionText);
    // From the palette around the bar (its own is the style sheet's once one is set): the
    // edge must show on a dark desktop as on a light one.
    const QColor accent = StatusStyle::messageAccentColor(
        parentWidget() ? parentWidget()->palette() : palette(), level == Level::Error);
    setStyleSheet(
        u"#messageBar { border: 1px solid %1; border-left: 4px solid %1; border-radius: 3px; }"_s.arg(accent.name()));
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

QString MessageBar::errorText(const ApiError &error)
{
    const QString summary = error.summary();
    QString text = summary;
    // The summary names only the kind of failure: "Could not connect" is the same words for
    // a network that is down and a certificate nobody should trust. The message says which,
    // unless it merely repeats the summary or the status line the summary already gives.
    const QString detail = error.message.trimmed();
    const bool isStatusLine = error.httpStatus > 0 && detail.startsWith(u"HTTP "_s + QString::number(error.httpStatus));
    if (!detail.isEmpty() && !isStatusLine && !summary.contains(detail))
        text += u' ' + tr("(%1)").arg(isolatedText(detail));
    const QString advice = error.advice();
    if (!advice.isEmpty())
        text += u' ' + advice;
    return text;
}
