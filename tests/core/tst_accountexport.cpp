// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>
#include <vector>

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/accountcsv.h"
#include "core/models/accountstore.h"
#include "core/services/accountexport.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

class TestAccountExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void theFileHoldsTheGivenRowsInTheGivenOrder();
    void aDeviceGetsTheSameCsv();
    void progressArrivesFromNoneToAll();
    void cancellingLeavesNoFile();
    void cancellingKeepsAFileAlreadyThere();
    void destroyingARunningExportLeavesNoFile();
    void anUnwritablePathReportsAnError();
    void changesToTheStoreDuringTheExportDoNotReachTheFile();
    void aSecondStartWhileRunningIsRefused();
    void rowsTheStoreDoesNotHoldAreLeftOut();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace
{
constexpr AccountKind kind = AccountKind::Organization;

// Hostile text in a few accounts, so the CSV's quoting is part of the round trip.
QList<Account> accounts(int count)
{
    QList<Account> list = AccountFactory::accounts(kind, count);
    for (qsizetype i = 0; i < list.size(); i += 7)
        list[i].name = u"=HYPERLINK(\"x\"), \"North\"\nWing \U0001F600 %1"_s.arg(i);
    return list;
}

void fill(AccountStore &store, const QList<Account> &list)
{
    store.append(AccountFactory::batch(list, kind));
}

/// Accounts read back from CSV, metadata in the order the CSV keeps it (sorted by key).
QList<Account> normalized(QList<Account> list)
{
    for (Account &account : list)
        std::sort(account.metadata.begin(), account.metadata.end());
    return list;
}

QList<Account> accountsOf(const AccountStore &store, const std::vector<int> &rows)
{
    QList<Account> list;
    for (const int row : rows)
        list.append(store.account(row));
    return normalized(list);
}

QList<Account> readBack(const QByteArray &csv)
{
    int skipped = -1;
    QList<Account> read = AccountCsv::readAccounts(csv, &skipped);
    if (skipped != 0)
        qWarning("%d lines did not read back", skipped);
    return normalized(read);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Enough rows that the worker is still writing when the test acts (about 0.3 s under ASan).
constexpr int manyRows = 20000;

std::vector<int> everyRow(const AccountStore &store)
{
    std::vector<int> rows(size_t(store.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = int(i);
    return rows;
}
} // namespace

void TestAccountExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountExport::theFileHoldsTheGivenRowsInTheGivenOrder()
{
    AccountStore store(kind);
    fill(store, accounts(40));
    const std::vector<int> rows = { 39, 0, 7, 7, 21, 3, 14, 38 }; // the order a sorted, filtered view shows
    const QString path = m_dir->filePath(u"out.csv"_s);

    AccountExport exporter;
    QSignalSpy finished(&exporter, &AccountExport::finished);
    QVERIFY(exporter.start(store, rows, path));
    QVERIFY(exporter.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(!exporter.isRunning());

    const QByteArray csv = contentsOf(path);
    QVERIFY(csv.startsWith(AccountCsv::header()));
    QCOMPARE(readBack(csv), accountsOf(store, rows));
}

void TestAccountExport::aDeviceGetsTheSameCsv()
{
    AccountStore store(kind);
    fill(store, accounts(30));
    const std::vector<int> rows = { 5, 4, 3, 29, 0 };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));

    AccountExport exporter;
    QSignalSpy finished(&exporter, &AccountExport::finished);
    QVERIFY(exporter.start(store, rows, &buffer));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(readBack(buffer.data()), accountsOf(store, rows));
}

void TestAccountExport::progressArrivesFromNoneToAll()
{
    AccountStore store(kind);
    fill(store, accounts(3000));
    AccountExport exporter;
    exporter.setProgressInterval(0);
    QSignalSpy progressed(&exporter, &AccountExport::progressed);
    QSignalSpy finished(&exporter, &AccountExport::finished);
    QVERIFY(exporter.start(store, everyRow(store), m_dir->filePath(u"out.csv"_s)));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);

    QVERIFY(progressed.size() >= 3);
    QCOMPARE(progressed.first().at(0).value<qsizetype>(), qsizetype(0));
    QCOMPARE(progressed.last().at(0).value<qsizetype>(), qsizetype(3000));
    qsizetype previous = -1;
    for (const QList<QVariant> &report : std::as_const(progressed)) {
        QCOMPARE(report.at(1).value<qsizetype>(), qsizetype(3000));
        QVERIFY(report.at(0).value<qsizetype>() > previous);
        previous = report.at(0).value<qsizetype>();
    }
}

void TestAccountExport::cancellingLeavesNoFile()
{
    AccountStore store(kind);
    fill(store, accounts(manyRows));
    const QString path = m_dir->filePath(u"out.csv"_s);
    AccountExport exporter;
    QSignalSpy finished(&exporter, &AccountExport::finished);
    QVERIFY(exporter.start(store, everyRow(store), path));
    exporter.cancel();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestAccountExport::cancellingKeepsAFileAlreadyThere()
{
    AccountStore store(kind);
    fill(store, accounts(manyRows));
    const QString path = m_dir->filePath(u"out.csv"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an export from yesterday\n");
    }
    AccountExport exporter;
    QSignalSpy finished(&exporter, &AccountExport::finished);
    QVERIFY(exporter.start(store, everyRow(store), path));
    exporter.cancel();
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(contentsOf(path), "an export from yesterday\n"_ba);
}

void TestAccountExport::destroyingARunningExportLeavesNoFile()
{
    AccountStore store(kind);
    fill(store, accounts(manyRows));
    const QString path = m_dir->filePath(u"out.csv"_s);
    {
        AccountExport exporter;
        QSignalSpy finished(&exporter, &AccountExport::finished);
        QVERIFY(exporter.start(store, everyRow(store), path));
        QVERIFY(exporter.isRunning());
    } // cancels and waits for the worker
    QVERIFY(!QFile::exists(path));
}

void TestAccountExport::anUnwritablePathReportsAnError()
{
    AccountStore store(kind);
    fill(store, accounts(5));
    const QString path = m_dir->filePath(u"no such folder/out.csv"_s);
    AccountExport exporter;
    QSignalSpy progressed(&exporter, &AccountExport::progressed);
    QSignalSpy finished(&exporter, &AccountExport::finished);
    QVERIFY(exporter.start(store, everyRow(store), path));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(progressed.size(), 0);
}

void TestAccountExport::changesToTheStoreDuringTheExportDoNotReachTheFile()
{
    AccountStore store(kind);
    const QList<Account> original = accounts(manyRows);
    fill(store, original);
    std::vector<int> rows = everyRow(store);
    std::reverse(rows.begin(), rows.end());
    const QList<Account> expected = accountsOf(store, rows);
    const QString path = m_dir->filePath(u"out.csv"_s);

    AccountExport exporter;
    QSignalSpy finished(&exporter, &AccountExport::finished);
    QVERIFY(exporter.start(store, rows, path));
    // While the worker writes: rows replaced (text that grows the arena), rows added, then all dropped.
    QList<Account> changed = original.mid(0, 50);
    for (Account &account : changed) {
        account.name += u" renamed while exporting, with a longer name than before"_s;
        account.isActive = !account.isActive;
    }
    fill(store, changed);
    fill(store, AccountFactory::accounts(kind, 500, manyRows));
    store.clear();
    fill(store, AccountFactory::accounts(kind, 10, 2 * manyRows));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(readBack(contentsOf(path)), expected);
}

void TestAccountExport::aSecondStartWhileRunningIsRefused()
{
    AccountStore store(kind);
    fill(store, accounts(manyRows));
    AccountExport exporter;
    QSignalSpy finished(&exporter, &AccountExport::finished);
    QVERIFY(exporter.start(store, everyRow(store), m_dir->filePath(u"one.csv"_s)));
    QVERIFY(!exporter.start(store, everyRow(store), m_dir->filePath(u"two.csv"_s)));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!QFile::exists(m_dir->filePath(u"two.csv"_s)));

    // Once finished, it starts again.
    QVERIFY(exporter.start(store, { 0 }, m_dir->filePath(u"two.csv"_s)));
    QVERIFY(finished.wait());
    QCOMPARE(finished.last().at(0).toBool(), true);
}

void TestAccountExport::rowsTheStoreDoesNotHoldAreLeftOut()
{
    AccountStore store(kind);
    fill(store, accounts(4));
    AccountExport exporter;
    QSignalSpy finished(&exporter, &AccountExport::finished);
    const QString path = m_dir->filePath(u"out.csv"_s);
    QVERIFY(exporter.start(store, { 2, -1, 4, 1 }, path));
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(readBack(contentsOf(path)), accountsOf(store, { 2, 1 }));
}

QTEST_GUILESS_MAIN(TestAccountExport)
#include "tst_accountexport.moc"
