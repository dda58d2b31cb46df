// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/models/sortedaccounts.h"
#include "core/services/snapshotcipher.h"
#include "core/services/snapshotstore.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

class TestSnapshotStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aSavedSnapshotLoadsBackEqual();
    void aSnapshotIsWrittenInTheOrderItsViewSorts_data();
    void aSnapshotIsWrittenInTheOrderItsViewSorts();
    void nothingSavedIsNoSnapshot();
    void aDamagedFileIsUnreadableAndDeleted_data();
    void aDamagedFileIsUnreadableAndDeleted();
    void anotherFormatVersionIsReportedAndKept();
    void aFileMovedToAnotherNameIsUnreadable_data();
    void aFileMovedToAnotherNameIsUnreadable();
    void aRotatedKeyStartsAfresh();
    void noSecretOrAccountTextIsOnDisk();
    void filesAndFoldersAreTheOwnersAlone();
    void savesWithinTheDelayCoalesceIntoOneWrite();
    void aClosingStoreWritesWhatWaits();
    void forgetDeletesThisConnectionsFilesOnly();
    void forgetConnectionNeedsNoKey();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace
{
const QUrl baseUrl(u"https://api.avarasoftware.com"_s);
const QString apiKey = u"sk_live_4eC39HqLyjWDarjtT1zdp7dc9Fq2MbT0"_s;
constexpr qint64 asOf = 1'767'225'600'000;

// At least four accounts, one with a hostile name, one without metadata, one with a null time.
AccountBatch sampleBatch(AccountKind kind, int count = 200, quint64 first = 0)
{
    Q_ASSERT(count >= 4);
    QList<Account> accounts = AccountFactory::accounts(kind, count, first);
    accounts[1].name = u"\u202Ehostile \U0001F3E5 name"_s;
    accounts[2].metadata.clear();
    accounts[3].createdAt = QDateTime();
    return AccountFactory::batch(accounts, kind);
}

bool sameAccounts(const AccountBatch &a, const AccountBatch &b)
{
    if (a.kind() != b.kind() || a.size() != b.size())
        return false;
    for (qsizetype row = 0; row < a.size(); ++row) {
        if (a.account(row) != b.account(row))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// What load() answered.
struct LoadResult
{
    bool isLoaded = false;
    SnapshotStore::Reason reason = SnapshotStore::Reason::NoSnapshot;
    AccountBatch batch;
    qint64 asOfMs = 0;
};

// Loads `kind`; flush() waits for the store's thread and delivers the answer before it returns.
LoadResult loadNow(SnapshotStore &store, AccountKind kind)
{
    QSignalSpy loaded(&store, &SnapshotStore::loaded);
    QSignalSpy unavailable(&store, &SnapshotStore::unavailable);
    store.load(kind);
    store.flush();
    LoadResult result;
    if (loaded.count() + unavailable.count() != 1)
        qFatal("load() answered %d times", int(loaded.count() + unavailable.count()));
    if (!loaded.isEmpty()) {
        result.isLoaded = true;
        result.batch = loaded.first().at(1).value<AccountBatch>();
        result.asOfMs = loaded.first().at(2).toLongLong();
        return result;
    }
    result.reason = unavailable.first().at(1).value<SnapshotStore::Reason>();
    return result;
}

void saveNow(SnapshotStore &store, AccountKind kind, const AccountBatch &batch)
{
    QSignalSpy saved(&store, &SnapshotStore::saved);
    store.save(kind, batch, asOf);
    store.flush();
    QCOMPARE(saved.count(), 1);
}
} // namespace

void TestSnapshotStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSnapshotStore::aSavedSnapshotLoadsBackEqual()
{
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    const AccountBatch customers = sampleBatch(AccountKind::ExpressCustomer, 1000);
    const AccountBatch organizations = sampleBatch(AccountKind::Organization, 30);
    store.setSaveDelay(0);
    QSignalSpy saved(&store, &SnapshotStore::saved);
    store.save(AccountKind::ExpressCustomer, customers, asOf);
    store.save(AccountKind::Organization, organizations, asOf + 1);
    QVERIFY(saved.wait());
    if (saved.count() < 2)
        QVERIFY(saved.wait());
    QCOMPARE(saved.count(), 2);

    // Asynchronously, as the console will: the answer arrives as a signal.
    QSignalSpy loaded(&store, &SnapshotStore::loaded);
    store.load(AccountKind::ExpressCustomer);
    QVERIFY(loaded.isEmpty());
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.first().at(0).value<AccountKind>(), AccountKind::ExpressCustomer);

    const LoadResult loadedCustomers = loadNow(store, AccountKind::ExpressCustomer);
    QVERIFY(loadedCustomers.isLoaded);
    QCOMPARE(loadedCustomers.asOfMs, asOf);
    QVERIFY(sameAccounts(loadedCustomers.batch, customers));
    const LoadResult loadedOrganizations = loadNow(store, AccountKind::Organization);
    QVERIFY(loadedOrganizations.isLoaded);
    QCOMPARE(loadedOrganizations.asOfMs, asOf + 1);
    QVERIFY(sameAccounts(loadedOrganizations.batch, organizations));
    QVERIFY(store.filePath(AccountKind::ExpressCustomer).startsWith(m_dir->path() + u'/'));
    QVERIFY(store.filePath(AccountKind::ExpressCustomer) != store.filePath(AccountKind::Organization));
}

void TestSnapshotStore::aSnapshotIsWrittenInTheOrderItsViewSorts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("name") << int(AccountTableModel::NameColumn) << Qt::AscendingOrder;
    QTest::newRow("name, descending") << int(AccountTableModel::NameColumn) << Qt::DescendingOrder;
    QTest::newRow("users") << int(AccountTableModel::UsersColumn) << Qt::AscendingOrder;
    QTest::newRow("metadata, descending") << int(AccountTableModel::MetadataColumn) << Qt::DescendingOrder;
}

