// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "core/domain/accountid.h"
#include "core/domain/consolelink.h"
#include "core/models/accountfilter.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/accountexport.h"
#include "ui/accounts/accountlookup.h"
#include "ui/accounts/idlistbar.h"
#include "ui/accounts/loadingstrip.h"
#include "ui/accounts/searchbar.h"
#include "ui/common/dialogparts.h"
#include "ui/common/messagebar.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/statusstyle.h"
#include "ui/common/undonotice.h"
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
    , m_tableModel(nullptr)
    , m_filterModel(new AccountFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_unavailableLabel(new QLabel(this))
    , m_searchBar(new SearchBar(directory->store(), this))
    , m_messageBar(new MessageBar(this))
    , m_view(nullptr)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detailPane(new DetailPane(this))
    , m_loadingStrip(nullptr)
    , m_undoNotice(new UndoNotice(this))
    , m_selectionBar(new QWidget(this))
    , m_selectionLabel(new QLabel(this))
    , m_listBar(new IdListBar(directory, this))
    , m_actions(nullptr)
    , m_lookup(new AccountLookup(
          directory, [this](const QString &id) { return selectAccount(id); }, this))
    , m_export(new AccountExport(this))
{
    // The proxy owns the table it presents, so it never outlives its source and never
    // resets over a lost one.
    m_tableModel = new AccountTableModel(directory->store(), m_filterModel);
    m_filterModel->setSourceModel(m_tableModel);
    m_view = new AccountsView(directory->kind(), m_filterModel, this);
    m_loadingStrip = new LoadingStrip(directory, this);
    m_actions = new AccountActions(directory, environment, this, m_messageBar, m_undoNotice);
    setObjectName(directory->kind() == AccountKind::ExpressCustomer ? u"customersPage"_s : u"organizationsPage"_s);

    m_stack->addWidget(buildTableArea());
    m_unavailableLabel->setObjectName(u"unavailableLabel"_s);
    m_unavailableLabel->setAlignment(Qt::AlignCenter);
    m_unavailableLabel->setWordWrap(true);
    m_unavailableLabel->setText(tr("This server has no organizations.\n\nNewer Avara servers group accounts as Express "
                                   "customers only; the Express customers page lists them."));
    m_stack->addWidget(m_unavailableLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_loadingStrip);
    connectParts();
}

QWidget *AccountsPage::buildTableArea()
{
    // The selection bar: shown when several rows are selected.
    m_selectionBar->setObjectName(u"selectionBar"_s);
    m_selectionLabel->setObjectName(u"selectionLabel"_s);
    auto *deactivateSelectedButton = new QPushButton(tr("Deactivate selected\u2026"), m_selectionBar);
    deactivateSelectedButton->setObjectName(u"deactivateSelectedButton"_s);
    auto *reactivateSelectedButton = new QPushButton(tr("Reactivate selected\u2026"), m_selectionBar);
    reactivateSelectedButton->setObjectName(u"reactivateSelectedButton"_s);
    DialogParts::layOutBar(m_selectionBar, m_selectionLabel, { deactivateSelectedButton, reactivateSelectedButton });
    connect(deactivateSelectedButton, &QPushButton::clicked, this, &AccountsPage::deactivateSelected);
    connect(reactivateSelectedButton, &QPushButton::clicked, this, &AccountsPage::reactivateSelected);

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_searchBar);
    tableLayout->addWidget(m_listBar);
    tableLayout->addWidget(m_messageBar);
    tableLayout->addWidget(m_selectionBar);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_undoNotice);

    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(tableArea);
    m_splitter->addWidget(m_detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_detailPane->setMinimumWidth(280);
    m_splitter->setSizes({ 960, 440 });

    // Tab in reading order: the search and its filter, the selection bar, the table (Tab
    // leaves it, the arrows move in it), then the detail pane from its top.
    const QList<QWidget *> readingOrder = { m_searchBar->searchField(), m_searchBar->statusFilter(),
        deactivateSelectedButton, reactivateSelectedButton, m_view, m_detailPane->toggleButton() };
    for (qsizetype i = 1; i < readingOrder.size(); ++i)
        setTabOrder(readingOrder.at(i - 1), readingOrder.at(i));
    return m_splitter;
}

