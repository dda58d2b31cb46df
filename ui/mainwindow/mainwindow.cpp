// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/domain/accountid.h"
#include "core/domain/consolelink.h"
#include "core/services/accountdirectory.h"
#include "core/services/auditjournal.h"
#include "core/services/savedviews.h"
#include "core/services/session.h"
#include "ui/accounts/accountspage.h"
#include "ui/common/dialogparts.h"
#include "ui/common/statusstyle.h"
#include "ui/history/historydialog.h"
#include "ui/views/viewsdialog.h"
#include "ui/views/viewsmenu.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLinks, "avara.links")

namespace
{
const QString keepSnapshotsKey = u"snapshots/keep"_s;
constexpr int statusMessageTimeoutMs = 6000;

QString pageStateKey(AccountKind kind)
{
    return u"window/page-"_s + accountKindInfo(kind).pathSegment;
}
} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_environmentBand(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_countsLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);

    m_tabs->setObjectName(u"pages"_s);
    m_tabs->setAccessibleName(tr("Account kinds"));
    m_tabs->setDocumentMode(true);
    buildPages();
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatusCounts);

    buildEnvironmentBand();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_environmentBand);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_countsLabel->setObjectName(u"countsLabel"_s);
    m_countsLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_countsLabel);

    buildMenus();
    restoreWindowState();
    updateStatusCounts();
}

MainWindow::~MainWindow() = default;

const Environment &MainWindow::environment() const
{
    return m_session->environment();
}

// Also called after a connection switch: the band and title always name the current server.
void MainWindow::buildEnvironmentBand()
{
    m_environmentBand->setObjectName(u"environmentBand"_s);
    m_environmentBand->setTextFormat(Qt::PlainText);
    const QString text = StatusStyle::environmentBandText(environment());
    m_environmentBand->setText(text);
    m_environmentBand->setAccessibleName(tr("Environment"));
    m_environmentBand->setAccessibleDescription(text);
    m_environmentBand->setStyleSheet(StatusStyle::environmentBandStyleSheet(environment()));
    setWindowTitle(StatusStyle::environmentWindowTitle(environment()));
}

void MainWindow::buildPages()
{
    for (AccountDirectory *directory : m_session->directories()) {
        auto *page = new AccountsPage(directory, environment(), m_tabs);
        m_pages.append(page);
        m_tabs->addTab(page, page->title());
        connect(page, &AccountsPage::countsChanged, this, &MainWindow::updateStatusCounts);
        connect(page, &AccountsPage::statusMessage, this, &MainWindow::showStatusMessage);
        connect(page, &AccountsPage::viewLinkRequested, this, &MainWindow::copyViewLink);
        // Whoever started a second console with a link (a script, a test) can see it arrive.
        connect(page, &AccountsPage::currentAccountChanged, this, [this](const QString &id) {
            if (m_linkedAccountId.isEmpty() || id != m_linkedAccountId)
                return;
            qCInfo(lcLinks, "Showing %s from a link", qPrintable(id));
            m_linkedAccountId.clear();
        });
    }
    connect(m_session, &Session::authenticationRequired, this, &MainWindow::askForApiKey);
}

void MainWindow::setSession(Session *session)
{
    // A key typed for the old server must not be sent to the new one.
    if (m_apiKeyPrompt) {
        m_apiKeyPrompt->disconnect(this);
        delete m_apiKeyPrompt;
    }
    const int currentIndex = m_tabs->currentIndex();
    QList<QByteArray> pageStates;
    for (AccountsPage *page : std::as_const(m_pages))
        pageStates.append(page->saveState());
    const QSignalBlocker blockTabs(m_tabs);
    qDeleteAll(m_pages);
    m_pages.clear();
    m_session->disconnect(this);

    m_session = session;
    openSavedViews();
    buildPages();
    for (qsizetype i = 0; i < m_pages.size() && i < pageStates.size(); ++i)
        m_pages.at(i)->restoreState(pageStates.at(i));
    m_tabs->setCurrentIndex(currentIndex);
    buildEnvironmentBand();
    updateStatusCounts();
    loadAll();
    if (m_pendingViewExpression) {
        currentPage()->setSearchText(*m_pendingViewExpression);
        m_pendingViewExpression.reset();
    }
}

