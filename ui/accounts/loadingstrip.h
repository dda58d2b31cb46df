// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class AccountDirectory;
class QLabel;
class QProgressBar;
class QPushButton;

// The strip under a page while its accounts load: a busy bar, how many have arrived, and
// Cancel. It follows one directory's loading signals and hides when the listing ends,
// whichever way it ends.
class LoadingStrip : public QWidget
{
    Q_OBJECT

public:
    /// Follows `directory`.
    explicit LoadingStrip(AccountDirectory *directory, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The count shown changed (at most ten times a second), for other counts to follow.
    void progressShown();

private:
    void handleStarted();
    void handleProgress(qsizetype loaded);

    AccountDirectory *m_directory;
    QProgressBar *m_progress;
    QLabel *m_label;
    QPushButton *m_cancelButton;
    QElapsedTimer m_shown; // when the label last changed
};
