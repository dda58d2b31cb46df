// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "core/services/auditjournal.h"
#include "core/services/bulkaction.h"
#include "sandbox/sandboxserver.h"
#include "tests/testkit/consolefixture.h"
#include "ui/accounts/accountspage.h"
#include "ui/accounts/bulkconfirmdialog.h"
#include "ui/accounts/bulkprogressdialog.h"
#include "ui/accounts/confirmdeactivationdialog.h"
#include "ui/accounts/idlistbar.h"
#include "ui/common/messagebar.h"
#include "ui/common/undonotice.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// Widget tests of the workflows on many accounts: bulk actions, undo, the reason, lists of
// ids. Every request goes to the real sandbox server over loopback.
class TestBulkActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fiftyAccountsAreDeactivatedUnderARateLimitWithAResultPerRow();
    void cancellingTheBulkConfirmationSendsNothing();
    void productionAsksForTheCountAboveTen();
    void undoReactivatesExactlyTheAccountsThatWereChanged();
    void aSingleDeactivationRecordsTheReasonAndOffersUndo();
    void theUndoNoticeGoesAwayByItself();
    void aListFileShowsTheFoundAccountsAndNamesTheUnknownOnes();
    void theKeyboardAloneSelectsDeactivatesAndUndoes();
    void theStatusBarNamesTheOutcomeOnceABulkActionAndItsUndoEnd();

private:
    /// The console on the sandbox, both pages loaded, the customers page shown.
    [[nodiscard]] bool startPage();
    /// startPage(), returning the window; nullptr when it could not start.
    MainWindow *startWindow();
    QStringList idsOfRows(int first, int count) const;
    void selectIds(const QStringList &ids);
    bool bulkConfirmationShown() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleFixture> m_console;
    SandboxServer *m_server = nullptr;
    AuditJournal *m_journal = nullptr;
    AccountDirectory *m_directory = nullptr;
    AccountsPage *m_page = nullptr;
};

namespace
{
constexpr int customerCount = 120;

bool serverSaysActive(const SandboxServer &server, const QString &id)
{
    return server.isActive(id).value_or(false);
}
} // namespace

void TestBulkActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestBulkActions::init()
{
    SandboxOptions options;
    options.customers = customerCount;
    options.organizations = 20;
    options.seed = 99;
    ConsoleFixture::Options console;
    console.sandbox = options;
    m_console = std::make_unique<ConsoleFixture>(console);
    QVERIFY2(m_console->startServer(), qPrintable(m_console->failure()));
    m_server = &m_console->server();
    for (const QString &id : m_server->accountIds(SandboxKind::ExpressCustomer))
        QVERIFY(m_server->setActive(id, true));
}

void TestBulkActions::cleanup()
{
    m_page = nullptr;
    m_directory = nullptr;
    m_journal = nullptr;
    m_server = nullptr;
    m_console.reset();
}

bool TestBulkActions::startPage()
{
    if (!m_console->openWindow()) {
        qWarning("%s", qPrintable(m_console->failure()));
        return false;
    }
    m_journal = m_console->journal();
    m_directory = m_console->directory(AccountKind::ExpressCustomer);
    m_directory->actionQueue()->setReconcileTries(1, std::chrono::milliseconds(0));
    m_page = m_console->page(AccountKind::ExpressCustomer);
    m_console->window()->showPage(AccountKind::ExpressCustomer);
    for (AccountKind kind : allAccountKinds)
        m_console->page(kind)->tableModel()->publishPendingRows();
    return m_page->filterModel()->rowCount() == customerCount;
}

MainWindow *TestBulkActions::startWindow()
{
    return startPage() ? m_console->window() : nullptr;
}

QStringList TestBulkActions::idsOfRows(int first, int count) const
{
    QStringList ids;
    for (int row = first; row < first + count; ++row)
        ids.append(m_page->filterModel()->index(row, 0).data(AccountTableModel::AccountIdRole).toString());
    return ids;
}

