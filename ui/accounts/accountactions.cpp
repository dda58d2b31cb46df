// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountactions.h"

#include <QLocale>
#include <QWidget>

#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/bulkaction.h"
#include "ui/accounts/bulkconfirmdialog.h"
#include "ui/accounts/bulkprogressdialog.h"
#include "ui/accounts/confirmdeactivationdialog.h"
#include "ui/common/messagebar.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/undonotice.h"
#include "ui/edit/bulkmetadatadialog.h"
#include "ui/edit/editaccountdialog.h"
#include "ui/edit/editconflictdialog.h"
#include "ui/edit/usersdialog.h"

using namespace Qt::StringLiterals;

AccountActions::AccountActions(AccountDirectory *directory, const Environment &environment, QWidget *dialogParent,
    MessageBar *messages, UndoNotice *undoNotice)
    : QObject(dialogParent)
    , m_directory(directory)
    , m_environment(environment)
    , m_dialogParent(dialogParent)
    , m_messages(messages)
    , m_undoNotice(undoNotice)
{
    connect(directory, &AccountDirectory::actionSucceeded, this, &AccountActions::handleActionSucceeded);
    connect(directory, &AccountDirectory::actionFailed, this, &AccountActions::handleActionFailed);
    connect(directory, &AccountDirectory::changeSucceeded, this, &AccountActions::handleChangeSucceeded);
    connect(directory, &AccountDirectory::changeFailed, this, &AccountActions::handleChangeFailed);
}

QString AccountActions::accountLabel(const QString &id) const
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    // The name is isolated: a bidi override left open in it would otherwise reverse the id
    // and everything else that follows it in a message.
    return row < 0 ? id : tr("\u201c%1\u201d (%2)").arg(isolatedText(store->name(row)), id);
}

void AccountActions::requestActive(const QString &id, bool wantedActive)
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    if (row < 0 || store->isPending(row) || m_confirmation)
        return;
    const AccountChange change = AccountChange::setActive(store->accountId(row), wantedActive);
    if (wantedActive) {
        run({ change }, false);
        return;
    }
    m_confirmation = new ConfirmDeactivationDialog(store->account(row), m_environment, m_dialogParent);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    if (store->isStale(row)) {
        m_confirmation->setProvenance(
            tr("The state shown is as of %1, from the saved copy; the server's answer will show the account as it is.")
                .arg(QLocale().toString(m_directory->snapshotAsOf().toLocalTime(), QLocale::ShortFormat)));
    }
    connect(m_confirmation, &QDialog::accepted, this, [this, change] {
        AccountChange confirmed = change;
        confirmed.setReason(m_confirmation ? m_confirmation->reason() : QString());
        run({ confirmed }, false);
    });
    connect(m_confirmation, &QDialog::finished, this, &AccountActions::confirmationClosed);
    m_confirmation->open();
}

void AccountActions::requestBulk(const QStringList &ids, bool wantedActive)
{
    if (ids.isEmpty() || m_confirmation || m_bulkConfirmation) {
        if (ids.isEmpty())
            Q_EMIT statusMessage(tr("Select the accounts first (Shift- or Ctrl-click, Ctrl+A for all shown)."));
        return;
    }
    if (ids.size() == 1) {
        requestActive(ids.first(), wantedActive);
        return;
    }
    const AccountStore *store = m_directory->store();
    BulkConfirmDialog::Summary summary;
    summary.kind = m_directory->kind();
    summary.wantedActive = wantedActive;
    QList<AccountChange> changes;
    for (const QString &id : ids) {
        const qsizetype row = store->rowOf(id);
        if (row < 0)
            continue;
        // An account with an action under way is sent anyway: the newest intent wins.
        if (store->record(row).isActive() == wantedActive && !store->isPending(row)) {
            ++summary.alreadyCount;
            continue;
        }
        changes.append(AccountChange::setActive(store->accountId(row), wantedActive));
        summary.userCount += store->record(row).userCount;
        summary.names.append(store->name(row));
    }
    summary.accountCount = changes.size();
    if (changes.isEmpty()) {
        Q_EMIT statusMessage(wantedActive
                ? tr("All %n selected account(s) are already active.", nullptr, int(ids.size()))
                : tr("All %n selected account(s) are already inactive.", nullptr, int(ids.size())));
        return;
    }
    m_bulkConfirmation = new BulkConfirmDialog(summary, m_environment, m_dialogParent);
    m_bulkConfirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_bulkConfirmation, &QDialog::accepted, this, [this, changes]() mutable {
        const QString reason = m_bulkConfirmation ? m_bulkConfirmation->reason() : QString();
        for (AccountChange &change : changes)
            change.setReason(reason);
        run(changes, true);
    });
    connect(m_bulkConfirmation, &QDialog::finished, this, &AccountActions::confirmationClosed);
    m_bulkConfirmation->open();
}

