// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTableView>

#include "core/domain/accountkind.h"

class AccountFilterModel;
class ToggleDelegate;

// The table of one kind's accounts: plain-text cells, the switch in the status column,
// many rows selectable for one action, columns sized for their content and chosen from
// the header's menu, fixed row heights (it has to stay fast at 100,000 rows). It speaks in
// account ids, never in view rows; what a click or a key asks for goes out as a signal.
class AccountsView : public QTableView
{
    Q_OBJECT

public:
    AccountsView(AccountKind kind, AccountFilterModel *model, QWidget *parent = nullptr);

    AccountFilterModel *accountsModel() const { return m_model; }
    ToggleDelegate *toggleDelegate() const { return m_toggleDelegate; }

    /// The id of the current row, or empty.
    QString currentAccountId() const;
    /// Whether the current account is active, as the server last said; false without one.
    bool isCurrentActive() const;
    /// The ids of the selected rows, in the order shown.
    QStringList selectedAccountIds() const;
    /// How many rows are selected.
    qsizetype selectedCount() const;
    /// The id of the first row in view, or empty.
    QString topAccountId() const;
    /// Makes `id` current (and the only selected row) when it is shown; false otherwise.
    bool selectAccount(const QString &id);
    /// Scrolls so that `id` is the first row in view; false when it is not shown.
    bool scrollAccountToTop(const QString &id);
    /// Selects every row the filter shows and gives the detail pane a current row.
    void selectAllShown();
    /// The visible columns, left to right, by AccountTableModel::columnKey().
    QStringList visibleColumnKeys() const;
    /// Shows the columns `keys` names, in that order from the left, and hides the others;
    /// the name column stays whatever `keys` says (it identifies the row).
    void showColumns(const QStringList &keys);
    /// The column widths were restored from a saved layout: the first show keeps them.
    void keepColumnWidths() { m_fitsNameOnShow = false; }

Q_SIGNALS:
    /// The switch of `id` was clicked, asking for `wantedActive`.
    void toggleRequested(const QString &id, bool wantedActive);
    /// Space was pressed on the current row.
    void toggleCurrentRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void sizeColumns();
    /// Narrows the name column (it elides) so the columns fit the view without scrolling.
    void fitNameColumn();
    void showColumnChooser(const QPoint &position);

    AccountFilterModel *m_model;
    ToggleDelegate *m_toggleDelegate;
    bool m_fitsNameOnShow = true;
};
