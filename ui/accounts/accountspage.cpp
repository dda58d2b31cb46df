// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QProgressDialog>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/accountcsv.h"
#include "core/domain/accountid.h"
#include "core/models/accountfilter.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "ui/accounts/confirmdeactivationdialog.h"
#include "ui/common/messagebar.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/toggledelegate.h"
#include "ui/detail/detailpane.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr quint32 stateVersion = 1;
} // namespace

AccountsPage::AccountsPage(AccountDirectory *directory, const Environment &environment, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_environment(environment)
    , m_tableModel(new AccountTableModel(directory->store(), this))
    , m_filterModel(new AccountFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_unavailableLabel(new QLabel(this))
    , m_searchField(new QLineEdit(this))
    , m_statusFilter(new QComboBox(this))
    , m_messageBar(new MessageBar(this))
    , m_view(new QTableView(this))
    , m_toggleDelegate(new ToggleDelegate(m_view))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailPane(new DetailPane(this))
    , m_loadingBar(new QWidget(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    m_filterModel->setSourceModel(m_tableModel);
    buildLayout();

    connect(m_directory, &AccountDirectory::loadStarted, this, &AccountsPage::handleLoadStarted);
    connect(m_directory, &AccountDirectory::loadProgress, this, &AccountsPage::handleLoadProgress);
    connect(m_directory, &AccountDirectory::loadFinished, this, &AccountsPage::handleLoadFinished);
    connect(m_directory, &AccountDirectory::loadFailed, this, &AccountsPage::handleLoadFailed);
    connect(m_directory, &AccountDirectory::unavailable, this, &AccountsPage::handleUnavailable);
    connect(m_directory, &AccountDirectory::actionSucceeded, this, &AccountsPage::handleActionSucceeded);
    connect(m_directory, &AccountDirectory::actionFailed, this, &AccountsPage::handleActionFailed);
    connect(m_directory, &AccountDirectory::refreshFailed, this, &AccountsPage::handleRefreshFailed);

    AccountStore *store = m_directory->store();
    connect(store, &AccountStore::rowChanged, this, &AccountsPage::handleRowChanged);
    connect(store, &AccountStore::wasReset, this, [this] {
        updateDetail();
        Q_EMIT countsChanged();
    });
    connect(m_filterModel, &AccountFilterModel::shownCountChanged, this, &AccountsPage::countsChanged);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &AccountsPage::restoreSelectionIfLoaded);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &AccountsPage::countsChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetail();
        Q_EMIT currentAccountChanged(currentAccountId());
    });
    connect(m_toggleDelegate, &ToggleDelegate::toggleRequested, this, &AccountsPage::requestActive);
    connect(m_detailPane, &DetailPane::toggleRequested, this, &AccountsPage::requestActive);
    connect(m_detailPane, &DetailPane::copied, this, &AccountsPage::statusMessage);
    connect(m_searchField, &QLineEdit::textChanged, this, &AccountsPage::updateFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &AccountsPage::updateFilter);
    connect(m_cancelButton, &QPushButton::clicked, this, &AccountsPage::cancelLoading);
}

