// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsview.h"

#include <algorithm>
#include <utility>

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include "core/models/accountfiltermodel.h"
#include "core/models/accountstatus.h"
#include "core/models/accounttablemodel.h"
#include "ui/common/dialogparts.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/toggledelegate.h"

using namespace Qt::StringLiterals;

AccountsView::AccountsView(AccountKind kind, AccountFilterModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_toggleDelegate(new ToggleDelegate(this))
{
    setObjectName(u"accountsView"_s);
    setAccessibleName(kind == AccountKind::ExpressCustomer ? tr("Express customers") : tr("Organizations"));
    setModel(model);
    auto *cells = new PlainTextDelegate(this);
    cells->setQuietRoles({ AccountTableModel::IsStaleRole, AccountTableModel::IsGoneRole });
    setItemDelegate(cells);
    setItemDelegateForColumn(AccountTableModel::StatusColumn, m_toggleDelegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Shift- and Ctrl-click (and Ctrl+A) select many rows for one action on all of them.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the detail pane; the arrow keys move within it.
    setTabKeyNavigation(false);
    setSortingEnabled(true);
    sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    setWordWrap(false);
    setAlternatingRowColors(true);
    setTextElideMode(Qt::ElideRight);
    // Fixed row heights let the view skip measuring rows: essential at 100,000 rows.
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    sizeColumns();
    // What a support engineer scans for fits a 1280-pixel window without scrolling sideways;
    // creation time, metadata and creator are one right-click away (the header's menu), and
    // a layout the person chose is restored over this.
    for (const int column : { AccountTableModel::CreatedColumn, AccountTableModel::MetadataColumn,
             AccountTableModel::CreatedByColumn, AccountTableModel::ChangesColumn })
        columns->setSectionHidden(column, true);
    // Right-clicking the header chooses the columns; the header's saved state remembers them.
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, &AccountsView::showColumnChooser);
    connect(m_toggleDelegate, &ToggleDelegate::toggleRequested, this, &AccountsView::toggleRequested);
}

void AccountsView::sizeColumns()
{
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    const int timeWidth = metrics.horizontalAdvance(u"2026-12-31 23:59"_s) + em;
    const QList<std::pair<int, int>> widths = {
        { AccountTableModel::StatusColumn, 50 + metrics.horizontalAdvance(AccountStatus::widestText()) + em },
        { AccountTableModel::NameColumn, 22 * em },
        { AccountTableModel::IdColumn, DialogParts::accountIdWidth(metrics) },
        { AccountTableModel::UsersColumn, 5 * em },
        { AccountTableModel::CreatedColumn, timeWidth },
        { AccountTableModel::UpdatedColumn, timeWidth },
        { AccountTableModel::MetadataColumn, 20 * em },
    };
    // Never narrower than the column's own title, which is longer in some languages
    // ("Benutzer"), with room for the sort indicator.
    const QFontMetrics headerMetrics = horizontalHeader()->fontMetrics();
    for (const auto &[column, width] : widths) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        horizontalHeader()->resizeSection(column, std::max(width, headerMetrics.horizontalAdvance(title) + 3 * em));
    }
}

void AccountsView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    // Once the window around it has its size: at the show itself the view may be narrower.
    if (std::exchange(m_fitsNameOnShow, false))
        QTimer::singleShot(0, this, &AccountsView::fitNameColumn);
}

void AccountsView::fitNameColumn()
{
    // Titles and statuses are wider in some languages ("Benutzer", "Wird deaktiviert…"):
    // the name gives up what the others need, down to a width that still reads.
    QHeaderView *columns = horizontalHeader();
    // As if the vertical scroll bar were there: it comes with the first pages.
    const int scrollBar
        = verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int overflow = columns->length() - (viewport()->width() - scrollBar);
    if (overflow <= 0)
        return;
    const int narrowest = 14 * fontMetrics().horizontalAdvance(u'M');
    const int name = columns->sectionSize(AccountTableModel::NameColumn);
    columns->resizeSection(AccountTableModel::NameColumn, std::max(narrowest, name - overflow));
}

void AccountsView::showColumnChooser(const QPoint &position)
{
    QHeaderView *columns = horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(u"columnChooser"_s);
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        QAction *toggle = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!columns->isSectionHidden(column));
        // The name identifies the row for people and screen readers: it always stays.
        toggle->setEnabled(column != AccountTableModel::NameColumn);
        connect(toggle, &QAction::toggled, columns,
            [columns, column](bool shown) { columns->setSectionHidden(column, !shown); });
    }
    menu.exec(columns->mapToGlobal(position));
}

QStringList AccountsView::visibleColumnKeys() const
{
    const QHeaderView *columns = horizontalHeader();
    QStringList keys;
    for (int visual = 0; visual < columns->count(); ++visual) {
        const int column = columns->logicalIndex(visual);
        if (!columns->isSectionHidden(column))
            keys.append(AccountTableModel::columnKey(column));
    }
    return keys;
}

void AccountsView::showColumns(const QStringList &keys)
{
    QList<int> shown;
    for (const QString &key : keys) {
        const int column = AccountTableModel::columnForKey(key);
        if (column >= 0 && !shown.contains(column))
            shown.append(column);
    }
    if (!shown.contains(AccountTableModel::NameColumn))
        shown.prepend(AccountTableModel::NameColumn);
    QHeaderView *columns = horizontalHeader();
    for (int visual = 0; visual < shown.size(); ++visual)
        columns->moveSection(columns->visualIndex(shown.at(visual)), visual);
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column)
        columns->setSectionHidden(column, !shown.contains(column));
}

QString AccountsView::currentAccountId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(AccountTableModel::AccountIdRole).toString() : QString();
}

bool AccountsView::isCurrentActive() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && current.data(AccountTableModel::IsActiveRole).toBool();
}

QStringList AccountsView::selectedAccountIds() const
{
    QModelIndexList rows = selectionModel()->selectedRows(AccountTableModel::NameColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(AccountTableModel::AccountIdRole).toString());
    return ids;
}

qsizetype AccountsView::selectedCount() const
{
    qsizetype selected = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        selected += range.height();
    return selected;
}

QString AccountsView::topAccountId() const
{
    const QModelIndex top = indexAt(QPoint(1, 1));
    return top.isValid() ? top.data(AccountTableModel::AccountIdRole).toString() : QString();
}

bool AccountsView::selectAccount(const QString &id)
{
    const QModelIndex index = m_model->indexOfAccount(id, AccountTableModel::NameColumn);
    if (!index.isValid())
        return false;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

bool AccountsView::scrollAccountToTop(const QString &id)
{
    const QModelIndex index = m_model->indexOfAccount(id);
    if (!index.isValid())
        return false;
    scrollTo(index, QAbstractItemView::PositionAtTop);
    return true;
}

void AccountsView::selectAllShown()
{
    selectAll();
    // The detail pane follows the current row: give it one among the selected.
    if (!currentIndex().isValid() && m_model->rowCount() > 0)
        selectionModel()->setCurrentIndex(
            m_model->index(0, AccountTableModel::NameColumn), QItemSelectionModel::NoUpdate);
    setFocus(Qt::OtherFocusReason);
}

void AccountsView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        Q_EMIT toggleCurrentRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
