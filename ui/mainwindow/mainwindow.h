// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QInputDialog>
#include <QMainWindow>
#include <QPointer>

#include "core/domain/accountkind.h"
#include "core/services/environment.h"

class AccountsPage;
class ConsoleLink;
class Session;
class AuditJournal;
class HistoryDialog;
class QLabel;
class QTabWidget;
class QToolBar;
class SavedViews;
class ViewsDialog;
class ViewsMenu;
struct SavedView;

// The console's window: an environment band that always says which server this is, one
// page per account kind, and the menus and shortcuts that reach every action.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// A window on `session` (not owned).
    explicit MainWindow(Session *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    AccountsPage *page(AccountKind kind) const;
    AccountsPage *currentPage() const;
    void showPage(AccountKind kind);
    QLabel *environmentBand() const { return m_environmentBand; }
    /// Shows `journal` as History (the session records in it).
    void setAuditJournal(AuditJournal *journal);
    /// Opens the history of actions (the audit journal); null when there is no journal.
    HistoryDialog *showHistory();
    /// The API key prompt while it is open (after the server answered 401).
    QInputDialog *apiKeyPrompt() const { return m_apiKeyPrompt; }
    /// The session the window shows now (not owned).
    Session *session() const { return m_session; }
    /// The server the window shows now.
    const Environment &environment() const;
    /// Shows another session in place (after a switch of server): rebuilds the pages on its
    /// directories, keeps the current page and each page's layout, recolours the band and
    /// title, then loads. The previous session may be deleted once this returns.
    void setSession(Session *session);
    /// Puts `switcher` in the Connection toolbar; Ctrl+Shift+P focuses `focusTarget`.
    void setConnectionSwitcher(QWidget *switcher, QWidget *focusTarget);

    /// Shows the accounts whose ids appear in `text` (pasted, or a file named `sourceName`) on
    /// their pages, limited to the list; returns how many ids it found in the text.
    int openIdList(const QString &text, const QString &sourceName);
    /// openIdList() on a text or CSV file; false with `error` set when it cannot be read or holds no id.
    bool openIdListFile(const QString &path, QString *error = nullptr);

    /// Shows what `link` names: the account selected on its page, or the filter in the
    /// current page's search field. A view of another profile asks first, then asks for the
    /// switch (profileSwitchRequested) and applies the filter once the switch is done.
    void openLink(const ConsoleLink &link);
    /// An avara-console:// link to what the current page shows: its search, on this profile.
    QString currentViewLink() const;
    /// Copies currentViewLink() to the clipboard.
    void copyViewLink();
    /// Raises the window above others and gives it the focus, restored if minimized.
    void bringForward();
    /// A short, transient note in the status bar.
    void showStatusMessage(const QString &text);
    /// The saved views of the current profile.
    SavedViews *savedViews() const { return m_savedViews.get(); }
    /// The Views menu (its box is in the Views toolbar).
    ViewsMenu *viewsMenu() const { return m_viewsMenu; }
    /// Saves what the current page shows as the view `name` (replacing one of that name);
    /// false, said in the status bar, when the name will not do.
    bool saveCurrentView(const QString &name);
    /// Shows `view` on its page, and that page.
    void applyView(const SavedView &view);
    /// Opens Manage views (once; a second call raises it).
    ViewsDialog *manageViews();
    /// A switch of profile that a link asked for did not happen: its filter is dropped.
    void forgetPendingView() { m_pendingViewExpression.reset(); }

public Q_SLOTS:
    /// Loads both kinds from the server.
    void loadAll();

    /// The setting "Keep an encrypted copy of the accounts on this computer" (on by default).
    static bool keepsSnapshots();

Q_SIGNALS:
    /// The user typed a new API key after a 401; the composition root may save it.
    void apiKeyReplaced(const QString &apiKey);
    /// A link to a view of the profile `name` was opened and the user agreed to switch.
    void profileSwitchRequested(const QString &name);
    /// The person turned "Keep an encrypted copy of the accounts on this computer" on or off.
    void keepSnapshotsChanged(bool keep);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void chooseIdListFile();
    void buildEnvironmentBand();
    void buildPages();
    void updateStatusCounts();
    void askForApiKey();
    void saveWindowState() const;
    void askToSaveView();
    void openSavedViews();
    void restoreWindowState();

    Session *m_session;
    QLabel *m_environmentBand;
    QTabWidget *m_tabs;
    QList<AccountsPage *> m_pages;
    QLabel *m_countsLabel;
    QPointer<QInputDialog> m_apiKeyPrompt;
    AuditJournal *m_journal = nullptr;
    QPointer<HistoryDialog> m_history;
    QAction *m_historyAction = nullptr;
    QToolBar *m_connectionBar = nullptr;
    QPointer<QWidget> m_connectionFocusTarget;
    std::unique_ptr<SavedViews> m_savedViews;
    ViewsMenu *m_viewsMenu = nullptr;
    QToolBar *m_viewsBar = nullptr;
    QPointer<ViewsDialog> m_viewsDialog;
    std::optional<QString> m_pendingViewExpression; // from a link, for after a switch of profile
    QString m_linkedAccountId; // a link asked for it; logged when it becomes current
};