void AccountsPage::connectParts()
{
    connect(m_directory, &AccountDirectory::loadStarted, this, [this] {
        m_stack->setCurrentWidget(m_splitter);
        Q_EMIT countsChanged();
    });
    connect(m_loadingStrip, &LoadingStrip::progressShown, this, &AccountsPage::countsChanged);
    connect(m_directory, &AccountDirectory::loadFinished, this, &AccountsPage::handleLoadFinished);
    connect(m_directory, &AccountDirectory::changesFound, this, &AccountsPage::handleChangesFound);
    connect(m_directory, &AccountDirectory::snapshotRestored, this, &AccountsPage::countsChanged);
    connect(m_directory, &AccountDirectory::loadFailed, this, &AccountsPage::handleLoadFailed);
    connect(m_directory, &AccountDirectory::unavailable, this, &AccountsPage::handleUnavailable);
    connect(m_directory, &AccountDirectory::refreshFailed, this, &AccountsPage::handleRefreshFailed);

    AccountStore *store = m_directory->store();
    connect(store, &AccountStore::rowChanged, this, &AccountsPage::handleRowChanged);
    connect(store, &AccountStore::rowsConfirmed, this, &AccountsPage::updateDetail);
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
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateSelectionBar);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &AccountsPage::updateSelectionBar);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &AccountsPage::updateSelectionBar);
    connect(m_view, &AccountsView::toggleRequested, m_actions, &AccountActions::requestActive);
    connect(m_view, &AccountsView::toggleCurrentRequested, this, &AccountsPage::toggleCurrent);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AccountsPage::showContextMenu);
    connect(m_detailPane, &DetailPane::toggleRequested, m_actions, &AccountActions::requestActive);
    connect(m_detailPane, &DetailPane::copied, this, &AccountsPage::statusMessage);
    connect(m_detailPane, &DetailPane::linkRequested, this, &AccountsPage::copyAccountLink);
    connect(m_detailPane, &DetailPane::editRequested, m_actions, &AccountActions::editAccount);
    connect(m_detailPane, &DetailPane::usersRequested, m_actions, &AccountActions::manageUsers);
    connect(m_searchBar, &SearchBar::changed, this, &AccountsPage::updateFilter);
    // The status bar repeats a mistake in the filter, and stops once it is mended.
    connect(m_searchBar, &SearchBar::mistakeChanged, this, &AccountsPage::statusMessage);
    connect(m_actions, &AccountActions::statusMessage, this, &AccountsPage::statusMessage);
    connect(m_actions, &AccountActions::bulkActionFinished, this, &AccountsPage::bulkActionFinished);
    connect(m_actions, &AccountActions::confirmationClosed, m_view, qOverload<>(&QWidget::setFocus));
    connect(m_listBar, &IdListBar::resolved, this, &AccountsPage::handleIdListResolved);
    connect(m_listBar, &IdListBar::cleared, this, &AccountsPage::clearIdList);
    connect(m_listBar, &IdListBar::statusMessage, this, &AccountsPage::statusMessage);
    connect(m_lookup, &AccountLookup::statusMessage, this, &AccountsPage::statusMessage);
    connect(m_lookup, &AccountLookup::found, this,
        [this](const QString &id) { Q_EMIT statusMessage(tr("Found %1").arg(m_actions->accountLabel(id))); });
    connect(m_lookup, &AccountLookup::missing, this,
        [this](const QString &text) { m_messageBar->showMessage(MessageBar::Level::Information, text); });
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
                       .arg(locale.toString(qlonglong(store->liveCount())),
                           locale.toString(qlonglong(m_filterModel->shownCount())),
                           locale.toString(qlonglong(store->inactiveCount())));
    const QDateTime loadedAt = m_directory->lastLoadedAt();
    if (m_directory->isShowingSnapshot()) {
        const QString asOf = locale.toString(m_directory->snapshotAsOf().toLocalTime(), QLocale::ShortFormat);
        text += m_directory->isLoading() ? tr(" \u00b7 as of %1 \u00b7 checking\u2026").arg(asOf)
                                         : tr(" \u00b7 as of %1, not confirmed by the server").arg(asOf);
    } else if (m_directory->isLoading())
        text += tr(" \u00b7 loading\u2026");
    else if (loadedAt.isValid())
        text += tr(" \u00b7 loaded %1").arg(locale.toString(loadedAt.toLocalTime().time(), QLocale::ShortFormat));
    return text;
}

