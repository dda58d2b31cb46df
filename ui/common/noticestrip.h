// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip above a table that says one thing in plain text (messages quote names that came
// from a server), with an action button and Dismiss, and an accent on its edge: what
// MessageBar and UndoNotice have in common. Hidden until shown.
class NoticeStrip : public QFrame
{
    Q_OBJECT

public:
    QString text() const;
    QPushButton *actionButton() const { return m_actionButton; }

protected:
    /// The strip is called `objectName`, which its style sheet selects by.
    NoticeStrip(const QString &objectName, QWidget *parent);

    /// Shows `text` with an edge in `accent`.
    void showText(const QString &text, const QColor &accent);
    /// The palette around the strip, which the accent must show against: the strip's own is
    /// the style sheet's once one is set, and the edge must show on a dark desktop too.
    QPalette surroundingPalette() const;
    QLabel *label() const { return m_label; }
    QPushButton *closeButton() const { return m_closeButton; }

private:
    QLabel *m_label;
    QPushButton *m_actionButton;
    QPushButton *m_closeButton;
};
