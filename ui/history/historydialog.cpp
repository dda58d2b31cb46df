// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/csv.h"
#include "core/services/audithistorymodel.h"
#include "ui/common/plaintextdelegate.h"

using namespace Qt::StringLiterals;

HistoryDialog::HistoryDialog(AuditJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditHistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_searchField(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("History"));
    m_model->setJournal(journal);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditHistoryModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_searchField->setPlaceholderText(tr("Filter by user, account, action, outcome or reason"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Filter history"));

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditHistoryModel::TimeColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("History"));
    m_view->resizeColumnsToContents();

    m_status->setTextFormat(Qt::PlainText);
    if (!m_model->readError().isEmpty())
        m_status->setText(m_model->readError());
    m_undoButton->setAccessibleName(tr("Undo the selected change"));
    auto *exportButton = new QPushButton(tr("&Export CSV\u2026"), this);
    auto *closeButton = new QPushButton(tr("Close"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_searchField);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    resize(1000, 560);

    connect(m_searchField, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryDialog::updateUndoButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryDialog::updateUndoButton);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        const QModelIndex source = m_proxy->mapToSource(current);
        const AuditHistoryModel::Entry &entry = m_model->entry(source.row());
        const AccountChange change = entry.intent.accountChange();
        if (change.isValid())
            Q_EMIT undoRequested(change);
    });
    connect(exportButton, &QPushButton::clicked, this, &HistoryDialog::chooseExportFile);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::close);
    updateUndoButton();
}

void HistoryDialog::updateUndoButton()
{
    const QModelIndex current = m_view->currentIndex();
    m_undoButton->setEnabled(current.isValid() && current.data(AuditHistoryModel::UndoableRole).toBool());
}

bool HistoryDialog::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QStringList header;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        header.append(m_proxy->headerData(column, Qt::Horizontal).toString());
    file.write(Csv::line(header));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_proxy->columnCount(); ++column)
            fields.append(m_proxy->index(row, column).data().toString());
        file.write(Csv::line(fields));
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void HistoryDialog::chooseExportFile()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export history"), u"avara-history.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(exportCsv(path, &error) ? tr("Exported %n row(s).", nullptr, m_proxy->rowCount())
                                              : tr("Could not export: %1").arg(error));
}
