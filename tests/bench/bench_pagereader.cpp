// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/domain/pagereader.h"
#include "core/domain/timestamp.h"
#include "sandbox/sandboxserver.h"

using namespace Qt::StringLiterals;

// PageReader against QJsonDocument on the same page of 100 accounts (the sandbox's own
// JSON), and the memory an account takes in an AccountBatch next to its JSON. Run a
// Release build: `bench_pagereader -median 9` (QTest reports per-iteration wall time).
class BenchPageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageReader();
    void qJsonDocumentParseOnly();
    void qJsonDocumentToAccountValues();
    void memoryPerAccount();

private:
    QByteArray m_page;
};

void BenchPageReader::initTestCase()
{
    SandboxOptions options;
    options.customers = 100;
    options.seed = 7;
    SandboxServer server(options);
    QByteArray accounts;
    for (const QString &id : server.accountIds(SandboxKind::ExpressCustomer))
        accounts += (accounts.isEmpty() ? "" : ",") + server.accountJson(id);
    m_page = "{\"expressCustomers\":[" + accounts + "],\"hasMore\":true,\"cursor\":\"++//AAAAAAAAAGQ=\"}";
    const PageReadResult result = PageReader::readPage(AccountKind::ExpressCustomer, m_page);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(result.batch.size(), 100);
    qInfo("page: %lld bytes, %lld bytes an account", qlonglong(m_page.size()), qlonglong(m_page.size() / 100));
}

void BenchPageReader::pageReader()
{
    qsizetype rows = 0;
    QBENCHMARK
    {
        rows += PageReader::readPage(AccountKind::ExpressCustomer, m_page).batch.size();
    }
    QVERIFY(rows >= 100);
}

void BenchPageReader::qJsonDocumentParseOnly()
{
    qsizetype rows = 0;
    QBENCHMARK
    {
        rows += QJsonDocument::fromJson(m_page).object().value(u"expressCustomers"_s).toArray().size();
    }
    QVERIFY(rows >= 100);
}

void BenchPageReader::qJsonDocumentToAccountValues()
{
    // What a reader without PageReader would do: parse, then one QString per field.
    qsizetype rows = 0;
    QBENCHMARK
    {
        const QJsonArray list = QJsonDocument::fromJson(m_page).object().value(u"expressCustomers"_s).toArray();
        QList<Account> accounts;
        accounts.reserve(list.size());
        for (const QJsonValue &value : list) {
            const QJsonObject object = value.toObject();
            Account account;
            account.id = object.value(u"expressCustomerId"_s).toString();
            account.name = object.value(u"expressCustomerName"_s).toString();
            account.isActive = object.value(u"isActive"_s).toBool();
            account.userCount = object.value(u"userCount"_s).toInteger();
            account.createdAt = QDateTime::fromString(object.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
            account.updatedAt = QDateTime::fromString(object.value(u"updatedAt"_s).toString(), Qt::ISODateWithMs);
            if (object.contains(u"createdByApiKeyId"_s))
                account.createdByApiKeyId = object.value(u"createdByApiKeyId"_s).toString();
            const QJsonObject metadata = object.value(u"metadata"_s).toObject();
            for (auto it = metadata.begin(); it != metadata.end(); ++it)
                account.metadata.append({ it.key(), it.value().toString() });
            accounts.append(account);
        }
        rows += accounts.size();
    }
    QVERIFY(rows >= 100);
}

void BenchPageReader::memoryPerAccount()
{
    AccountBatch all(AccountKind::ExpressCustomer);
    constexpr int pages = 100;
    for (int i = 0; i < pages; ++i)
        all.append(PageReader::readPage(AccountKind::ExpressCustomer, m_page).batch);
    const qsizetype accounts = all.size();
    const qsizetype batchBytes = accounts * qsizetype(sizeof(AccountRecord)) + all.textBytes()
        + qsizetype(all.metadataEntryCount()) * qsizetype(sizeof(MetadataEntry));
    qInfo("AccountBatch: %lld bytes an account (record %zu, text %lld, metadata %lld); JSON: %lld bytes an account",
        qlonglong(batchBytes / accounts), sizeof(AccountRecord), qlonglong(all.textBytes() / accounts),
        qlonglong(qsizetype(all.metadataEntryCount()) * qsizetype(sizeof(MetadataEntry)) / accounts),
        qlonglong(m_page.size() / 100));
    QCOMPARE(accounts, qsizetype(pages * 100));
    QVERIFY(batchBytes < qsizetype(pages) * m_page.size());
}

QTEST_GUILESS_MAIN(BenchPageReader)
#include "bench_pagereader.moc"