void MainWindow::setConnectionSwitcher(QWidget *switcher, QWidget *focusTarget)
{
    if (!m_connectionBar) {
        // The connection comes first: it says which server everything else is about.
        m_connectionBar = new QToolBar(tr("Connection"), this);
        insertToolBar(m_viewsBar, m_connectionBar);
        m_connectionBar->setObjectName(u"connectionToolBar"_s);
        m_connectionBar->setMovable(false);
        auto *focusSwitcher = new QAction(tr("Switch connection profile"), this);
        focusSwitcher->setObjectName(u"focusProfileSwitcherAction"_s);
        focusSwitcher->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
        focusSwitcher->setShortcutContext(Qt::WindowShortcut);
        addAction(focusSwitcher);
        connect(focusSwitcher, &QAction::triggered, this, [this] {
            if (m_connectionFocusTarget)
                m_connectionFocusTarget->setFocus(Qt::ShortcutFocusReason);
        });
    }
    m_connectionBar->addWidget(switcher);
    m_connectionFocusTarget = focusTarget;
}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *reload = fileMenu->addAction(tr("&Reload"), this, [this] { currentPage()->reload(); });
    reload->setShortcut(QKeySequence::Refresh);
    QAction *cancel = fileMenu->addAction(tr("&Cancel loading"), this, [this] { currentPage()->cancelLoading(); });
    cancel->setShortcut(Qt::Key_Escape);
    cancel->setShortcutContext(Qt::WindowShortcut);
    QAction *exportView
        = fileMenu->addAction(tr("&Export shown accounts to CSV\u2026"), this, [this] { currentPage()->exportView(); });
    exportView->setShortcut(Qt::CTRL | Qt::Key_E);
    QAction *openList = fileMenu->addAction(tr("&Open list of IDs\u2026"), this, [this] { chooseIdListFile(); });
    openList->setShortcut(QKeySequence::Open);
    openList->setToolTip(tr("Show the accounts of a text or CSV file of IDs, ready for an action on all of them"));
    QAction *pasteList = fileMenu->addAction(
        tr("&Paste list of IDs"), this, [this] { openIdList(QApplication::clipboard()->text(), tr("clipboard")); });
    pasteList->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_V);
    fileMenu->addSeparator();
    QAction *keepCopy = fileMenu->addAction(tr("&Keep an encrypted copy of the accounts on this computer"));
    keepCopy->setObjectName(u"keepSnapshotsAction"_s);
    keepCopy->setCheckable(true);
    keepCopy->setChecked(keepsSnapshots());
    keepCopy->setToolTip(tr("The next start shows every account at once and checks it with the server in the "
                            "background. Turning this off deletes the copies."));
    connect(keepCopy, &QAction::toggled, this, [this](bool keep) {
        QSettings().setValue(keepSnapshotsKey, keep);
        Q_EMIT keepSnapshotsChanged(keep);
    });
    QAction *forgetCopy = fileMenu->addAction(tr("&Forget the saved copy of this connection"), this, [this] {
        m_session->forgetSnapshots();
        statusBar()->showMessage(tr("The saved copy of this connection was deleted."), 8000);
    });
    forgetCopy->setObjectName(u"forgetSnapshotAction"_s);
    connect(fileMenu, &QMenu::aboutToShow, forgetCopy,
        [this, forgetCopy] { forgetCopy->setEnabled(m_session && m_session->keepsSnapshots()); });
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction *find = accountMenu->addAction(tr("&Find\u2026"), this, [this] { currentPage()->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    QAction *toggle
        = accountMenu->addAction(tr("&Deactivate or reactivate"), this, [this] { currentPage()->toggleCurrent(); });
    toggle->setShortcut(Qt::CTRL | Qt::Key_T);
    toggle->setToolTip(tr("Flip the current account's status (Space in the table does the same)"));
    QAction *edit
        = accountMenu->addAction(tr("&Edit name and metadata\u2026"), this, [this] { currentPage()->editCurrent(); });
    edit->setShortcut(Qt::Key_F2);
    edit->setShortcutContext(Qt::WindowShortcut);
    accountMenu->addAction(tr("Add &users\u2026"), this, [this] { currentPage()->manageUsersOfCurrent(true); });
    accountMenu->addAction(tr("Remove u&sers\u2026"), this, [this] { currentPage()->manageUsersOfCurrent(false); });
    QAction *copyId = accountMenu->addAction(tr("&Copy ID"), this, [this] { currentPage()->copyCurrentId(); });
    copyId->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    accountMenu->addSeparator();
    QAction *selectAll
        = accountMenu->addAction(tr("Select &all shown"), this, [this] { currentPage()->selectAllShown(); });
    selectAll->setShortcut(QKeySequence::SelectAll);
    QAction *deactivateSelected = accountMenu->addAction(
        tr("D&eactivate selected\u2026"), this, [this] { currentPage()->deactivateSelected(); });
    deactivateSelected->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    QAction *reactivateSelected = accountMenu->addAction(
        tr("&Reactivate selected\u2026"), this, [this] { currentPage()->reactivateSelected(); });
    reactivateSelected->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    accountMenu->addAction(
        tr("Set &metadata value on selected\u2026"), this, [this] { currentPage()->editMetadataOfSelected(true); });
    accountMenu->addAction(
        tr("Remove metadata &key from selected\u2026"), this, [this] { currentPage()->editMetadataOfSelected(false); });
    QAction *undo = accountMenu->addAction(tr("&Undo"), this, [this] {
        if (!currentPage()->undoLastDeactivation())
            statusBar()->showMessage(
                tr("Nothing to undo here; the history (Ctrl+H) can undo older changes."), statusMessageTimeoutMs);
    });
    undo->setShortcut(QKeySequence::Undo);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        AccountsPage *page = m_pages[i];
        // By index: the pages are rebuilt when the connection changes.
        QAction *show = viewMenu->addAction(page->title(), this, [this, i] { m_tabs->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    viewMenu->addSeparator();
    QAction *copyViewLink = viewMenu->addAction(tr("Copy &link to this view"), this, &MainWindow::copyViewLink);
    copyViewLink->setObjectName(u"copyViewLinkAction"_s);
    copyViewLink->setToolTip(tr("Copy an avara-console:// link that opens this search on this connection profile"));
    m_historyAction = viewMenu->addAction(tr("&History\u2026"), this, &MainWindow::showHistory);
    m_historyAction->setShortcut(Qt::CTRL | Qt::Key_H);
    m_historyAction->setEnabled(false);

    m_viewsMenu = new ViewsMenu(this);
    menuBar()->addMenu(m_viewsMenu);
    connect(m_viewsMenu, &ViewsMenu::applyRequested, this, &MainWindow::applyView);
    connect(m_viewsMenu, &ViewsMenu::saveRequested, this, &MainWindow::askToSaveView);
    connect(m_viewsMenu, &ViewsMenu::manageRequested, this, &MainWindow::manageViews);
    m_viewsBar = addToolBar(tr("Views"));
    m_viewsBar->setObjectName(u"viewsToolBar"_s);
    m_viewsBar->setMovable(false);
    m_viewsBar->addWidget(m_viewsMenu->comboBox());
    openSavedViews();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Avara Console"), this, [this] {
        QMessageBox about(QMessageBox::Information, tr("About Avara Console"),
            tr("Avara Console %1\n\nFind, inspect, deactivate and reactivate Avara accounts.\n\nConnected to: %2")
                .arg(QApplication::applicationVersion(), environment().baseUrl.toDisplayString()),
            QMessageBox::Ok, this);
        about.setTextFormat(Qt::PlainText);
        about.exec();
    });
}

AccountsPage *MainWindow::page(AccountKind kind) const
{
    for (AccountsPage *page : m_pages) {
        if (page->directory()->kind() == kind)
            return page;
    }
    return nullptr;
}

AccountsPage *MainWindow::currentPage() const
{
    return qobject_cast<AccountsPage *>(m_tabs->currentWidget());
}

void MainWindow::showPage(AccountKind kind)
{
    m_tabs->setCurrentWidget(page(kind));
}

void MainWindow::setAuditJournal(AuditJournal *journal)
{
    m_journal = journal;
    m_historyAction->setEnabled(journal != nullptr);
}

HistoryDialog *MainWindow::showHistory()
{
    if (!m_journal)
        return nullptr;
    if (!m_history) {
        m_history = new HistoryDialog(m_journal, this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &HistoryDialog::undoRequested, this, [this](const AccountChange &change) {
            showPage(change.kind());
            page(change.kind())->undoChanges({ change });
        });
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

void MainWindow::openSavedViews()
{
    // Views belong to a profile: another connection brings its own.
    const QString scope = SavedViews::scopeFor(environment());
    if (m_savedViews && m_savedViews->scope() == scope)
        return;
    delete m_viewsDialog;
    auto views = std::make_unique<SavedViews>(scope);
    m_viewsMenu->setViews(views.get());
    m_savedViews = std::move(views);
}

bool MainWindow::saveCurrentView(const QString &name)
{
    QString error;
    const QString trimmed = name.trimmed();
    if (!m_savedViews->save(currentPage()->currentView(trimmed), &error)) {
        showStatusMessage(tr("The view was not saved: %1").arg(error));
        return false;
    }
    const std::optional<SavedView> saved = m_savedViews->view(trimmed);
    m_viewsMenu->setCurrentName(saved->name);
    // The menu decides which views have a shortcut; the message names the one it gave.
    const QAction *action = m_viewsMenu->viewAction(m_savedViews->views().indexOf(*saved));
    const QKeySequence shortcut = action ? action->shortcut() : QKeySequence();
    showStatusMessage(shortcut.isEmpty()
            ? tr("Saved the view \u201c%1\u201d").arg(saved->name)
            : tr("Saved the view \u201c%1\u201d (%2)").arg(saved->name, shortcut.toString(QKeySequence::NativeText)));
    return true;
}

void MainWindow::askToSaveView()
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"saveViewDialog"_s);
    dialog.setWindowTitle(tr("Save view"));
    dialog.setLabelText(
        tr("Name of the view (its filter, status, sort and columns on %1):").arg(currentPage()->title()));
    dialog.setTextValue(m_viewsMenu->comboBox()->currentText());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue().trimmed();
    if (m_savedViews->view(name)) {
        if (!DialogParts::askYesOrCancel(
                this, tr("Save view"), tr("There is a view called \u201c%1\u201d already. Replace it?").arg(name)))
            return;
    }
    saveCurrentView(name);
}

void MainWindow::applyView(const SavedView &view)
{
    AccountsPage *target = page(view.kind);
    if (!target)
        return;
    showPage(view.kind);
    target->applyView(view);
    showStatusMessage(tr("Showing the view \u201c%1\u201d").arg(view.name));
}

ViewsDialog *MainWindow::manageViews()
{
    if (!m_viewsDialog) {
        m_viewsDialog = new ViewsDialog(m_savedViews.get(), environment().profileLabel(), this);
        m_viewsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_viewsDialog->show();
    m_viewsDialog->raise();
    m_viewsDialog->activateWindow();
    return m_viewsDialog;
}

void MainWindow::openLink(const ConsoleLink &link)
{
    if (link.target() == ConsoleLink::Target::Account) {
        AccountsPage *target = page(link.accountId().kind());
        if (!target)
            return;
        showPage(link.accountId().kind());
        m_linkedAccountId = link.accountId().toString();
        target->showAccount(m_linkedAccountId);
        if (target->currentAccountId() == m_linkedAccountId) {
            qCInfo(lcLinks, "Showing %s from a link", qPrintable(m_linkedAccountId));
            m_linkedAccountId.clear();
        }
        return;
    }
    const QString current = environment().profileName;
    if (link.profileName().isEmpty() || link.profileName() == current) {
        currentPage()->setSearchText(link.expression());
        qCInfo(lcLinks, "Filtering with \"%s\" from a link", qPrintable(link.expression()));
        return;
    }
    // A link must not move the console to another server behind the user's back.
    if (!DialogParts::askYesOrCancel(this, tr("Open link"),
            tr("The link shows a view of the connection profile \u201c%1\u201d, but the console is connected to %2.\n\n"
               "Switch to \u201c%1\u201d?")
                .arg(link.profileName(), environment().profileLabel()),
            u"switchForLinkQuestion"_s))
        return;
    m_pendingViewExpression = link.expression();
    Q_EMIT profileSwitchRequested(link.profileName());
}

void MainWindow::copyViewLink()
{
    QApplication::clipboard()->setText(currentViewLink());
    showStatusMessage(tr("Copied a link to this view"));
}

QString MainWindow::currentViewLink() const
{
    return ConsoleLink::toView(environment().profileName, currentPage()->searchField()->text()).toString();
}

void MainWindow::bringForward()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, statusMessageTimeoutMs);
}

