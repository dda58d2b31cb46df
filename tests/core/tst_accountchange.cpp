// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QTest>

#include "core/domain/accountchange.h"
#include "tests/testkit/accountfactory.h"

using namespace Qt::StringLiterals;

// Every kind of change as a value: its request, how it reads an answer, when an account
// shows it done, what it expects, its description, its inverse and its journal form.
class TestAccountChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsAreShapedAsTheContractSays_data();
    void requestsAreShapedAsTheContractSays();
    void anUpdateSendsOnlyWhatChanges();
    void anAnswerIsReadIntoTheAccount();
    void anAnswerForAnotherAccountIsRefused();
    void aUsersAnswerSaysSuccessOrWhy();
    void isDoneInJudgesTheServersAccount();
    void theInverseExpectsTheChangesResult_data();
    void theInverseExpectsTheChangesResult();
    void descriptionsNameWhatChanges();
    void theJournalFormRoundTrips_data();
    void theJournalFormRoundTrips();
    void onlySetActiveChangesCoalesce();

private:
    static AccountId id(quint64 n = 1)
    {
        return *AccountId::parse(AccountFactory::id(AccountKind::ExpressCustomer, n));
    }
};

void TestAccountChange::requestsAreShapedAsTheContractSays_data()
{
    QTest::addColumn<AccountChange>("change");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("subPath");
    QTest::addColumn<QByteArray>("body");
    const QString user = u"usr_1234567890abcdef1234567890abcdef"_s;
    QTest::newRow("a deactivation posts to /deactivate without a body")
        << AccountChange::setActive(id(), false) << "POST"_ba << u"/deactivate"_s << QByteArray();
    QTest::newRow("a reactivation posts to /reactivate")
        << AccountChange::setActive(id(), true) << "POST"_ba << u"/reactivate"_s << QByteArray();
    QTest::newRow("a rename patches the account with the kind's name field")
        << AccountChange::update(id(), { u"Old"_s, std::nullopt }, { u"New"_s, std::nullopt }) << "PATCH"_ba
        << QString() << R"({"expressCustomerName":"New"})"_ba;
    QTest::newRow("removing every metadata key sends null") << AccountChange::update(
        id(), { std::nullopt, MetadataPairs { { u"a"_s, u"1"_s } } }, { std::nullopt, MetadataPairs() })
                                                            << "PATCH"_ba << QString() << R"({"metadata":null})"_ba;
    QTest::newRow("adding a user posts its id to /users") << AccountChange::addUser(
        id(), user) << "POST"_ba << u"/users"_s << R"({"userId":"usr_1234567890abcdef1234567890abcdef"})"_ba;
    QTest::newRow("removing a user deletes with its id in the body") << AccountChange::removeUser(
        id(), user) << "DELETE"_ba << u"/users"_s << R"({"userId":"usr_1234567890abcdef1234567890abcdef"})"_ba;
}

void TestAccountChange::requestsAreShapedAsTheContractSays()
{
    QFETCH(AccountChange, change);
    QFETCH(QByteArray, verb);
    QFETCH(QString, subPath);
    QFETCH(QByteArray, body);
    const AccountChange::Request request = change.request();
    QCOMPARE(request.verb, verb);
    QCOMPARE(request.subPath, subPath);
    QCOMPARE(request.body, body);
}

void TestAccountChange::anUpdateSendsOnlyWhatChanges()
{
    const MetadataPairs before { { u"contractId"_s, u"CTR-1"_s } };
    const MetadataPairs after { { u"contractId"_s, u"CTR-2"_s }, { u"siteCode"_s, u"<b>\u202e"_s } };
    const AccountChange change = AccountChange::update(id(), { std::nullopt, before }, { std::nullopt, after });
    const QJsonObject body = QJsonDocument::fromJson(change.request().body).object();
    QVERIFY(!body.contains(u"expressCustomerName"_s));
    QCOMPARE(body.value(u"metadata"_s).toObject().value(u"siteCode"_s).toString(), u"<b>\u202e"_s);
    QCOMPARE(body.value(u"metadata"_s).toObject().size(), 2);
    const AccountId organization = *AccountId::parse(AccountFactory::id(AccountKind::Organization, 3));
    const AccountChange rename
        = AccountChange::update(organization, { u"a"_s, std::nullopt }, { u"b"_s, std::nullopt });
    QCOMPARE(rename.request().body, R"({"orgName":"b"})"_ba);
}

