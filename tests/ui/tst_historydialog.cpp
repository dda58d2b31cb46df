// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/domain/csv.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/audithistorymodel.h"
#include "core/services/auditjournal.h"
#include "sandbox/sandboxserver.h"
#include "tests/testkit/consolefixture.h"
#include "ui/accounts/accountspage.h"
#include "ui/history/historydialog.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// The history view over a real journal, fed by real actions against the sandbox.
class TestHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void actionsAppearWithTheirOutcome();
    void filteringNarrowsAndExportWritesWhatIsShown();
    void undoReactivatesTheDeactivatedAccount();

private:
    QString deactivateOne();

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleFixture> m_console;
    SandboxServer *m_server = nullptr;
    MainWindow *m_window = nullptr;
};

void TestHistoryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestHistoryDialog::init()
{
    SandboxOptions options;
    options.customers = 40;
    options.organizations = 5;
    ConsoleFixture::Options console;
    console.sandbox = options;
    m_console = std::make_unique<ConsoleFixture>(console);
    QVERIFY2(m_console->start(), qPrintable(m_console->failure()));
    m_server = &m_console->server();
    m_window = m_console->window();
}

void TestHistoryDialog::cleanup()
{
    m_window = nullptr;
    m_server = nullptr;
    m_console.reset();
}

QString TestHistoryDialog::deactivateOne()
{
    AccountDirectory *directory = m_window->page(AccountKind::ExpressCustomer)->directory();
    const AccountStore *store = directory->store();
    for (qsizetype row = 0; row < store->size(); ++row) {
        if (store->record(row).isActive()) {
            QSignalSpy succeeded(directory, &AccountDirectory::actionSucceeded);
            directory->setActive(store->id(row), false);
            if (!succeeded.wait(5000))
                return {};
            return store->id(row);
        }
    }
    return {};
}

void TestHistoryDialog::actionsAppearWithTheirOutcome()
{
    HistoryDialog *history = m_window->showHistory();
    QVERIFY(history);
    QAbstractItemModelTester sourceTester(
        history->proxy()->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(history->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(history->proxy()->rowCount(), 0);
    const QString id = deactivateOne();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(history->proxy()->rowCount(), 1);
    const QModelIndex row = history->proxy()->index(0, 0);
    QCOMPARE(row.siblingAtColumn(AuditHistoryModel::ActionColumn).data().toString(), u"Deactivate"_s);
    QVERIFY(row.siblingAtColumn(AuditHistoryModel::AccountColumn).data().toString().contains(id));
    QTRY_VERIFY(row.siblingAtColumn(AuditHistoryModel::OutcomeColumn).data().toString().startsWith(u"Succeeded"_s));
    QCOMPARE(row.siblingAtColumn(AuditHistoryModel::UserColumn).data().toString(), AuditJournal::currentUser());
}

void TestHistoryDialog::filteringNarrowsAndExportWritesWhatIsShown()
{
    const QString first = deactivateOne();
    const QString second = deactivateOne();
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
    HistoryDialog *history = m_window->showHistory();
    QTRY_COMPARE(history->proxy()->rowCount(), 2);
    QTest::keyClicks(history->searchField(), second);
    QCOMPARE(history->proxy()->rowCount(), 1);

    const QString path = m_dir.filePath(u"history.csv"_s);
    QString error;
    QVERIFY2(history->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = Csv::readRows(file.readAll());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].first(), u"Time"_s);
    for (int column = 0; column < history->proxy()->columnCount(); ++column)
        QCOMPARE(rows[1][column], history->proxy()->index(0, column).data().toString());
    QVERIFY(rows[1][AuditHistoryModel::AccountColumn].contains(second));
}

void TestHistoryDialog::undoReactivatesTheDeactivatedAccount()
{
    const QString id = deactivateOne();
    QVERIFY(!m_server->isActive(id).value_or(true));
    HistoryDialog *history = m_window->showHistory();
    QTRY_COMPARE(history->proxy()->rowCount(), 1);
    QTRY_VERIFY(
        history->proxy()->index(0, AuditHistoryModel::OutcomeColumn).data().toString().startsWith(u"Succeeded"_s));
    history->view()->setCurrentIndex(history->proxy()->index(0, 0));
    QVERIFY(history->undoButton()->isEnabled());
    QTest::mouseClick(history->undoButton(), Qt::LeftButton);
    QTRY_VERIFY(m_server->isActive(id).value_or(false));
    QTRY_COMPARE(history->proxy()->rowCount(), 2);
}

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
