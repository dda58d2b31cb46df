// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A session that keeps snapshots, against the sandbox over 127.0.0.1: what a second start
// shows before the server answers, what it does with a damaged file, and what it reports
// once the server's list has revalidated the snapshot.
#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/bulkaction.h"
#include "core/services/session.h"
#include "tests/testkit/sandboxfixture.h"

using namespace Qt::StringLiterals;

class TestSnapshotSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aSecondStartShowsEveryAccountBeforeTheServerAnswers();
    void aDamagedSnapshotIsIgnoredAndTheListFillsTheTable_data();
    void aDamagedSnapshotIsIgnoredAndTheListFillsTheTable();
    void theFileHoldsNoKeyAndNoName();
    void revalidationReportsEveryChangeExactly();
    void revalidationKeepsTheCurrentRowAndSendsNoReset();
    void aFailedRevalidationKeepsTheStaleRows();
    void ownActionsAreNotReportedAsChanges();
    void aBulkActionOverStaleRowsSendsEvenWhenTheSnapshotSaysDone();
    void theBuiltInSandboxKeepsNone();

private:
    void startServer(int customers, int organizations = 20);
    std::unique_ptr<Session> openSession() const;
    /// Loads every kind and waits until each snapshot is on disk.
    [[nodiscard]] bool loadAndSave(Session &session) const;
    [[nodiscard]] bool waitForRestore(Session &session) const;
    QString snapshotFile(AccountKind kind) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestSnapshotSession::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    startServer(300);
}

void TestSnapshotSession::cleanup()
{
    m_sandbox.reset();
    m_directory.reset();
}

void TestSnapshotSession::startServer(int customers, int organizations)
{
    SandboxOptions options;
    options.customers = customers;
    options.organizations = organizations;
    options.seed = 77;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
}

std::unique_ptr<Session> TestSnapshotSession::openSession() const
{
    auto session = std::make_unique<Session>(m_sandbox->settings(), Environment::forBaseUrl(m_sandbox->baseUrl()));
    session->setSnapshotSaveDelay(0);
    session->setSnapshotDirectory(m_directory->path());
    return session;
}

