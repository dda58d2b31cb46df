// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QLabel>
#include <QPushButton>

#include "core/api/apierror.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/statusstyle.h"

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : NoticeStrip(u"messageBar"_s, parent)
{
    label()->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(actionButton(), &QPushButton::clicked, this, [this] {
        hide();
        if (m_action)
            m_action();
    });
    connect(closeButton(), &QPushButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
}

void MessageBar::showMessage(Level level, const QString &text, const QString &actionText, std::function<void()> action)
{
    m_action = std::move(action);
    actionButton()->setText(actionText);
    actionButton()->setVisible(!actionText.isEmpty());
    actionButton()->setAccessibleName(actionText);
    showText(text, StatusStyle::messageAccentColor(surroundingPalette(), level == Level::Error));
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
