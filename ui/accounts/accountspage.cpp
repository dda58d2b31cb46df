// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountspage.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "core/domain/accountcsv.h"
#include "core/domain/accountid.h"
#include "core/models/accountfilter.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstatus.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/bulkaction.h"
#include "core/services/idlistresolver.h"
#include "ui/accounts/bulkconfirmdialog.h"
#include "ui/accounts/bulkprogressdialog.h"
#include "ui/accounts/confirmdeactivationdialog.h"
#include "ui/common/dialogparts.h"
#include "ui/common/messagebar.h"
#include "ui/common/plaintextdelegate.h"
#include "ui/common/statusstyle.h"
#include "ui/common/toggledelegate.h"
#include "ui/common/undonotice.h"
#include "ui/detail/detailpane.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr quint32 stateVersion = 1;
constexpr int unknownIdsNamed = 5;

// A hidden strip above the table: a plain-text label, then its buttons.
void buildStrip(QWidget *strip, const QString &name, QLabel *label, const QString &labelName,
    std::initializer_list<QPushButton *> buttons)
{
    strip->setObjectName(name);
    label->setObjectName(labelName);
    label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    for (QPushButton *button : buttons)
        layout->addWidget(button);
    strip->hide();
}
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
    , m_undoNotice(new UndoNotice(this))
    , m_selectionBar(new QWidget(this))
    , m_selectionLabel(new QLabel(this))
    , m_listBar(new QWidget(this))
    , m_listLabel(new QLabel(this))
    , m_copyUnknownButton(new QPushButton(tr("Copy unknown ids"), this))
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
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateSelectionBar);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &AccountsPage::updateSelectionBar);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &AccountsPage::updateSelectionBar);
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
    // Shift- and Ctrl-click (and Ctrl+A) select many rows for one action on all of them.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AccountsPage::showContextMenu);
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
    const int idWidth = DialogParts::accountIdWidth(metrics);
    const int timeWidth = metrics.horizontalAdvance(u"2026-12-31 23:59"_s) + em;
    const QList<std::pair<int, int>> widths = {
        { AccountTableModel::StatusColumn, 50 + metrics.horizontalAdvance(AccountStatus::widestText()) + em },
        { AccountTableModel::NameColumn, 22 * em },
        { AccountTableModel::IdColumn, idWidth },
        { AccountTableModel::UsersColumn, 5 * em },
        { AccountTableModel::CreatedColumn, timeWidth },
        { AccountTableModel::UpdatedColumn, timeWidth },
        { AccountTableModel::MetadataColumn, 20 * em },
    };
    // Never narrower than the column's own title, which is longer in some languages
    // ("Benutzer"), with room for the sort indicator.
    const QFontMetrics headerMetrics = columns->fontMetrics();
    for (const auto &[column, width] : widths) {
        const QString title = m_filterModel->headerData(column, Qt::Horizontal).toString();
        columns->resizeSection(column, std::max(width, headerMetrics.horizontalAdvance(title) + 3 * em));
    }
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
            connect(toggle, &QAction::toggled, columns,
                [columns, column](bool shown) { columns->setSectionHidden(column, !shown); });
        }
        menu.exec(columns->mapToGlobal(position));
    });

    m_unavailableLabel->setObjectName(u"unavailableLabel"_s);
    m_unavailableLabel->setAlignment(Qt::AlignCenter);
    m_unavailableLabel->setWordWrap(true);
    m_unavailableLabel->setText(tr("This server has no organizations.\n\nNewer Avara servers group accounts as Express "
                                   "customers only; the Express customers page lists them."));

    // The list bar: which list of ids the rows are limited to, and the way back.
    m_listLabel->setWordWrap(true);
    m_listLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyUnknownButton->setObjectName(u"copyUnknownButton"_s);
    auto *clearListButton = new QPushButton(tr("Show all accounts"), m_listBar);
    clearListButton->setObjectName(u"clearListButton"_s);
    buildStrip(m_listBar, u"listBar"_s, m_listLabel, u"listLabel"_s, { m_copyUnknownButton, clearListButton });
    connect(clearListButton, &QPushButton::clicked, this, &AccountsPage::clearIdList);
    connect(m_copyUnknownButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_unknownListIds.join(u'\n'));
        Q_EMIT statusMessage(tr("Copied %n unknown id(s)", nullptr, int(m_unknownListIds.size())));
    });

    // The selection bar: shown when several rows are selected.
    auto *deactivateSelectedButton = new QPushButton(tr("Deactivate selected\u2026"), m_selectionBar);
    deactivateSelectedButton->setObjectName(u"deactivateSelectedButton"_s);
    auto *reactivateSelectedButton = new QPushButton(tr("Reactivate selected\u2026"), m_selectionBar);
    reactivateSelectedButton->setObjectName(u"reactivateSelectedButton"_s);
    buildStrip(m_selectionBar, u"selectionBar"_s, m_selectionLabel, u"selectionLabel"_s,
        { deactivateSelectedButton, reactivateSelectedButton });
    connect(deactivateSelectedButton, &QPushButton::clicked, this, &AccountsPage::deactivateSelected);
    connect(reactivateSelectedButton, &QPushButton::clicked, this, &AccountsPage::reactivateSelected);

    auto *tableArea = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filterRow);
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
    QString text
        = tr("%1 accounts \u00b7 %2 shown \u00b7 %3 inactive")
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

