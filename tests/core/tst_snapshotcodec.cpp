// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTest>

#include "core/domain/snapshotcodec.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

class TestSnapshotCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenThousandAccountsSurviveEveryFieldEqual();
    void anEmptyBatchSurvives();
    void keysLeftByReplacedRowsDoNotShiftTheOthers();
    void theHeaderKeepsKindAndTime();
    void rowsAreWrittenInTheOrderGiven();
    void anOrderNotOfEveryRowIsRefused();
    void everyShortenedSnapshotIsRefused();
    void aDamagedSnapshotIsRefused_data();
    void aDamagedSnapshotIsRefused();
    void aRowTheReaderWouldRefuseIsNotEncoded_data();
    void aRowTheReaderWouldRefuseIsNotEncoded();
    void writeSeedCorpus();
};

namespace
{
constexpr qint64 asOf = 1'767'225'600'123; // 2026-01-01T00:00:00.123Z

// Text that breaks naive code: bidi overrides, joiners, astral characters, a leading
// byte-order mark (which QString::fromUtf8 alone would drop), NUL, quotes, newlines.
const QList<QString> &hostileTexts()
{
    static const QList<QString> texts {
        u"\u202EevilExe.txt"_s,
        u"\U0001F469\u200D\U0001F4BB Dev \U0001F3E5"_s,
        u"\uFEFF\uFEFFtwo marks"_s,
        u"nul\0inside"_s,
        u"quote \" and \\ backslash\nnew line\r\ttab"_s,
        u"e\u0301\u0301\u0301 combining"_s,
        u"\u0645\u0633\u062A\u0634\u0641\u0649 \u05D1\u05D9\u05EA"_s,
        u"\U0010FFFF last code point"_s,
        QString(300, QChar(0x4E2D)),
        u"<script>alert(1)</script>=cmd|' /C calc'!A0"_s,
    };
    return texts;
}

Account variedAccount(AccountKind kind, int n)
{
    Account account = AccountFactory::account(kind, quint64(n) + 1, n % 4 != 0);
    if (n % 10 == 3)
        account.name = hostileTexts().at((n / 10) % hostileTexts().size());
    if (n % 7 == 0)
        account.createdAt = QDateTime();
    if (n % 9 == 0)
        account.updatedAt = QDateTime();
    if (n % 11 == 0) {
        account.createdByApiKeyId.reset();
        account.createdByUserId.reset();
    }
    if (n % 17 == 0) // a UUID in capitals is valid and is kept as written
        account.createdByApiKeyId = u"550E8400-E29B-41D4-A716-446655440000"_s;
    if (n % 19 == 0) // a dashboard user id of an identity provider, not usr_
        account.createdByUserId = u"auth0|5f7c8ec7c33c6c004bbafe82"_s;
    if (n % 3 == 0)
        account.metadata.clear();
    if (n % 13 == 0) {
        account.metadata.clear();
        for (int k = 0; k < 50; ++k)
            account.metadata.append({ u"key%1"_s.arg(k), u"value %1 of %2"_s.arg(k).arg(n) });
    }
    if (n % 23 == 0)
        account.metadata = { { hostileTexts().at(1), hostileTexts().at(0) }, { u""_s, u""_s } };
    account.userCount = n % 29 == 0 ? std::numeric_limits<qint64>::max() : account.userCount;
    return account;
}

AccountBatch variedBatch(AccountKind kind, int count)
{
    AccountBatch batch(kind);
    for (int n = 0; n < count; ++n)
        batch.append(variedAccount(kind, n));
    return batch;
}

QByteArray encoded(const AccountBatch &batch)
{
    const SnapshotCodec::Encoded result = SnapshotCodec::encode(batch, asOf);
    if (!result.ok())
        qWarning("%s", qPrintable(result.message));
    return result.bytes;
}

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7F) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

// A header for `rows` rows of customers, to build damaged snapshots by hand.
QByteArray header(quint32 rows)
{
    QByteArray out("AVSB");
    out.append(char(SnapshotCodec::version & 0xFF)).append(char(SnapshotCodec::version >> 8));
    out.append('\0').append('\0');
    for (int i = 0; i < 8; ++i)
        out.append(char((quint64(asOf) >> (8 * i)) & 0xFF));
    for (int i = 0; i < 4; ++i)
        out.append(char((rows >> (8 * i)) & 0xFF));
    out.append(4, '\0');
    return out;
}