void TestSnapshotStore::aSnapshotIsWrittenInTheOrderItsViewSorts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // The next start then finds the rows in order and only checks them (SortedAccounts::of()).
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    store.setSaveDelay(0);
    const AccountBatch organizations = sampleBatch(AccountKind::Organization, 300);
    QSignalSpy saved(&store, &SnapshotStore::saved);
    store.save(AccountKind::Organization, organizations, asOf, column, order);
    QVERIFY(saved.wait());

    const LoadResult loaded = loadNow(store, AccountKind::Organization);
    QVERIFY(loaded.isLoaded);
    QCOMPARE(loaded.batch.size(), organizations.size());
    // Row by row, the accounts in the order a view sorted that way shows them.
    const std::vector<int> expected = AccountStore::sortedOrderOf(organizations, column, order);
    QCOMPARE(qsizetype(expected.size()), organizations.size());
    bool sameAsSaved = true;
    for (qsizetype row = 0; row < organizations.size(); ++row) {
        QCOMPARE(loaded.batch.account(row), organizations.account(expected[size_t(row)]));
        sameAsSaved = sameAsSaved && expected[size_t(row)] == int(row);
    }
    QVERIFY2(!sameAsSaved, "the sample is not in this order already, or the test shows nothing");
    // And read back, they are in order: a sort of them keeps every row where it is.
    const std::unique_ptr<AccountStore> restored = AccountStore::preparedFrom(loaded.batch);
    const SortedAccounts resorted = SortedAccounts::of(*restored, int(restored->size()), column, order);
    for (qsizetype row = 0; row < restored->size(); ++row)
        QCOMPARE(resorted.rows[size_t(row)], int(row));
}

void TestSnapshotStore::nothingSavedIsNoSnapshot()
{
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    const LoadResult result = loadNow(store, AccountKind::Organization);
    QVERIFY(!result.isLoaded);
    QCOMPARE(result.reason, SnapshotStore::Reason::NoSnapshot);
}