void TestAccountChange::anAnswerIsReadIntoTheAccount()
{
    Account account = AccountFactory::account(AccountKind::ExpressCustomer, 1, false);
    const AccountChange change = AccountChange::setActive(id(), false);
    const AccountChange::Answer answer = change.readAnswer(QJsonDocument(AccountFactory::json(account)).toJson());
    QVERIFY2(answer.problem.isEmpty(), qPrintable(answer.problem));
    QVERIFY(answer.isAccepted);
    QVERIFY(answer.account);
    QCOMPARE(answer.account->account(0), account);
    QVERIFY(change.answerCarriesAccount());
}

void TestAccountChange::anAnswerForAnotherAccountIsRefused()
{
    const Account other = AccountFactory::account(AccountKind::ExpressCustomer, 2, false);
    const AccountChange::Answer answer
        = AccountChange::setActive(id(1), false).readAnswer(QJsonDocument(AccountFactory::json(other)).toJson());
    QVERIFY(!answer.isAccepted);
    QVERIFY(!answer.account);
    QVERIFY(answer.problem.contains(other.id));
    QVERIFY(!AccountChange::setActive(id(1), false).readAnswer("{not json").problem.isEmpty());
}

void TestAccountChange::aUsersAnswerSaysSuccessOrWhy()
{
    const AccountChange change = AccountChange::addUser(id(), u"usr_1234567890abcdef1234567890abcdef"_s);
    QVERIFY(!change.answerCarriesAccount());
    QVERIFY(change.readAnswer(R"({"success":true,"message":"added"})"_ba).isAccepted);
    const AccountChange::Answer refused = change.readAnswer(R"({"success":false,"message":"No such user"})"_ba);
    QVERIFY(!refused.isAccepted);
    QCOMPARE(refused.problem, u"No such user"_s);
    QVERIFY(!change.readAnswer(R"({"message":"added"})"_ba).isAccepted);
}

void TestAccountChange::isDoneInJudgesTheServersAccount()
{
    Account account = AccountFactory::account(AccountKind::ExpressCustomer, 1, true);
    account.userCount = 5;
    account.metadata = { { u"tier"_s, u"gold"_s }, { u"region"_s, u"EU"_s } };
    QCOMPARE(AccountChange::setActive(id(), true).isDoneIn(account), std::optional<bool>(true));
    QCOMPARE(AccountChange::setActive(id(), false).isDoneIn(account), std::optional<bool>(false));
    // Metadata is a map: the order the server lists it in does not matter.
    const MetadataPairs reordered { { u"region"_s, u"EU"_s }, { u"tier"_s, u"gold"_s } };
    QCOMPARE(AccountChange::update(id(), {}, { std::nullopt, reordered }).isDoneIn(account), std::optional<bool>(true));
    QCOMPARE(
        AccountChange::update(id(), {}, { u"Other"_s, std::nullopt }).isDoneIn(account), std::optional<bool>(false));
    const QString user = u"usr_1234567890abcdef1234567890abcdef"_s;
    QCOMPARE(AccountChange::addUser(id(), user, 4).isDoneIn(account), std::optional<bool>(true));
    QCOMPARE(AccountChange::addUser(id(), user, 5).isDoneIn(account), std::optional<bool>(false));
    QCOMPARE(AccountChange::addUser(id(), user, 1).isDoneIn(account), std::nullopt); // others changed it too
    QCOMPARE(AccountChange::addUser(id(), user).isDoneIn(account), std::nullopt);
}

void TestAccountChange::theInverseExpectsTheChangesResult_data()
{
    QTest::addColumn<AccountChange>("change");
    QTest::addColumn<Account>("afterChange");
    QTest::addColumn<Account>("changedSince");
    Account active = AccountFactory::account(AccountKind::ExpressCustomer, 1, true);
    Account inactive = active;
    inactive.isActive = false;
    QTest::newRow("undoing a deactivation expects the account still inactive")
        << AccountChange::setActive(id(), false) << inactive << active;

    Account renamed = active;
    renamed.name = u"New"_s;
    renamed.metadata = { { u"a"_s, u"2"_s } };
    Account renamedAgain = renamed;
    renamedAgain.metadata = { { u"a"_s, u"3"_s } };
    QTest::newRow("undoing an edit expects the edited values") << AccountChange::update(
        id(), { active.name, MetadataPairs { { u"a"_s, u"1"_s } } }, { u"New"_s, MetadataPairs { { u"a"_s, u"2"_s } } })
                                                               << renamed << renamedAgain;

    Account withUser = active;
    withUser.userCount = active.userCount + 1;
    Account withTwoMore = active;
    withTwoMore.userCount = active.userCount + 2;
    QTest::newRow("undoing an added user expects the count it left")
        << AccountChange::addUser(id(), u"usr_1234567890abcdef1234567890abcdef"_s, active.userCount) << withUser
        << withTwoMore;
}