AccountsPage::~AccountsPage()
{
    // QWidget destroys the children after this destructor has run; a signal they send on
    // the way out (the selection model's current row, the proxy's counts) must not reach
    // a half-destroyed page.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

void AccountsPage::buildLayout()
{
    const bool isCustomers = m_directory->kind() == AccountKind::ExpressCustomer;
    setObjectName(isCustomers ? u"customersPage"_s : u"organizationsPage"_s);

    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setPlaceholderText(tr("Search name, ID or metadata (Ctrl+F)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search accounts"));

    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"), int(AccountFilter::Status::All));
    m_statusFilter->addItem(tr("Active only"), int(AccountFilter::Status::Active));
    m_statusFilter->addItem(tr("Inactive only"), int(AccountFilter::Status::Inactive));
    m_statusFilter->setAccessibleName(tr("Status filter"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_searchField, 1);
    filterRow->addWidget(m_statusFilter);

    m_view->setObjectName(u"accountsView"_s);
    m_view->setAccessibleName(isCustomers ? tr("Express customers") : tr("Organizations"));
    m_view->setModel(m_filterModel);
    m_view->setItemDelegate(new PlainTextDelegate(m_view));
    m_view->setItemDelegateForColumn(AccountTableModel::StatusColumn, m_toggleDelegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTextElideMode(Qt::ElideRight);
    // Fixed row heights let the view skip measuring rows: essential at 100,000 rows.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    int widestHexDigit = 0;
    for (QChar digit : u"0123456789abcdef"_s)
        widestHexDigit = qMax(widestHexDigit, metrics.horizontalAdvance(digit));
    const int idWidth = metrics.horizontalAdvance(u"cus_"_s) + 32 * widestHexDigit + em;
    const int timeWidth = metrics.horizontalAdvance(u"2026-12-31 23:59"_s) + em;
    const QList<std::pair<int, int>> widths = {
        { AccountTableModel::StatusColumn, 50 + metrics.horizontalAdvance(tr("Deactivating\u2026")) + em },
        { AccountTableModel::NameColumn, 22 * em },
        { AccountTableModel::IdColumn, idWidth },     { AccountTableModel::UsersColumn, 5 * em },
        { AccountTableModel::CreatedColumn, timeWidth }, { AccountTableModel::UpdatedColumn, timeWidth },
        { AccountTableModel::MetadataColumn, 20 * em },
    };
    for (const auto &[column, width] : widths)
        columns->resizeSection(column, width);
    m_view->installEventFilter(this);
    // Right-clicking the header chooses the columns; the header's saved state remembers them.
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(columns, &QHeaderView::customContextMenuRequested, this, [this, columns](const QPoint &position) {
        QMenu menu(this);
        menu.setObjectName(u"columnChooser"_s);
        for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
            QAction *toggle = menu.addAction(m_filterModel->headerData(column, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!columns->isSectionHidden(column));
            // The name identifies the row for people and screen readers: it always stays.
            toggle->setEnabled(column != AccountTableModel::NameColumn);
            connect(toggle, &QAction::toggled, columns, [columns, column](bool shown) { columns->setSectionHidden(column, !shown); });
        }
        menu.exec(columns->mapToGlobal(position));
    });

    m_unavailableLabel->setObjectName(u"unavailableLabel"_s);
    m_unavailableLabel->setAlignment(Qt::AlignCenter);
    m_unavailableLabel->setWordWrap(true);
    m_unavailableLabel->setText(tr("This server has no organizations.\n\nNewer Avara servers group accounts as Express "
                                   "customers only; the Express customers page lists them."));

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
    tableLayout->addWidget(m_messageBar);
    tableLayout->addWidget(m_view, 1);

    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_detailPane->setMinimumWidth(280);
    m_splitter->setSizes({ 960, 440 });

    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_unavailableLabel);

    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Loading accounts"));
    m_progressLabel->setObjectName(u"loadProgressLabel"_s);
    m_cancelButton->setObjectName(u"cancelLoadingButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel loading"));
    auto *loadingLayout = new QHBoxLayout(m_loadingBar);
    loadingLayout->setContentsMargins(0, 0, 0, 0);
    loadingLayout->addWidget(m_progress);
    loadingLayout->addWidget(m_progressLabel, 1);
    loadingLayout->addWidget(m_cancelButton);
    m_loadingBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_loadingBar);
}

QString AccountsPage::title() const
{
    return m_directory->kind() == AccountKind::ExpressCustomer ? tr("Express customers") : tr("Organizations");
}

QString AccountsPage::countsText() const
{
    if (!m_directory->isAvailable())
        return tr("This server has no organizations");
    const AccountStore *store = m_directory->store();
    const QLocale locale;
    QString text = tr("%1 accounts \u00b7 %2 shown \u00b7 %3 inactive")
                       .arg(locale.toString(qlonglong(store->size())), locale.toString(qlonglong(m_filterModel->shownCount())),
                            locale.toString(qlonglong(store->inactiveCount())));
    const QDateTime loadedAt = m_directory->lastLoadedAt();
    if (m_directory->isLoading())
        text += tr(" \u00b7 loading\u2026");
    else if (loadedAt.isValid())
        text += tr(" \u00b7 loaded %1").arg(locale.toString(loadedAt.toLocalTime().time(), QLocale::ShortFormat));
    return text;
}

QString AccountsPage::currentAccountId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AccountTableModel::AccountIdRole).toString() : QString();
}

