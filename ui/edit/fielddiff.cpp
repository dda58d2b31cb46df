// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielddiff.h"

#include <QHash>
#include <QHeaderView>
#include <QTableWidget>

#include "ui/common/plaintextdelegate.h"
#include "ui/edit/metadatarules.h"

using namespace Qt::StringLiterals;

namespace
{
enum Column
{
    ChangeColumn,
    FieldColumn,
    BeforeColumn,
    AfterColumn,
    ColumnCount
};

/// How a kind of change shows in the change column: a mark, and the word that reads it out.
struct KindLook
{
    char16_t mark;
    const char *word;
};
// By FieldDiffRow::Kind.
constexpr KindLook kindLooks[] = {
    { u'+', QT_TRANSLATE_NOOP("FieldDiff", "added") },
    { u'\u2212', QT_TRANSLATE_NOOP("FieldDiff", "removed") },
    { u'\u2192', QT_TRANSLATE_NOOP("FieldDiff", "changed") },
};
static_assert(std::size(kindLooks) == size_t(FieldDiffRow::Kind::Changed) + 1);

QTableWidgetItem *cell(const QString &text, const QString &accessibleText)
{
    auto *item = new QTableWidgetItem(MetadataRules::elided(text, FieldDiff::shownCharacters));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    // The PlainTextDelegate escapes tooltips, so server text in them stays plain text.
    item->setToolTip(text);
    item->setData(Qt::AccessibleTextRole, accessibleText);
    return item;
}

QTableWidgetItem *valueCell(const std::optional<QString> &value)
{
    if (!value) {
        QTableWidgetItem *item = cell(FieldDiff::tr("(none)"), FieldDiff::tr("none"));
        item->setToolTip(QString());
        item->setForeground(Qt::gray);
        return item;
    }
    return cell(*value, *value);
}
} // namespace

QList<FieldDiffRow> FieldDiff::rows(const AccountFields &before, const AccountFields &after)
{
    QList<FieldDiffRow> rows;
    if (after.name && (!before.name || *before.name != *after.name)) {
        FieldDiffRow row;
        row.kind = before.name ? FieldDiffRow::Kind::Changed : FieldDiffRow::Kind::Added;
        row.isName = true;
        row.before = before.name;
        row.after = after.name;
        rows.append(row);
    }
    if (!after.metadata)
        return rows;
    const MetadataPairs old = before.metadata.value_or(MetadataPairs());
    QHash<QString, QString> oldValues;
    for (const auto &[key, value] : old)
        oldValues.insert(key, value);
    QHash<QString, QString> newValues;
    for (const auto &[key, value] : *after.metadata) {
        newValues.insert(key, value);
        const auto found = oldValues.constFind(key);
        if (found == oldValues.cend())
            rows.append({ FieldDiffRow::Kind::Added, false, key, std::nullopt, value });
        else if (*found != value)
            rows.append({ FieldDiffRow::Kind::Changed, false, key, *found, value });
    }
    for (const auto &[key, value] : old) {
        if (!newValues.contains(key))
            rows.append({ FieldDiffRow::Kind::Removed, false, key, value, std::nullopt });
    }
    return rows;
}

QString FieldDiff::mark(FieldDiffRow::Kind kind)
{
    return QString(QChar(kindLooks[size_t(kind)].mark));
}

QTableWidget *FieldDiff::createTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, ColumnCount, parent);
    table->setHorizontalHeaderLabels({ QString(), tr("Field"), tr("Before"), tr("After") });
    table->setItemDelegate(new PlainTextDelegate(table));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    table->setAccessibleName(tr("Changes"));
    return table;
}

QTableWidgetItem *FieldDiff::fieldCell(bool isName, const QString &key, qsizetype shownLength)
{
    const QString text = isName ? tr("Name") : key;
    auto *item = new QTableWidgetItem(MetadataRules::elided(text, shownLength));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    // The PlainTextDelegate escapes tooltips, so a key from the server stays plain text there.
    item->setToolTip(isName ? QString() : text);
    item->setData(Qt::AccessibleTextRole, text);
    if (isName) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

void FieldDiff::fill(QTableWidget *table, const QList<FieldDiffRow> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const FieldDiffRow &row = rows.at(i);
        // A name given where none was known: every account has one, so it is set, not added.
        const QString kindText
            = row.kind == FieldDiffRow::Kind::Added && row.isName ? tr("set") : tr(kindLooks[size_t(row.kind)].word);
        table->setItem(i, ChangeColumn, cell(mark(row.kind), kindText));
        table->item(i, ChangeColumn)->setToolTip(kindText);
        table->item(i, ChangeColumn)->setTextAlignment(Qt::AlignCenter);
        table->setItem(i, FieldColumn, fieldCell(row.isName, row.key));
        table->setItem(i, BeforeColumn, valueCell(row.before));
        table->setItem(i, AfterColumn, valueCell(row.after));
    }
    table->resizeColumnToContents(FieldColumn);
    table->setColumnWidth(FieldColumn, qMin(table->columnWidth(FieldColumn), 200));
}
