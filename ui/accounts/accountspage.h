// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include "core/api/apierror.h"
#include "core/services/environment.h"
#include "ui/accounts/confirmdeactivationdialog.h"

class AccountDirectory;
class AccountFilterModel;
class AccountTableModel;

class DetailPane;
class MessageBar;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class ToggleDelegate;

// One page of the console: the accounts of one kind, searchable and sortable, with a
// switch in every row and the detail pane of the current row. The same class serves
// Express customers and organizations. It acts by account id, never by view row.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(AccountDirectory *directory, const Environment &environment, QWidget *parent = nullptr);
    ~AccountsPage() override;

    AccountDirectory *directory() const { return m_directory; }
    QTableView *view() const { return m_view; }
    AccountTableModel *tableModel() const { return m_tableModel; }
    AccountFilterModel *filterModel() const { return m_filterModel; }
    DetailPane *detailPane() const { return m_detailPane; }
    MessageBar *messageBar() const { return m_messageBar; }
    QLineEdit *searchField() const { return m_searchField; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    /// The deactivation dialog while it is open, for tests and for focus handling.
    ConfirmDeactivationDialog *openConfirmation() const { return m_confirmation; }
    /// A short title for the page's tab: "Express customers" or "Organizations".
    QString title() const;
    /// Counts for the status bar: "2,000 accounts · 1,990 shown · 240 inactive · loaded 14:02".
    QString countsText() const;

    QString currentAccountId() const;
    /// Makes `id` the current row when it is loaded and not filtered out.
    bool selectAccount(const QString &id);

    /// Writes the accounts the filter shows, in the order shown, as CSV (all fields,
    /// metadata as JSON). Reports progress through `progress(done, total)`; returning false
    /// from it cancels. False with `error` set when the file could not be written or was cancelled.
    bool exportCsv(const QString &path, QString *error = nullptr,
                   const std::function<bool(qsizetype done, qsizetype total)> &progress = {}) const;
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    void reload();
    void cancelLoading();
    void focusSearch();
    void copyCurrentId();
    /// Asks for a file name and exports the filtered view there, with a progress dialog.
    void exportView();
    /// Asks to flip the current account: deactivation asks first, reactivation does not.
    void toggleCurrent();
    void requestActive(const QString &id, bool wantedActive);

Q_SIGNALS:
    void countsChanged();
    /// A short, transient note for the window's status bar.
    void statusMessage(const QString &text);
    void currentAccountChanged(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void handleLoadStarted();
    void handleLoadProgress(qsizetype loaded);
    void handleLoadFinished();
    void handleLoadFailed(const ApiError &error);
    void handleUnavailable();
    void handleActionSucceeded(const QString &id, bool active);
    void handleActionFailed(const QString &id, bool wantedActive, const ApiError &error);
    void handleRefreshFailed(const QString &id, const ApiError &error);
    void handleRowChanged(qsizetype row);
    void updateFilter();
    void lookUpTypedId();
    void updateDetail();
    void restoreSelectionIfLoaded();
    QString accountLabel(const QString &id) const;

    AccountDirectory *m_directory;
    Environment m_environment;
    AccountTableModel *m_tableModel;
    AccountFilterModel *m_filterModel;
    QStackedWidget *m_stack;
    QLabel *m_unavailableLabel;
    QLineEdit *m_searchField;
    QComboBox *m_statusFilter;
    MessageBar *m_messageBar;
    QTableView *m_view;
    ToggleDelegate *m_toggleDelegate;
    QSplitter *m_splitter;
    DetailPane *m_detailPane;
    QWidget *m_loadingBar;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_cancelButton;
    QPointer<ConfirmDeactivationDialog> m_confirmation;
    QString m_restoreCurrentId;
    QString m_restoreTopId;
    QElapsedTimer m_progressShown; // when the loading label last changed
    QString m_lookupId;
};
