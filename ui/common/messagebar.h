// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above a table that says what failed and what to do, with an optional action
// such as "Retry". Text is always plain: messages quote names that came from a server.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows `text`; when `actionText` is not empty a button runs `action` and hides the bar.
    void showMessage(Level level, const QString &text, const QString &actionText = {},
                     std::function<void()> action = {});
    QString text() const;
    QPushButton *actionButton() const { return m_actionButton; }

private:
    QLabel *m_label;
    QPushButton *m_actionButton;
    QPushButton *m_closeButton;
    std::function<void()> m_action;
};
