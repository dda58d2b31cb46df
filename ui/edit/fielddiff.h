// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/domain/accountchange.h"

class QTableWidget;
class QTableWidgetItem;
class QWidget;

// One line of what an update changes, as the confirmation shows it: the name, or one
// metadata key added (+), removed (−) or given a new value (old → new).
struct FieldDiffRow
{
    enum class Kind
    {
        Added,
        Removed,
        Changed,
    };

    Kind kind = Kind::Changed;
    bool isName = false; // else a metadata key
    QString key; // the metadata key; empty for the name
    std::optional<QString> before; // absent for an added key
    std::optional<QString> after; // absent for a removed key

    friend bool operator==(const FieldDiffRow &a, const FieldDiffRow &b)
    {
        return a.kind == b.kind && a.isName == b.isName && a.key == b.key && a.before == b.before && a.after == b.after;
    }
};

// Builds and shows the difference between two sets of fields. The rows are plain data so
// tests and the bulk summary can read them; the table shows them in plain text, each cell
// elided to one line with the whole value in its tooltip.
class FieldDiff
{
    Q_DECLARE_TR_FUNCTIONS(FieldDiff)

public:
    /// Characters a cell shows before it is elided.
    static constexpr int shownCharacters = 60;

    /// What turns `before` into `after`, for the fields `after` sets: the name first, then
    /// changed and added keys in `after`'s order, then removed keys in `before`'s order.
    static QList<FieldDiffRow> rows(const AccountFields &before, const AccountFields &after);
    /// A read-only table for rows(): Change, Field, Before, After.
    static QTableWidget *createTable(QWidget *parent);
    /// Shows `rows` in a table made by createTable().
    static void fill(QTableWidget *table, const QList<FieldDiffRow> &rows);
    /// The first cell of a row that names a field: "Name" in bold for the name, else the
    /// metadata key, elided to `shownLength` characters with the whole key in its tooltip.
    static QTableWidgetItem *fieldCell(bool isName, const QString &key, qsizetype shownLength = shownCharacters);
    /// "+", "−" or "→", as the table's first column shows a row's kind.
    static QString mark(FieldDiffRow::Kind kind);
};
