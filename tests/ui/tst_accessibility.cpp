// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemView>
#include <QAccessible>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/auditjournal.h"
#include "core/services/bulkaction.h"
#include "core/services/connectionprofiles.h"
#include "tests/testkit/consolefixture.h"
#include "tests/testkit/inmemorycredentialstore.h"
#include "ui/accounts/accountspage.h"
#include "ui/accounts/bulkconfirmdialog.h"
#include "ui/accounts/bulkprogressdialog.h"
#include "ui/accounts/confirmdeactivationdialog.h"
#include "ui/connect/connectdialog.h"
#include "ui/connect/profilesdialog.h"
#include "ui/edit/bulkmetadatadialog.h"
#include "ui/edit/editaccountdialog.h"
#include "ui/edit/editconflictdialog.h"
#include "ui/edit/usersdialog.h"
#include "ui/history/historydialog.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// What a screen reader announces (the accessibility tree Orca reads through AT-SPI) for the
// main window and every dialog the console opens: each control that takes focus has a name
// that says what it is, never merely its current value, and the environment is part of
// what is said for the window and for every confirmation.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theMainWindowNamesEveryFocusableControl();
    void everyDialogNamesEveryFocusableControl_data();
    void everyDialogNamesEveryFocusableControl();
    void theEnvironmentIsSaidForTheWindowAndTheConfirmations();
    void theWalkCatchesAControlNamedOnlyByItsValue();
    void tabFollowsTheReadingOrder();

private:
    std::unique_ptr<ConsoleFixture> m_console;
};

namespace
{
// Item views are walked to their own node only: their cells are named by their text,
// which is right for a cell, and there are thousands of them.
QStringList problemsIn(QAccessibleInterface *node, const QString &path, int depth = 0)
{
    QStringList problems;
    if (!node || !node->isValid() || depth > 40)
        return problems;
    const QAccessible::State state = node->state();
    const QString name = node->text(QAccessible::Name).trimmed();
    const QString value = node->text(QAccessible::Value).trimmed();
    const QString where = path + u'/'
        + QString::fromLatin1(node->object() ? node->object()->metaObject()->className() : "?")
        + (node->object() && !node->object()->objectName().isEmpty() ? u'#' + node->object()->objectName() : QString());
    const bool isItemView = qobject_cast<QAbstractItemView *>(node->object()) != nullptr;
    // A label that names the control (a buddy, a form row) is announced with it.
    QString label;
    for (const auto &[other, relation] : node->relations(QAccessible::Label)) {
        if (other)
            label = other->text(QAccessible::Name).trimmed();
    }
    if (state.focusable && !state.invisible && !state.disabled) {
        if (name.isEmpty() && label.isEmpty())
            problems.append(where + u": a focusable control without a name"_s);
        else if (!isItemView && !value.isEmpty() && name == value && (label.isEmpty() || label == value))
            problems.append(where + u": named only by its value \u201c"_s + value + u'\u201d');
    }
    if (isItemView)
        return problems;
    for (int i = 0; i < node->childCount(); ++i)
        problems += problemsIn(node->child(i), where, depth + 1);
    return problems;
}

QStringList problemsIn(QWidget *widget)
{
    return problemsIn(QAccessible::queryAccessibleInterface(widget), QString());
}

Environment production()
{
    return Environment::forBaseUrl(QUrl(u"https://api.avarasoftware.com"_s));
}
} // namespace

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ConsoleFixture::Options options;
    options.sandbox.customers = 30;
    options.sandbox.organizations = 5;
    m_console = std::make_unique<ConsoleFixture>(options);
    QVERIFY2(m_console->start(), qPrintable(m_console->failure()));
}

void TestAccessibility::cleanupTestCase()
{
    m_console.reset();
}