AccountExport *AccountsPage::exportShown(const QString &path)
{
    // The rows as shown, and a copy of what they hold, are taken now; the file is written on
    // a thread of its own while the table stays live.
    if (!m_export->start(*m_directory->store(), m_filterModel->shownSourceRows(), path))
        return nullptr;
    return m_export;
}

void AccountsPage::exportView()
{
    if (m_export->isRunning())
        return;
    const QString suggested
        = m_directory->kind() == AccountKind::ExpressCustomer ? u"express-customers.csv"_s : u"organizations.csv"_s;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the shown accounts"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty() || !exportShown(path))
        return;
    const int count = m_filterModel->rowCount();
    auto *progress = new QProgressDialog(tr("Exporting accounts\u2026"), tr("Cancel"), 0, count, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, m_export, &AccountExport::cancel);
    connect(m_export, &AccountExport::progressed, progress,
        [progress](qsizetype done, qsizetype) { progress->setValue(int(done)); });
    connect(m_export, &AccountExport::finished, progress, [this, progress, count, path](bool ok, const QString &error) {
        progress->close();
        if (ok)
            Q_EMIT statusMessage(tr("Exported %n account(s) to %1", nullptr, count).arg(path));
        else
            m_messageBar->showMessage(MessageBar::Level::Error, tr("Could not export: %1").arg(error));
    });
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
    if (m_view->horizontalHeader()->restoreState(headerState))
        m_view->keepColumnWidths();
}

QLineEdit *AccountsPage::searchField() const
{
    return m_searchBar->searchField();
}

QComboBox *AccountsPage::statusFilter() const
{
    return m_searchBar->statusFilter();
}

void AccountsPage::focusSearch()
{
    m_searchBar->focusSearch();
}

void AccountsPage::copyCurrentId()
{
    const QString id = currentAccountId();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    Q_EMIT statusMessage(tr("Copied %1").arg(leftToRightText(id)));
}

void AccountsPage::copyAccountLink(const QString &id)
{
    const std::optional<AccountId> accountId = AccountId::parse(m_directory->kind(), id);
    if (!accountId)
        return;
    QApplication::clipboard()->setText(ConsoleLink::toAccount(*accountId).toString());
    Q_EMIT statusMessage(tr("Copied a link to %1").arg(m_actions->accountLabel(id)));
}

void AccountsPage::showAccount(const QString &id)
{
    if (selectAccount(id))
        return;
    // The user asked for this account by name: whatever hides it goes.
    if (m_hasIdList) {
        m_listBar->clear();
        m_listIds.clear();
        m_hasIdList = false;
    }
    m_searchBar->setFilter(QString(), AccountFilter::Status::All);
    if (selectAccount(id))
        return;
    m_lookup->fetchAndSelect(id);
}

void AccountsPage::setSearchText(const QString &text)
{
    m_searchBar->searchField()->setText(text);
}

SavedView AccountsPage::currentView(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.kind = m_directory->kind();
    view.expression = m_searchBar->text();
    view.status = m_searchBar->status();
    const QHeaderView *header = m_view->horizontalHeader();
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() >= 0) {
        view.sortColumn = AccountTableModel::columnKey(header->sortIndicatorSection());
        view.sortOrder = header->sortIndicatorOrder();
    }
    view.columns = m_view->visibleColumnKeys();
    return view;
}

void AccountsPage::applyView(const SavedView &view)
{
    m_searchBar->setFilter(view.expression, view.status);
    m_view->showColumns(view.columns);
    const int sortColumn = AccountTableModel::columnForKey(view.sortColumn);
    if (sortColumn >= 0)
        m_view->sortByColumn(sortColumn, view.sortOrder);
}

