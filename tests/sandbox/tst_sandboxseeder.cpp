// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "sandbox/sandboxseeder.h"

using namespace Qt::StringLiterals;

class TestSandboxSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameAccounts_data();
    void sameSeedSameAccounts();
    void differentSeedsDiffer();
    void idsAreUniqueAndWellFormed();
    void namesLookReal();
    void serializedJsonMatchesTheFields();
    void hostileAccountsStayWithinTheLimits();
};

void TestSandboxSeeder::sameSeedSameAccounts_data()
{
    QTest::addColumn<SandboxKind>("kind");
    QTest::addColumn<bool>("hostile");

    QTest::newRow("customers are reproducible") << SandboxKind::ExpressCustomer << false;
    QTest::newRow("organizations are reproducible") << SandboxKind::Organization << false;
    QTest::newRow("hostile customers are reproducible") << SandboxKind::ExpressCustomer << true;
}

void TestSandboxSeeder::sameSeedSameAccounts()
{
    QFETCH(SandboxKind, kind);
    QFETCH(bool, hostile);
    const auto first = SandboxSeeder::generate(kind, 500, 42, hostile);
    const auto second = SandboxSeeder::generate(kind, 500, 42, hostile);
    QCOMPARE(first.size(), std::size_t(500));
    QCOMPARE(second.size(), first.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        QCOMPARE(second[i].json, first[i].json);
}

void TestSandboxSeeder::differentSeedsDiffer()
{
    const auto a = SandboxSeeder::generate(SandboxKind::ExpressCustomer, 50, 1, false);
    const auto b = SandboxSeeder::generate(SandboxKind::ExpressCustomer, 50, 2, false);
    int same = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        same += a[i].json == b[i].json ? 1 : 0;
    QCOMPARE(same, 0);
    // The two kinds of one seed are not copies of each other either.
    const auto orgs = SandboxSeeder::generate(SandboxKind::Organization, 50, 1, false);
    QVERIFY(orgs.front().id.mid(4) != a.front().id.mid(4));
    QVERIFY(SandboxSeeder::generate(SandboxKind::ExpressCustomer, 0, 1, false).empty());
}

void TestSandboxSeeder::idsAreUniqueAndWellFormed()
{
    const auto accounts = SandboxSeeder::generate(SandboxKind::Organization, 20000, 3, false);
    QSet<QByteArray> ids;
    for (const SandboxAccount &account : accounts) {
        QVERIFY(isValidSandboxId(SandboxKind::Organization, account.id));
        ids.insert(account.id);
    }
    QCOMPARE(ids.size(), 20000);
}

void TestSandboxSeeder::namesLookReal()
{
    const auto customers = SandboxSeeder::generate(SandboxKind::ExpressCustomer, 2000, 5, false);
    int withDepartment = 0;
    QSet<QByteArray> distinct;
    for (const SandboxAccount &account : customers) {
        QVERIFY(!account.name.isEmpty());
        QVERIFY(!account.name.contains('<'));
        withDepartment += account.name.contains(" - ") ? 1 : 0;
        distinct.insert(account.name);
    }
    QVERIFY(withDepartment > 1000);
    QVERIFY(distinct.size() > 1500);
}

void TestSandboxSeeder::serializedJsonMatchesTheFields()
{
    const auto orgs = SandboxSeeder::generate(SandboxKind::Organization, 300, 9, false);
    for (const SandboxAccount &account : orgs) {
        const QJsonObject object = QJsonDocument::fromJson(account.json).object();
        QCOMPARE(object.value(u"orgId"_s).toString().toLatin1(), account.id);
        QCOMPARE(object.value(u"orgName"_s).toString().toUtf8(), account.name);
        QCOMPARE(object.value(u"isActive"_s).toBool(), account.isActive);
        QCOMPARE(object.value(u"userCount"_s).toInteger(), account.userCount);
        QCOMPARE(object.contains(u"metadata"_s), account.hasMetadata);
        QCOMPARE(object.value(u"metadata"_s).toObject().size(), account.metadata.size());
        QVERIFY(account.updatedAt >= account.createdAt);
        // Created by an API key or in the dashboard, never both.
        QVERIFY(account.createdByApiKeyId.isEmpty() != account.createdByUserId.isEmpty());
    }
}

void TestSandboxSeeder::hostileAccountsStayWithinTheLimits()
{
    const auto accounts = SandboxSeeder::generate(SandboxKind::ExpressCustomer, 600, 11, true);
    QSet<QByteArray> names;
    int maxPairs = 0;
    for (const SandboxAccount &account : accounts) {
        QVERIFY(!account.name.isEmpty());
        names.insert(account.name);
        maxPairs = qMax(maxPairs, int(account.metadata.size()));
        QVERIFY(account.metadata.size() <= 50);
        for (const auto &[key, value] : account.metadata) {
            const QString keyText = QString::fromUtf8(key);
            const QString valueText = QString::fromUtf8(value);
            QVERIFY(!keyText.isEmpty());
            QVERIFY(keyText.size() <= 100); // UTF-16 units, and so code points too
            QVERIFY(valueText.size() <= 1000);
            QCOMPARE(keyText.toUtf8(), key); // valid UTF-8
            QCOMPARE(valueText.toUtf8(), value);
        }
        QJsonParseError error;
        QJsonDocument::fromJson(account.json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    QCOMPARE(maxPairs, 50);
    const QList<QByteArray> hostileNames = SandboxSeeder::hostileNames();
    for (const QByteArray &name : hostileNames)
        QVERIFY2(names.contains(name), name.left(60).constData());
}

QTEST_GUILESS_MAIN(TestSandboxSeeder)
#include "tst_sandboxseeder.moc"
