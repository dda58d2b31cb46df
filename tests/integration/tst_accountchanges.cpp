// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/domain/pagereader.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "core/services/auditjournal.h"
#include "core/services/bulkaction.h"
#include "tests/testkit/sandboxfixture.h"

using namespace Qt::StringLiterals;

// Changes other than activation through the same queue, journal and bulk paths, against
// the sandbox over loopback: edits, users, the check against the state a change was made
// on, and undo as the inverse of a recorded change.
class TestAccountChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anEditChangesTheServerAndTheRow();
    void anEditMadeOnAnOlderStateIsNotSent();
    void addingAUserReadsTheCountAgain();
    void undoPutsBackAnEditAndIsJournalled();
    void undoIsRefusedAfterALaterChange();
    void aBulkEditGivesAResultPerAccount();
    void clearingTheMetadataSendsNull();
    void aRefusalOfTheServerIsReportedWithItsReason();
    void undoOfAnAddedUserRemovesIt();
    void hostileMetadataRoundTripsByteForByte();
    void aBulkRemovalOfAKeyOverFiftyAccountsUnderARateLimit();

private:
    ActionResult run(const AccountChange &change);
    Account serverAccount(const QString &id) const;
    Account rowAccount(const QString &id) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountDirectory> m_directory;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestAccountChanges::initTestCase()
{
    SandboxOptions options;
    options.customers = 60;
    options.organizations = 0;
    options.seed = 77;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
}

