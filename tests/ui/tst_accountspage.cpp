// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/domain/accountcsv.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/accountexport.h"
#include "core/services/actionqueue.h"
#include "core/services/bulkaction.h"
#include "sandbox/sandboxserver.h"
#include "tests/testkit/consolefixture.h"
#include "ui/accounts/accountspage.h"
#include "ui/accounts/confirmdeactivationdialog.h"
#include "ui/common/messagebar.h"
#include "ui/common/toggledelegate.h"
#include "ui/detail/detailpane.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// Widget tests of one accounts page against the real sandbox server over loopback.
class TestAccountsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowsArriveFromEveryPage();
    void clickingTheSwitchAsksThenDeactivatesOnTheServer();
    void cancellingTheConfirmationSendsNothing();
    void reactivationNeedsNoConfirmation();
    void theKeyboardAloneDeactivatesAndReactivates();
    void aFailingServerLeavesTheRowAsItWasAndSaysWhy();
    void retryAfterAFailureSucceedsOnceTheServerRecovers();
    void searchFiltersByNameIdAndMetadata();
    void statusFilterShowsOnlyInactiveAccounts();
    void sortingByUsersAndDatesFollowsTheRealValues_data();
    void sortingByUsersAndDatesFollowsTheRealValues();
    void detailPaneShowsEveryField();
    void copyIdPutsTheIdOnTheClipboard();
    void reloadKeepsTheCurrentAccount();
    void pastingALoadedIdSelectsIt();
    void pastingAnIdNotLoadedYetFetchesAndSelectsIt();
    void pastingAnUnknownIdSaysThereIsNone();
    void exportWritesTheFilteredViewAndReadsBackEqual();
    void theTableAndTheDetailPaneNameTheSameChangeUnderWay();
    void onlyThePageInFrontSaysNothingChanged();

private:
    [[nodiscard]] bool startPage(AccountKind kind = AccountKind::ExpressCustomer);
    QModelIndex indexOf(const QString &id, int column) const;
    void clickSwitch(const QString &id);
    QString firstAccount(bool active) const;

    std::unique_ptr<ConsoleFixture> m_console;
    SandboxServer *m_server = nullptr;
    AccountDirectory *m_directory = nullptr;
    AccountsPage *m_page = nullptr;
};

namespace
{
constexpr int customerCount = 240;

bool serverSaysActive(const SandboxServer &server, const QString &id)
{
    return server.isActive(id).value_or(false);
}
} // namespace

void TestAccountsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountsPage::init()
{
    SandboxOptions options;
    options.customers = customerCount;
    options.organizations = 30;
    options.seed = 7;
    ConsoleFixture::Options console;
    console.sandbox = options;
    m_console = std::make_unique<ConsoleFixture>(console);
    QVERIFY2(m_console->startServer(), qPrintable(m_console->failure()));
    m_server = &m_console->server();
}

void TestAccountsPage::cleanup()
{
    m_page = nullptr;
    m_directory = nullptr;
    m_server = nullptr;
    m_console.reset();
}

bool TestAccountsPage::startPage(AccountKind kind)
{
    if (!m_console->openWindow()) {
        qWarning("%s", qPrintable(m_console->failure()));
        return false;
    }
    m_directory = m_console->directory(kind);
    m_page = m_console->page(kind);
    m_console->window()->showPage(kind);
    // A failure is checked once against the server; the reconciliation schedule has its own tests.
    m_directory->actionQueue()->setReconcileTries(1, std::chrono::milliseconds(0));
    m_page->tableModel()->publishPendingRows();
    return true;
}

QModelIndex TestAccountsPage::indexOf(const QString &id, int column) const
{
    return m_page->filterModel()->indexOfAccount(id, column);
}

void TestAccountsPage::clickSwitch(const QString &id)
{
    const QModelIndex index = indexOf(id, AccountTableModel::StatusColumn);
    QVERIFY(index.isValid());
    m_page->view()->scrollTo(index);
    const QRect cell = m_page->view()->visualRect(index);
    QTest::mouseClick(m_page->view()->viewport(), Qt::LeftButton, {}, ToggleDelegate::switchRect(cell).center());
}

QString TestAccountsPage::firstAccount(bool active) const
{
    for (const QString &id : m_server->accountIds(SandboxKind::ExpressCustomer)) {
        if (serverSaysActive(*m_server, id) == active)
            return id;
    }
    return {};
}