// One customer row up to its metadata count: active, no created-by, null timestamps.
QByteArray rowStart(QByteArrayView name = "Clinic")
{
    QByteArray out;
    out.append(char(0x01 | 0x08 | 0x10));
    out.append(16, '\x11');
    appendVarint(out, quint64(name.size()));
    out.append(name);
    appendVarint(out, 3); // users
    return out;
}
} // namespace

void TestSnapshotCodec::tenThousandAccountsSurviveEveryFieldEqual()
{
    for (const AccountKind kind : allAccountKinds) {
        const AccountBatch batch = variedBatch(kind, 10'000);
        const QByteArray bytes = encoded(batch);
        QVERIFY(!bytes.isEmpty());
        const SnapshotCodec::Decoded decoded = SnapshotCodec::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message));
        QCOMPARE(decoded.batch.kind(), kind);
        QCOMPARE(decoded.asOfMs, asOf);
        QCOMPARE(decoded.batch.size(), batch.size());
        for (qsizetype row = 0; row < batch.size(); ++row) {
            const AccountRecord &a = batch.record(row);
            const AccountRecord &b = decoded.batch.record(row);
            QCOMPARE(b.flags, a.flags);
            QCOMPARE(b.createdAtMs, a.createdAtMs);
            QCOMPARE(b.updatedAtMs, a.updatedAtMs);
            QCOMPARE(b.userCount, a.userCount);
            QCOMPARE(decoded.batch.text(b.name), batch.text(a.name));
            if (decoded.batch.account(row) != batch.account(row))
                QFAIL(qPrintable(u"row %1 differs"_s.arg(row)));
        }
        QCOMPARE(decoded.batch.metadataKeyCount(), batch.metadataKeyCount());
        // The account values kept their hostile text exactly, leading byte-order marks included.
        QCOMPARE(decoded.batch.account(3 + 20).name, hostileTexts().at(2));
        QCOMPARE(decoded.batch.account(3 + 30).name, hostileTexts().at(3));
        QVERIFY(!decoded.batch.account(0).createdAt.isValid());
        QCOMPARE(decoded.batch.account(11).createdByApiKeyId, std::nullopt);
        QCOMPARE(decoded.batch.account(11).createdByUserId, std::nullopt);
        QCOMPARE(decoded.batch.account(13).metadata.size(), 50);
        // Encoding what was decoded gives the same bytes: nothing is lost or reinterpreted.
        QCOMPARE(encoded(decoded.batch), bytes);
    }
}

void TestSnapshotCodec::anEmptyBatchSurvives()
{
    const QByteArray bytes = encoded(AccountBatch(AccountKind::Organization));
    QCOMPARE(bytes.size(), SnapshotCodec::headerSize);
    const SnapshotCodec::Decoded decoded = SnapshotCodec::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message));
    QCOMPARE(decoded.batch.kind(), AccountKind::Organization);
    QVERIFY(decoded.batch.isEmpty());
}

void TestSnapshotCodec::keysLeftByReplacedRowsDoNotShiftTheOthers()
{
    // The store replaces rows in place; the replaced row's keys stay interned and unused.
    AccountBatch batch(AccountKind::ExpressCustomer);
    Account first = AccountFactory::account(AccountKind::ExpressCustomer, 1);
    first.metadata = { { u"unused-after-replace"_s, u"x"_s } };
    batch.append(first);
    batch.append(AccountFactory::account(AccountKind::ExpressCustomer, 2));
    AccountBatch replacement(AccountKind::ExpressCustomer);
    Account changed = AccountFactory::account(AccountKind::ExpressCustomer, 1);
    changed.metadata = { { u"tier"_s, u"gold"_s }, { u"region"_s, u"west"_s } };
    replacement.append(changed);
    batch.replace(0, replacement, 0);

    const SnapshotCodec::Decoded decoded = SnapshotCodec::decode(encoded(batch));
    QVERIFY2(decoded.ok(), qPrintable(decoded.message));
    QCOMPARE(decoded.batch.account(0), changed);
    QCOMPARE(decoded.batch.account(1), batch.account(1));
    QCOMPARE(decoded.batch.metadataKeyCount(), 3); // tier, region, contract: the unused one is gone
}