void TestAccountChanges::init()
{
    m_sandbox->server().setFaults({});
    m_client = m_sandbox->makeClient();
    m_folder = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_folder->filePath(u"audit.jsonl"_s));
    m_directory = std::make_unique<AccountDirectory>(m_client.get(), AccountKind::ExpressCustomer);
    m_directory->setAuditJournal(m_journal.get());
    QSignalSpy finished(m_directory.get(), &AccountDirectory::loadFinished);
    m_directory->reload();
    QVERIFY(finished.wait(20'000));
}

void TestAccountChanges::cleanup()
{
    m_directory.reset();
    m_journal.reset();
    m_client.reset();
}

ActionResult TestAccountChanges::run(const AccountChange &change)
{
    QSignalSpy finished(m_directory->actionQueue(), &ActionQueue::actionFinished);
    const quint64 ticket = m_directory->requestChange(change);
    if (ticket == 0)
        return {};
    if (!finished.wait(10'000))
        return {};
    return finished.last().at(0).value<ActionResult>();
}

Account TestAccountChanges::serverAccount(const QString &id) const
{
    const AccountReadResult read
        = PageReader::readAccount(AccountKind::ExpressCustomer, m_sandbox->server().accountJson(id));
    return read.ok() ? read.batch.account(0) : Account();
}

Account TestAccountChanges::rowAccount(const QString &id) const
{
    return m_directory->store()->account(m_directory->store()->rowOf(id));
}

void TestAccountChanges::anEditChangesTheServerAndTheRow()
{
    const AccountStore *store = m_directory->store();
    const AccountId id = store->accountId(3);
    const Account before = store->account(3);
    const MetadataPairs metadata { { u"contractId"_s, u"CTR-2"_s }, { u"note"_s, u"<b>bold</b> \u202eevil"_s } };
    const AccountChange change
        = AccountChange::update(id, { before.name, before.metadata }, { u"Renamed clinic"_s, metadata });
    const quint64 sentBefore = m_directory->actionQueue()->sentCount();
    const ActionResult result = run(change);
    QCOMPARE(result.outcome, ActionResult::Outcome::Succeeded);
    QCOMPARE(m_directory->actionQueue()->sentCount(), sentBefore + 1);
    QCOMPARE(serverAccount(id.toString()).name, u"Renamed clinic"_s);
    QVERIFY(sameMetadata(serverAccount(id.toString()).metadata, metadata));
    QCOMPARE(rowAccount(id.toString()), serverAccount(id.toString()));

    m_journal->flush();
    const QList<AuditRecord> records = AuditJournal::read(m_journal->path());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).action, AuditRecord::Action::Update);
    QVERIFY(records.at(0).description.contains(u"+note"_s));
    QCOMPARE(records.at(1).accountChange().after(), change.after()); // the diff, exactly as typed
    QVERIFY(!QJsonDocument(records.at(1).change).toJson().contains(m_sandbox->settings().apiKey.toUtf8()));
}

void TestAccountChanges::anEditMadeOnAnOlderStateIsNotSent()
{
    const AccountStore *store = m_directory->store();
    const AccountId id = store->accountId(5);
    const Account seen = store->account(5);
    // Another client changes the metadata between the dialog and the send.
    QCOMPARE(m_sandbox->server().updateAccount(id.toString(), R"({"metadata":{"tier":"platinum"}})"_ba), 200);
    const quint64 sentBefore = m_directory->actionQueue()->sentCount();
    const ActionResult result = run(AccountChange::update(
        id, { seen.name, seen.metadata }, { seen.name, MetadataPairs { { u"tier"_s, u"basic"_s } } }));
    QCOMPARE(result.outcome, ActionResult::Outcome::Conflict);
    QCOMPARE(m_directory->actionQueue()->sentCount(), sentBefore); // nothing sent
    QVERIFY(result.serverAccount);
    QVERIFY(sameMetadata(result.serverAccount->metadata, { { u"tier"_s, u"platinum"_s } }));
    QVERIFY(result.error.message.contains(u"platinum"_s));
    // The three versions: theirs (the change's after), the server's now, the one they started from.
    QVERIFY(sameMetadata(serverAccount(id.toString()).metadata, { { u"tier"_s, u"platinum"_s } }));
    QVERIFY(sameMetadata(rowAccount(id.toString()).metadata, { { u"tier"_s, u"platinum"_s } }));
    QVERIFY(!m_directory->store()->hasFailed(5));
    m_journal->flush();
    QVERIFY(AuditJournal::read(m_journal->path()).isEmpty()); // nothing sent, nothing to record
}

void TestAccountChanges::addingAUserReadsTheCountAgain()
{
    const AccountStore *store = m_directory->store();
    const AccountId id = store->accountId(7);
    const qint64 count = store->record(7).userCount;
    const QString user = u"usr_00000000000000000000000000000abc"_s;
    ActionResult result = run(AccountChange::addUser(id, user, count));
    QCOMPARE(result.outcome, ActionResult::Outcome::Succeeded);
    QCOMPARE(m_sandbox->server().isMember(id.toString(), user), std::optional<bool>(true));
    QCOMPARE(m_directory->store()->record(7).userCount, count + 1); // read again after the answer
    result = run(AccountChange::removeUser(id, user, count + 1));
    QCOMPARE(result.outcome, ActionResult::Outcome::Succeeded);
    QCOMPARE(m_sandbox->server().isMember(id.toString(), user), std::optional<bool>(false));
    QCOMPARE(m_directory->store()->record(7).userCount, count);
}

void TestAccountChanges::undoPutsBackAnEditAndIsJournalled()
{
    const AccountStore *store = m_directory->store();
    const AccountId id = store->accountId(9);
    const Account before = store->account(9);
    const AccountChange change = AccountChange::update(id, { before.name, before.metadata },
        { before.name + u" (old)"_s, MetadataPairs { { u"siteCode"_s, u"S-9"_s } } });
    QCOMPARE(run(change).outcome, ActionResult::Outcome::Succeeded);
    m_journal->flush();
    const AccountChange recorded = AuditJournal::read(m_journal->path()).last().accountChange();
    QCOMPARE(recorded, change);
    AccountChange undo = recorded.inverse();
    undo.setReason(u"Undo"_s);
    QCOMPARE(run(undo).outcome, ActionResult::Outcome::Succeeded);
    QCOMPARE(serverAccount(id.toString()).name, before.name);
    QVERIFY(sameMetadata(serverAccount(id.toString()).metadata, before.metadata));
    QCOMPARE(rowAccount(id.toString()).name, before.name);
}

void TestAccountChanges::undoIsRefusedAfterALaterChange()
{
    const AccountStore *store = m_directory->store();
    const AccountId id = store->accountId(11);
    const Account before = store->account(11);
    const AccountChange change
        = AccountChange::update(id, { before.name, std::nullopt }, { u"Changed by us"_s, std::nullopt });
    QCOMPARE(run(change).outcome, ActionResult::Outcome::Succeeded);
    QCOMPARE(m_sandbox->server().updateAccount(id.toString(), R"({"expressCustomerName":"Changed by them"})"_ba), 200);
    const quint64 sentBefore = m_directory->actionQueue()->sentCount();
    const ActionResult undo = run(change.inverse());
    QCOMPARE(undo.outcome, ActionResult::Outcome::Conflict);
    QVERIFY2(undo.error.message.contains(u"Changed by them"_s), qPrintable(undo.error.message));
    QCOMPARE(m_directory->actionQueue()->sentCount(), sentBefore);
    QCOMPARE(serverAccount(id.toString()).name, u"Changed by them"_s);

    // The same for a deactivation someone else has reversed meanwhile.
    QCOMPARE(run(AccountChange::setActive(id, false)).outcome, ActionResult::Outcome::Succeeded);
    QVERIFY(m_sandbox->server().setActive(id.toString(), true));
    QCOMPARE(run(AccountChange::setActive(id, false).inverse()).outcome, ActionResult::Outcome::Conflict);
}

void TestAccountChanges::aBulkEditGivesAResultPerAccount()
{
    const AccountStore *store = m_directory->store();
    QList<AccountChange> changes;
    for (qsizetype row = 20; row < 50; ++row) {
        const Account account = store->account(row);
        MetadataPairs metadata = account.metadata;
        metadata.removeIf([](const auto &pair) { return pair.first == u"region"_s; });
        metadata.append({ u"region"_s, u"EU"_s });
        changes.append(AccountChange::update(
            store->accountId(row), { std::nullopt, account.metadata }, { std::nullopt, metadata }));
    }
    SandboxFaults faults;
    faults.rateLimitPerSecond = 20;
    m_sandbox->server().setFaults(faults);
    BulkAction bulk(m_directory.get(), changes);
    QSignalSpy finished(&bulk, &BulkAction::finished);
    bulk.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(bulk.count(BulkAction::State::Changed), 30);
    for (const AccountChange &change : std::as_const(changes)) {
        const Account server = serverAccount(change.accountId().toString());
        QVERIFY(sameMetadata(server.metadata, *change.after().metadata));
    }
    QVERIFY(!bulk.changedChanges().isEmpty());
}

void TestAccountChanges::clearingTheMetadataSendsNull()
{
    const AccountStore *store = m_directory->store();
    qsizetype row = 0;
    while (row < store->size() && store->account(row).metadata.isEmpty())
        ++row;
    QVERIFY(row < store->size());
    const Account before = store->account(row);
    const ActionResult result = run(AccountChange::update(
        store->accountId(row), { std::nullopt, before.metadata }, { std::nullopt, MetadataPairs() }));
    QCOMPARE(result.outcome, ActionResult::Outcome::Succeeded);
    QVERIFY(serverAccount(before.id).metadata.isEmpty());
    QVERIFY(rowAccount(before.id).metadata.isEmpty());
    QCOMPARE(serverAccount(before.id).name, before.name); // only what was sent changed
}

void TestAccountChanges::aRefusalOfTheServerIsReportedWithItsReason()
{
    // What the dialog refuses before sending, sent anyway: the server's 422 and its words.
    const AccountStore *store = m_directory->store();
    const Account before = store->account(13);
    const ActionResult result
        = run(AccountChange::update(store->accountId(13), { before.name, std::nullopt }, { QString(), std::nullopt }));
    QCOMPARE(result.outcome, ActionResult::Outcome::Failed);
    QCOMPARE(result.error.kind, ApiError::Kind::UnprocessableEntity);
    QCOMPARE(result.httpStatus, 422);
    QVERIFY2(!result.error.message.isEmpty(), "the server's reason is kept");
    QCOMPARE(serverAccount(before.id).name, before.name);
    QCOMPARE(rowAccount(before.id).name, before.name);
    QVERIFY(m_directory->store()->hasFailed(13));
}

void TestAccountChanges::undoOfAnAddedUserRemovesIt()
{
    const AccountStore *store = m_directory->store();
    const AccountId id = store->accountId(15);
    const qint64 count = store->record(15).userCount;
    const QString user = u"usr_0000000000000000000000000000f00d"_s;
    const AccountChange added = AccountChange::addUser(id, user, count);
    QCOMPARE(run(added).outcome, ActionResult::Outcome::Succeeded);
    QCOMPARE(run(added.inverse()).outcome, ActionResult::Outcome::Succeeded);
    QCOMPARE(m_sandbox->server().isMember(id.toString(), user), std::optional<bool>(false));
    QCOMPARE(m_directory->store()->record(15).userCount, count);

    // Refused once someone else has changed the count since.
    QCOMPARE(run(added).outcome, ActionResult::Outcome::Succeeded);
    QCOMPARE(m_sandbox->server().addUser(id.toString(), u"usr_0000000000000000000000000000beef"_s), 200);
    const quint64 sentBefore = m_directory->actionQueue()->sentCount();
    QCOMPARE(run(added.inverse()).outcome, ActionResult::Outcome::Conflict);
    QCOMPARE(m_directory->actionQueue()->sentCount(), sentBefore);
    QCOMPARE(m_sandbox->server().isMember(id.toString(), user), std::optional<bool>(true));
}

void TestAccountChanges::hostileMetadataRoundTripsByteForByte()
{
    const QString hostile
        = u"<img src=x onerror=alert(1)>\u202eevil\u0007\t\u200b \U0001F469\u200D\u2695\uFE0F \\\"q\""_s;
    const QString longValue = QString(999, u'\u00e9') + u'!';
    const AccountStore *store = m_directory->store();
    const Account before = store->account(17);
    const MetadataPairs metadata { { hostile, hostile }, { u"long"_s, longValue } };
    const ActionResult result
        = run(AccountChange::update(store->accountId(17), { before.name, before.metadata }, { hostile, metadata }));
    QCOMPARE(result.outcome, ActionResult::Outcome::Succeeded);
    const Account server = serverAccount(before.id);
    QCOMPARE(server.name.toUtf8(), hostile.toUtf8());
    QVERIFY(sameMetadata(server.metadata, metadata));
    const Account shown = rowAccount(before.id);
    QCOMPARE(shown.name.toUtf8(), hostile.toUtf8());
    QVERIFY(sameMetadata(shown.metadata, metadata));
}

void TestAccountChanges::aBulkRemovalOfAKeyOverFiftyAccountsUnderARateLimit()
{
    // Fifty accounts get a key, then lose it again, under a rate limit the bulk must respect.
    const AccountStore *store = m_directory->store();
    QList<AccountChange> setKey;
    QList<AccountChange> removeKey;
    for (qsizetype row = 0; row < 50; ++row) {
        const Account account = store->account(row);
        MetadataPairs with = account.metadata;
        with.removeIf([](const auto &pair) { return pair.first == u"siteCode"_s; });
        MetadataPairs without = with;
        with.append({ u"siteCode"_s, u"S-"_s + QString::number(row) });
        setKey.append(
            AccountChange::update(store->accountId(row), { std::nullopt, account.metadata }, { std::nullopt, with }));
        removeKey.append(
            AccountChange::update(store->accountId(row), { std::nullopt, with }, { std::nullopt, without }));
    }
    const quint64 rateLimitedBefore = m_sandbox->server().faultCounts().rateLimited;
    SandboxFaults faults;
    faults.rateLimitPerSecond = 25;
    m_sandbox->server().setFaults(faults);
    for (const QList<AccountChange> &changes : { setKey, removeKey }) {
        BulkAction bulk(m_directory.get(), changes);
        QSignalSpy finished(&bulk, &BulkAction::finished);
        bulk.start();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(bulk.count(BulkAction::State::Changed), 50);
        for (const AccountChange &change : changes)
            QVERIFY(sameMetadata(serverAccount(change.accountId().toString()).metadata, *change.after().metadata));
    }
    QVERIFY2(m_sandbox->server().faultCounts().rateLimited > rateLimitedBefore, "the rate limit was never reached");
    m_sandbox->server().setFaults({});
    m_journal->flush();
    const QList<AuditRecord> records = AuditJournal::read(m_journal->path());
    // An intent and an outcome for each try; one succeeded outcome for each of the 100 edits
    // (an edit refused with 429 after its retries went back in line and was tried again).
    qsizetype succeeded = 0;
    for (const AuditRecord &record : records) {
        QVERIFY(record.description.contains(u"siteCode"_s));
        succeeded += record.outcome == AuditRecord::Outcome::Succeeded ? 1 : 0;
    }
    QCOMPARE(succeeded, 100);
}

QTEST_GUILESS_MAIN(TestAccountChanges)
#include "tst_accountchanges.moc"