void TestAccountsPage::rowsArriveFromEveryPage()
{
    QVERIFY(startPage());
    QCOMPARE(m_page->filterModel()->rowCount(), customerCount);
    QCOMPARE(m_directory->store()->size(), customerCount);
    QVERIFY(m_page->countsText().contains(u"240"_s));
}

void TestAccountsPage::clickingTheSwitchAsksThenDeactivatesOnTheServer()
{
    QVERIFY(startPage());
    const QString id = firstAccount(true);
    QVERIFY(!id.isEmpty());

    clickSwitch(id);
    QTRY_VERIFY(m_page->openConfirmation());
    ConfirmDeactivationDialog *dialog = m_page->openConfirmation();
    QCOMPARE(dialog->accountId(), id);
    QVERIFY(serverSaysActive(*m_server, id));
    QTest::mouseClick(dialog->deactivateButton(), Qt::LeftButton);

    QTRY_VERIFY(!serverSaysActive(*m_server, id));
    const AccountStore *store = m_directory->store();
    QTRY_VERIFY(!store->isPending(store->rowOf(id)));
    QVERIFY(!store->record(store->rowOf(id)).isActive());
    QCOMPARE(indexOf(id, AccountTableModel::StatusColumn).data(AccountTableModel::IsActiveRole).toBool(), false);
}

void TestAccountsPage::cancellingTheConfirmationSendsNothing()
{
    QVERIFY(startPage());
    const QString id = firstAccount(true);
    const quint64 requestsBefore = m_server->requestCount();
    clickSwitch(id);
    QTRY_VERIFY(m_page->openConfirmation());
    QTest::mouseClick(m_page->openConfirmation()->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_page->openConfirmation());
    QCOMPARE(m_server->requestCount(), requestsBefore);
    QVERIFY(serverSaysActive(*m_server, id));
}

void TestAccountsPage::reactivationNeedsNoConfirmation()
{
    QVERIFY(startPage());
    const QString id = firstAccount(false);
    QVERIFY(!id.isEmpty());
    QSignalSpy succeeded(m_directory, &AccountDirectory::actionSucceeded);
    clickSwitch(id);
    QVERIFY(!m_page->openConfirmation());
    QVERIFY(succeeded.wait(5000));
    QVERIFY(serverSaysActive(*m_server, id));
    QVERIFY(m_directory->store()->record(m_directory->store()->rowOf(id)).isActive());
}

void TestAccountsPage::theKeyboardAloneDeactivatesAndReactivates()
{
    QVERIFY(startPage());
    const QString id = firstAccount(true);
    QVERIFY(m_page->selectAccount(id));
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Space);
    QTRY_VERIFY(m_page->openConfirmation());
    // Cancel has the focus and is the default: Tab moves to Deactivate, Space presses it.
    ConfirmDeactivationDialog *dialog = m_page->openConfirmation();
    QVERIFY(dialog->cancelButton()->isDefault());
    dialog->deactivateButton()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(dialog->deactivateButton(), Qt::Key_Space);
    QTRY_VERIFY(!serverSaysActive(*m_server, id));
    QTRY_VERIFY(!m_directory->store()->isPending(m_directory->store()->rowOf(id)));

    QCOMPARE(m_page->currentAccountId(), id);
    QTest::keyClick(m_page->view(), Qt::Key_Space);
    QTRY_VERIFY(serverSaysActive(*m_server, id));
}

void TestAccountsPage::aFailingServerLeavesTheRowAsItWasAndSaysWhy()
{
    QVERIFY(startPage());
    const QString id = firstAccount(false);
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    m_server->setFaults(faults);

    QSignalSpy failed(m_directory, &AccountDirectory::actionFailed);
    clickSwitch(id);
    QVERIFY(failed.wait(15000));
    const AccountStore *store = m_directory->store();
    const qsizetype row = store->rowOf(id);
    QVERIFY(!store->isPending(row));
    QVERIFY(store->hasFailed(row));
    QVERIFY(!store->record(row).isActive());
    QVERIFY(!serverSaysActive(*m_server, id));
    QVERIFY(m_page->messageBar()->isVisible());
    QVERIFY2(
        m_page->messageBar()->text().contains(u"Could not reactivate"_s), qPrintable(m_page->messageBar()->text()));
    QVERIFY(m_page->messageBar()->text().contains(id));
}