void TestSnapshotCodec::theHeaderKeepsKindAndTime()
{
    AccountBatch batch(AccountKind::Organization);
    batch.append(AccountFactory::account(AccountKind::Organization, 5));
    const SnapshotCodec::Encoded result = SnapshotCodec::encode(batch, -42);
    QVERIFY(result.ok());
    QVERIFY(result.bytes.startsWith("AVSB"));
    QCOMPARE(result.bytes.at(6), '\1');
    const SnapshotCodec::Decoded decoded = SnapshotCodec::decode(result.bytes);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.asOfMs, -42);
    QCOMPARE(decoded.batch.kind(), AccountKind::Organization);
}

void TestSnapshotCodec::rowsAreWrittenInTheOrderGiven()
{
    // The order a view sorts by, so the next start finds the rows in order; the createdAt
    // deltas then run between rows that were not neighbours, some of them backwards.
    const AccountBatch batch = variedBatch(AccountKind::ExpressCustomer, 50);
    std::vector<int> order(size_t(batch.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int((i * 17 + 5) % order.size());
    const SnapshotCodec::Encoded result = SnapshotCodec::encode(batch, asOf, order);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const SnapshotCodec::Decoded decoded = SnapshotCodec::decode(result.bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message));
    QCOMPARE(decoded.batch.size(), batch.size());
    for (qsizetype row = 0; row < batch.size(); ++row)
        QCOMPARE(decoded.batch.account(row), batch.account(order[size_t(row)]));
}

void TestSnapshotCodec::anOrderNotOfEveryRowIsRefused()
{
    const AccountBatch batch = variedBatch(AccountKind::Organization, 4);
    const std::vector<std::vector<int>> orders { { 0, 1, 2 }, { 0, 1, 2, 3, 0 }, { 0, 1, 1, 3 }, { 0, 1, 2, 4 },
        { -1, 1, 2, 3 } };
    for (const std::vector<int> &order : orders) {
        const SnapshotCodec::Encoded result = SnapshotCodec::encode(batch, asOf, order);
        QCOMPARE(result.error, SnapshotCodec::Error::Unencodable);
        QVERIFY(result.bytes.isEmpty());
    }
    QVERIFY(SnapshotCodec::encode(batch, asOf, { 3, 2, 1, 0 }).ok());
}

void TestSnapshotCodec::everyShortenedSnapshotIsRefused()
{
    const QByteArray bytes = encoded(variedBatch(AccountKind::ExpressCustomer, 30));
    for (qsizetype size = 0; size < bytes.size(); ++size) {
        const SnapshotCodec::Decoded decoded = SnapshotCodec::decode(bytes.first(size));
        QVERIFY2(!decoded.ok(), qPrintable(u"accepted %1 of %2 bytes"_s.arg(size).arg(bytes.size())));
        QVERIFY(decoded.batch.isEmpty());
        QCOMPARE(decoded.batch.textBytes(), 0);
        QVERIFY(!decoded.message.isEmpty());
    }
}

void TestSnapshotCodec::aDamagedSnapshotIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SnapshotCodec::Error>("error");
    using Error = SnapshotCodec::Error;

    const QByteArray valid = encoded(variedBatch(AccountKind::ExpressCustomer, 3));
    QTest::newRow("nothing at all") << QByteArray() << Error::NotASnapshot;
    QTest::newRow("another magic") << QByteArray("AVSX" + valid.mid(4)) << Error::NotASnapshot;
    QByteArray version = valid;
    version[4] = 2;
    QTest::newRow("another format version") << version << Error::OtherVersion;
    QByteArray kind = valid;
    kind[6] = 2;
    QTest::newRow("an unknown kind") << kind << Error::Malformed;
    QByteArray reserved = valid;
    reserved[7] = 1;
    QTest::newRow("a reserved byte set") << reserved << Error::Malformed;
    QTest::newRow("a byte after the last row") << QByteArray(valid + '\0') << Error::TrailingBytes;
    QTest::newRow("more rows than bytes") << QByteArray(header(1'000'000) + rowStart() + '\0') << Error::Truncated;
    QTest::newRow("more rows than allowed") << header(SnapshotCodec::maxRows + 1) << Error::Malformed;

    QTest::newRow("a name that is not UTF-8")
        << QByteArray(header(1) + rowStart("\xFF\xFE") + '\0') << Error::Malformed;
    QTest::newRow("a name encoding a surrogate")
        << QByteArray(header(1) + rowStart("\xED\xA0\x80") + '\0') << Error::Malformed;
    QTest::newRow("an overlong name") << QByteArray(header(1) + rowStart("\xC0\xAF") + '\0') << Error::Malformed;
    QTest::newRow("an empty name") << QByteArray(header(1) + rowStart("") + '\0' + '\0')
                                   << Error::Malformed; // padded past the size check
    QByteArray flags = QByteArray(header(1) + rowStart() + '\0');
    flags[SnapshotCodec::headerSize] = char(0x80);
    QTest::newRow("an unknown flag") << flags << Error::Malformed;
    QByteArray packedAbsent = QByteArray(header(1) + rowStart() + '\0');
    packedAbsent[SnapshotCodec::headerSize] = char(0x01 | 0x08 | 0x10 | 0x20);
    QTest::newRow("a packed API key id that is absent") << packedAbsent << Error::Malformed;

    QByteArray apiKey = header(1);
    apiKey.append(char(0x02 | 0x08 | 0x10)).append(16, '\x22');
    appendVarint(apiKey, 1);
    apiKey.append('N');
    appendVarint(apiKey, 5);
    apiKey.append("12345");
    apiKey.append('\0').append('\0');
    QTest::newRow("an API key id that is not a UUID") << apiKey << Error::Malformed;

    QByteArray userCount = header(1);
    userCount.append(char(0x18)).append(16, '\x33');
    userCount.append('\1').append('N');
    userCount.append(9, char(0xFF)).append('\x01'); // 2^64 - 1
    userCount.append('\0');
    QTest::newRow("a user count above 2^63") << userCount << Error::Malformed;
    QByteArray longVarint = header(1);
    longVarint.append(char(0x18)).append(16, '\x33');
    longVarint.append('\1').append('N');
    longVarint.append(10, char(0x80)).append('\x01');
    longVarint.append('\0');
    QTest::newRow("a number longer than 64 bits") << longVarint << Error::Malformed;

    QByteArray timestamp = header(1);
    timestamp.append(char(0x01 | 0x10)).append(16, '\x44');
    timestamp.append('\1').append('N');
    appendVarint(timestamp, quint64(300'000'000'000'000LL) << 1); // year 11,476
    timestamp.append('\0').append('\0');
    QTest::newRow("a createdAt after the year 9999") << timestamp << Error::Malformed;

    const auto withMetadata = [](quint64 count, const QByteArray &entries) {
        QByteArray out = QByteArray(header(1) + rowStart());
        appendVarint(out, count);
        return QByteArray(out + entries);
    };
    QTest::newRow("51 metadata pairs") << withMetadata(51, {}) << Error::Malformed;
    QTest::newRow("a key referred to before it is defined")
        << withMetadata(1, QByteArray("\x01\x01v", 3)) << Error::Malformed;
    QTest::newRow("one key twice in an account")
        << withMetadata(2, QByteArray("\x00\x01k\x01v\x00\x01w", 8)) << Error::Malformed;
    QTest::newRow("a key defined twice") << withMetadata(2, QByteArray("\x00\x01k\x01v\x01\x01k\x01w", 10))
                                         << Error::Malformed;
    QByteArray longKey("\x00\x65", 2);
    longKey.append(101, 'k').append('\0');
    QTest::newRow("a key of 101 characters") << withMetadata(1, longKey) << Error::Malformed;
    QByteArray longValue("\x00\x01k\xE9\x07", 5);
    longValue.append(1001, 'v');
    QTest::newRow("a value of 1001 characters") << withMetadata(1, longValue) << Error::Malformed;
    QTest::newRow("a value running past the end")
        << withMetadata(1, QByteArray("\x00\x01k\x7Fv", 5)) << Error::Truncated;
}

