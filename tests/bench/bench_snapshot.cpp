// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/domain/pagereader.h"
#include "core/domain/snapshotcodec.h"
#include "core/models/changesummary.h"
#include "core/services/snapshotcipher.h"
#include "sandbox/sandboxserver.h"

using namespace Qt::StringLiterals;

// The snapshot of the sandbox's customers (its own JSON, read by PageReader as the console
// reads it): writing (encode + encrypt), reading (decrypt + decode), the size on disk next
// to the JSON, the same with zlib before encryption, and the change summary. ctest runs it
// at 2,000 accounts; AVARA_BENCH_ACCOUNTS=100000 for the figures, in the bench preset:
// `bench_snapshot -median 5`.
class BenchSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void encodeAndEncrypt();
    void decryptAndDecode();
    void compressEncodeAndEncrypt();
    void decryptDecompressAndDecode();
    void changeSummary();

private:
    AccountBatch m_batch;
    QByteArray m_file;
    QByteArray m_compressedFile;
    std::unique_ptr<SnapshotCipher> m_cipher;
};

namespace
{
constexpr qint64 asOf = 1'767'225'600'000;
}

void BenchSnapshot::initTestCase()
{
    const int accounts = qEnvironmentVariableIsSet("AVARA_BENCH_ACCOUNTS")
        ? qEnvironmentVariableIntValue("AVARA_BENCH_ACCOUNTS")
        : 2000;
    SandboxOptions options;
    options.customers = accounts;
    options.seed = 7;
    SandboxServer server(options);
    const QStringList ids = server.accountIds(SandboxKind::ExpressCustomer);
    qint64 jsonBytes = 0;
    m_batch = AccountBatch(AccountKind::ExpressCustomer);
    for (qsizetype first = 0; first < ids.size(); first += 100) {
        QByteArray list;
        for (qsizetype i = first; i < qMin(first + 100, ids.size()); ++i)
            list += (list.isEmpty() ? "" : ",") + server.accountJson(ids.at(i));
        const QByteArray page = "{\"expressCustomers\":[" + list + "],\"hasMore\":true,\"cursor\":\"AAAAAAAAAGQ=\"}";
        jsonBytes += page.size();
        const PageReadResult result = PageReader::readPage(AccountKind::ExpressCustomer, page);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
        m_batch.append(result.batch);
    }
    QCOMPARE(m_batch.size(), accounts);

    m_cipher = std::make_unique<SnapshotCipher>(QUrl(u"https://api.avarasoftware.com"_s), u"sk_bench_key"_s);
    const QByteArray plain = SnapshotCodec::encode(m_batch, asOf).bytes;
    m_file = m_cipher->seal(AccountKind::ExpressCustomer, plain);
    m_compressedFile = m_cipher->seal(AccountKind::ExpressCustomer, qCompress(plain, 1));
    qInfo("%d accounts: JSON %lld bytes (%lld an account); snapshot %lld bytes (%.2fx the JSON, %lld an "
          "account); with zlib level 1 %lld bytes (%.2fx)",
        accounts, jsonBytes, jsonBytes / accounts, qlonglong(m_file.size()), double(m_file.size()) / double(jsonBytes),
        qlonglong(m_file.size() / accounts), qlonglong(m_compressedFile.size()),
        double(m_compressedFile.size()) / double(jsonBytes));
}

void BenchSnapshot::encodeAndEncrypt()
{
    qsizetype bytes = 0;
    QBENCHMARK
    {
        bytes = m_cipher->seal(AccountKind::ExpressCustomer, SnapshotCodec::encode(m_batch, asOf).bytes).size();
    }
    QCOMPARE(bytes, m_file.size());
}

void BenchSnapshot::decryptAndDecode()
{
    qsizetype rows = 0;
    QBENCHMARK
    {
        const SnapshotCipher::Opened opened = m_cipher->open(AccountKind::ExpressCustomer, m_file);
        rows = SnapshotCodec::decode(opened.plaintext).batch.size();
    }
    QCOMPARE(rows, m_batch.size());
}

void BenchSnapshot::compressEncodeAndEncrypt()
{
    qsizetype bytes = 0;
    QBENCHMARK
    {
        const QByteArray plain = qCompress(SnapshotCodec::encode(m_batch, asOf).bytes, 1);
        bytes = m_cipher->seal(AccountKind::ExpressCustomer, plain).size();
    }
    QVERIFY(bytes > 0);
}

void BenchSnapshot::decryptDecompressAndDecode()
{
    qsizetype rows = 0;
    QBENCHMARK
    {
        const SnapshotCipher::Opened opened = m_cipher->open(AccountKind::ExpressCustomer, m_compressedFile);
        rows = SnapshotCodec::decode(qUncompress(opened.plaintext)).batch.size();
    }
    QCOMPARE(rows, m_batch.size());
}

void BenchSnapshot::changeSummary()
{
    // One account in a hundred deactivated, one in 250 with a metadata pair more.
    AccountBatch after(AccountKind::ExpressCustomer);
    for (qsizetype row = 0; row < m_batch.size(); ++row) {
        Account account = m_batch.account(row);
        if (row % 100 == 0)
            account.isActive = !account.isActive;
        if (row % 250 == 0)
            account.metadata.append({ u"benchKey"_s, u"x"_s });
        after.append(account);
    }
    qsizetype changed = 0;
    QBENCHMARK
    {
        changed = ChangeSummary::compare(m_batch, after, asOf).entries().size();
    }
    QVERIFY(changed > 0);
}

QTEST_GUILESS_MAIN(BenchSnapshot)
#include "bench_snapshot.moc"