bool AccountsPage::selectAccount(const QString &id)
{
    const QModelIndex index = m_filterModel->indexOfAccount(id, AccountTableModel::NameColumn);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

bool AccountsPage::exportCsv(const QString &path, QString *error,
                             const std::function<bool(qsizetype, qsizetype)> &progress) const
{
    const AccountStore *store = m_directory->store();
    const qsizetype total = m_filterModel->rowCount();
    QSaveFile file(path);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(AccountCsv::header());
    constexpr qsizetype rowsPerStep = 2000;
    for (qsizetype row = 0; row < total; ++row) {
        const QString id = m_filterModel->index(int(row), 0).data(AccountTableModel::AccountIdRole).toString();
        file.write(AccountCsv::row(store->account(store->rowOf(id))));
        if (progress && (row + 1) % rowsPerStep == 0 && !progress(row + 1, total))
            return fail(tr("Export cancelled."));
    }
    if (progress)
        progress(total, total);
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void AccountsPage::exportView()
{
    const QString suggested = m_directory->kind() == AccountKind::ExpressCustomer ? u"express-customers.csv"_s
                                                                                  : u"organizations.csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the shown accounts"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QProgressDialog dialog(tr("Exporting accounts\u2026"), tr("Cancel"), 0, m_filterModel->rowCount(), this);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    QString error;
    const bool ok = exportCsv(path, &error, [&dialog](qsizetype done, qsizetype) {
        dialog.setValue(int(done));
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    });
    if (ok)
        Q_EMIT statusMessage(tr("Exported %n account(s) to %1", nullptr, m_filterModel->rowCount()).arg(path));
    else
        m_messageBar->showMessage(MessageBar::Level::Error, tr("Could not export: %1").arg(error));
}

QByteArray AccountsPage::saveState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << stateVersion << m_splitter->saveState() << m_view->horizontalHeader()->saveState();
    return state;
}

void AccountsPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    quint32 version = 0;
    QByteArray splitterState;
    QByteArray headerState;
    stream >> version >> splitterState >> headerState;
    if (stream.status() != QDataStream::Ok || version != stateVersion)
        return;
    m_splitter->restoreState(splitterState);
    m_view->horizontalHeader()->restoreState(headerState);
}

void AccountsPage::reload()
{
    // The store empties while the new pages arrive; remember where the user was so the
    // same account is current and the same rows are in view once they are back.
    m_restoreCurrentId = currentAccountId();
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    m_restoreTopId = top.isValid() ? top.data(AccountTableModel::AccountIdRole).toString() : QString();
    m_messageBar->hide();
    m_directory->reload();
}

void AccountsPage::cancelLoading()
{
    m_directory->cancelLoading();
}

void AccountsPage::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void AccountsPage::copyCurrentId()
{
    const QString id = currentAccountId();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    Q_EMIT statusMessage(tr("Copied %1").arg(id));
}

void AccountsPage::toggleCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    requestActive(current.data(AccountTableModel::AccountIdRole).toString(),
                  !current.data(AccountTableModel::IsActiveRole).toBool());
}

void AccountsPage::requestActive(const QString &id, bool wantedActive)
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    if (row < 0 || store->isPending(row) || m_confirmation)
        return;
    if (wantedActive) {
        m_directory->setActive(id, true);
        return;
    }
    m_confirmation = new ConfirmDeactivationDialog(store->account(row), m_environment, this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QDialog::accepted, this, [this, id] { m_directory->setActive(id, false); });
    connect(m_confirmation, &QDialog::finished, m_view, qOverload<>(&QWidget::setFocus));
    m_confirmation->open();
}

bool AccountsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AccountsPage::handleLoadStarted()
{
    m_progressShown.invalidate();
    m_stack->setCurrentWidget(m_splitter);
    m_progressLabel->setText(tr("Loading %1\u2026").arg(title().toLower()));
    m_loadingBar->show();
    Q_EMIT countsChanged();
}

void AccountsPage::handleLoadProgress(qsizetype loaded)
{
    // A page arrives about every millisecond. Relabelling on each one relaid out and repainted
    // the window a thousand times per 100,000 accounts, which took longer than the load itself
    // (scripts/bench); ten times a second reads just as live. handleLoadFinished() has the last word.
    if (m_progressShown.isValid() && m_progressShown.elapsed() < 100)
        return;
    m_progressShown.start();
    m_progressLabel->setText(tr("Loaded %1 accounts\u2026").arg(QLocale().toString(qlonglong(loaded))));
    Q_EMIT countsChanged();
}

void AccountsPage::handleLoadFinished()
{
    m_tableModel->publishPendingRows();
    m_loadingBar->hide();
    restoreSelectionIfLoaded();
    m_restoreCurrentId.clear();
    m_restoreTopId.clear();
    if (!currentAccountId().isEmpty())
        updateDetail();
    Q_EMIT countsChanged();
}

void AccountsPage::handleLoadFailed(const ApiError &error)
{
    m_tableModel->publishPendingRows();
    m_loadingBar->hide();
    if (error.kind == ApiError::Kind::Cancelled) {
        Q_EMIT statusMessage(tr("Loading cancelled; %1 accounts loaded.").arg(QLocale().toString(qlonglong(m_directory->store()->size()))));
    } else {
        m_messageBar->showMessage(MessageBar::Level::Error,
                                  tr("Could not load all %1: %2").arg(title().toLower(), MessageBar::errorText(error)),
                                  tr("Retry"), [this] { reload(); });
    }
    Q_EMIT countsChanged();
}

void AccountsPage::handleUnavailable()
{
    m_loadingBar->hide();
    m_stack->setCurrentWidget(m_unavailableLabel);
    Q_EMIT countsChanged();
}

