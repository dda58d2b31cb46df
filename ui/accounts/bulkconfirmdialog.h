// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include "core/domain/accountkind.h"
#include "core/services/environment.h"

class QLineEdit;
class QPushButton;

// Asks before one action on many accounts: how many, how many users, on which server,
// and which accounts (the first few by name). A production action on more than
// typedCountThreshold accounts also wants the count typed, so a stray click or Enter on a
// wrong selection cannot touch a hundred hospitals. Cancel is the default button.
class BulkConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int typedCountThreshold = 10;

    struct Summary
    {
        AccountKind kind = AccountKind::ExpressCustomer;
        bool wantedActive = false;
        qsizetype accountCount = 0; // accounts the action will send requests for
        qint64 userCount = 0; // their users
        qsizetype alreadyCount = 0; // selected, but already in the wanted state: left alone
        QStringList names; // of the accounts, in order; the first few are shown
    };

    BulkConfirmDialog(const Summary &summary, const Environment &environment, QWidget *parent = nullptr);

    /// The optional reason for the audit journal, trimmed.
    QString reason() const;
    QLineEdit *reasonField() const { return m_reasonField; }
    /// The field the count must be typed in; null when none is asked for.
    QLineEdit *typedCountField() const { return m_typedCountField; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

private:
    void updateConfirmButton();

    qsizetype m_accountCount;
    QLineEdit *m_reasonField;
    QLineEdit *m_typedCountField = nullptr;
    QPushButton *m_confirmButton;
    QPushButton *m_cancelButton;
};