bool AccountActions::openEditor(QDialog *dialog)
{
    if (m_editor || m_confirmation || m_bulkConfirmation) {
        delete dialog;
        return false;
    }
    m_editor = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &AccountActions::confirmationClosed);
    dialog->open();
    return true;
}

void AccountActions::editAccount(const QString &id)
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    if (row < 0 || store->isPending(row))
        return;
    auto *dialog = new EditAccountDialog(store->account(row), m_environment, m_dialogParent);
    connect(dialog, &EditAccountDialog::changeConfirmed, this,
        [this](const AccountChange &change) { run({ change }, false); });
    openEditor(dialog);
}

void AccountActions::manageUsers(const QString &id, bool add)
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    if (row < 0 || store->isPending(row) || m_directory->kind() != AccountKind::ExpressCustomer)
        return;
    auto *dialog = new UsersDialog(
        store->account(row), m_environment, add ? UsersDialog::Mode::Add : UsersDialog::Mode::Remove, m_dialogParent);
    connect(dialog, &UsersDialog::changesConfirmed, this, [this](const QList<AccountChange> &changes) {
        // One account, several users: they go one after another through its queue, each
        // with its own result, shown together when there are several.
        for (const AccountChange &change : changes)
            run({ change }, false);
    });
    openEditor(dialog);
}

void AccountActions::editMetadata(const QStringList &ids, bool set)
{
    const AccountStore *store = m_directory->store();
    QList<Account> accounts;
    for (const QString &id : ids) {
        const qsizetype row = store->rowOf(id);
        if (row >= 0)
            accounts.append(store->account(row));
    }
    if (accounts.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the accounts first (Shift- or Ctrl-click, Ctrl+A for all shown)."));
        return;
    }
    auto *dialog = new BulkMetadataDialog(accounts, m_environment,
        set ? BulkMetadataDialog::Mode::SetValue : BulkMetadataDialog::Mode::RemoveKey, m_dialogParent);
    connect(dialog, &BulkMetadataDialog::changesConfirmed, this,
        [this](const QList<AccountChange> &changes) { run(changes, true); });
    openEditor(dialog);
}

void AccountActions::showConflict(const AccountChange &change)
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(change.accountId().toString());
    if (row < 0)
        return;
    // The row already shows the server's account: the verification read it.
    auto *dialog = new EditConflictDialog(change, store->account(row), m_environment, m_dialogParent);
    connect(dialog, &EditConflictDialog::changeConfirmed, this,
        [this](const AccountChange &resolved) { run({ resolved }, false); });
    openEditor(dialog);
}

BulkAction *AccountActions::run(const QList<AccountChange> &changes, bool showsProgress)
{
    return start(new BulkAction(m_directory, changes, this), showsProgress);
}

BulkAction *AccountActions::start(BulkAction *action, bool showsProgress)
{
    connect(action, &BulkAction::finished, this,
        [this, action, showsProgress] { handleBulkFinished(action, showsProgress); });
    if (showsProgress) {
        for (qsizetype i = 0; i < action->size(); ++i)
            m_quietIds.insert(action->item(i).accountId);
        if (m_bulkProgress && !m_bulkProgress->action()->isRunning())
            m_bulkProgress->deleteLater();
        const int count = int(action->size());
        const QString title = action->isDeactivation() ? tr("Deactivating %n account(s)", nullptr, count)
            : action->wantedActive()                   ? tr("Reactivating %n account(s)", nullptr, count)
                                                       : tr("Changing %n account(s)", nullptr, count);
        m_bulkProgress = new BulkProgressDialog(action, title, m_dialogParent);
        m_bulkProgress->setAttribute(Qt::WA_DeleteOnClose);
        m_bulkProgress->show();
    }
    action->start();
    return action;
}