bool AccountsPage::exportCsv(
    const QString &path, QString *error, const std::function<bool(qsizetype, qsizetype)> &progress) const
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
    const QString suggested
        = m_directory->kind() == AccountKind::ExpressCustomer ? u"express-customers.csv"_s : u"organizations.csv"_s;
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the shown accounts"), suggested, tr("CSV files (*.csv)"));
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
        // The same path as a bulk action of one: one flow for results, messages and undo.
        startBulk({ id }, true, QString(), false);
        return;
    }
    m_confirmation = new ConfirmDeactivationDialog(store->account(row), m_environment, this);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QDialog::accepted, this,
        [this, id] { startBulk({ id }, false, m_confirmation ? m_confirmation->reason() : QString(), false); });
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
    // Whole sentences per kind: a title lowercased inside another sentence reads wrong in
    // languages that capitalise nouns.
    m_progressLabel->setText(m_directory->kind() == AccountKind::ExpressCustomer ? tr("Loading Express customers\u2026")
                                                                                 : tr("Loading organizations\u2026"));
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
    if (m_quietIds.contains(id))
        return;
    Q_EMIT statusMessage(
        active ? tr("Reactivated %1").arg(accountLabel(id)) : tr("Deactivated %1").arg(accountLabel(id)));
}

void AccountsPage::handleActionFailed(const QString &id, bool wantedActive, const ApiError &error)
{
    if (m_quietIds.contains(id))
        return;
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    QString state;
    if (row >= 0)
        state = store->record(row).isActive() ? tr("The server says it is active.")
                                              : tr("The server says it is inactive.");
    const QString what = wantedActive ? tr("Could not reactivate %1.").arg(accountLabel(id))
                                      : tr("Could not deactivate %1.").arg(accountLabel(id));
    m_messageBar->showMessage(MessageBar::Level::Error, what + u' ' + state + u' ' + MessageBar::errorText(error),
        tr("Retry"), [this, id, wantedActive] { m_directory->setActive(id, wantedActive); });
}

void AccountsPage::handleRefreshFailed(const QString &id, const ApiError &error)
{
    // A list being looked up reports its unknown and failed ids together, in the list bar.
    if (m_listResolver && !m_listResolver->isFinished() && m_listResolver->accountIds().contains(id))
        return;
    if (id == m_lookupId && error.kind == ApiError::Kind::NotFound) {
        m_lookupId.clear();
        m_messageBar->showMessage(MessageBar::Level::Information,
            m_directory->kind() == AccountKind::ExpressCustomer
                ? tr("There is no Express customer %1 on this server.").arg(id)
                : tr("There is no organization %1 on this server.").arg(id));
        return;
    }
    m_messageBar->showMessage(MessageBar::Level::Error,
        tr("Could not read %1 from the server: %2").arg(accountLabel(id), MessageBar::errorText(error)), tr("Retry"),
        [this, id] { m_directory->refresh(id); });
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
    filter.setText(m_searchField->text());
    filter.setStatus(AccountFilter::Status(m_statusFilter->currentData().toInt()));
    if (m_hasIdList)
        filter.setIdList(m_listIds);
    else
        filter.clearIdList();
    m_filterModel->setFilter(filter);
    showFilterError(filter);
    if (!current.isEmpty() && !m_view->currentIndex().isValid())
        selectAccount(current);
    lookUpTypedId();
    updateDetail();
    Q_EMIT countsChanged();
}

