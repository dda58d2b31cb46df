// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "audithistorymodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace
{
// By AuditHistoryModel::Column.
constexpr const char *columnTitles[] = { QT_TRANSLATE_NOOP("AuditHistoryModel", "Time"),
    QT_TRANSLATE_NOOP("AuditHistoryModel", "User"), QT_TRANSLATE_NOOP("AuditHistoryModel", "Environment"),
    QT_TRANSLATE_NOOP("AuditHistoryModel", "Action"), QT_TRANSLATE_NOOP("AuditHistoryModel", "Account"),
    QT_TRANSLATE_NOOP("AuditHistoryModel", "Outcome"), QT_TRANSLATE_NOOP("AuditHistoryModel", "Reason") };
static_assert(std::size(columnTitles) == AuditHistoryModel::ColumnCount);

// By AuditRecord::Outcome; an intent (None) has no outcome of its own.
constexpr const char *outcomeWords[]
    = { "", QT_TRANSLATE_NOOP("AuditHistoryModel", "Succeeded"), QT_TRANSLATE_NOOP("AuditHistoryModel", "Failed"),
          QT_TRANSLATE_NOOP("AuditHistoryModel", "Succeeded (confirmed after no answer)"),
          QT_TRANSLATE_NOOP("AuditHistoryModel", "Failed (confirmed after no answer)"),
          QT_TRANSLATE_NOOP("AuditHistoryModel", "Unknown") };
static_assert(std::size(outcomeWords) == size_t(AuditRecord::Outcome::Unknown) + 1);
} // namespace

AuditHistoryModel::AuditHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditHistoryModel::setJournal(AuditJournal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    if (m_journal)
        connect(m_journal, &AuditJournal::appended, this, &AuditHistoryModel::handleAppended);
    reload();
}

void AuditHistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_rowOfAction.clear();
    m_readError.clear();
    if (m_journal) {
        for (const AuditRecord &record : AuditJournal::read(m_journal->path(), &m_readError))
            add(record, false);
    }
    endResetModel();
}

void AuditHistoryModel::handleAppended(const AuditRecord &record)
{
    add(record, true);
}

void AuditHistoryModel::add(const AuditRecord &record, bool announce)
{
    const auto found = m_rowOfAction.constFind(record.actionId);
    if (record.type == AuditRecord::Type::Outcome && found != m_rowOfAction.constEnd()) {
        m_entries[found.value()].outcome = record;
        if (announce)
            Q_EMIT dataChanged(index(found.value(), 0), index(found.value(), ColumnCount - 1));
        return;
    }
    // An outcome whose intent is missing (a journal cut short at the front) still shows.
    const int row = int(m_entries.size());
    if (announce)
        beginInsertRows({}, row, row);
    Entry entry;
    entry.intent = record;
    if (record.type == AuditRecord::Type::Outcome)
        entry.outcome = record;
    m_entries.append(entry);
    m_rowOfAction.insert(record.actionId, row);
    if (announce)
        endInsertRows();
}

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditHistoryModel::outcomeText(const Entry &entry) const
{
    if (!entry.outcome)
        return tr("No outcome recorded");
    const AuditRecord &outcome = *entry.outcome;
    const auto word = size_t(outcome.outcome);
    QString text = word > 0 && word < std::size(outcomeWords) ? tr(outcomeWords[word]) : QString();
    if (outcome.httpStatus > 0)
        text += tr(" \u00b7 HTTP %1").arg(outcome.httpStatus);
    if (!outcome.error.isEmpty())
        text += u" \u00b7 "_s + outcome.error;
    return text;
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    const AuditRecord &intent = entry.intent;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::ToolTipRole ? intent.time.toUTC().toString(Qt::ISODateWithMs) + u" UTC"_s
                                           : intent.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case UserColumn:
            return intent.user;
        case EnvironmentColumn:
            return intent.environment;
        case ActionColumn:
            // The words the change itself uses, so a new kind of change needs nothing here.
            if (const AccountChange change = intent.accountChange(); change.isValid())
                return change.describe();
            return intent.description.isEmpty() ? AuditRecord::actionName(intent.action) : intent.description;
        case AccountColumn:
            return intent.accountName.isEmpty() ? intent.accountId
                                                : intent.accountName + u" ("_s + intent.accountId + u')';
        case OutcomeColumn:
            return outcomeText(entry);
        case ReasonColumn:
            return intent.reason;
        }
        return {};
    case SortRole:
        return index.column() == TimeColumn ? QVariant(intent.time.toMSecsSinceEpoch()) : data(index, Qt::DisplayRole);
    case ActionIdRole:
        return intent.actionId;
    case AccountIdRole:
        return intent.accountId;
    case UndoableRole:
        return intent.action != AuditRecord::Action::Reactivate && intent.accountChange().isValid() && entry.outcome
            && (entry.outcome->outcome == AuditRecord::Outcome::Succeeded
                || entry.outcome->outcome == AuditRecord::Outcome::UnknownThenSucceeded);
    }
    return {};
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < ColumnCount ? tr(columnTitles[section]) : QVariant();
}