void TestSnapshotStore::aDamagedFileIsUnreadableAndDeleted_data()
{
    QTest::addColumn<int>("truncateTo"); // -1: keep the size
    QTest::addColumn<int>("flipByte"); // from the start when >= 0, from the end when < 0; 0x7fffffff: none
    constexpr int none = 0x7fffffff;
    QTest::newRow("an empty file") << 0 << none;
    QTest::newRow("a file cut inside the header") << 5 << none;
    QTest::newRow("a file cut inside the nonce") << 20 << none;
    QTest::newRow("a file without its tag") << -2 << none;
    QTest::newRow("a file one byte short") << -3 << none;
    QTest::newRow("a bit flipped in the magic") << -1 << 1;
    QTest::newRow("a bit flipped in the nonce") << -1 << 10;
    QTest::newRow("a bit flipped in the ciphertext") << -1 << 100;
    QTest::newRow("a bit flipped in the tag") << -1 << -1;
}

void TestSnapshotStore::aDamagedFileIsUnreadableAndDeleted()
{
    QFETCH(int, truncateTo);
    QFETCH(int, flipByte);
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    saveNow(store, AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer));
    const QString path = store.filePath(AccountKind::ExpressCustomer);
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 200);
    if (truncateTo == -2)
        bytes.chop(16);
    else if (truncateTo == -3)
        bytes.chop(1);
    else if (truncateTo >= 0)
        bytes.truncate(truncateTo);
    if (flipByte != 0x7fffffff) {
        const qsizetype at = flipByte >= 0 ? flipByte : bytes.size() + flipByte;
        bytes[at] = char(bytes[at] ^ 0x04);
    }
    QVERIFY(writeAll(path, bytes));

    const LoadResult result = loadNow(store, AccountKind::ExpressCustomer);
    QVERIFY(!result.isLoaded);
    QCOMPARE(result.reason, SnapshotStore::Reason::Unreadable);
    QVERIFY(!QFile::exists(path));
}

void TestSnapshotStore::anotherFormatVersionIsReportedAndKept()
{
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    saveNow(store, AccountKind::Organization, sampleBatch(AccountKind::Organization));
    const QString path = store.filePath(AccountKind::Organization);
    QByteArray bytes = readAll(path);
    QCOMPARE(bytes.left(4), QByteArray("AVSN"));
    QCOMPARE(quint8(bytes[4]), quint8(SnapshotCipher::fileVersion));
    bytes[4] = char(SnapshotCipher::fileVersion + 1);
    QVERIFY(writeAll(path, bytes));

    const LoadResult result = loadNow(store, AccountKind::Organization);
    QVERIFY(!result.isLoaded);
    QCOMPARE(result.reason, SnapshotStore::Reason::OtherVersion);
    // A newer console may still read it; the next save here replaces it.
    QVERIFY(QFile::exists(path));
}

void TestSnapshotStore::aFileMovedToAnotherNameIsUnreadable_data()
{
    QTest::addColumn<QUrl>("otherUrl");
    QTest::addColumn<QString>("otherKey");
    QTest::addColumn<AccountKind>("otherKind");
    QTest::newRow("the other kind of the same connection") << baseUrl << apiKey << AccountKind::Organization;
    QTest::newRow("another API key on the same server")
        << baseUrl << u"sk_live_another_key_entirely_0000000000"_s << AccountKind::ExpressCustomer;
    QTest::newRow("the same key on another server")
        << QUrl(u"https://staging.avarasoftware.com"_s) << apiKey << AccountKind::ExpressCustomer;
}