void AccountsPage::showFilterError(const AccountFilter &filter)
{
    // The mistake is named where it is; the rows keep the last valid filter meanwhile.
    const QString toolTip = filter.hasError()
        ? tr("%1 (at character %2). The last valid filter stays applied.")
              .arg(filter.error().message)
              .arg(filter.error().position + 1)
        : QString();
    if (m_searchField->toolTip() == toolTip)
        return;
    m_searchField->setToolTip(toolTip);
    QPalette palette = m_searchField->palette();
    palette.setColor(QPalette::Text,
        filter.hasError() ? StatusStyle::failedColor() : QApplication::palette(m_searchField).color(QPalette::Text));
    m_searchField->setPalette(palette);
    if (filter.hasError())
        Q_EMIT statusMessage(toolTip);
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
        m_detailPane->setAccount(std::nullopt, PendingAction::None, false);
        return;
    }
    m_detailPane->setAccount(store->account(row), store->pendingAction(row), store->hasFailed(row));
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
            m_view->selectionModel()->setCurrentIndex(
                current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_restoreCurrentId.clear();
        }
    }
}

QStringList AccountsPage::selectedAccountIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(AccountTableModel::NameColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(AccountTableModel::AccountIdRole).toString());
    return ids;
}

void AccountsPage::selectAllShown()
{
    m_view->selectAll();
    // The detail pane follows the current row: give it one among the selected.
    if (!m_view->currentIndex().isValid() && m_filterModel->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(
            m_filterModel->index(0, AccountTableModel::NameColumn), QItemSelectionModel::NoUpdate);
    m_view->setFocus(Qt::OtherFocusReason);
}

void AccountsPage::deactivateSelected()
{
    requestBulk(selectedAccountIds(), false);
}

void AccountsPage::reactivateSelected()
{
    requestBulk(selectedAccountIds(), true);
}

void AccountsPage::requestBulk(const QStringList &ids, bool wantedActive)
{
    if (ids.isEmpty() || m_confirmation || m_bulkConfirmation) {
        if (ids.isEmpty())
            Q_EMIT statusMessage(tr("Select the accounts first (Shift- or Ctrl-click, Ctrl+A for all shown)."));
        return;
    }
    if (ids.size() == 1) {
        requestActive(ids.first(), wantedActive);
        return;
    }
    const AccountStore *store = m_directory->store();
    BulkConfirmDialog::Summary summary;
    summary.kind = m_directory->kind();
    summary.wantedActive = wantedActive;
    QStringList toChange;
    for (const QString &id : ids) {
        const qsizetype row = store->rowOf(id);
        if (row < 0)
            continue;
        // An account with an action under way is sent anyway: the newest intent wins.
        if (store->record(row).isActive() == wantedActive && !store->isPending(row)) {
            ++summary.alreadyCount;
            continue;
        }
        toChange.append(id);
        summary.userCount += store->record(row).userCount;
        summary.names.append(store->name(row));
    }
    summary.accountCount = toChange.size();
    if (toChange.isEmpty()) {
        Q_EMIT statusMessage(wantedActive
                ? tr("All %n selected account(s) are already active.", nullptr, int(ids.size()))
                : tr("All %n selected account(s) are already inactive.", nullptr, int(ids.size())));
        return;
    }
    m_bulkConfirmation = new BulkConfirmDialog(summary, m_environment, this);
    m_bulkConfirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_bulkConfirmation, &QDialog::accepted, this, [this, toChange, wantedActive] {
        startBulk(toChange, wantedActive, m_bulkConfirmation ? m_bulkConfirmation->reason() : QString(), true);
    });
    connect(m_bulkConfirmation, &QDialog::finished, m_view, qOverload<>(&QWidget::setFocus));
    m_bulkConfirmation->open();
}

