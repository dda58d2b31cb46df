// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/domain/accountbatch.h"

using namespace Qt::StringLiterals;

class TestAccountBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anAccountSurvivesTheCompactForm();
    void appendingABatchRebasesTextAndKeys();
    void replacingARowChangesOnlyThatRow();
    void setActiveFlipsOnlyTheFlag();
};

namespace
{
Account sampleAccount(int n, bool withOptionalFields)
{
    Account account;
    account.kind = AccountKind::Organization;
    account.id = u"org_%1"_s.arg(n, 32, 16, QLatin1Char('0'));
    account.name = u"Clinic \u00e9 %1 \U0001F3E5"_s.arg(n);
    account.isActive = n % 2 == 0;
    account.userCount = n * 7;
    if (withOptionalFields) {
        account.createdAt = QDateTime(QDate(2024, 1, 15), QTime(9, 0), Qt::UTC);
        account.updatedAt = QDateTime(QDate(2024, 3, 15), QTime(14, 20, 0, 125), Qt::UTC);
        account.createdByApiKeyId = u"550e8400-e29b-41d4-a716-446655440000"_s;
        account.createdByUserId = u"usr_1234567890abcdef1234567890abcdef"_s;
        account.metadata = { { u"region"_s, u"northeast"_s }, { u"department"_s, u"radiology %1"_s.arg(n) } };
    }
    return account;
}
} // namespace

void TestAccountBatch::anAccountSurvivesTheCompactForm()
{
    AccountBatch batch(AccountKind::Organization);
    const Account full = sampleAccount(4, true);
    const Account bare = sampleAccount(5, false);
    batch.append(full);
    batch.append(bare);
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.account(0), full);
    QCOMPARE(batch.account(1), bare);
    QVERIFY(!batch.account(1).createdAt.isValid());
    QCOMPARE(batch.account(1).createdByUserId, std::nullopt);
    QCOMPARE(batch.metadataKeyCount(), 2);
}

void TestAccountBatch::appendingABatchRebasesTextAndKeys()
{
    AccountBatch store(AccountKind::Organization);
    store.append(sampleAccount(1, true));
    AccountBatch page(AccountKind::Organization);
    Account other = sampleAccount(2, true);
    other.metadata.append({ u"tier"_s, u"gold"_s });
    page.append(other);
    page.append(sampleAccount(3, false));

    store.append(page);
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.account(0), sampleAccount(1, true));
    QCOMPARE(store.account(1), other);
    QCOMPARE(store.account(2), sampleAccount(3, false));
    QCOMPARE(store.metadataKeyCount(), 3);
}

void TestAccountBatch::replacingARowChangesOnlyThatRow()
{
    AccountBatch store(AccountKind::Organization);
    for (int n = 0; n < 3; ++n)
        store.append(sampleAccount(n, true));
    AccountBatch response(AccountKind::Organization);
    Account changed = sampleAccount(1, true);
    changed.isActive = !changed.isActive;
    changed.name = u"Renamed"_s;
    changed.metadata.clear();
    response.append(changed);

    store.replace(1, response, 0);
    QCOMPARE(store.account(0), sampleAccount(0, true));
    QCOMPARE(store.account(1), changed);
    QCOMPARE(store.account(2), sampleAccount(2, true));
}

void TestAccountBatch::setActiveFlipsOnlyTheFlag()
{
    AccountBatch store(AccountKind::Organization);
    store.append(sampleAccount(1, true));
    Account expected = sampleAccount(1, true);
    store.setActive(0, true);
    expected.isActive = true;
    QCOMPARE(store.account(0), expected);
    store.setActive(0, false);
    expected.isActive = false;
    QCOMPARE(store.account(0), expected);
}

QTEST_GUILESS_MAIN(TestAccountBatch)
#include "tst_accountbatch.moc"