void TestSnapshotStore::aFileMovedToAnotherNameIsUnreadable()
{
    QFETCH(QUrl, otherUrl);
    QFETCH(QString, otherKey);
    QFETCH(AccountKind, otherKind);
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    saveNow(store, AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer));
    SnapshotStore other(otherUrl, otherKey, m_dir->path());
    const QString target = other.filePath(otherKind);
    QVERIFY(target != store.filePath(AccountKind::ExpressCustomer));
    QVERIFY(writeAll(target, readAll(store.filePath(AccountKind::ExpressCustomer))));

    const LoadResult result = loadNow(other, otherKind);
    QVERIFY(!result.isLoaded);
    QCOMPARE(result.reason, SnapshotStore::Reason::Unreadable);
    QVERIFY(!QFile::exists(target));
    QVERIFY(QFile::exists(store.filePath(AccountKind::ExpressCustomer)));
}

void TestSnapshotStore::aRotatedKeyStartsAfresh()
{
    SnapshotStore before(baseUrl, apiKey, m_dir->path());
    saveNow(before, AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer));
    SnapshotStore rotated(baseUrl, QString(apiKey + u'x'), m_dir->path());
    QCOMPARE(QFileInfo(rotated.filePath(AccountKind::ExpressCustomer)).absolutePath(),
        QFileInfo(before.filePath(AccountKind::ExpressCustomer)).absolutePath());
    QCOMPARE(loadNow(rotated, AccountKind::ExpressCustomer).reason, SnapshotStore::Reason::NoSnapshot);
    // The same connection spelled differently is the same connection.
    SnapshotStore sameAgain(QUrl(u"HTTPS://API.avarasoftware.com:443/"_s), apiKey, m_dir->path());
    QCOMPARE(sameAgain.filePath(AccountKind::ExpressCustomer), before.filePath(AccountKind::ExpressCustomer));
}

void TestSnapshotStore::noSecretOrAccountTextIsOnDisk()
{
    const AccountBatch batch = sampleBatch(AccountKind::ExpressCustomer, 300);
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    saveNow(store, AccountKind::ExpressCustomer, batch);
    const QByteArray bytes = readAll(store.filePath(AccountKind::ExpressCustomer));
    QVERIFY(!bytes.isEmpty());

    const auto absent = [&bytes, &store](const QString &text) {
        if (text.size() < 6)
            return true; // a few bytes turn up by chance in any random data
        return !bytes.contains(text.toUtf8()) && !bytes.contains(text.toLatin1())
            && !store.filePath(AccountKind::ExpressCustomer).contains(text);
    };
    QVERIFY(absent(apiKey));
    QVERIFY(absent(apiKey.mid(8)));
    QVERIFY(absent(baseUrl.host()));
    for (qsizetype row = 0; row < batch.size(); ++row) {
        const Account account = batch.account(row);
        QVERIFY2(absent(account.id), qPrintable(account.id));
        QVERIFY2(absent(account.id.mid(4)), qPrintable(account.id));
        QVERIFY2(absent(account.name), qPrintable(account.name));
        for (const auto &[key, value] : account.metadata)
            QVERIFY2(absent(value), qPrintable(value));
        if (account.createdByApiKeyId)
            QVERIFY(absent(*account.createdByApiKeyId));
    }
    for (const char *word : { "contract", "region", "Clinic", "AVSB" })
        QVERIFY2(!bytes.contains(word), word);
}

void TestSnapshotStore::filesAndFoldersAreTheOwnersAlone()
{
    SnapshotStore store(baseUrl, apiKey, m_dir->path() + u"/cache/snapshots"_s);
    saveNow(store, AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer));
    const QString path = store.filePath(AccountKind::ExpressCustomer);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QCOMPARE(QFile::permissions(path) & ~QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::Permissions(ownerOnly));
    const QString serverFolder = QFileInfo(path).absolutePath();
    const auto folderOnly = ownerOnly | QFileDevice::ExeOwner;
    const auto userBits
        = QFileDevice::Permissions(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    QCOMPARE(QFile::permissions(serverFolder) & ~userBits, QFileDevice::Permissions(folderOnly));
    QCOMPARE(QFile::permissions(store.directory()) & ~userBits, QFileDevice::Permissions(folderOnly));
    // Only the one file: QSaveFile's temporary file is gone.
    QCOMPARE(QDir(serverFolder).entryList(QDir::Files | QDir::Hidden), QStringList { QFileInfo(path).fileName() });
}

