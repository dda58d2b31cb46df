// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>

#include "core/api/apierror.h"
#include "core/domain/accountchange.h"
#include "core/services/environment.h"
#include "core/services/savedviews.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/accountsview.h"

class AccountDirectory;
class ChangeSummary;
class AccountExport;
class AccountLookup;
class AccountFilter;
class AccountFilterModel;
class AccountTableModel;
class BulkAction;
class BulkConfirmDialog;
class BulkProgressDialog;
class ConfirmDeactivationDialog;
class DetailPane;
class IdListBar;
class LoadingStrip;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class SearchBar;
class UndoNotice;

// One page of the console: the accounts of one kind, searchable and sortable, with a
// switch in every row and the detail pane of the current row. The same class serves
// Express customers and organizations.
//
// The page lays out and wires; what each part does lives in a class of its own: the table
// (AccountsView), the loading strip (LoadingStrip), the id-list bar (IdListBar), the
// confirm/bulk/undo flow (AccountActions), and finding an account by id (AccountLookup).
// It acts by account id, never by view row.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(AccountDirectory *directory, const Environment &environment, QWidget *parent = nullptr);

    /// A short title for the page's tab: "Express customers" or "Organizations".
    QString title() const;
    /// Counts for the status bar: "2,000 accounts · 1,990 shown · 240 inactive · loaded 14:02".
    QString countsText() const;

    AccountDirectory *directory() const { return m_directory; }
    AccountsView *view() const { return m_view; }
    AccountTableModel *tableModel() const { return m_tableModel; }
    AccountFilterModel *filterModel() const { return m_filterModel; }
    DetailPane *detailPane() const { return m_detailPane; }
    MessageBar *messageBar() const { return m_messageBar; }
    /// The search field and the status filter above the table.
    SearchBar *searchBar() const { return m_searchBar; }
    QLineEdit *searchField() const;
    QComboBox *statusFilter() const;
    /// The confirm, bulk and undo flow of this page.
    AccountActions *actions() const { return m_actions; }
    /// The deactivation dialog while it is open, for tests and for focus handling.
    ConfirmDeactivationDialog *openConfirmation() const { return m_actions->openConfirmation(); }
    /// The confirmation of an action on several accounts while it is open.
    BulkConfirmDialog *openBulkConfirmation() const { return m_actions->openBulkConfirmation(); }
    /// The progress of the last action on several accounts, while its dialog exists.
    BulkProgressDialog *bulkProgress() const { return m_actions->bulkProgress(); }
    /// The strip offering Undo after a deactivation.
    UndoNotice *undoNotice() const { return m_undoNotice; }
    /// The strip above the table that names the selection and offers actions on it.
    QWidget *selectionBar() const { return m_selectionBar; }
    /// The strip that says which list of ids the rows are limited to.
    IdListBar *listBar() const { return m_listBar; }
    /// The ids of the selected rows, in the order shown.
    QStringList selectedAccountIds() const { return m_view->selectedAccountIds(); }
    /// True while the rows are limited to a list of ids (showIdList()).
    bool hasIdList() const { return m_hasIdList; }

    QString currentAccountId() const { return m_view->currentAccountId(); }
    /// Makes `id` the current row when it is loaded and not filtered out.
    bool selectAccount(const QString &id) { return m_view->selectAccount(id); }
    /// Makes `id` the current row whatever hides it: the search, status filter and id list
    /// are cleared when they do, and an account not loaded yet is fetched and selected when
    /// it arrives. For a link or a ticket that names one account.
    void showAccount(const QString &id);
    /// Puts `text` in the search field, which filters the rows as if typed.
    void setSearchText(const QString &text);
    /// What the page shows now (filter, status, sort, columns) as a view called `name`.
    SavedView currentView(const QString &name) const;
    /// Shows `view` (of this page's kind): its filter, status, sort and columns. An id list
    /// or the changes since the snapshot stay as they are.
    void applyView(const SavedView &view);

    /// Starts writing the accounts the filter shows, in the order shown, as CSV (all fields,
    /// metadata as JSON) to `path`, on a worker thread; the export (owned by the page)
    /// reports progress and its end. nullptr when an export is already running.
    AccountExport *exportShown(const QString &path);
    /// Limits the rows to `ids` (a pasted or opened list named `sourceName`): ids not loaded
    /// are fetched, the list bar says how many were found and names the unknown ones, and
    /// the found rows are selected, ready for an action on all of them.
    void showIdList(const QStringList &ids, const QString &sourceName);
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    void reload();
    void cancelLoading();
    void focusSearch();
    void copyCurrentId();
    /// Copies an avara-console:// link that opens the account `id`.
    void copyAccountLink(const QString &id);
    /// Asks for a file name and exports the filtered view there, with a progress dialog.
    void exportView();
    /// Asks to flip the current account: deactivation asks first, reactivation does not.
    void toggleCurrent();
    void requestActive(const QString &id, bool wantedActive) { m_actions->requestActive(id, wantedActive); }
    /// Asks to deactivate every selected account (a confirmation first).
    void deactivateSelected() { m_actions->requestBulk(selectedAccountIds(), false); }
    /// Asks to reactivate every selected account (a confirmation first when there are several).
    void reactivateSelected() { m_actions->requestBulk(selectedAccountIds(), true); }
    /// Opens the edit dialog (name and metadata) for the current account (F2).
    void editCurrent();
    /// Opens the dialog that adds users to (`add`) or removes them from the current Express customer.
    void manageUsersOfCurrent(bool add);
    /// Sets a metadata value on (`set`), or removes a key from, every selected account.
    void editMetadataOfSelected(bool set);
    /// Selects every row the filter shows.
    void selectAllShown() { m_view->selectAllShown(); }
    /// Runs the Undo the notice offers; false when none is offered.
    bool undoLastDeactivation() { return m_actions->undoLast(); }
    /// Sends the inverse of each change (from the undo notice or the history); each is
    /// refused, with the reason, when the server's account no longer shows that change.
    BulkAction *undoChanges(const QList<AccountChange> &changes) { return m_actions->undo(changes); }
    /// Shows every loaded account again after showIdList().
    void clearIdList();