void TestSnapshotCodec::aDamagedSnapshotIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SnapshotCodec::Error, error);
    const SnapshotCodec::Decoded decoded = SnapshotCodec::decode(bytes);
    QVERIFY2(decoded.error == error, qPrintable(decoded.message));
    QVERIFY(decoded.batch.isEmpty());
    QCOMPARE(decoded.batch.metadataKeyCount(), 0);
    QVERIFY(!decoded.message.isEmpty());
}

void TestSnapshotCodec::aRowTheReaderWouldRefuseIsNotEncoded_data()
{
    QTest::addColumn<Account>("account");
    const Account good = AccountFactory::account(AccountKind::ExpressCustomer, 9);
    Account account = good;
    account.id = u"cus_ABC"_s;
    QTest::newRow("an invalid id") << account;
    account = good;
    account.id = AccountFactory::id(AccountKind::Organization, 9);
    QTest::newRow("an id of the other kind") << account;
    account = good;
    account.createdByApiKeyId = u"not-a-uuid"_s;
    QTest::newRow("an API key id that is not a UUID") << account;
    account = good;
    account.userCount = -1;
    QTest::newRow("a negative user count") << account;
    account = good;
    account.createdAt = QDateTime(QDate(10'500, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::newRow("a time after the year 9999") << account;
}

void TestSnapshotCodec::aRowTheReaderWouldRefuseIsNotEncoded()
{
    QFETCH(Account, account);
    AccountBatch batch(AccountKind::ExpressCustomer);
    batch.append(AccountFactory::account(AccountKind::ExpressCustomer, 1));
    batch.append(account);
    const SnapshotCodec::Encoded result = SnapshotCodec::encode(batch, asOf);
    QVERIFY(result.error == SnapshotCodec::Error::Unencodable);
    QVERIFY(result.bytes.isEmpty());
    QVERIFY2(result.message.startsWith(u"row 1: "_s), qPrintable(result.message));
}

void TestSnapshotCodec::writeSeedCorpus()
{
    // AVARA_WRITE_SNAPSHOT_CORPUS=tests/fuzz/corpus/snapshotreader writes the fuzz seeds.
    const QString folder = qEnvironmentVariable("AVARA_WRITE_SNAPSHOT_CORPUS");
    if (folder.isEmpty())
        QSKIP("AVARA_WRITE_SNAPSHOT_CORPUS is not set");
    QVERIFY(QDir().mkpath(folder));
    const auto write = [&folder](const QString &name, const QByteArray &bytes) {
        QFile file(folder + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };
    write(u"empty_customers.avsb"_s, encoded(AccountBatch(AccountKind::ExpressCustomer)));
    write(u"varied_customers.avsb"_s, encoded(variedBatch(AccountKind::ExpressCustomer, 40)));
    write(u"varied_orgs.avsb"_s, encoded(variedBatch(AccountKind::Organization, 24)));
    AccountBatch fifty(AccountKind::Organization);
    fifty.append(variedAccount(AccountKind::Organization, 13));
    write(u"metadata_fifty.avsb"_s, encoded(fifty));
    AccountBatch hostile(AccountKind::ExpressCustomer);
    for (int i = 0; i < hostileTexts().size(); ++i) {
        Account account = variedAccount(AccountKind::ExpressCustomer, 23);
        account.id = AccountFactory::id(AccountKind::ExpressCustomer, quint64(i));
        account.name = hostileTexts().at(i);
        hostile.append(account);
    }
    write(u"hostile_text.avsb"_s, encoded(hostile));
    write(u"truncated.avsb"_s, encoded(variedBatch(AccountKind::ExpressCustomer, 5)).chopped(7));
    write(u"header_only_many_rows.avsb"_s, header(1'000'000));
    write(u"not_a_snapshot.txt"_s, QByteArray("{\"expressCustomers\":[]}"));
}

QTEST_GUILESS_MAIN(TestSnapshotCodec)
#include "tst_snapshotcodec.moc"
