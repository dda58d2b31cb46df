// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <vector>

#include <QTest>

#include "core/domain/accountbatch.h"
#include "core/models/searchtext.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

// The store's search text, on rows of a plain batch.
class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreFoldedAndSeparated();
    void aNameThatFoldsToAnotherLengthKeepsItsFields();
    void aReplacementThatFitsIsWrittenInPlace();
    void aLongerReplacementIsKeptAsideAndStillFound();
    void markMatchesFindsEachRowOnce();
    void clearReturnsTheMemory();
};

namespace
{
Account organization(int n, const QString &name, MetadataPairs metadata = {})
{
    Account account = AccountFactory::account(AccountKind::Organization, quint64(n));
    account.name = name;
    account.metadata = std::move(metadata);
    return account;
}

AccountBatch batchOf(const QList<Account> &accounts)
{
    return AccountFactory::batch(accounts, AccountKind::Organization);
}

SearchText searchTextOf(const AccountBatch &rows)
{
    SearchText text;
    for (qsizetype row = 0; row < rows.size(); ++row)
        text.append(rows, row);
    return text;
}

std::vector<quint8> matchesOf(const SearchText &text, QByteArrayView needle)
{
    std::vector<quint8> matches(size_t(text.rowCount()));
    text.markMatches(needle, matches);
    return matches;
}
} // namespace

void TestSearchText::fieldsAreFoldedAndSeparated()
{
    const AccountBatch rows = batchOf({ organization(1, u"Lakeside IMAGING"_s, { { u"Region"_s, u"EU-West"_s } }) });
    const SearchText text = searchTextOf(rows);
    QCOMPARE(text.rowCount(), 1);
    const QByteArray id = rows.text(rows.record(0).id).toByteArray();
    QVERIFY(id.startsWith("org_"));
    QCOMPARE(text.of(0).toByteArray(), "lakeside imaging\0"_ba + id + "\0region=eu-west\0"_ba);
    QCOMPARE(text.foldedName(0, rows.record(0)).toByteArray(), "lakeside imaging"_ba);
    QCOMPARE(text.foldedId(0, rows.record(0)).toByteArray(), id);
}

void TestSearchText::aNameThatFoldsToAnotherLengthKeepsItsFields()
{
    // The Kelvin sign (3 bytes) folds to 'k' (1 byte); U+023A (2 bytes) to U+2C65 (3 bytes).
    const AccountBatch rows = batchOf(
        { organization(1, u"\u212Aelvin Lab"_s), organization(2, u"\u023Ab"_s), organization(3, u"Plain"_s) });
    const SearchText text = searchTextOf(rows);
    QCOMPARE(text.foldedName(0, rows.record(0)).toByteArray(), "kelvin lab"_ba);
    QCOMPARE(text.foldedName(1, rows.record(1)).toByteArray(), u"\u2C65b"_s.toUtf8());
    QCOMPARE(text.foldedName(2, rows.record(2)).toByteArray(), "plain"_ba);
    for (qsizetype row = 0; row < rows.size(); ++row)
        QCOMPARE(text.foldedId(row, rows.record(row)), rows.text(rows.record(row).id));
}

void TestSearchText::aReplacementThatFitsIsWrittenInPlace()
{
    AccountBatch rows = batchOf({ organization(1, u"Northwind"_s), organization(2, u"Southgate"_s) });
    SearchText text = searchTextOf(rows);
    const qsizetype before = text.memoryBytes();
    rows.replace(0, batchOf({ organization(1, u"North"_s) }), 0);
    text.replace(rows, 0);
    QVERIFY(text.of(0).startsWith("north\0"_ba));
    QCOMPARE(text.foldedName(0, rows.record(0)).toByteArray(), "north"_ba);
    QCOMPARE(text.foldedId(0, rows.record(0)), rows.text(rows.record(0).id));
    QCOMPARE(text.memoryBytes(), before);
    QCOMPARE(matchesOf(text, "northwind"), std::vector<quint8>({ 0, 0 }));
    QCOMPARE(matchesOf(text, "north"), std::vector<quint8>({ 1, 0 }));
}

void TestSearchText::aLongerReplacementIsKeptAsideAndStillFound()
{
    AccountBatch rows = batchOf({ organization(1, u"Ax"_s), organization(2, u"Bx"_s) });
    SearchText text = searchTextOf(rows);
    rows.replace(0, batchOf({ organization(1, u"Alpenglow Radiology"_s, { { u"tier"_s, u"gold"_s } }) }), 0);
    text.replace(rows, 0);
    QCOMPARE(text.foldedName(0, rows.record(0)).toByteArray(), "alpenglow radiology"_ba);
    QCOMPARE(matchesOf(text, "radiology"), std::vector<quint8>({ 1, 0 }));
    QCOMPARE(matchesOf(text, "tier=gold"), std::vector<quint8>({ 1, 0 }));
    // The old text is blanked where it was: it matches nothing any more.
    QCOMPARE(matchesOf(text, "ax"), std::vector<quint8>({ 0, 0 }));
    QCOMPARE(matchesOf(text, "bx"), std::vector<quint8>({ 0, 1 }));
    // Replaced again, shorter: it fits where the aside text was.
    rows.replace(0, batchOf({ organization(1, u"Alp"_s) }), 0);
    text.replace(rows, 0);
    QCOMPARE(text.foldedName(0, rows.record(0)).toByteArray(), "alp"_ba);
    QCOMPARE(matchesOf(text, "radiology"), std::vector<quint8>({ 0, 0 }));
}

void TestSearchText::markMatchesFindsEachRowOnce()
{
    const AccountBatch rows = batchOf({ organization(1, u"Lake Lake Lake"_s), organization(2, u"Hill"_s),
        organization(3, u"Lakeside"_s, { { u"lake"_s, u"lake"_s } }) });
    const SearchText text = searchTextOf(rows);
    QCOMPARE(matchesOf(text, "lake"), std::vector<quint8>({ 1, 0, 1 }));
    // Fields are separated: no match spans the end of one field and the start of the next.
    QCOMPARE(matchesOf(text, "lakeorg_"), std::vector<quint8>({ 0, 0, 0 }));
    // Only the rows below the size of `matches` are looked at.
    std::vector<quint8> firstTwo(2);
    text.markMatches("lakeside", firstTwo);
    QCOMPARE(firstTwo, std::vector<quint8>({ 0, 0 }));
}

void TestSearchText::clearReturnsTheMemory()
{
    QList<Account> accounts;
    for (int n = 0; n < 1000; ++n)
        accounts << organization(n, u"Organization %1"_s.arg(n));
    const AccountBatch rows = batchOf(accounts);
    SearchText text;
    text.reserveAtOnce(rows.size(), rows.textBytes() * 2);
    for (qsizetype row = 0; row < rows.size(); ++row)
        text.append(rows, row);
    QVERIFY(text.memoryBytes() > rows.textBytes());
    text.clear();
    QCOMPARE(text.rowCount(), 0);
    QCOMPARE(text.memoryBytes(), 0);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