BulkAction *AccountsPage::startBulk(
    const QStringList &ids, bool wantedActive, const QString &reason, bool showsProgress)
{
    return startChanges(new BulkAction(m_directory, ids, wantedActive, reason, this), showsProgress);
}

BulkAction *AccountsPage::startChanges(BulkAction *action, bool showsProgress)
{
    connect(action, &BulkAction::finished, this,
        [this, action, showsProgress] { handleBulkFinished(action, showsProgress); });
    if (showsProgress) {
        for (qsizetype i = 0; i < action->size(); ++i)
            m_quietIds.insert(action->item(i).accountId);
        if (m_bulkProgress && !m_bulkProgress->action()->isRunning())
            m_bulkProgress->deleteLater();
        const int count = int(action->size());
        const QString title = action->isDeactivation() ? tr("Deactivating %n account(s)", nullptr, count)
            : action->wantedActive()                   ? tr("Reactivating %n account(s)", nullptr, count)
                                                       : tr("Changing %n account(s)", nullptr, count);
        m_bulkProgress = new BulkProgressDialog(action, title, this);
        m_bulkProgress->setAttribute(Qt::WA_DeleteOnClose);
        m_bulkProgress->show();
    }
    action->start();
    return action;
}

void AccountsPage::handleBulkFinished(BulkAction *action, bool showsProgress)
{
    for (qsizetype i = 0; i < action->size(); ++i)
        m_quietIds.remove(action->item(i).accountId);
    Q_EMIT bulkActionFinished(action);
    const bool wasUndo = m_undoActions.remove(action);
    // Every change but a reactivation can be taken back at once (undoing a reactivation
    // is a deactivation, which is confirmed first); an undo is not undone in turn.
    if (!wasUndo && !action->wantedActive() && !action->changedChanges().isEmpty())
        offerUndo(action);
    const qsizetype failed = action->count(BulkAction::State::Failed);
    if (showsProgress && failed > 0
        && !(m_bulkProgress && m_bulkProgress->action() == action && m_bulkProgress->isVisible())) {
        // The dialog was closed while the batch ran: the failures must still be seen.
        m_messageBar->showMessage(MessageBar::Level::Error,
            tr("%1 of %2 accounts could not be changed.").arg(failed).arg(action->size()), tr("Show results"),
            [this, action] {
                if (m_bulkProgress && m_bulkProgress->action() == action) {
                    m_bulkProgress->show();
                    m_bulkProgress->raise();
                }
            });
    }
    // A batch whose dialog was closed is no longer needed once done; one with its dialog
    // open goes with the dialog. A single deactivation goes once its undo is decided.
    if (!showsProgress || !m_bulkProgress || m_bulkProgress->action() != action)
        action->deleteLater();
    else
        action->setParent(m_bulkProgress);
}

void AccountsPage::offerUndo(BulkAction *action)
{
    const QList<AccountChange> changed = action->changedChanges();
    const int count = int(changed.size());
    QString text;
    if (action->isDeactivation())
        text = count == 1 ? tr("Deactivated %1.").arg(accountLabel(changed.first().accountId().toString()))
                          : tr("Deactivated %n account(s).", nullptr, count);
    else
        text = count == 1 ? tr("Changed %1.").arg(accountLabel(changed.first().accountId().toString()))
                          : tr("Changed %n account(s).", nullptr, count);
    m_undoNotice->showNotice(text, [this, changed] { undoChanges(changed); });
}

