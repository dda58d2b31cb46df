// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QFrame>

class QLabel;
class QPushButton;
struct ApiError;

// A strip above a table that says what failed and what to do, with an optional action
// such as "Retry". Text is always plain: messages quote names that came from a server.
class MessageBar : public QFrame
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
    QString text() const;
    QPushButton *actionButton() const { return m_actionButton; }

    /// A failure in one paragraph: what failed, the specific reason when it adds something
    /// (an untrusted certificate, the field a response lacked, the server's own message),
    /// and what the user can do.
    static QString errorText(const ApiError &error);

private:
    QLabel *m_label;
    QPushButton *m_actionButton;
    QPushButton *m_closeButton;
    std::function<void()> m_action;
};
