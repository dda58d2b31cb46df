// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "ui/common/noticestrip.h"

struct ApiError;

// A strip above a table that says what failed and what to do, with an optional action
// such as "Retry".
class MessageBar : public NoticeStrip
{
    Q_OBJECT

public:
    enum class Level
    {
        Information,
        Error
    };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text`; when `actionText` is not empty a button runs `action` and hides the bar.
    void showMessage(
        Level level, const QString &text, const QString &actionText = {}, std::function<void()> action = {});

    /// A failure in one paragraph: what failed, the specific reason when it adds something
    /// (an untrusted certificate, the field a response lacked, the server's own message),
    /// and what the user can do.
    static QString errorText(const ApiError &error);

private:
    std::function<void()> m_action;
};