void TestAccountsPage::retryAfterAFailureSucceedsOnceTheServerRecovers()
{
    QVERIFY(startPage());
    const QString id = firstAccount(false);
    SandboxFaults faults;
    faults.serverErrorRate = 1.0;
    m_server->setFaults(faults);
    QSignalSpy failed(m_directory, &AccountDirectory::actionFailed);
    clickSwitch(id);
    QVERIFY(failed.wait(15000));

    m_server->setFaults({});
    QSignalSpy succeeded(m_directory, &AccountDirectory::actionSucceeded);
    QVERIFY(m_page->messageBar()->actionButton()->isVisible());
    QTest::mouseClick(m_page->messageBar()->actionButton(), Qt::LeftButton);
    QVERIFY(succeeded.wait(5000));
    QVERIFY(serverSaysActive(*m_server, id));
    QVERIFY(!m_directory->store()->hasFailed(m_directory->store()->rowOf(id)));
}

void TestAccountsPage::searchFiltersByNameIdAndMetadata()
{
    QVERIFY(startPage());
    const AccountStore *store = m_directory->store();
    const Account target = store->account(17);

    QTest::keyClicks(m_page->searchField(), target.id);
    QTRY_COMPARE(m_page->filterModel()->rowCount(), 1);
    QCOMPARE(m_page->filterModel()->index(0, 0).data(AccountTableModel::AccountIdRole).toString(), target.id);

    m_page->searchField()->clear();
    QTRY_COMPARE(m_page->filterModel()->rowCount(), customerCount);

    const QString word = target.name.section(u' ', 0, 0).toUpper();
    QTest::keyClicks(m_page->searchField(), word);
    const int shown = m_page->filterModel()->rowCount();
    QVERIFY(shown >= 1 && shown < customerCount);
    for (int row = 0; row < shown; ++row) {
        const QString id = m_page->filterModel()->index(row, 0).data(AccountTableModel::AccountIdRole).toString();
        const Account account = store->account(store->rowOf(id));
        bool metadataMatches = false;
        for (const auto &[key, value] : account.metadata)
            metadataMatches = metadataMatches || key.contains(word, Qt::CaseInsensitive)
                || value.contains(word, Qt::CaseInsensitive);
        QVERIFY2(account.name.contains(word, Qt::CaseInsensitive) || metadataMatches, qPrintable(account.name));
    }
}

void TestAccountsPage::statusFilterShowsOnlyInactiveAccounts()
{
    QVERIFY(startPage());
    int inactiveOnServer = 0;
    for (const QString &id : m_server->accountIds(SandboxKind::ExpressCustomer))
        inactiveOnServer += serverSaysActive(*m_server, id) ? 0 : 1;
    QVERIFY(inactiveOnServer > 0);

    m_page->statusFilter()->setCurrentIndex(2);
    QCOMPARE(m_page->filterModel()->rowCount(), inactiveOnServer);
    for (int row = 0; row < m_page->filterModel()->rowCount(); ++row)
        QVERIFY(!m_page->filterModel()->index(row, 0).data(AccountTableModel::IsActiveRole).toBool());
    QVERIFY(m_page->countsText().contains(QLocale().toString(inactiveOnServer) + u" inactive"_s));
}

void TestAccountsPage::sortingByUsersAndDatesFollowsTheRealValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("users, most first") << int(AccountTableModel::UsersColumn) << Qt::DescendingOrder;
    QTest::newRow("users, fewest first") << int(AccountTableModel::UsersColumn) << Qt::AscendingOrder;
    QTest::newRow("created, oldest first") << int(AccountTableModel::CreatedColumn) << Qt::AscendingOrder;
    QTest::newRow("updated, newest first") << int(AccountTableModel::UpdatedColumn) << Qt::DescendingOrder;
}

void TestAccountsPage::sortingByUsersAndDatesFollowsTheRealValues()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QVERIFY(startPage());
    m_page->view()->sortByColumn(column, order);
    const QAbstractItemModel *model = m_page->filterModel();
    QCOMPARE(model->rowCount(), customerCount);
    for (int row = 1; row < model->rowCount(); ++row) {
        const qlonglong previous = model->index(row - 1, column).data(AccountTableModel::SortRole).toLongLong();
        const qlonglong current = model->index(row, column).data(AccountTableModel::SortRole).toLongLong();
        QVERIFY2(order == Qt::AscendingOrder ? previous <= current : previous >= current,
            qPrintable(u"row %1: %2 then %3"_s.arg(row).arg(previous).arg(current)));
    }
}