bool TestSnapshotSession::loadAndSave(Session &session) const
{
    QSignalSpy saved(&session, &Session::snapshotSaved);
    QList<std::shared_ptr<QSignalSpy>> finished;
    for (AccountDirectory *directory : session.directories())
        finished.append(std::make_shared<QSignalSpy>(directory, &AccountDirectory::loadFinished));
    session.loadAll();
    for (const auto &spy : std::as_const(finished)) {
        if (spy->isEmpty() && !spy->wait(60'000))
            return false;
    }
    session.flushSnapshots();
    return saved.size() >= session.directories().size();
}

bool TestSnapshotSession::waitForRestore(Session &session) const
{
    AccountDirectory *customers = session.directory(AccountKind::ExpressCustomer);
    if (customers->isShowingSnapshot())
        return true;
    QSignalSpy restored(customers, &AccountDirectory::snapshotRestored);
    return restored.wait(10'000);
}

QString TestSnapshotSession::snapshotFile(AccountKind kind) const
{
    const QString suffix = kind == AccountKind::ExpressCustomer ? u"-express.snapshot"_s : u"-orgs.snapshot"_s;
    QDirIterator files(m_directory->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(suffix))
            return path;
    }
    return {};
}

void TestSnapshotSession::aSecondStartShowsEveryAccountBeforeTheServerAnswers()
{
    startServer(10'000);
    auto first = openSession();
    QVERIFY(loadAndSave(*first));
    const AccountBatch served = first->directory(AccountKind::ExpressCustomer)->store()->liveRows();
    QCOMPARE(served.size(), 10'000);
    first.reset();

    // Slow enough that the listing cannot have answered when the snapshot is on screen.
    SandboxFaults slow;
    slow.latencyMs = 400;
    m_sandbox->server().setFaults(slow);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    auto second = openSession();
    AccountDirectory *customers = second->directory(AccountKind::ExpressCustomer);
    QSignalSpy pages(customers, &AccountDirectory::loadProgress);
    second->loadAll();
    QVERIFY(waitForRestore(*second));
    QCOMPARE(pages.size(), 0);
    const AccountStore *store = customers->store();
    QCOMPARE(store->size(), served.size());
    QCOMPARE(store->staleCount(), served.size());
    QVERIFY(customers->isShowingSnapshot());
    QVERIFY(customers->snapshotAsOf().isValid());
    for (qsizetype row = 0; row < served.size(); ++row) {
        QVERIFY2(store->rows().isSameAccount(row, served, row), qPrintable(store->id(row)));
        QVERIFY(store->isStale(row));
    }
    // Searchable at once: the store's search text is built from the snapshot too.
    const QString name = served.string(served.record(4321).name);
    QCOMPARE(store->name(store->rowOf(served.string(served.record(4321).id))), name);
    QVERIFY(m_sandbox->server().requestCount() - requestsBefore <= 2); // the first page of each kind, in flight

    m_sandbox->server().setFaults({});
    QSignalSpy changes(customers, &AccountDirectory::changesFound);
    QVERIFY(changes.wait(60'000));
    QCOMPARE(store->staleCount(), 0);
    QCOMPARE(store->goneCount(), 0);
    QVERIFY(customers->changes().isEmpty());
    QVERIFY(!customers->isShowingSnapshot());
}

void TestSnapshotSession::aDamagedSnapshotIsIgnoredAndTheListFillsTheTable_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("truncated") << u"truncate"_s;
    QTest::newRow("bit flipped") << u"flip"_s;
    QTest::newRow("another key's file") << u"key"_s;
    QTest::newRow("another format version") << u"version"_s;
}

void TestSnapshotSession::aDamagedSnapshotIsIgnoredAndTheListFillsTheTable()
{
    QFETCH(QString, damage);
    auto first = openSession();
    QVERIFY(loadAndSave(*first));
    const QString path = snapshotFile(AccountKind::ExpressCustomer);
    QVERIFY(!path.isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    ConnectionSettings settings = m_sandbox->settings();
    if (damage == u"truncate"_s) {
        bytes.chop(bytes.size() / 3);
    } else if (damage == u"flip"_s) {
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x10);
    } else if (damage == u"version"_s) {
        // The file's header names its format version right after the magic.
        QVERIFY(bytes.size() > 8);
        bytes[4] = char(0x7f);
        bytes[5] = char(0x7f);
    }
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    if (damage == u"key"_s) {
        // A file another key wrote, under this key's name: this key cannot open it.
        SnapshotStore other(settings.baseUrl, u"another-key", m_directory->path());
        QSignalSpy saved(&other, &SnapshotStore::saved);
        other.setSaveDelay(0);
        other.save(AccountKind::ExpressCustomer, first->directory(AccountKind::ExpressCustomer)->store()->liveRows(),
            QDateTime::currentMSecsSinceEpoch());
        other.flush();
        QCOMPARE(saved.size(), 1);
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(other.filePath(AccountKind::ExpressCustomer), path));
    }
    first.reset();
    std::unique_ptr<Session> second;
    second = openSession();
    QSignalSpy discarded(second.get(), &Session::snapshotDiscarded);
    AccountDirectory *customers = second->directory(AccountKind::ExpressCustomer);
    QSignalSpy finished(customers, &AccountDirectory::loadFinished);
    second->loadAll();
    QTRY_COMPARE(discarded.size(), 1);
    QCOMPARE(discarded.at(0).at(0).value<AccountKind>(), AccountKind::ExpressCustomer);
    // The listing may have ended while the discard was awaited.
    QVERIFY(!finished.isEmpty() || finished.wait(20'000));
    QCOMPARE(customers->store()->size(), 300);
    QCOMPARE(customers->store()->staleCount(), 0);
}

void TestSnapshotSession::theFileHoldsNoKeyAndNoName()
{
    auto session = openSession();
    QVERIFY(loadAndSave(*session));
    const AccountStore *store = session->directory(AccountKind::ExpressCustomer)->store();
    QByteArray onDisk;
    for (const AccountKind kind : allAccountKinds) {
        QFile file(snapshotFile(kind));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        onDisk += file.readAll();
    }
    QVERIFY(!onDisk.contains(m_sandbox->settings().apiKey.toUtf8()));
    for (qsizetype row = 0; row < store->size(); ++row) {
        const QByteArray name = store->name(row).toUtf8();
        QVERIFY2(!onDisk.contains(name), name.constData());
        QVERIFY(!onDisk.contains(store->id(row).toUtf8()));
    }
}

void TestSnapshotSession::revalidationReportsEveryChangeExactly()
{
    auto first = openSession();
    QVERIFY(loadAndSave(*first));
    const AccountStore *before = first->directory(AccountKind::ExpressCustomer)->store();
    QStringList active;
    QStringList inactive;
    for (qsizetype row = 0; row < before->size(); ++row)
        (before->record(row).isActive() ? active : inactive).append(before->id(row));
    QVERIFY(active.size() > 20 && inactive.size() >= 2);
    first.reset();

    // Someone else, in the dashboard: 3 deactivated, 1 reactivated, 2 renamed (one of which
    // also deactivated), 5 new, 2 gone.
    SandboxServer &server = m_sandbox->server();
    for (int i = 0; i < 3; ++i)
        QVERIFY(server.setActive(active.at(i), false));
    QVERIFY(server.setActive(inactive.at(0), true));
    QCOMPARE(server.updateAccount(active.at(0), R"({"expressCustomerName":"Renamed Radiology"})"), 200);
    QCOMPARE(server.updateAccount(active.at(5), R"({"expressCustomerName":"Another Name"})"), 200);
    QStringList added;
    for (int i = 0; i < 5; ++i)
        added.append(server.createAccount(SandboxKind::ExpressCustomer, u"New Clinic %1"_s.arg(i)));
    QVERIFY(server.removeAccount(active.at(10)));
    QVERIFY(server.removeAccount(active.at(11)));

    auto second = openSession();
    AccountDirectory *customers = second->directory(AccountKind::ExpressCustomer);
    QSignalSpy changesFound(customers, &AccountDirectory::changesFound);
    second->loadAll();
    QVERIFY(changesFound.wait(30'000));
    const ChangeSummary &changes = customers->changes();
    QCOMPARE(changes.count(ChangeSummary::Deactivated), 3);
    QCOMPARE(changes.count(ChangeSummary::Reactivated), 1);
    QCOMPARE(changes.count(ChangeSummary::New), 5);
    QCOMPARE(changes.count(ChangeSummary::Gone), 2);
    QCOMPARE(changes.count(ChangeSummary::Renamed), 2);
    QCOMPARE(changes.entries().size(), 3 + 1 + 1 + 5 + 2); // active.at(0) is deactivated and renamed
    QCOMPARE(
        changes.changes(active.at(0)), ChangeSummary::Changes(ChangeSummary::Deactivated | ChangeSummary::Renamed));
    for (const QString &id : std::as_const(added))
        QCOMPARE(changes.changes(id), ChangeSummary::Changes(ChangeSummary::New));

    // Gone rows leave the table; "show changes" brings them back among the changed ones.
    const AccountStore *store = customers->store();
    QCOMPARE(store->goneCount(), 2);
    QCOMPARE(store->inactiveCount(), inactive.size() + 3 - 1);
    QCOMPARE(store->liveCount(), 300 + 5 - 2);
    AccountTableModel table(const_cast<AccountStore *>(store));
    table.setInsertInterval(0);
    AccountFilterModel proxy;
    proxy.setSourceModel(&table);
    QCOMPARE(proxy.rowCount(), 303);
    QVERIFY(!proxy.indexOfAccount(active.at(10)).isValid());
    AccountFilter onlyChanged;
    onlyChanged.setChangedOnly(true);
    proxy.setFilter(onlyChanged);
    QCOMPARE(proxy.rowCount(), 12);
    const QModelIndex gone = proxy.indexOfAccount(active.at(10), AccountTableModel::ChangesColumn);
    QVERIFY(gone.isValid());
    QVERIFY(gone.data(AccountTableModel::IsGoneRole).toBool());
    QVERIFY(!gone.data().toString().isEmpty());
    QVERIFY(changes.text().startsWith(u"Since"_s));

    // The next start compares with what this one saw: nothing new.
    second->flushSnapshots();
    second.reset();
    auto third = openSession();
    AccountDirectory *again = third->directory(AccountKind::ExpressCustomer);
    QSignalSpy againFound(again, &AccountDirectory::changesFound);
    third->loadAll();
    QVERIFY(againFound.wait(30'000));
    QVERIFY2(again->changes().isEmpty(), qPrintable(again->changes().text()));
    QCOMPARE(again->store()->size(), 303);
}

void TestSnapshotSession::revalidationKeepsTheCurrentRowAndSendsNoReset()
{
    auto first = openSession();
    QVERIFY(loadAndSave(*first));
    first.reset();
    const QString renamed = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).at(7);
    QCOMPARE(m_sandbox->server().updateAccount(renamed, R"({"expressCustomerName":"Aaaa first now"})"), 200);

    auto second = openSession();
    AccountDirectory *customers = second->directory(AccountKind::ExpressCustomer);
    AccountTableModel table(customers->store());
    table.setInsertInterval(0);
    AccountFilterModel proxy;
    proxy.setSourceModel(&table);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(AccountTableModel::NameColumn);
    SandboxFaults slow;
    slow.latencyMs = 200;
    m_sandbox->server().setFaults(slow);
    second->loadAll();
    QVERIFY(waitForRestore(*second));
    QTRY_COMPARE(proxy.rowCount(), 300);

    const QPersistentModelIndex current = proxy.index(150, AccountTableModel::NameColumn);
    const QString currentId = current.data(AccountTableModel::AccountIdRole).toString();
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    QSignalSpy found(customers, &AccountDirectory::changesFound);
    m_sandbox->server().setFaults({});
    QVERIFY(found.wait(30'000));

    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 0);
    QVERIFY(current.isValid());
    QCOMPARE(current.data(AccountTableModel::AccountIdRole).toString(), currentId);
    QVERIFY(!current.data(AccountTableModel::IsStaleRole).toBool());
    // Only the renamed row changed in content; every other signal only took a stale mark away.
    int contentChanges = 0;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        if (signal.at(2).value<QList<int>>() != AccountTableModel::confirmationRoles()
            && signal.at(0).value<QModelIndex>().column() != AccountTableModel::ChangesColumn)
            ++contentChanges;
    }
    QCOMPARE(contentChanges, 1);
    QCOMPARE(proxy.index(0, AccountTableModel::NameColumn).data().toString(), u"Aaaa first now"_s);
}

void TestSnapshotSession::aFailedRevalidationKeepsTheStaleRows()
{
    auto first = openSession();
    QVERIFY(loadAndSave(*first));
    first.reset();

    SandboxFaults broken;
    broken.serverErrorRate = 1.0;
    m_sandbox->server().setFaults(broken);
    auto second = openSession();
    AccountDirectory *customers = second->directory(AccountKind::ExpressCustomer);
    QSignalSpy failed(customers, &AccountDirectory::loadFailed);
    second->loadAll();
    QVERIFY(failed.wait(60'000));
    QCOMPARE(customers->store()->size(), 300);
    QCOMPARE(customers->store()->staleCount(), 300);
    QVERIFY(customers->isShowingSnapshot());

    // The next reload revalidates them.
    m_sandbox->server().setFaults({});
    QSignalSpy found(customers, &AccountDirectory::changesFound);
    customers->reload();
    QVERIFY(found.wait(30'000));
    QCOMPARE(customers->store()->staleCount(), 0);
    QVERIFY(customers->changes().isEmpty());
}

void TestSnapshotSession::ownActionsAreNotReportedAsChanges()
{
    auto first = openSession();
    QVERIFY(loadAndSave(*first));
    first.reset();

    SandboxFaults slow;
    slow.latencyMs = 150;
    m_sandbox->server().setFaults(slow);
    auto second = openSession();
    AccountDirectory *customers = second->directory(AccountKind::ExpressCustomer);
    QSignalSpy found(customers, &AccountDirectory::changesFound);
    second->loadAll();
    QVERIFY(waitForRestore(*second));
    // Deactivated from this console while the revalidation runs: its own doing, not news.
    const QString id = customers->store()->id(3);
    const bool wasActive = customers->store()->record(3).isActive();
    QSignalSpy succeeded(customers, &AccountDirectory::actionSucceeded);
    QVERIFY(customers->setActive(id, !wasActive));
    QVERIFY(succeeded.wait(20'000));
    m_sandbox->server().setFaults({});
    QVERIFY(!found.isEmpty() || found.wait(30'000));
    QVERIFY2(customers->changes().isEmpty(), qPrintable(customers->changes().text()));
}

void TestSnapshotSession::aBulkActionOverStaleRowsSendsEvenWhenTheSnapshotSaysDone()
{
    auto first = openSession();
    QVERIFY(loadAndSave(*first));
    const AccountStore *before = first->directory(AccountKind::ExpressCustomer)->store();
    QString inactive;
    for (qsizetype row = 0; row < before->size() && inactive.isEmpty(); ++row) {
        if (!before->record(row).isActive())
            inactive = before->id(row);
    }
    QVERIFY(!inactive.isEmpty());
    first.reset();
    // Reactivated elsewhere since: the snapshot still says inactive.
    QVERIFY(m_sandbox->server().setActive(inactive, true));

    SandboxFaults slow;
    slow.latencyMs = 300;
    m_sandbox->server().setFaults(slow);
    auto second = openSession();
    AccountDirectory *customers = second->directory(AccountKind::ExpressCustomer);
    second->loadAll();
    QVERIFY(waitForRestore(*second));
    const qsizetype row = customers->store()->rowOf(inactive);
    QVERIFY(customers->store()->isStale(row));
    QVERIFY(!customers->store()->record(row).isActive());

    BulkAction bulk(customers, { inactive }, false);
    QSignalSpy finished(&bulk, &BulkAction::finished);
    bulk.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(bulk.count(BulkAction::State::Unchanged), 0);
    QCOMPARE(bulk.count(BulkAction::State::Changed), 1);
    QCOMPARE(m_sandbox->server().isActive(inactive), std::optional<bool>(false));
}

void TestSnapshotSession::theBuiltInSandboxKeepsNone()
{
    SessionHost host;
    host.setSnapshotDirectory(m_directory->path());
    Session *sandbox = host.open(m_sandbox->settings(), Environment::forBaseUrl(m_sandbox->baseUrl(), true));
    QVERIFY(!sandbox->keepsSnapshots());
    Session *local = host.open(m_sandbox->settings(), Environment::forBaseUrl(m_sandbox->baseUrl()));
    QVERIFY(local->keepsSnapshots());
}

QTEST_GUILESS_MAIN(TestSnapshotSession)
#include "tst_snapshotsession.moc"
