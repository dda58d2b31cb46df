// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include "core/services/auditjournal.h"

// The audit journal as a table: one row per action, its intent joined with its outcome.
// It lives in services, not models, because it reads AuditJournal records.
class AuditHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        EnvironmentColumn,
        ActionColumn,
        AccountColumn,
        OutcomeColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        ActionIdRole = Qt::UserRole + 1,
        AccountIdRole,
        SortRole,
        UndoableRole // bool: a succeeded change that can be undone from the history (not a reactivation)
    };

    struct Entry
    {
        AuditRecord intent;
        std::optional<AuditRecord> outcome;
    };

    explicit AuditHistoryModel(QObject *parent = nullptr);

    /// Shows `journal`'s file and follows what is appended to it from now on.
    void setJournal(AuditJournal *journal);
    /// Reads the journal file again.
    void reload();
    /// Why the last reload could not read everything; empty when it could.
    QString readError() const { return m_readError; }
    const Entry &entry(int row) const { return m_entries[row]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void handleAppended(const AuditRecord &record);
    void add(const AuditRecord &record, bool announce);
    QString outcomeText(const Entry &entry) const;

    QPointer<AuditJournal> m_journal;
    QList<Entry> m_entries;
    QHash<QString, int> m_rowOfAction;
    QString m_readError;
};