void TestAccountsPage::detailPaneShowsEveryField()
{
    QVERIFY(startPage());
    const AccountStore *store = m_directory->store();
    qsizetype row = 0;
    while (row < store->size() && (store->account(row).metadata.size() < 2 || !store->account(row).createdAt.isValid()))
        ++row;
    QVERIFY(row < store->size());
    const Account account = store->account(row);
    QVERIFY(m_page->selectAccount(account.id));

    DetailPane *pane = m_page->detailPane();
    QCOMPARE(pane->field(u"nameValue"_s)->text(), account.name);
    QCOMPARE(pane->field(u"idValue"_s)->text(), account.id);
    QCOMPARE(pane->field(u"usersValue"_s)->text(), QLocale().toString(account.userCount));
    QCOMPARE(pane->field(u"statusValue"_s)->text(), account.isActive ? u"Active"_s : u"Inactive"_s);
    QCOMPARE(pane->field(u"createdValue"_s)->toolTip(), account.createdAt.toString(Qt::ISODate) + u" UTC"_s);
    QCOMPARE(pane->field(u"createdByApiKeyValue"_s)->text(), account.createdByApiKeyId.value_or(u"\u2014"_s));
    QCOMPARE(pane->field(u"createdByUserValue"_s)->text(), account.createdByUserId.value_or(u"\u2014"_s));
    QCOMPARE(pane->field(u"nameValue"_s)->textFormat(), Qt::PlainText);
    QTableWidget *metadata = pane->metadataTable();
    QCOMPARE(metadata->rowCount(), int(account.metadata.size()));
    for (int i = 0; i < account.metadata.size(); ++i) {
        QCOMPARE(metadata->item(i, 0)->text(), account.metadata[i].first);
        QCOMPARE(metadata->item(i, 1)->text(), account.metadata[i].second);
    }
    QCOMPARE(pane->toggleButton()->text(), account.isActive ? u"Deactivate\u2026"_s : u"Reactivate"_s);
}

void TestAccountsPage::copyIdPutsTheIdOnTheClipboard()
{
    QVERIFY(startPage());
    const QString id = m_directory->store()->id(3);
    QVERIFY(m_page->selectAccount(id));
    QApplication::clipboard()->clear();
    QTest::mouseClick(m_page->detailPane()->copyIdButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), id);
    QApplication::clipboard()->clear();
    m_page->copyCurrentId();
    QCOMPARE(QApplication::clipboard()->text(), id);
}

void TestAccountsPage::reloadKeepsTheCurrentAccount()
{
    QVERIFY(startPage());
    const QString id = m_directory->store()->id(150);
    QVERIFY(m_page->selectAccount(id));
    QSignalSpy finished(m_directory, &AccountDirectory::loadFinished);
    m_page->reload();
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(m_page->currentAccountId(), id);
    QCOMPARE(m_page->detailPane()->account()->id, id);
}

void TestAccountsPage::pastingALoadedIdSelectsIt()
{
    QVERIFY(startPage());
    const QString id = m_directory->store()->id(99);
    m_page->searchField()->setText(id);
    QCOMPARE(m_page->currentAccountId(), id);
    QCOMPARE(m_page->detailPane()->account()->id, id);
}

void TestAccountsPage::pastingAnIdNotLoadedYetFetchesAndSelectsIt()
{
    QVERIFY(startPage());
    const QString id = m_server->createAccount(SandboxKind::ExpressCustomer, u"Created After Loading Clinic"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_directory->store()->rowOf(id), -1);
    m_page->searchField()->setText(u"  "_s + id + u"\n"_s);
    QTRY_COMPARE(m_page->currentAccountId(), id);
    QCOMPARE(m_page->detailPane()->account()->name, u"Created After Loading Clinic"_s);
    QCOMPARE(m_page->filterModel()->rowCount(), 1);
}

