// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include "core/services/bulkaction.h"
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// Shows a BulkAction as it runs: a progress bar, the counts so far, and the result of
// every account. Cancel stops handing accounts over (those under way finish); once done,
// "Retry failed" runs the failed accounts again and Close closes. Non-modal: the console
// stays usable, and the rows show each account's state as it changes.
class BulkProgressDialog : public QDialog
{
    Q_OBJECT

public:
    BulkProgressDialog(BulkAction *action, const QString &title, QWidget *parent = nullptr);

    BulkAction *action() const { return m_action; }

protected:
    void reject() override;

private:
    void updateState();

    QPointer<BulkAction> m_action;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableView *m_view;
    QPushButton *m_cancelButton;
    QPushButton *m_retryButton;
    QPushButton *m_closeButton;
};