Q_SIGNALS:
    void countsChanged();
    /// The row menu's "Copy link to this view": the window knows the profile it names.
    void viewLinkRequested();
    /// A short, transient note for the window's status bar.
    void statusMessage(const QString &text);
    void currentAccountChanged(const QString &id);
    /// showIdList() has looked every id up and limited the rows to those found.
    void idListShown(const QStringList &found, const QStringList &unknown);
    /// An action on several accounts (or one) ended; every account has its result.
    void bulkActionFinished(BulkAction *action);

private:
    QWidget *buildTableArea();
    void connectParts();
    void handleLoadFinished();
    void handleChangesFound(const ChangeSummary &changes);
    /// The detail pane's note for a stale or gone row; empty for a confirmed one.
    QString provenanceOf(qsizetype row) const;
    /// Limits the rows to what changed since the snapshot (with a column saying what), or not.
    void showChanges(bool show);
    void handleLoadFailed(const ApiError &error);
    void handleUnavailable();
    void handleRefreshFailed(const QString &id, const ApiError &error);
    void handleRowChanged(qsizetype row);
    void handleIdListResolved(const QStringList &found);
    void updateFilter();
    void updateDetail();
    void restoreSelectionIfLoaded();
    void updateSelectionBar();
    void showContextMenu(const QPoint &position);

    AccountDirectory *m_directory;
    Environment m_environment;
    AccountTableModel *m_tableModel;
    AccountFilterModel *m_filterModel;
    QStackedWidget *m_stack;
    QLabel *m_unavailableLabel;
    SearchBar *m_searchBar;
    MessageBar *m_messageBar;
    AccountsView *m_view;
    QSplitter *m_splitter;
    DetailPane *m_detailPane;
    LoadingStrip *m_loadingStrip;
    UndoNotice *m_undoNotice;
    QWidget *m_selectionBar;
    QLabel *m_selectionLabel;
    IdListBar *m_listBar;
    AccountActions *m_actions;
    AccountLookup *m_lookup;
    AccountExport *m_export;
    QSet<QString> m_listIds;
    bool m_hasIdList = false; // the rows are limited to m_listIds
    bool m_isShowingChanges = false; // the rows are limited to what changed since the snapshot
    QString m_restoreCurrentId;
    QString m_restoreTopId;
};