void AccountActions::handleBulkFinished(BulkAction *action, bool showsProgress)
{
    for (qsizetype i = 0; i < action->size(); ++i)
        m_quietIds.remove(action->item(i).accountId);
    Q_EMIT bulkActionFinished(action);
    const bool wasUndo = m_undoActions.remove(action);
    // An edit that met a newer state of the account on the server: the person decides.
    if (!wasUndo && action->size() == 1) {
        const BulkAction::Item &item = action->item(0);
        if (item.state == BulkAction::State::Failed && item.error.kind == ApiError::Kind::Conflict
            && item.change.type() == AccountChange::Type::Update)
            showConflict(item.change);
    }
    // Every change but a reactivation can be taken back at once (undoing a reactivation
    // is a deactivation, which is confirmed first); an undo is not undone in turn.
    if (!wasUndo && !action->wantedActive() && !action->changedChanges().isEmpty())
        offerUndo(action);
    const qsizetype failed = action->count(BulkAction::State::Failed);
    // A "…ing" message about work under way is replaced by its outcome once the work ends.
    const qsizetype changed = action->count(BulkAction::State::Changed);
    if (wasUndo && failed > 0)
        Q_EMIT statusMessage(
            tr("Undo done: %1 of %2 restored, %3 refused or failed.").arg(changed).arg(action->size()).arg(failed));
    else if (wasUndo)
        Q_EMIT statusMessage(tr("Undo done: %1 of %2 restored.").arg(changed).arg(action->size()));
    else if (showsProgress)
        Q_EMIT statusMessage(tr("Done: %1 of %2 changed, %3 already so, %4 failed.")
                                 .arg(changed)
                                 .arg(action->size())
                                 .arg(action->count(BulkAction::State::Unchanged))
                                 .arg(failed));
    if (showsProgress && failed > 0
        && !(m_bulkProgress && m_bulkProgress->action() == action && m_bulkProgress->isVisible())) {
        // The dialog was closed while the batch ran: the failures must still be seen.
        m_messages->showMessage(MessageBar::Level::Error,
            tr("%1 of %2 accounts could not be changed.").arg(failed).arg(action->size()), tr("Show results"),
            [this, action] {
                if (m_bulkProgress && m_bulkProgress->action() == action) {
                    m_bulkProgress->show();
                    m_bulkProgress->raise();
                }
            });
    }
    // A batch whose dialog was closed is no longer needed once done; one with its dialog
    // open goes with the dialog. A single change goes once its undo is decided.
    if (!showsProgress || !m_bulkProgress || m_bulkProgress->action() != action)
        action->deleteLater();
    else
        action->setParent(m_bulkProgress);
}

void AccountActions::offerUndo(BulkAction *action)
{
    const QList<AccountChange> changed = action->changedChanges();
    const int count = int(changed.size());
    QString text;
    if (action->isDeactivation())
        text = count == 1 ? tr("Deactivated %1.").arg(accountLabel(changed.first().accountId().toString()))
                          : tr("Deactivated %n account(s).", nullptr, count);
    else
        text = count == 1 ? tr("Changed %1.").arg(accountLabel(changed.first().accountId().toString()))
                          : tr("Changed %n account(s).", nullptr, count);
    m_undoNotice->showNotice(text, [this, changed] { undo(changed); });
}

BulkAction *AccountActions::undo(const QList<AccountChange> &changes)
{
    // Undo is the inverse of each recorded change, sent only while the server still shows
    // what the change made (the inverse expects it): an account changed by someone else
    // since is left alone and reported.
    QList<AccountChange> inverses;
    inverses.reserve(changes.size());
    for (const AccountChange &change : changes) {
        AccountChange inverse = change.inverse();
        inverse.setReason(change.reason().isEmpty() ? tr("Undo") : tr("Undo: %1").arg(change.reason()));
        inverses.append(inverse);
    }
    auto *action = new BulkAction(m_directory, inverses, this);
    m_undoActions.insert(action);
    start(action, inverses.size() > 1);
    Q_EMIT statusMessage(tr("Undoing %n change(s)\u2026", nullptr, int(inverses.size())));
    return action;
}

bool AccountActions::undoLast()
{
    return m_undoNotice->undo();
}

void AccountActions::handleActionSucceeded(const QString &id, bool active)
{
    if (m_quietIds.contains(id))
        return;
    Q_EMIT statusMessage(
        active ? tr("Reactivated %1").arg(accountLabel(id)) : tr("Deactivated %1").arg(accountLabel(id)));
}

void AccountActions::handleActionFailed(const QString &id, bool wantedActive, const ApiError &error)
{
    if (m_quietIds.contains(id))
        return;
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    QString state;
    if (row >= 0)
        state = store->record(row).isActive() ? tr("The server says it is active.")
                                              : tr("The server says it is inactive.");
    const QString what = wantedActive ? tr("Could not reactivate %1.").arg(accountLabel(id))
                                      : tr("Could not deactivate %1.").arg(accountLabel(id));
    m_messages->showMessage(MessageBar::Level::Error, what + u' ' + state + u' ' + MessageBar::errorText(error),
        tr("Retry"), [this, id, wantedActive] { m_directory->setActive(id, wantedActive); });
}

void AccountActions::handleChangeSucceeded(const QString &id, const AccountChange &change)
{
    if (m_quietIds.contains(id))
        return;
    Q_EMIT statusMessage(tr("Changed %1: %2").arg(accountLabel(id), change.describe()));
}

void AccountActions::handleChangeFailed(const QString &id, const AccountChange &change, const ApiError &error)
{
    if (m_quietIds.contains(id))
        return;
    m_messages->showMessage(MessageBar::Level::Error,
        tr("Could not change %1 (%2). %3").arg(accountLabel(id), change.describe(), MessageBar::errorText(error)));
}