void TestAccountsPage::pastingAnUnknownIdSaysThereIsNone()
{
    QVERIFY(startPage());
    const QString unknown = u"cus_00000000000000000000000000000bad"_s;
    m_page->searchField()->setText(unknown);
    QTRY_VERIFY(m_page->messageBar()->isVisible());
    QVERIFY2(m_page->messageBar()->text().contains(u"There is no Express customer"_s),
        qPrintable(m_page->messageBar()->text()));
    QVERIFY(m_page->currentAccountId().isEmpty());
}

void TestAccountsPage::exportWritesTheFilteredViewAndReadsBackEqual()
{
    QVERIFY(startPage());
    m_page->statusFilter()->setCurrentIndex(2);
    m_page->view()->sortByColumn(AccountTableModel::UsersColumn, Qt::DescendingOrder);
    const int shown = m_page->filterModel()->rowCount();
    QVERIFY(shown > 0 && shown < customerCount);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    qsizetype lastProgress = 0;
    AccountExport *exporting = m_page->exportShown(path);
    QVERIFY(exporting);
    connect(exporting, &AccountExport::progressed, this, [&](qsizetype done, qsizetype) { lastProgress = done; });
    QSignalSpy finished(exporting, &AccountExport::finished);
    QVERIFY(finished.wait(10'000));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QCOMPARE(lastProgress, shown);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int skipped = -1;
    const QList<Account> read = AccountCsv::readAccounts(file.readAll(), &skipped);
    QCOMPARE(skipped, 0);
    QCOMPARE(read.size(), shown);
    const AccountStore *store = m_directory->store();
    for (int row = 0; row < shown; ++row) {
        const QString id = m_page->filterModel()->index(row, 0).data(AccountTableModel::AccountIdRole).toString();
        Account expected = store->account(store->rowOf(id));
        Account actual = read[row];
        std::sort(expected.metadata.begin(), expected.metadata.end());
        std::sort(actual.metadata.begin(), actual.metadata.end());
        QCOMPARE(actual, expected);
    }
}

void TestAccountsPage::theTableAndTheDetailPaneNameTheSameChangeUnderWay()
{
    // A row being deactivated, then (in a bulk action) reactivated while the first request
    // is still on its way: the table read the newest intent and the pane read the server's
    // state, so one said "Reactivating…" and the other "Deactivating…".
    QVERIFY(startPage());
    const QString id = firstAccount(true);
    QVERIFY(m_page->selectAccount(id));
    SandboxFaults slow;
    slow.latencyMs = 400;
    m_server->setFaults(slow);
    QSignalSpy idle(m_directory->actionQueue(), &ActionQueue::idle);
    QVERIFY(m_directory->setActive(id, false));
    BulkAction reactivation(m_directory, QStringList { id }, true);
    reactivation.start();
    const QModelIndex status = indexOf(id, AccountTableModel::StatusColumn);
    const auto *paneStatus = m_page->detailPane()->findChild<QLabel *>(u"statusValue"_s);
    QVERIFY(paneStatus);
    QCOMPARE(status.data().toString(), u"Reactivating\u2026"_s);
    QCOMPARE(paneStatus->text(), status.data().toString());
    QCOMPARE(status.data(AccountTableModel::StatusTextRole).toString(), paneStatus->text());
    QVERIFY(idle.wait(10'000));
    QTRY_COMPARE(status.data().toString(), u"Active"_s);
    QCOMPARE(paneStatus->text(), status.data().toString());
    QVERIFY(serverSaysActive(*m_server, id));
}

void TestAccountsPage::onlyThePageInFrontSaysNothingChanged()
{
    // A revalidation that found nothing new is news only on the page in front: the status
    // bar is the window's, and "No changes since ..." from the other tab reads as this one's.
    QVERIFY(startPage(AccountKind::ExpressCustomer));
    AccountsPage *behind = m_console->page(AccountKind::Organization);
    QVERIFY(m_page->isVisible());
    QVERIFY(!behind->isVisible());
    QSignalSpy inFront(m_page, &AccountsPage::statusMessage);
    QSignalSpy fromBehind(behind, &AccountsPage::statusMessage);
    Q_EMIT m_console->directory(AccountKind::Organization)->changesFound(ChangeSummary());
    QCOMPARE(fromBehind.count(), 0);
    Q_EMIT m_directory->changesFound(ChangeSummary());
    QCOMPARE(inFront.count(), 1);
    QVERIFY(inFront.first().first().toString().startsWith(u"No changes since"_s));
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