void AccountsPage::handleRefreshFailed(const QString &id, const ApiError &error)
{
    // A list being looked up reports its unknown and failed ids together, in the list bar.
    if (m_listBar->isLookingUp(id))
        return;
    if (m_lookup->takeNotFound(id, error))
        return;
    m_messageBar->showMessage(MessageBar::Level::Error,
        tr("Could not read %1 from the server: %2").arg(m_actions->accountLabel(id), MessageBar::errorText(error)),
        tr("Retry"), [this, id] { m_directory->refresh(id); });
}

void AccountsPage::updateDetail()
{
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(currentAccountId());
    if (row < 0) {
        m_detailPane->setAccount(std::nullopt, PendingAction::None, false);
        m_detailPane->setProvenance({});
        return;
    }
    m_detailPane->setAccount(store->account(row), store->pendingAction(row), store->hasFailed(row));
    m_detailPane->setProvenance(provenanceOf(row));
}

QString AccountsPage::provenanceOf(qsizetype row) const
{
    const AccountStore *store = m_directory->store();
    if (store->isGone(row))
        return tr("No longer on the server: shown as the saved copy had it.");
    if (!store->isStale(row))
        return {};
    return tr("As of %1, from the saved copy; the server has not confirmed it yet.")
        .arg(QLocale().toString(m_directory->snapshotAsOf().toLocalTime(), QLocale::ShortFormat));
}

void AccountsPage::reload()
{
    // The store empties while the new pages arrive; remember where the user was so the
    // same account is current and the same rows are in view once they are back.
    m_restoreCurrentId = currentAccountId();
    m_restoreTopId = m_view->topAccountId();
    m_messageBar->hide();
    m_directory->reload();
}

void AccountsPage::cancelLoading()
{
    m_directory->cancelLoading();
}

void AccountsPage::toggleCurrent()
{
    const QString id = currentAccountId();
    if (!id.isEmpty())
        m_actions->requestActive(id, !m_view->isCurrentActive());
}

void AccountsPage::editCurrent()
{
    const QString id = currentAccountId();
    if (!id.isEmpty())
        m_actions->editAccount(id);
}

void AccountsPage::manageUsersOfCurrent(bool add)
{
    const QString id = currentAccountId();
    if (!id.isEmpty())
        m_actions->manageUsers(id, add);
}

void AccountsPage::editMetadataOfSelected(bool set)
{
    m_actions->editMetadata(selectedAccountIds(), set);
}

void AccountsPage::handleLoadFinished()
{
    m_tableModel->publishPendingRows();
    restoreSelectionIfLoaded();
    m_restoreCurrentId.clear();
    m_restoreTopId.clear();
    if (!currentAccountId().isEmpty())
        updateDetail();
    Q_EMIT countsChanged();
}

void AccountsPage::handleChangesFound(const ChangeSummary &changes)
{
    if (changes.isEmpty()) {
        if (m_isShowingChanges)
            showChanges(false);
        // Nothing new is news only on the page in front: from the other tab, the window's
        // status bar would seem to speak of this one.
        if (isVisible())
            Q_EMIT statusMessage(changes.text());
        return;
    }
    m_messageBar->showMessage(
        MessageBar::Level::Information, changes.text(), tr("Show changes"), [this] { showChanges(true); });
}

void AccountsPage::showChanges(bool show)
{
    m_isShowingChanges = show;
    m_view->setColumnHidden(AccountTableModel::ChangesColumn, !show);
    updateFilter();
    const ChangeSummary &changes = m_directory->changes();
    if (show) {
        m_messageBar->showMessage(MessageBar::Level::Information,
            tr("Showing only what changed. %1").arg(changes.text()), tr("Show all accounts"),
            [this] { showChanges(false); });
    } else if (!changes.isEmpty()) {
        m_messageBar->showMessage(
            MessageBar::Level::Information, changes.text(), tr("Show changes"), [this] { showChanges(true); });
    }
}

void AccountsPage::handleLoadFailed(const ApiError &error)
{
    m_tableModel->publishPendingRows();
    if (error.kind == ApiError::Kind::Cancelled) {
        Q_EMIT statusMessage(tr("Loading cancelled; %1 accounts loaded.")
                                 .arg(QLocale().toString(qlonglong(m_directory->store()->size()))));
    } else {
        m_messageBar->showMessage(MessageBar::Level::Error,
            (m_directory->kind() == AccountKind::ExpressCustomer ? tr("Could not load all Express customers: %1")
                                                                 : tr("Could not load all organizations: %1"))
                .arg(MessageBar::errorText(error)),
            tr("Retry"), [this] { reload(); });
    }
    Q_EMIT countsChanged();
}

