// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounttablemodel.h"

#include <iterator>

#include <QDateTime>
#include <QLocale>

#include "core/domain/utf8.h"
#include "core/models/accountsortkey.h"
#include "core/models/accountstatus.h"

using namespace Qt::StringLiterals;

namespace
{
const QString emDash = u"\u2014"_s;
}

AccountTableModel::AccountTableModel(AccountStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_publishedRows(int(store->size()))
{
    Q_ASSERT(store);
    m_insertTimer.setSingleShot(true);
    m_insertTimer.setInterval(m_insertInterval);
    connect(&m_insertTimer, &QTimer::timeout, this, &AccountTableModel::handleInsertTimeout);
    connect(store, &AccountStore::aboutToReset, this, &AccountTableModel::handleStoreAboutToReset);
    connect(store, &AccountStore::wasReset, this, &AccountTableModel::handleStoreWasReset);
    connect(store, &AccountStore::rowsAppended, this, &AccountTableModel::handleRowsAppended);
    connect(store, &AccountStore::rowChanged, this, &AccountTableModel::handleRowChanged);
    connect(store, &AccountStore::rowsConfirmed, this, &AccountTableModel::handleRowsConfirmed);
    connect(store, &AccountStore::changesChanged, this, &AccountTableModel::handleChangesChanged);
}

void AccountTableModel::setInsertInterval(int milliseconds)
{
    m_insertInterval = qMax(0, milliseconds);
    m_currentInterval = m_insertInterval;
    m_insertTimer.setInterval(m_insertInterval);
    if (m_insertInterval == 0)
        publishPendingRows();
}

void AccountTableModel::publishPendingRows()
{
    m_insertTimer.stop();
    const int target = int(m_store->size());
    if (target <= m_publishedRows)
        return;
    beginInsertRows(QModelIndex(), m_publishedRows, target - 1);
    m_publishedRows = target;
    endInsertRows();
}

QList<int> AccountTableModel::changeableRoles()
{
    return { Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, IsActiveRole, PendingRole, PendingActionRole,
        StatusTextRole, FailedRole, SortRole, TimestampMsRole, IsStaleRole, IsGoneRole };
}

QList<int> AccountTableModel::confirmationRoles()
{
    return { IsStaleRole, Qt::AccessibleTextRole, Qt::ToolTipRole };
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_publishedRows;
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    // Views and QAbstractItemModelTester ask about the invalid root index too: no warning for that.
    if (!checkIndex(index, CheckIndexOption::ParentIsInvalid) || !index.isValid())
        return {};
    const qsizetype row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::AccessibleTextRole:
        // Painted status cells are invisible to screen readers; other cells fall back to their text.
        return column == StatusColumn ? QVariant(accessibleStatusText(row)) : QVariant();
    case IsStaleRole:
        return m_store->isStale(row);
    case IsGoneRole:
        return m_store->isGone(row);
    case Qt::TextAlignmentRole:
        return column == UsersColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case AccountIdRole:
        return m_store->id(row);
    case IsActiveRole:
        return m_store->record(row).isActive();
    case PendingRole:
        return m_store->isPending(row);
    case PendingActionRole:
        return int(m_store->pendingAction(row));
    case StatusTextRole:
        return AccountStatus::textWithFailure(
            m_store->record(row).isActive(), m_store->pendingAction(row), m_store->hasFailed(row));
    case FailedRole:
        return m_store->hasFailed(row);
    case SortRole:
        return sortData(row, column);
    case TimestampMsRole: {
        if (column != CreatedColumn && column != UpdatedColumn)
            return {};
        const qint64 ms = timestampMs(row, column);
        return ms == nullTimestamp ? QVariant() : QVariant::fromValue(ms);
    }
    default:
        return {};
    }
}

namespace
{
// Indexed by Column; a saved view or a file names columns by these, so they never change.
constexpr QLatin1StringView columnKeys[] = { "status"_L1, "name"_L1, "id"_L1, "users"_L1, "created"_L1, "updated"_L1,
    "metadata"_L1, "createdBy"_L1, "changes"_L1 };
static_assert(std::size(columnKeys) == AccountTableModel::ColumnCount);

// Indexed by Column: what the header says.
constexpr const char *columnTitles[] = { QT_TRANSLATE_NOOP("AccountTableModel", "Status"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Name"), QT_TRANSLATE_NOOP("AccountTableModel", "ID"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Users"), QT_TRANSLATE_NOOP("AccountTableModel", "Created"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Updated"), QT_TRANSLATE_NOOP("AccountTableModel", "Metadata"),
    QT_TRANSLATE_NOOP("AccountTableModel", "Created by"), QT_TRANSLATE_NOOP("AccountTableModel", "What changed") };
static_assert(std::size(columnTitles) == AccountTableModel::ColumnCount);
} // namespace

QString AccountTableModel::columnKey(int column)
{
    return column >= 0 && column < ColumnCount ? QString(columnKeys[column]) : QString();
}

int AccountTableModel::columnForKey(QStringView key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (key == columnKeys[column])
            return column;
    }
    return -1;
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == UsersColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return tr(columnTitles[section]);
}

Qt::ItemFlags AccountTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::ParentIsInvalid) || !index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AccountTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AccountIdRole, "accountId"_ba);
    names.insert(IsActiveRole, "isActive"_ba);
    names.insert(PendingRole, "pending"_ba);
    names.insert(PendingActionRole, "pendingAction"_ba);
    names.insert(StatusTextRole, "statusText"_ba);
    names.insert(FailedRole, "failed"_ba);
    names.insert(SortRole, "sortKey"_ba);
    names.insert(TimestampMsRole, "timestampMs"_ba);
    names.insert(IsStaleRole, "isStale"_ba);
    names.insert(IsGoneRole, "isGone"_ba);
    return names;
}