void TestSnapshotStore::savesWithinTheDelayCoalesceIntoOneWrite()
{
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    store.setSaveDelay(50);
    QSignalSpy saved(&store, &SnapshotStore::saved);
    for (int i = 0; i < 5; ++i)
        store.save(AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer, 10 + i), asOf + i);
    QVERIFY(saved.wait());
    store.flush(); // anything else waiting would be written and reported now
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toLongLong(), asOf + 4);
    const LoadResult result = loadNow(store, AccountKind::ExpressCustomer);
    QVERIFY(result.isLoaded);
    QVERIFY(sameAccounts(result.batch, sampleBatch(AccountKind::ExpressCustomer, 14)));

    // A save after the write starts a new delay and a second write.
    store.save(AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer, 4), asOf + 9);
    QVERIFY(saved.wait());
    QCOMPARE(saved.count(), 2);
}

void TestSnapshotStore::aClosingStoreWritesWhatWaits()
{
    {
        SnapshotStore store(baseUrl, apiKey, m_dir->path());
        store.save(AccountKind::Organization, sampleBatch(AccountKind::Organization, 7), asOf);
    }
    SnapshotStore reopened(baseUrl, apiKey, m_dir->path());
    const LoadResult result = loadNow(reopened, AccountKind::Organization);
    QVERIFY(result.isLoaded);
    QCOMPARE(result.batch.size(), 7);
}

void TestSnapshotStore::forgetDeletesThisConnectionsFilesOnly()
{
    SnapshotStore store(baseUrl, apiKey, m_dir->path());
    SnapshotStore otherKey(baseUrl, u"sk_live_second_profile_key_000000000000"_s, m_dir->path());
    saveNow(store, AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer));
    saveNow(store, AccountKind::Organization, sampleBatch(AccountKind::Organization));
    saveNow(otherKey, AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer));
    store.save(AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer, 5), asOf);

    QSignalSpy saved(&store, &SnapshotStore::saved);
    store.forget();
    store.flush();
    QCOMPARE(saved.count(), 0); // the waiting save was dropped, not written
    QVERIFY(!QFile::exists(store.filePath(AccountKind::ExpressCustomer)));
    QVERIFY(!QFile::exists(store.filePath(AccountKind::Organization)));
    QVERIFY(QFile::exists(otherKey.filePath(AccountKind::ExpressCustomer)));

    QVERIFY(SnapshotStore::forgetAll(m_dir->path()));
    QVERIFY(!QFile::exists(otherKey.filePath(AccountKind::ExpressCustomer)));
}

void TestSnapshotStore::forgetConnectionNeedsNoKey()
{
    SnapshotStore first(baseUrl, apiKey, m_dir->path());
    SnapshotStore second(baseUrl, u"sk_live_second_profile_key_000000000000"_s, m_dir->path());
    SnapshotStore staging(QUrl(u"https://staging.avarasoftware.com"_s), apiKey, m_dir->path());
    saveNow(first, AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer));
    saveNow(second, AccountKind::Organization, sampleBatch(AccountKind::Organization));
    saveNow(staging, AccountKind::ExpressCustomer, sampleBatch(AccountKind::ExpressCustomer));

    QVERIFY(SnapshotStore::forgetConnection(QUrl(u"https://api.avarasoftware.com/"_s), m_dir->path()));
    QVERIFY(!QFile::exists(first.filePath(AccountKind::ExpressCustomer)));
    QVERIFY(!QFile::exists(second.filePath(AccountKind::Organization)));
    QVERIFY(QFile::exists(staging.filePath(AccountKind::ExpressCustomer)));
}

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