QString AccountsPage::accountLabel(const QString &id) const
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    // The name is isolated: a bidi override left open in it would otherwise reverse the id
    // and everything else that follows it in a message.
    return row < 0 ? id : tr("\u201c%1\u201d (%2)").arg(isolatedText(store->name(row)), id);
}

void AccountsPage::handleActionSucceeded(const QString &id, bool active)
{
    Q_EMIT statusMessage(active ? tr("Reactivated %1").arg(accountLabel(id)) : tr("Deactivated %1").arg(accountLabel(id)));
}

void AccountsPage::handleActionFailed(const QString &id, bool wantedActive, const ApiError &error)
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    QString state;
    if (row >= 0)
        state = store->record(row).isActive() ? tr("The server says it is active.") : tr("The server says it is inactive.");
    const QString what = wantedActive ? tr("Could not reactivate %1.").arg(accountLabel(id))
                                      : tr("Could not deactivate %1.").arg(accountLabel(id));
    m_messageBar->showMessage(MessageBar::Level::Error, what + u' ' + state + u' ' + MessageBar::errorText(error),
                              tr("Retry"), [this, id, wantedActive] { m_directory->setActive(id, wantedActive); });
}

void AccountsPage::handleRefreshFailed(const QString &id, const ApiError &error)
{
    if (id == m_lookupId && error.kind == ApiError::Kind::NotFound) {
        m_lookupId.clear();
        m_messageBar->showMessage(MessageBar::Level::Information,
                                  m_directory->kind() == AccountKind::ExpressCustomer
                                      ? tr("There is no Express customer %1 on this server.").arg(id)
                                      : tr("There is no organization %1 on this server.").arg(id));
        return;
    }
    m_messageBar->showMessage(MessageBar::Level::Error,
                              tr("Could not read %1 from the server: %2").arg(accountLabel(id), MessageBar::errorText(error)),
                              tr("Retry"), [this, id] { m_directory->refresh(id); });
}

void AccountsPage::handleRowChanged(qsizetype row)
{
    if (m_directory->store()->id(row) == currentAccountId())
        updateDetail();
    Q_EMIT countsChanged();
}

void AccountsPage::updateFilter()
{
    const QString current = currentAccountId();
    AccountFilter filter;
    filter.setText(m_searchField->text());
    filter.setStatus(AccountFilter::Status(m_statusFilter->currentData().toInt()));
    m_filterModel->setFilter(filter);
    if (!current.isEmpty() && !m_view->currentIndex().isValid())
        selectAccount(current);
    lookUpTypedId();
    updateDetail();
    Q_EMIT countsChanged();
}

void AccountsPage::lookUpTypedId()
{
    // A pasted id selects its account; one that is not loaded yet is fetched directly,
    // so a support ticket's id works before (or without) the whole list.
    const QString typed = m_searchField->text().trimmed();
    const AccountKind kind = m_directory->kind();
    if (isValidAccountId(kind, QStringView(typed))) {
        if (selectAccount(typed))
            return;
        if (m_directory->store()->rowOf(typed) < 0 && m_lookupId != typed) {
            m_lookupId = typed;
            Q_EMIT statusMessage(tr("Looking up %1 on the server\u2026").arg(typed));
            m_directory->refresh(typed);
        }
        return;
    }
    const std::optional<AccountKind> otherKind = accountKindOfId(typed);
    if (otherKind && *otherKind != kind) {
        Q_EMIT statusMessage(*otherKind == AccountKind::Organization
                                 ? tr("%1 is an organization id: look on the Organizations page (Ctrl+2).").arg(typed)
                                 : tr("%1 is an Express customer id: look on the Express customers page (Ctrl+1).").arg(typed));
    }
}

void AccountsPage::updateDetail()
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(currentAccountId());
    if (row < 0) {
        m_detailPane->setAccount(std::nullopt, false, false);
        return;
    }
    m_detailPane->setAccount(store->account(row), store->isPending(row), store->hasFailed(row));
}

void AccountsPage::restoreSelectionIfLoaded()
{
    if (!m_lookupId.isEmpty() && selectAccount(m_lookupId)) {
        m_lookupId.clear();
        Q_EMIT statusMessage(tr("Found %1").arg(accountLabel(currentAccountId())));
    }
    if (!m_restoreTopId.isEmpty()) {
        const QModelIndex top = m_filterModel->indexOfAccount(m_restoreTopId);
        if (top.isValid()) {
            m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
            m_restoreTopId.clear();
        }
    }
    if (!m_restoreCurrentId.isEmpty()) {
        const QModelIndex current = m_filterModel->indexOfAccount(m_restoreCurrentId, AccountTableModel::NameColumn);
        if (current.isValid()) {
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_restoreCurrentId.clear();
        }
    }
}