void TestBulkActions::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const QModelIndex index = m_page->filterModel()->indexOfAccount(id);
        QVERIFY(index.isValid());
        selection.select(index, index);
    }
    m_page->view()->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool TestBulkActions::bulkConfirmationShown() const
{
    return m_page->openBulkConfirmation() && m_page->openBulkConfirmation()->isVisible();
}

void TestBulkActions::fiftyAccountsAreDeactivatedUnderARateLimitWithAResultPerRow()
{
    QVERIFY(startPage());
    // Shift-click: the first row, then the fiftieth.
    QTableView *view = m_page->view();
    const QModelIndex first = m_page->filterModel()->index(0, AccountTableModel::NameColumn);
    const QModelIndex fiftieth = m_page->filterModel()->index(49, AccountTableModel::NameColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    view->scrollTo(fiftieth);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, view->visualRect(fiftieth).center());
    const QStringList ids = m_page->selectedAccountIds();
    QCOMPARE(ids, idsOfRows(0, 50));
    QVERIFY(m_page->selectionBar()->isVisible());
    QVERIFY(m_page->selectionBar()->findChild<QLabel *>(u"selectionLabel"_s)->text().startsWith(u"50 selected"_s));
    qint64 users = 0;
    for (const QString &id : ids)
        users += m_directory->store()->record(m_directory->store()->rowOf(id)).userCount;

    SandboxFaults faults;
    faults.rateLimitPerSecond = 15;
    m_server->setFaults(faults);
    QTest::mouseClick(m_page->selectionBar()->findChild<QPushButton *>(u"deactivateSelectedButton"_s), Qt::LeftButton);
    QTRY_VERIFY(bulkConfirmationShown());
    BulkConfirmDialog *confirmation = m_page->openBulkConfirmation();
    QCOMPARE(confirmation->findChild<QLabel *>(u"accountCountLabel"_s)->text(), u"50"_s);
    QCOMPARE(confirmation->findChild<QLabel *>(u"userCountLabel"_s)->text(), QLocale().toString(users));
    QVERIFY(confirmation->findChild<QLabel *>(u"environmentLabel"_s)->text().contains(u"Sandbox"_s));
    QVERIFY(!confirmation->typedCountField()); // not production
    QVERIFY(confirmation->cancelButton()->isDefault());
    QTest::keyClicks(confirmation->reasonField(), u"ticket 4711"_s);
    QSignalSpy finished(m_page, &AccountsPage::bulkActionFinished);
    QTest::mouseClick(confirmation->confirmButton(), Qt::LeftButton);

    QTRY_VERIFY(m_page->bulkProgress() && m_page->bulkProgress()->isVisible());
    BulkProgressDialog *progress = m_page->bulkProgress();
    BulkAction *action = progress->action();
    QAbstractItemModelTester tester(action, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(finished.wait(60'000));
    for (qsizetype i = 0; i < action->size(); ++i)
        QVERIFY2(
            action->item(i).state == BulkAction::State::Changed, qPrintable(BulkAction::stateText(action->item(i))));
    QCOMPARE(action->count(BulkAction::State::Changed), 50);
    QVERIFY2(m_server->faultCounts().rateLimited > 0, "the rate limit was never reached: the test proves nothing");
    const auto *results = progress->findChild<QTableView *>(u"bulkResults"_s);
    QVERIFY(results);
    for (int row = 0; row < 50; ++row) {
        const QModelIndex result = results->model()->index(row, BulkAction::ResultColumn);
        QCOMPARE(result.data().toString(), u"Deactivated"_s);
        const QString id = result.siblingAtColumn(BulkAction::IdColumn).data().toString();
        QVERIFY(!serverSaysActive(*m_server, id));
        QVERIFY(!m_directory->store()->record(m_directory->store()->rowOf(id)).isActive());
    }
    QVERIFY(serverSaysActive(*m_server, idsOfRows(50, 1).first())); // the row after the selection
    const auto *summary = progress->findChild<QLabel *>(u"bulkSummary"_s);
    QVERIFY(summary);
    QVERIFY(summary->text().contains(u"\u206650\u2069 deactivated"_s));
    const auto *retryButton = progress->findChild<QPushButton *>(u"retryFailedButton"_s);
    QVERIFY(retryButton);
    QVERIFY(!retryButton->isEnabled());
    const auto *cancelButton = progress->findChild<QPushButton *>(u"cancelRemainingButton"_s);
    QVERIFY(cancelButton);
    QVERIFY(!cancelButton->isEnabled());
    // One message for the batch, not fifty: the message bar stays quiet, Undo is offered.
    QVERIFY(m_page->undoNotice()->isVisible());
    QVERIFY(m_page->undoNotice()->text().contains(u"50"_s));

    m_journal->flush();
    const QList<AuditRecord> records = AuditJournal::read(m_journal->path());
    QSet<QString> succeeded;
    for (const AuditRecord &record : records) {
        QCOMPARE(record.reason, u"ticket 4711"_s);
        if (record.outcome == AuditRecord::Outcome::Succeeded)
            succeeded.insert(record.accountId);
    }
    QCOMPARE(succeeded, QSet<QString>(ids.cbegin(), ids.cend()));
}

void TestBulkActions::cancellingTheBulkConfirmationSendsNothing()
{
    QVERIFY(startPage());
    selectIds(idsOfRows(3, 5));
    const quint64 requestsBefore = m_server->requestCount();
    m_page->deactivateSelected();
    QTRY_VERIFY(bulkConfirmationShown());
    BulkConfirmDialog *confirmation = m_page->openBulkConfirmation();
    QTest::keyClick(confirmation, Qt::Key_Escape);
    QTRY_VERIFY(!m_page->openBulkConfirmation());
    // Enter alone picks Cancel too.
    m_page->deactivateSelected();
    QTRY_VERIFY(bulkConfirmationShown());
    confirmation = m_page->openBulkConfirmation();
    QTest::keyClick(confirmation, Qt::Key_Return);
    QTRY_VERIFY(!m_page->openBulkConfirmation());
    QVERIFY(m_directory->actionQueue()->isIdle());
    QCOMPARE(m_server->requestCount(), requestsBefore);
    for (const QString &id : idsOfRows(3, 5))
        QVERIFY(serverSaysActive(*m_server, id));
}

void TestBulkActions::productionAsksForTheCountAboveTen()
{
    BulkConfirmDialog::Summary summary;
    summary.accountCount = 12;
    summary.userCount = 340;
    summary.names = { u"A"_s, u"B"_s };
    const Environment production = Environment::forBaseUrl(QUrl(u"https://api.avara.example"_s));
    BulkConfirmDialog dialog(summary, production);
    QVERIFY(dialog.findChild<QLabel *>(u"environmentLabel"_s)->text().contains(u"PRODUCTION"_s));
    QLineEdit *typed = dialog.typedCountField();
    QVERIFY(typed);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(typed, u"1"_s);
    QVERIFY(!dialog.confirmButton()->isEnabled());
    QTest::keyClicks(typed, u"2"_s);
    QVERIFY(dialog.confirmButton()->isEnabled());
    QTest::keyClicks(typed, u"0"_s);
    QVERIFY(!dialog.confirmButton()->isEnabled());

    summary.accountCount = 10; // at most ten: no typing
    BulkConfirmDialog ten(summary, production);
    QVERIFY(!ten.typedCountField());
    QVERIFY(ten.confirmButton()->isEnabled());
    summary.accountCount = 500; // not production: no typing
    BulkConfirmDialog sandbox(summary, Environment::forBaseUrl(QUrl(u"http://127.0.0.1:8787"_s), true));
    QVERIFY(!sandbox.typedCountField());
}

void TestBulkActions::undoReactivatesExactlyTheAccountsThatWereChanged()
{
    QVERIFY(startPage());
    const QStringList ids = idsOfRows(10, 10);
    const QStringList alreadyInactive { ids.at(0), ids.at(5), ids.at(6) };
    for (const QString &id : alreadyInactive) {
        QVERIFY(m_server->setActive(id, false));
        QSignalSpy refreshed(m_directory, &AccountDirectory::refreshed);
        m_directory->refresh(id);
        QVERIFY(refreshed.wait());
    }
    selectIds(ids);
    QSignalSpy finished(m_page, &AccountsPage::bulkActionFinished);
    m_page->deactivateSelected();
    QTRY_VERIFY(bulkConfirmationShown());
    BulkConfirmDialog *confirmation = m_page->openBulkConfirmation();
    QCOMPARE(confirmation->findChild<QLabel *>(u"accountCountLabel"_s)->text(), u"7"_s);
    QVERIFY(confirmation->findChild<QLabel *>(u"alreadyLabel"_s)->text().startsWith(u"3 "_s));
    QTest::mouseClick(confirmation->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
    for (const QString &id : ids)
        QVERIFY(!serverSaysActive(*m_server, id));

    // Someone else deactivates another account meanwhile: undo must not touch it.
    const QString other = idsOfRows(40, 1).first();
    QVERIFY(m_server->setActive(other, false));
    QVERIFY(m_page->undoNotice()->isVisible());
    QTest::mouseClick(m_page->undoNotice()->undoButton(), Qt::LeftButton);
    QVERIFY(!m_page->undoNotice()->isVisible());
    QVERIFY(finished.wait(20'000));
    BulkAction *undo = finished.last().at(0).value<BulkAction *>();
    QVERIFY(undo->wantedActive());
    QCOMPARE(undo->count(BulkAction::State::Changed), 7);
    for (const QString &id : ids)
        QCOMPARE(serverSaysActive(*m_server, id), !alreadyInactive.contains(id));
    QVERIFY(!serverSaysActive(*m_server, other));
    m_journal->flush();
    const QList<AuditRecord> records = AuditJournal::read(m_journal->path());
    QCOMPARE(records.size(), 28); // 7 deactivations and 7 reactivations, intent and outcome each
    QCOMPARE(records.last().reason, u"Undo"_s);
}

void TestBulkActions::aSingleDeactivationRecordsTheReasonAndOffersUndo()
{
    QVERIFY(startPage());
    const QString id = idsOfRows(2, 1).first();
    QVERIFY(m_page->selectAccount(id));
    m_page->toggleCurrent();
    QTRY_VERIFY(m_page->openConfirmation() && m_page->openConfirmation()->isVisible());
    ConfirmDeactivationDialog *confirmation = m_page->openConfirmation();
    QTest::keyClicks(confirmation->reasonField(), u"Wrong clinic, see ticket 12"_s);
    QTest::keyClick(confirmation->reasonField(), Qt::Key_Return); // does not cancel, does not send
    QVERIFY(confirmation->isVisible());
    QSignalSpy finished(m_page, &AccountsPage::bulkActionFinished);
    QTest::mouseClick(confirmation->deactivateButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    QVERIFY(!serverSaysActive(*m_server, id));
    QVERIFY(!m_page->bulkProgress()); // one account: no progress dialog
    QVERIFY(m_page->undoNotice()->isVisible());
    QVERIFY(m_page->undoNotice()->text().contains(id));

    QVERIFY(m_page->undoLastDeactivation()); // Ctrl+Z in the window does this
    QVERIFY(!m_page->undoLastDeactivation());
    QVERIFY(finished.wait(10'000));
    QVERIFY(serverSaysActive(*m_server, id));
    QTRY_VERIFY(m_directory->store()->record(m_directory->store()->rowOf(id)).isActive());

    m_journal->flush();
    const QList<AuditRecord> records = AuditJournal::read(m_journal->path());
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(0).action, AuditRecord::Action::Deactivate);
    QCOMPARE(records.at(0).reason, u"Wrong clinic, see ticket 12"_s);
    QCOMPARE(records.at(2).action, AuditRecord::Action::Reactivate);
    QCOMPARE(records.at(2).reason, u"Undo: Wrong clinic, see ticket 12"_s);
}

void TestBulkActions::theUndoNoticeGoesAwayByItself()
{
    UndoNotice notice;
    notice.show();
    int undone = 0;
    notice.showNotice(
        u"Deactivated 3 accounts."_s, [&undone] { ++undone; }, std::chrono::milliseconds(300));
    QVERIFY(notice.isVisible());
    QVERIFY(notice.isOffering());
    QVERIFY(notice.undoButton()->text().contains(u"Undo"_s));
    QTRY_VERIFY(!notice.isVisible());
    QVERIFY(!notice.isOffering());
    QVERIFY(!notice.undo());
    QCOMPARE(undone, 0);
}

void TestBulkActions::aListFileShowsTheFoundAccountsAndNamesTheUnknownOnes()
{
    MainWindow *started = startWindow();
    QVERIFY(started);
    MainWindow &window = *started;
    AccountsPage *customers = window.page(AccountKind::ExpressCustomer);
    AccountsPage *organizations = window.page(AccountKind::Organization);

    // A ticket's CSV: two loaded customers, one created since the load, two nobody knows, an
    // organization, and noise.
    const QStringList loaded = m_server->accountIds(SandboxKind::ExpressCustomer).mid(7, 2);
    const QString created = m_server->createAccount(SandboxKind::ExpressCustomer, u"Opened after the load"_s);
    const QString org = m_server->accountIds(SandboxKind::Organization).at(3);
    const QString unknownA = u"cus_0000000000000000000000000000dead"_s;
    const QString unknownB = u"cus_0000000000000000000000000000beef"_s;
    const QString path = m_dir.filePath(u"ticket-4711.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write((u"id,comment\n"_s + loaded.at(0) + u",first\n"_s + unknownA + u",typo?\n"_s + loaded.at(1) + u",\n"_s
        + created + u",new\n"_s + org + u",an org\n"_s + unknownB + u"\ncus_short,not an id\n"_s)
                   .toUtf8());
    file.close();

    QSignalSpy customersShown(customers, &AccountsPage::idListShown);
    QSignalSpy organizationsShown(organizations, &AccountsPage::idListShown);
    QString error;
    QVERIFY2(window.openIdListFile(path, &error), qPrintable(error));
    QVERIFY(customersShown.wait(10'000));
    QTRY_COMPARE(organizationsShown.size(), 1);
    QCOMPARE(window.currentPage(), customers); // the page with most ids of the list

    const QStringList found = customersShown.at(0).at(0).toStringList();
    QCOMPARE(found, (QStringList { loaded.at(0), loaded.at(1), created }));
    QCOMPARE(customersShown.at(0).at(1).toStringList(), (QStringList { unknownA, unknownB }));
    QVERIFY(customers->hasIdList());
    QCOMPARE(customers->filterModel()->rowCount(), 3); // the one fetched included
    QVERIFY(customers->listBar()->isVisible());
    const QString listText = customers->listBar()->findChild<QLabel *>(u"listLabel"_s)->text();
    QVERIFY2(listText.contains(u"3 of 5 found"_s), qPrintable(listText));
    QVERIFY2(listText.contains(unknownA) && listText.contains(unknownB), qPrintable(listText));
    QVERIFY(!customers->messageBar()->isVisible()); // no error per unknown id: the list bar names them
    QCOMPARE(organizationsShown.at(0).at(0).toStringList(), QStringList { org });
    QCOMPARE(organizations->filterModel()->rowCount(), 1);
    // Ready for an action on all found: they are selected.
    QStringList selected = customers->selectedAccountIds();
    selected.sort();
    QStringList expected = found;
    expected.sort();
    QCOMPARE(selected, expected);

    QSignalSpy finished(customers, &AccountsPage::bulkActionFinished);
    customers->deactivateSelected();
    QTRY_VERIFY(customers->openBulkConfirmation() && customers->openBulkConfirmation()->isVisible());
    QTest::mouseClick(customers->openBulkConfirmation()->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10'000));
    for (const QString &id : found)
        QVERIFY(!serverSaysActive(*m_server, id));
    QVERIFY(serverSaysActive(*m_server, m_server->accountIds(SandboxKind::ExpressCustomer).at(0)));

    QTest::mouseClick(customers->listBar()->findChild<QPushButton *>(u"clearListButton"_s), Qt::LeftButton);
    QVERIFY(!customers->hasIdList());
    QCOMPARE(customers->filterModel()->rowCount(), customerCount + 1);

    QVERIFY(!window.openIdListFile(m_dir.filePath(u"missing.txt"_s), &error));
    QVERIFY(!error.isEmpty());
}

void TestBulkActions::theKeyboardAloneSelectsDeactivatesAndUndoes()
{
    MainWindow *started = startWindow();
    QVERIFY(started);
    MainWindow &window = *started;
    AccountsPage *customers = window.page(AccountKind::ExpressCustomer);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Into the table, the first row current, then four more with Shift+Down.
    QTableView *view = customers->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    const QStringList ids = customers->selectedAccountIds();
    QCOMPARE(ids.size(), 5);

    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(customers->openBulkConfirmation() && customers->openBulkConfirmation()->isVisible());
    BulkConfirmDialog *confirmation = customers->openBulkConfirmation();
    QTRY_VERIFY(confirmation->reasonField()->hasFocus()); // typing goes to the reason
    QTest::keyClicks(QApplication::focusWidget(), u"keyboard only"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // nothing: not Cancel, not Deactivate
    QVERIFY(confirmation->isVisible());
    // Tab along the focus chain to the Deactivate button, then Space.
    for (int i = 0; i < 10 && QApplication::focusWidget() != confirmation->confirmButton(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), confirmation->confirmButton());
    QSignalSpy finished(customers, &AccountsPage::bulkActionFinished);
    QTest::keyClick(confirmation->confirmButton(), Qt::Key_Space);
    QVERIFY(finished.wait(20'000));
    for (const QString &id : ids)
        QVERIFY(!serverSaysActive(*m_server, id));

    // Escape closes the finished results; Ctrl+Z in the window undoes.
    QTRY_VERIFY(customers->bulkProgress() && customers->bulkProgress()->isVisible());
    QTest::keyClick(customers->bulkProgress(), Qt::Key_Escape);
    QTRY_VERIFY(!customers->bulkProgress() || !customers->bulkProgress()->isVisible());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(finished.wait(20'000));
    for (const QString &id : ids)
        QVERIFY(serverSaysActive(*m_server, id));
}

void TestBulkActions::theStatusBarNamesTheOutcomeOnceABulkActionAndItsUndoEnd()
{
    MainWindow *window = startWindow();
    QVERIFY(window);
    QStatusBar *statusBar = window->statusBar();
    const auto noWorkUnderWay = [&] {
        return !statusBar->currentMessage().contains(u'\u2026') && !m_page->messageBar()->text().contains(u'\u2026');
    };
    const QStringList ids = idsOfRows(0, 6);
    selectIds(ids);
    QSignalSpy finished(m_page, &AccountsPage::bulkActionFinished);
    m_page->deactivateSelected();
    QTRY_VERIFY(bulkConfirmationShown());
    QTest::mouseClick(m_page->openBulkConfirmation()->confirmButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20'000));
    QTRY_VERIFY2(statusBar->currentMessage().startsWith(u"Done: \u20666\u2069 of \u20666\u2069 changed"_s),
        qPrintable(statusBar->currentMessage()));
    QVERIFY2(noWorkUnderWay(), qPrintable(statusBar->currentMessage()));

    // While the undo runs the bar says so; once it ends, it says how it went instead.
    QTest::mouseClick(m_page->undoNotice()->undoButton(), Qt::LeftButton);
    QVERIFY(statusBar->currentMessage().startsWith(u"Undoing 6 change"_s)); // no translator: "change(s)"
    QVERIFY(!noWorkUnderWay());
    QVERIFY(finished.wait(20'000));
    QTRY_COMPARE(statusBar->currentMessage(), u"Undo done: \u20666\u2069 of \u20666\u2069 restored."_s);
    QVERIFY2(noWorkUnderWay(), qPrintable(m_page->messageBar()->text()));
    for (const QString &id : ids)
        QVERIFY(serverSaysActive(*m_server, id));
}

QTEST_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