bool MainWindow::keepsSnapshots()
{
    return QSettings().value(keepSnapshotsKey, true).toBool();
}

void MainWindow::loadAll()
{
    for (AccountsPage *page : m_pages)
        page->reload();
}

void MainWindow::updateStatusCounts()
{
    if (AccountsPage *page = currentPage())
        m_countsLabel->setText(page->countsText());
}

void MainWindow::askForApiKey()
{
    if (m_apiKeyPrompt)
        return;
    m_session->cancelLoading();
    m_apiKeyPrompt = new QInputDialog(this);
    m_apiKeyPrompt->setObjectName(u"apiKeyPrompt"_s);
    m_apiKeyPrompt->setAttribute(Qt::WA_DeleteOnClose);
    m_apiKeyPrompt->setWindowTitle(tr("API key rejected"));
    m_apiKeyPrompt->setLabelText(
        tr("The server at %1 rejected the API key (HTTP 401).\nEnter a valid API key to continue:")
            .arg(environment().hostAndPort()));
    m_apiKeyPrompt->setTextEchoMode(QLineEdit::Password);
    m_apiKeyPrompt->setOkButtonText(tr("Connect"));
    connect(m_apiKeyPrompt, &QInputDialog::textValueSelected, this, [this](const QString &value) {
        const QString key = value.trimmed();
        if (key.isEmpty())
            return;
        m_session->setApiKey(key);
        Q_EMIT apiKeyReplaced(key);
        loadAll();
    });
    m_apiKeyPrompt->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, QMainWindow::saveState());
    settings.setValue(u"window/currentPage"_s, m_tabs->currentIndex());
    for (AccountsPage *page : m_pages)
        settings.setValue(pageStateKey(page->directory()->kind()), page->saveState());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1280, 780);
    QMainWindow::restoreState(settings.value(u"window/state"_s).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"window/currentPage"_s, 0).toInt());
    for (AccountsPage *page : m_pages)
        page->restoreState(settings.value(pageStateKey(page->directory()->kind())).toByteArray());
}