void AccountsPage::handleUnavailable()
{
    m_stack->setCurrentWidget(m_unavailableLabel);
    Q_EMIT countsChanged();
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
    // From the filter in force, so a mistake half-typed keeps the last valid expression applied.
    AccountFilter filter = m_filterModel->filter();
    filter.setText(m_searchBar->text());
    filter.setStatus(m_searchBar->status());
    filter.setChangedOnly(m_isShowingChanges);
    if (m_hasIdList)
        filter.setIdList(m_listIds);
    else
        filter.clearIdList();
    m_filterModel->setFilter(filter);
    m_searchBar->showMistakeOf(filter);
    if (!current.isEmpty() && !m_view->currentIndex().isValid())
        selectAccount(current);
    m_lookup->lookUpTyped(m_searchBar->text());
    updateDetail();
    Q_EMIT countsChanged();
}

void AccountsPage::restoreSelectionIfLoaded()
{
    m_lookup->selectIfArrived();
    if (!m_restoreTopId.isEmpty() && m_view->scrollAccountToTop(m_restoreTopId))
        m_restoreTopId.clear();
    if (!m_restoreCurrentId.isEmpty() && selectAccount(m_restoreCurrentId))
        m_restoreCurrentId.clear();
}

void AccountsPage::updateSelectionBar()
{
    const qsizetype selected = m_view->selectedCount();
    if (selected < 2) {
        m_selectionBar->hide();
        return;
    }
    m_selectionLabel->setText(tr("%1 selected").arg(QLocale().toString(qlonglong(selected))));
    m_selectionBar->show();
}

void AccountsPage::showContextMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.setObjectName(u"rowMenu"_s);
    const int selected = int(m_view->selectedCount());
    menu.addAction(tr("Deactivate %n selected\u2026", nullptr, selected), this, &AccountsPage::deactivateSelected);
    menu.addAction(tr("Reactivate %n selected\u2026", nullptr, selected), this, &AccountsPage::reactivateSelected);
    menu.addSeparator();
    if (selected == 1)
        menu.addAction(tr("&Edit\u2026"), this, &AccountsPage::editCurrent);
    menu.addAction(tr("Set metadata value on %n selected\u2026", nullptr, selected), this,
        [this] { editMetadataOfSelected(true); });
    menu.addAction(tr("Remove metadata key from %n selected\u2026", nullptr, selected), this,
        [this] { editMetadataOfSelected(false); });
    menu.addSeparator();
    if (selected == 1)
        menu.addAction(tr("Copy &link to account"), this, [this] { copyAccountLink(currentAccountId()); });
    menu.addAction(tr("Copy link to this &view"), this, &AccountsPage::viewLinkRequested);
    menu.addAction(tr("Copy %n id(s)", nullptr, selected), this, [this] {
        const QStringList ids = selectedAccountIds();
        QApplication::clipboard()->setText(ids.join(u'\n'));
        Q_EMIT statusMessage(tr("Copied %n id(s)", nullptr, int(ids.size())));
    });
    menu.addAction(tr("Select all shown"), this, &AccountsPage::selectAllShown);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void AccountsPage::showIdList(const QStringList &ids, const QString &sourceName)
{
    m_listBar->start(ids, sourceName);
}

void AccountsPage::handleIdListResolved(const QStringList &found)
{
    m_listIds = QSet<QString>(found.cbegin(), found.cend());
    m_hasIdList = true;
    m_tableModel->publishPendingRows(); // the accounts just fetched, so they can be selected
    // The list, not an old search, decides what is shown.
    m_searchBar->setFilter(QString(), m_searchBar->status());
    selectAllShown();
    Q_EMIT idListShown(found, m_listBar->unknownIds());
}

void AccountsPage::clearIdList()
{
    m_listBar->clear();
    m_listIds.clear();
    m_hasIdList = false;
    updateFilter();
}
