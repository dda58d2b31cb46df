// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include "core/api/apierror.h"
#include "core/domain/accountchange.h"
#include "core/services/environment.h"
#include "ui/accounts/bulkconfirmdialog.h"
#include "ui/accounts/bulkprogressdialog.h"
#include "ui/accounts/confirmdeactivationdialog.h"

class AccountDirectory;
class BulkAction;
class MessageBar;
class QDialog;
class QWidget;
class UndoNotice;

// What happens between a person asking for a change and the rows showing its outcome:
// the confirmation (one account, or many with counts), the action itself (always a
// BulkAction, of one account for a single toggle), its progress dialog, the messages for
// what failed and how to retry, and the Undo offered afterwards. The page only lays out
// and forwards intents here.
//
// Undo is kept here, not in a QUndoStack: Qt 6 has QUndoStack in Qt GUI (core links Qt Core
// only), and its undo() is synchronous and always succeeds, while ours is a request the
// server may refuse (the inverse change expects the state the change made). The notice
// offers the last step; the history offers every recorded one.
class AccountActions : public QObject
{
    Q_OBJECT

public:
    /// Dialogs open over `dialogParent`; failures go to `messages`, Undo to `undoNotice`.
    AccountActions(AccountDirectory *directory, const Environment &environment, QWidget *dialogParent,
        MessageBar *messages, UndoNotice *undoNotice);

    /// Asks to make one account `wantedActive`: a deactivation is confirmed first.
    void requestActive(const QString &id, bool wantedActive);
    /// Asks to change many accounts: confirmed with counts first (one account goes as requestActive()).
    void requestBulk(const QStringList &ids, bool wantedActive);
    /// Opens the edit dialog for `id` (name and metadata); what it confirms is queued.
    void editAccount(const QString &id);
    /// Opens the dialog that adds (`add`) or removes users of the Express customer `id`.
    void manageUsers(const QString &id, bool add);
    /// Opens the dialog that sets a metadata value on (`set`), or removes a key from, every one of `ids`.
    void editMetadata(const QStringList &ids, bool set);
    /// Runs `changes` (one per account) with a progress dialog when `showsProgress`.
    BulkAction *run(const QList<AccountChange> &changes, bool showsProgress);
    /// Sends the inverse of each change (from the undo notice or the history); each is
    /// refused, with the reason, when the server's account no longer shows that change.
    BulkAction *undo(const QList<AccountChange> &changes);
    /// Runs the Undo the notice offers; false when none is offered.
    bool undoLast();

    /// "“Name” (id)", with the name isolated so its text direction cannot spill over.
    QString accountLabel(const QString &id) const;

    ConfirmDeactivationDialog *openConfirmation() const { return m_confirmation; }
    BulkConfirmDialog *openBulkConfirmation() const { return m_bulkConfirmation; }
    BulkProgressDialog *bulkProgress() const { return m_bulkProgress; }

Q_SIGNALS:
    /// An action on several accounts (or one) ended; every account has its result.
    void bulkActionFinished(BulkAction *action);
    /// A short, transient note for the window's status bar.
    void statusMessage(const QString &text);
    /// A confirmation closed (accepted or not): focus may go back to the table.
    void confirmationClosed();

private:
    BulkAction *start(BulkAction *action, bool showsProgress);
    void handleBulkFinished(BulkAction *action, bool showsProgress);
    void offerUndo(BulkAction *action);
    void handleActionSucceeded(const QString &id, bool active);
    void handleActionFailed(const QString &id, bool wantedActive, const ApiError &error);
    void handleChangeSucceeded(const QString &id, const AccountChange &change);
    void handleChangeFailed(const QString &id, const AccountChange &change, const ApiError &error);
    /// The server's account changed between the dialog and the send: the three versions, and a choice.
    void showConflict(const AccountChange &change);
    /// Opens `dialog` over the page, once at a time; false when another editing dialog is open.
    bool openEditor(QDialog *dialog);

    AccountDirectory *m_directory;
    Environment m_environment;
    QWidget *m_dialogParent;
    MessageBar *m_messages;
    UndoNotice *m_undoNotice;
    QPointer<ConfirmDeactivationDialog> m_confirmation;
    QPointer<BulkConfirmDialog> m_bulkConfirmation;
    QPointer<BulkProgressDialog> m_bulkProgress;
    QPointer<QDialog> m_editor; // the edit, users, metadata or conflict dialog while open
    QSet<BulkAction *> m_undoActions; // running undos: not offered for undo in turn
    QSet<QString> m_quietIds; // accounts of a batch with a progress dialog: no message per account
};