BulkAction *AccountsPage::undoChanges(const QList<AccountChange> &changes)
{
    // Undo is the inverse of each recorded change, sent only while the server still shows
    // what the change made (the inverse expects it): an account changed by someone else
    // since is left alone and reported.
    QList<AccountChange> inverses;
    inverses.reserve(changes.size());
    for (const AccountChange &change : changes) {
        AccountChange inverse = change.inverse();
        inverse.setReason(change.reason().isEmpty() ? tr("Undo") : tr("Undo: %1").arg(change.reason()));
        inverses.append(inverse);
    }
    auto *undo = new BulkAction(m_directory, inverses, this);
    m_undoActions.insert(undo);
    startChanges(undo, inverses.size() > 1);
    Q_EMIT statusMessage(tr("Undoing %n change(s)\u2026", nullptr, int(inverses.size())));
    return undo;
}

bool AccountsPage::undoLastDeactivation()
{
    return m_undoNotice->undo();
}

void AccountsPage::updateSelectionBar()
{
    qsizetype selected = 0;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        selected += range.height();
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
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    menu.addAction(tr("Deactivate %n selected\u2026", nullptr, int(selected)), this, &AccountsPage::deactivateSelected);
    menu.addAction(tr("Reactivate %n selected\u2026", nullptr, int(selected)), this, &AccountsPage::reactivateSelected);
    menu.addSeparator();
    menu.addAction(tr("Copy %n id(s)", nullptr, int(selected)), this, [this] {
        const QStringList ids = selectedAccountIds();
        QApplication::clipboard()->setText(ids.join(u'\n'));
        Q_EMIT statusMessage(tr("Copied %n id(s)", nullptr, int(ids.size())));
    });
    menu.addAction(tr("Select all shown"), this, &AccountsPage::selectAllShown);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void AccountsPage::showIdList(const QStringList &ids, const QString &sourceName)
{
    if (m_listResolver)
        m_listResolver->deleteLater();
    m_listResolver = new IdListResolver(m_directory, ids, this);
    m_listLabel->setText(
        tr("Looking up %n id(s) from \u201c%1\u201d\u2026", nullptr, int(ids.size())).arg(isolatedText(sourceName)));
    m_copyUnknownButton->hide();
    m_listBar->show();
    IdListResolver *resolver = m_listResolver;
    connect(resolver, &IdListResolver::finished, this, [this, resolver, sourceName] {
        if (resolver == m_listResolver)
            handleIdListResolved(sourceName);
    });
    resolver->start();
}

void AccountsPage::handleIdListResolved(const QString &sourceName)
{
    IdListResolver *resolver = m_listResolver;
    const QStringList found = resolver->foundIds();
    m_unknownListIds = resolver->unknownIds();
    const QHash<QString, ApiError> failures = resolver->failures();
    m_listIds = QSet<QString>(found.cbegin(), found.cend());
    m_hasIdList = true;
    m_tableModel->publishPendingRows(); // the accounts just fetched, so they can be selected
    m_searchField->clear(); // the list, not an old search, decides what is shown
    updateFilter();

    const QLocale locale;
    QString text = tr("List \u201c%1\u201d: %2 of %3 found")
                       .arg(isolatedText(sourceName), locale.toString(qlonglong(found.size())),
                           locale.toString(qlonglong(resolver->accountIds().size())));
    if (!m_unknownListIds.isEmpty()) {
        QStringList named = m_unknownListIds.mid(0, unknownIdsNamed);
        if (m_unknownListIds.size() > unknownIdsNamed)
            named.append(u"\u2026"_s);
        text += u" \u00b7 "_s
            + tr("%n not on this server: %1", nullptr, int(m_unknownListIds.size())).arg(named.join(u", "_s));
    }
    if (!failures.isEmpty()) {
        text += u" \u00b7 "_s
            + tr("%n could not be looked up: %1", nullptr, int(failures.size()))
                  .arg(MessageBar::errorText(failures.cbegin().value()));
    }
    m_listLabel->setText(text);
    m_copyUnknownButton->setVisible(!m_unknownListIds.isEmpty());
    selectAllShown();
    Q_EMIT idListShown(found, m_unknownListIds);
}

void AccountsPage::clearIdList()
{
    if (m_listResolver)
        m_listResolver->deleteLater();
    m_hasIdList = false;
    m_listIds.clear();
    m_unknownListIds.clear();
    m_listBar->hide();
    updateFilter();
}