void TestAccountChange::theInverseExpectsTheChangesResult()
{
    QFETCH(AccountChange, change);
    QFETCH(Account, afterChange);
    QFETCH(Account, changedSince);
    const AccountChange inverse = change.inverse();
    QVERIFY(inverse.hasExpectation());
    QVERIFY(inverse.expectsIn(afterChange));
    QVERIFY(!inverse.expectsIn(changedSince));
    QVERIFY(!inverse.expectationMismatch(changedSince).isEmpty());
    QCOMPARE(inverse.inverse().request().body, change.request().body);
    QCOMPARE(inverse.inverse().request().verb, change.request().verb);
}

void TestAccountChange::descriptionsNameWhatChanges()
{
    const AccountChange change = AccountChange::update(id(),
        { std::nullopt, MetadataPairs { { u"contractId"_s, u"CTR-1"_s }, { u"region"_s, u"EU"_s } } },
        { std::nullopt, MetadataPairs { { u"contractId"_s, u"CTR-2"_s }, { u"siteCode"_s, u"S1"_s } } });
    const QString description = change.describe();
    QVERIFY2(description.contains(u"contractId \u201cCTR-1\u201d \u2192 \u201cCTR-2\u201d"_s), qPrintable(description));
    QVERIFY2(description.contains(u"+siteCode"_s), qPrintable(description));
    QVERIFY2(description.contains(u"\u2212region"_s), qPrintable(description));
    QCOMPARE(AccountChange::setActive(id(), false).describe(), u"Deactivate"_s);
}

void TestAccountChange::theJournalFormRoundTrips_data()
{
    QTest::addColumn<AccountChange>("change");
    const QString hostile = u"<b>x</b>\u202e\u0007 \U0001F469\u200D\u2695\uFE0F"_s;
    QTest::newRow("set active") << AccountChange::setActive(id(), true);
    QTest::newRow("an undo of a deactivation") << AccountChange::setActive(id(), false).inverse();
    QTest::newRow("an edit with hostile text, byte for byte")
        << AccountChange::update(id(), { u"Old"_s, MetadataPairs { { hostile, hostile } } },
               { hostile, MetadataPairs { { u"k"_s, hostile }, { hostile, u"v"_s } } });
    QTest::newRow("a user added") << AccountChange::addUser(id(), u"usr_1234567890abcdef1234567890abcdef"_s, 3);
    QTest::newRow("an undo of a user added")
        << AccountChange::addUser(id(), u"usr_1234567890abcdef1234567890abcdef"_s, 3).inverse();
}

void TestAccountChange::theJournalFormRoundTrips()
{
    QFETCH(AccountChange, change);
    const QByteArray json = QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
    const AccountChange read = AccountChange::fromJson(id(), QJsonDocument::fromJson(json).object());
    QVERIFY(read.isValid());
    QCOMPARE(read, change);
    QVERIFY(!AccountChange::fromJson(id(), QJsonObject { { u"type"_s, u"explode"_s } }).isValid());
    QVERIFY(!AccountChange::fromJson(id(), QJsonObject { { u"type"_s, u"addUser"_s }, { u"userId"_s, u"../x"_s } })
                 .isValid());
}

void TestAccountChange::onlySetActiveChangesCoalesce()
{
    const AccountChange off = AccountChange::setActive(id(), false);
    QVERIFY(off.coalescesWith(AccountChange::setActive(id(), true)));
    QVERIFY(!off.coalescesWith(AccountChange::setActive(id(2), true)));
    QVERIFY(!off.coalescesWith(AccountChange::update(id(), {}, { u"x"_s, std::nullopt })));
    QVERIFY(!off.inverse().coalescesWith(off)); // an undo is sent as asked, never folded
}

QTEST_GUILESS_MAIN(TestAccountChange)
#include "tst_accountchange.moc"
