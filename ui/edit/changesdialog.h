// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

#include "core/domain/accountchange.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A confirmation that ends in changes to accounts: what is wrong with the input, an
// optional reason for the audit journal, Cancel (the default) and a confirm button. The
// dialog sends nothing: accept() emits changesConfirmed() with the changes() the caller queues.
//
// A subclass makes its parts with the create...() functions where they belong in its layout;
// widgets take the keyboard focus in the order they are made.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    /// The changes confirming would make now; empty while the input is not valid.
    virtual QList<AccountChange> changes() const = 0;
    /// The optional reason for the audit journal, trimmed.
    QString reason() const;

    QLabel *problemLabel() const { return m_problemLabel; }
    QLineEdit *reasonField() const { return m_reasonField; }
    QPushButton *confirmButton() const { return m_confirmButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

    /// Accepts only with changes to make that isConfirmable() allows, then emits changesConfirmed().
    void accept() override;

Q_SIGNALS:
    /// The person confirmed `changes`; emitted just before the dialog closes.
    void changesConfirmed(const QList<AccountChange> &changes);

protected:
    explicit ChangesDialog(QWidget *parent = nullptr);

    /// True when `changes` may be sent; for a confirmation that asks more than valid input.
    virtual bool isConfirmable(const QList<AccountChange> &changes) const;

    /// The label that lists what is wrong, in the colour of a failure.
    QLabel *createProblemLabel();
    /// The reason field (Enter in it does nothing).
    QLineEdit *createReasonField();
    /// Cancel and the confirm button, wired to reject() and accept().
    QDialogButtonBox *createButtons();

private:
    QLabel *m_problemLabel = nullptr;
    QLineEdit *m_reasonField = nullptr;
    QPushButton *m_confirmButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
