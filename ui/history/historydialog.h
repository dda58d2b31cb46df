// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "core/domain/accountchange.h"
#include "core/domain/accountkind.h"

class AuditHistoryModel;
class AuditJournal;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Who changed what, from the audit journal: filterable, sortable, exportable to CSV,
// and the place to undo a deactivation after the fact.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryDialog(AuditJournal *journal, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_searchField; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QPushButton *undoButton() const { return m_undoButton; }
    /// Writes the rows the filter shows, in the order shown, as CSV. False with `error` set on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    /// The user asked to reactivate an account that an earlier action deactivated.
    /// Undo of the selected record's change was asked for.
    void undoRequested(const AccountChange &change);

private:
    void updateUndoButton();
    void chooseExportFile();

    AuditHistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_searchField;
    QTableView *m_view;
    QPushButton *m_undoButton;
    QLabel *m_status;
};