int MainWindow::openIdList(const QString &text, const QString &sourceName)
{
    const QStringList ids = findAccountIds(text);
    if (ids.isEmpty()) {
        statusBar()->showMessage(
            tr("No Express customer or organization IDs in %1.").arg(sourceName), statusMessageTimeoutMs);
        return 0;
    }
    AccountsPage *busiest = nullptr;
    qsizetype busiestCount = 0;
    for (AccountsPage *page : std::as_const(m_pages)) {
        QStringList ofKind;
        for (const QString &id : ids) {
            if (accountKindOfId(id) == page->directory()->kind())
                ofKind.append(id);
        }
        if (ofKind.isEmpty())
            continue;
        page->showIdList(ofKind, sourceName);
        if (ofKind.size() > busiestCount) {
            busiest = page;
            busiestCount = ofKind.size();
        }
    }
    if (busiest)
        m_tabs->setCurrentWidget(busiest);
    return int(ids.size());
}

bool MainWindow::openIdListFile(const QString &path, QString *error)
{
    // A list of ids is small; anything this large is the wrong file.
    constexpr qint64 largestList = 16 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (file.size() > largestList) {
        if (error)
            *error = tr("The file is larger than 16 MB; a list of IDs is much smaller.");
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    if (openIdList(text, QFileInfo(path).fileName()) == 0) {
        if (error)
            *error = tr("The file holds no Express customer or organization IDs.");
        return false;
    }
    return true;
}

void MainWindow::chooseIdListFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a list of IDs"), QString(), tr("Lists of IDs (*.txt *.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openIdListFile(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Open list of IDs"),
            tr("Could not use %1: %2").arg(QFileInfo(path).fileName(), error), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}