void TestAccessibility::theMainWindowNamesEveryFocusableControl()
{
    AccountsPage *page = m_console->page();
    QVERIFY(page->selectAccount(m_console->directory()->store()->id(0)));
    for (AccountKind kind : allAccountKinds) {
        m_console->window()->showPage(kind);
        const QStringList problems = problemsIn(m_console->window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

void TestAccessibility::everyDialogNamesEveryFocusableControl_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char *name : { "deactivation", "bulk", "bulk-progress", "edit", "edit-confirm", "conflict", "users",
             "bulk-metadata", "history", "connect", "profiles" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibility::everyDialogNamesEveryFocusableControl()
{
    QFETCH(QString, dialog);
    const Account account = m_console->directory()->store()->account(0);
    std::unique_ptr<BulkAction> bulkAction; // outlives the dialog that shows it
    std::unique_ptr<QWidget> shown;
    QTemporaryDir folder;
    ConnectionProfiles profiles(folder.filePath(u"settings.ini"_s));
    InMemoryCredentialStore credentials;
    if (dialog == u"deactivation"_s) {
        shown = std::make_unique<ConfirmDeactivationDialog>(account, production());
    } else if (dialog == u"bulk"_s) {
        BulkConfirmDialog::Summary summary;
        summary.accountCount = 12;
        summary.userCount = 40;
        summary.names = { account.name };
        shown = std::make_unique<BulkConfirmDialog>(summary, production());
    } else if (dialog == u"edit"_s || dialog == u"edit-confirm"_s) {
        auto edit = std::make_unique<EditAccountDialog>(account, production());
        if (dialog == u"edit-confirm"_s) {
            edit->nameField()->setText(account.name + u" (North)"_s);
            QVERIFY(edit->showConfirmation());
        }
        shown = std::move(edit);
    } else if (dialog == u"conflict"_s) {
        Account server = account;
        server.name = u"Changed by someone else"_s;
        const AccountChange mine = AccountChange::update(*AccountId::parse(account.id), { account.name, std::nullopt },
            { account.name + u" (mine)"_s, std::nullopt });
        shown = std::make_unique<EditConflictDialog>(mine, server, production());
    } else if (dialog == u"users"_s) {
        shown = std::make_unique<UsersDialog>(account, production(), UsersDialog::Mode::Add);
    } else if (dialog == u"bulk-metadata"_s) {
        shown = std::make_unique<BulkMetadataDialog>(
            QList<Account> { account, m_console->directory()->store()->account(1) }, production(),
            BulkMetadataDialog::Mode::SetValue);
    } else if (dialog == u"bulk-progress"_s) {
        // Not started: the dialog as it opens, over two accounts.
        bulkAction = std::make_unique<BulkAction>(
            m_console->directory(), QStringList { account.id, m_console->directory()->store()->id(1) }, false);
        shown = std::make_unique<BulkProgressDialog>(bulkAction.get(), u"Deactivating 2 accounts"_s);
    } else if (dialog == u"history"_s) {
        shown = std::make_unique<HistoryDialog>(m_console->journal());
    } else if (dialog == u"connect"_s) {
        shown = std::make_unique<ConnectDialog>();
    } else if (dialog == u"profiles"_s) {
        shown = std::make_unique<ProfilesDialog>(&profiles, &credentials);
    }
    QVERIFY(shown);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    const QStringList problems = problemsIn(shown.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::theEnvironmentIsSaidForTheWindowAndTheConfirmations()
{
    const auto said = [](QWidget *widget) -> QString {
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(widget);
        return node->text(QAccessible::Name) + u' ' + node->text(QAccessible::Description);
    };
    QVERIFY2(
        said(m_console->window()).contains(u"Sandbox"_s, Qt::CaseInsensitive), qPrintable(said(m_console->window())));
    const Account account = m_console->directory()->store()->account(0);
    ConfirmDeactivationDialog confirmation(account, production());
    QVERIFY2(said(&confirmation).contains(u"PRODUCTION"_s, Qt::CaseInsensitive), qPrintable(said(&confirmation)));
    BulkConfirmDialog::Summary summary;
    summary.accountCount = 3;
    BulkConfirmDialog bulk(summary, production());
    QVERIFY2(said(&bulk).contains(u"PRODUCTION"_s, Qt::CaseInsensitive), qPrintable(said(&bulk)));
}

void TestAccessibility::theWalkCatchesAControlNamedOnlyByItsValue()
{
    // The check itself can fail: a line edit with no name, then one named by its text.
    QWidget form;
    auto *field = new QLineEdit(&form);
    field->setText(u"cus_0123"_s);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(problemsIn(&form).size(), 1);
    field->setAccessibleName(u"cus_0123"_s);
    QVERIFY(problemsIn(&form).first().contains(u"named only by its value"_s));
    field->setAccessibleName(u"Account ID"_s);
    QVERIFY(problemsIn(&form).isEmpty());
}

void TestAccessibility::tabFollowsTheReadingOrder()
{
    // Tab from the search field through the page: the search and its status filter, the
    // table, then the detail pane from its top down, as a reader meets them.
    m_console->window()->showPage(AccountKind::ExpressCustomer);
    AccountsPage *page = m_console->page();
    QVERIFY(page->selectAccount(m_console->directory()->store()->id(0)));
    m_console->window()->activateWindow();
    page->searchField()->setFocus();
    QTRY_VERIFY(page->searchField()->hasFocus());
    QStringList order;
    for (int step = 0; step < 40 && QApplication::focusWidget(); ++step) {
        const QString name = QApplication::focusWidget()->objectName();
        if (order.contains(name))
            break;
        order.append(name);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList expected = { u"searchField"_s, u"statusFilter"_s, u"accountsView"_s, u"detailToggleButton"_s,
        u"copyIdButton"_s, u"addUserButton"_s, u"removeUserButton"_s, u"editButton"_s };
    qsizetype previous = -1;
    for (const QString &name : expected) {
        const qsizetype at = order.indexOf(name);
        QVERIFY2(at > previous, qPrintable(u"%1 out of order in: %2"_s.arg(name, order.join(u", "_s))));
        previous = at;
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
