// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/domain/account.h"
#include "core/services/environment.h"

class QLineEdit;
class QLabel;
class QPushButton;

// Asks before an account is deactivated, naming the account, its id, its users and the
// environment, so nobody deactivates a production hospital thinking it is the sandbox.
// Cancel is the default button: Enter alone never deactivates anything.
class ConfirmDeactivationDialog : public QDialog
{
    Q_OBJECT

public:
    ConfirmDeactivationDialog(const Account &account, const Environment &environment, QWidget *parent = nullptr);

    QString accountId() const { return m_accountId; }
    QPushButton *deactivateButton() const { return m_deactivateButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLineEdit *reasonField() const { return m_reasonField; }
    /// The optional reason typed for the audit journal, trimmed.
    QString reason() const;

    /// Says that the state shown is a snapshot's, not yet confirmed; empty hides the note.
    void setProvenance(const QString &note);

private:
    QLabel *m_provenance;
    QString m_accountId;
    QPushButton *m_deactivateButton;
    QPushButton *m_cancelButton;
    QLineEdit *m_reasonField;
};