void AccountTableModel::handleStoreAboutToReset()
{
    beginResetModel();
    m_insertTimer.stop();
    m_lastPublished.invalidate();
    m_currentInterval = m_insertInterval;
}

void AccountTableModel::handleStoreWasReset()
{
    m_publishedRows = int(m_store->size());
    endResetModel();
}

void AccountTableModel::handleRowsAppended()
{
    // A snapshot's rows, adopted at once and sorted already for the view: nothing to pace, and
    // the sorted order is only offered while the store announces them.
    if (m_insertInterval == 0 || m_store->hasPresorted()) {
        publishPendingRows();
        return;
    }
    // Not restarted while running: a steady stream of pages still shows up once per interval.
    if (m_insertTimer.isActive())
        return;
    // A quiet store (no publish for a few intervals) starts again from the set interval.
    if (!m_lastPublished.isValid() || m_lastPublished.elapsed() > 2 * qint64(m_currentInterval) + m_insertInterval)
        m_currentInterval = m_insertInterval;
    m_insertTimer.start(m_currentInterval);
}

void AccountTableModel::handleInsertTimeout()
{
    publishPendingRows();
    m_lastPublished.start();
    m_currentInterval = qMin(2 * m_currentInterval, 8 * m_insertInterval);
}

void AccountTableModel::handleRowChanged(qsizetype row)
{
    // A row not yet published shows its current state when it is.
    if (row >= m_publishedRows)
        return;
    Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1), changeableRoles());
}

void AccountTableModel::handleRowsConfirmed(qsizetype first, qsizetype last)
{
    last = qMin(last, qsizetype(m_publishedRows) - 1);
    if (first > last)
        return;
    Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1), confirmationRoles());
}

void AccountTableModel::handleChangesChanged(const QList<qsizetype> &rows)
{
    for (const qsizetype row : rows) {
        if (row < m_publishedRows) {
            const QModelIndex cell = index(int(row), ChangesColumn);
            Q_EMIT dataChanged(cell, cell, { Qt::DisplayRole, Qt::ToolTipRole, SortRole });
        }
    }
}

QVariant AccountTableModel::displayData(qsizetype row, int column) const
{
    switch (Column(column)) {
    case StatusColumn:
        return statusText(row);
    case NameColumn:
        return m_store->name(row);
    case IdColumn:
        return m_store->id(row);
    case UsersColumn:
        return QLocale().toString(m_store->record(row).userCount);
    case CreatedColumn:
    case UpdatedColumn: {
        const qint64 ms = timestampMs(row, column);
        if (ms == nullTimestamp)
            return emDash;
        // A fixed, compact year-first form reads the same in every locale and lines up in
        // a column; the tooltip and the detail pane carry the full local and UTC times.
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).toString(u"yyyy-MM-dd HH:mm"_s);
    }
    case MetadataColumn:
        return metadataText(row);
    case CreatedByColumn:
        return createdByText(row);
    case ChangesColumn:
        return m_store->changesOf(row) ? m_store->changes().describe(m_store->id(row)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountTableModel::toolTipData(qsizetype row, int column) const
{
    switch (Column(column)) {
    case StatusColumn:
        if (m_store->hasFailed(row))
            return tr("%1 (the last change failed; this is what the server reports)").arg(statusText(row));
        return accessibleStatusText(row);
    case ChangesColumn:
        return displayData(row, column);
    case NameColumn:
        return m_store->name(row);
    case CreatedColumn:
    case UpdatedColumn: {
        const qint64 ms = timestampMs(row, column);
        if (ms == nullTimestamp)
            return tr("Not reported by the server");
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const QString format = utc.time().msec() == 0 ? u"yyyy-MM-dd'T'HH:mm:ss"_s : u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s;
        return tr("%1 UTC").arg(utc.toString(format));
    }
    case MetadataColumn: {
        const QString text = metadataText(row);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case CreatedByColumn:
        return createdByText(row);
    case IdColumn:
    case UsersColumn:
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountTableModel::sortData(qsizetype row, int column) const
{
    // The same definition AccountFilterModel's keys are made from.
    return AccountSortKey::value(*m_store, row, column);
}

QString AccountTableModel::statusText(qsizetype row) const
{
    return AccountStatus::text(m_store->record(row).isActive(), m_store->pendingAction(row));
}

QString AccountTableModel::accessibleStatusText(qsizetype row) const
{
    if (m_store->isGone(row))
        return tr("%1, no longer on the server").arg(statusText(row));
    if (m_store->isStale(row))
        return tr("%1, as of the saved copy, not yet confirmed").arg(statusText(row));
    return statusText(row);
}

QString AccountTableModel::createdByText(qsizetype row) const
{
    const AccountRecord &record = m_store->record(row);
    const AccountBatch &rows = m_store->rows();
    if (record.hasCreatedByApiKeyId())
        return tr("API key %1").arg(rows.string(record.createdByApiKeyId));
    if (record.hasCreatedByUserId())
        return rows.string(record.createdByUserId);
    return emDash;
}

QString AccountTableModel::metadataText(qsizetype row) const
{
    return decodeUtf8(m_store->metadataSummary(row));
}

qint64 AccountTableModel::timestampMs(qsizetype row, int column) const
{
    const AccountRecord &record = m_store->record(row);
    return column == CreatedColumn ? record.createdAtMs : record.updatedAtMs;
}
