// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>
#include <memory>

#include <QHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "core/services/auditjournal.h"
#include "tests/testkit/accountfactory.h"
#include "tests/testkit/cannedhttpserver.h"

using namespace Qt::StringLiterals;

namespace
{

constexpr AccountKind kind = AccountKind::ExpressCustomer;

// A small Avara server on CannedHttpServer: a few accounts, a log of what was asked
// ("deactivate 1", "retrieve 2", with the account's number), and a hook deciding each
// request's fate.
class FakeServer
{
public:
    struct Fate
    {
        enum Kind
        {
            Answer, // act and answer
            Drop, // close the connection without acting
            DropAfterActing, // act, then close without answering
            Status, // answer `status` without acting
            Hold, // act, answer when released
        };
        Kind kind = Answer;
        int status = 0;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    explicit FakeServer(int count)
    {
        for (int n = 0; n < count; ++n) {
            const Account account = AccountFactory::account(kind, quint64(n), true);
            m_accounts.insert(account.id, account);
        }
        canned.setHandler([this](const CannedHttpServer::Request &request) { return answer(request); });
    }

    static QString id(int n) { return AccountFactory::id(kind, quint64(n)); }
    bool isActive(int n) const { return m_accounts.value(id(n)).isActive; }
    void setActive(int n, bool active) { m_accounts[id(n)].isActive = active; }

    CannedHttpServer canned;
    QStringList log;
    std::function<Fate(const QString &what, int n)> fate = [](const QString &, int) { return Fate(); };

private:
    std::optional<CannedHttpServer::Response> answer(const CannedHttpServer::Request &request)
    {
        // /v1/express/<id>[/<action>]
        const QList<QByteArray> parts = request.target.split('/');
        const QString accountId = QString::fromLatin1(parts.value(3));
        const QString what = parts.size() > 4 ? QString::fromLatin1(parts.value(4)) : u"retrieve"_s;
        const int n = int(accountId.mid(4).toULongLong(nullptr, 16));
        log.append(what + u' ' + QString::number(n));
        const Fate fate = this->fate(what, n);
        const auto act = [&] {
            if (what == u"deactivate"_s)
                m_accounts[accountId].isActive = false;
            else if (what == u"reactivate"_s)
                m_accounts[accountId].isActive = true;
        };
        switch (fate.kind) {
        case Fate::Drop:
            return std::nullopt;
        case Fate::DropAfterActing:
            act();
            return std::nullopt;
        case Fate::Status:
            return CannedHttpServer::Response { fate.status, R"({"message": "injected"})"_ba, "application/json",
                fate.headers, false };
        case Fate::Answer:
        case Fate::Hold:
            break;
        }
        act();
        return CannedHttpServer::Response { 200,
            QJsonDocument(AccountFactory::json(m_accounts.value(accountId))).toJson(), "application/json", {},
            fate.kind == Fate::Hold };
    }

    QHash<QString, Account> m_accounts;
};

using Outcome = ActionResult::Outcome;

} // namespace

class TestActionQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rapidRequestsCoalesceToTheNewestIntent_data();
    void rapidRequestsCoalesceToTheNewestIntent();
    void actionsOnOneAccountRunOneAtATimeInOrder();
    void nothingIsSentWhenTheServerAlreadyHasTheWantedState();
    void anUnknownOutcomeIsReconciledBeforeTheNextAction_data();
    void anUnknownOutcomeIsReconciledBeforeTheNextAction();
    void aFailedCheckIsTriedAgain();
    void aDefiniteRefusalIsNotReconciled();
    void aServerErrorAfterRetriesIsReconciled();
    void readsSentBeforeAnActionReportedAreNotCurrent();
    void atMostMaxConcurrentActionsRunAtOnce();
    void a429PausesNewRequests();
    void aMalformedIdFailsWithoutSending();
    void anIntentThatCannotBeJournalledIsNotSent();
    void theJournalHoldsOneIntentAndOneOutcomePerAction();
    void nothingIsSentWhenTheJournalClosesBeforeConfirmingTheIntent();

private:
    ApiClient &client(int maxRetries = 0);
    ActionQueue &queue();

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ActionQueue> m_queue;
};

void TestActionQueue::init()
{
    m_server = std::make_unique<FakeServer>(8);
}

void TestActionQueue::cleanup()
{
    m_queue.reset();
    m_client.reset();
    m_server.reset();
}

ApiClient &TestActionQueue::client(int maxRetries)
{
    if (!m_client) {
        ConnectionSettings settings;
        settings.baseUrl = m_server->canned.baseUrl();
        settings.apiKey = u"test-key"_s;
        settings.maxRetries = maxRetries;
        settings.timeout = std::chrono::seconds(10);
        m_client = std::make_unique<ApiClient>(settings);
        m_client->setRandomSource([] { return 1.0; });
    }
    return *m_client;
}

ActionQueue &TestActionQueue::queue()
{
    if (!m_queue)
        m_queue = std::make_unique<ActionQueue>(&client(), kind);
    return *m_queue;
}

void TestActionQueue::rapidRequestsCoalesceToTheNewestIntent_data()
{
    QTest::addColumn<QList<bool>>("clicks"); // wanted states, all asked in one event-loop turn
    QTest::addColumn<QStringList>("sent");
    QTest::addColumn<QList<Outcome>>("outcomes"); // one per click, in ticket order
    QTest::addColumn<bool>("finalState");

    QTest::newRow("a double click sends the second after the first")
        << QList<bool> { false, true } << QStringList { u"deactivate 1"_s, u"reactivate 1"_s }
        << QList<Outcome> { Outcome::Succeeded, Outcome::Succeeded } << true;
    QTest::newRow("a triple click sends only the first, which is also the last")
        << QList<bool> { false, true, false } << QStringList { u"deactivate 1"_s }
        << QList<Outcome> { Outcome::Succeeded, Outcome::Superseded, Outcome::Succeeded } << false;
    QTest::newRow("four alternating clicks send the first and the last")
        << QList<bool> { false, true, false, true } << QStringList { u"deactivate 1"_s, u"reactivate 1"_s }
        << QList<Outcome> { Outcome::Succeeded, Outcome::Superseded, Outcome::Succeeded, Outcome::Succeeded } << true;
    QTest::newRow("the same click three times is sent once")
        << QList<bool> { false, false, false } << QStringList { u"deactivate 1"_s }
        << QList<Outcome> { Outcome::Succeeded, Outcome::Succeeded, Outcome::Succeeded } << false;
}

void TestActionQueue::rapidRequestsCoalesceToTheNewestIntent()
{
    QFETCH(QList<bool>, clicks);
    QFETCH(QStringList, sent);
    QFETCH(QList<Outcome>, outcomes);
    QFETCH(bool, finalState);

    ActionQueue &actions = queue();
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    QSignalSpy idle(&actions, &ActionQueue::idle);
    QList<quint64> tickets;
    for (const bool wanted : std::as_const(clicks))
        tickets.append(actions.request(FakeServer::id(1), wanted));
    QCOMPARE(actions.wantedState(FakeServer::id(1)), std::optional<bool>(clicks.last()));
    QVERIFY(idle.wait());

    QCOMPARE(m_server->log, sent);
    QCOMPARE(m_server->isActive(1), finalState);
    QCOMPARE(finished.size(), clicks.size()); // one result per request
    QHash<quint64, ActionResult> results;
    for (const auto &arguments : std::as_const(finished)) {
        const auto result = arguments.at(0).value<ActionResult>();
        QVERIFY(!results.contains(result.ticket));
        results.insert(result.ticket, result);
    }
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const ActionResult result = results.value(tickets.at(i));
        QCOMPARE(result.ticket, tickets.at(i));
        QCOMPARE(result.wantedActive, clicks.at(i));
        QCOMPARE(result.outcome, outcomes.at(i));
        if (result.outcome == Outcome::Succeeded)
            QCOMPARE(result.serverActive, std::optional<bool>(clicks.at(i)));
    }
    QVERIFY(actions.isIdle());
    QCOMPARE(actions.sentCount(), quint64(sent.size()));
}

void TestActionQueue::actionsOnOneAccountRunOneAtATimeInOrder()
{
    m_server->fate = [](const QString &what, int) {
        FakeServer::Fate fate;
        fate.kind = what == u"retrieve"_s ? FakeServer::Fate::Answer : FakeServer::Fate::Hold;
        return fate;
    };
    ActionQueue &actions = queue();
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    actions.request(FakeServer::id(2), false);
    QTRY_COMPARE(m_server->canned.heldCount(), 1);
    actions.request(FakeServer::id(2), true); // waits for the first
    actions.request(FakeServer::id(3), false); // another account does not
    QTRY_COMPARE(m_server->canned.heldCount(), 2);
    QCOMPARE(m_server->log, (QStringList { u"deactivate 2"_s, u"deactivate 3"_s }));
    QVERIFY(actions.isBusy(FakeServer::id(2)));
    QCOMPARE(actions.runningCount(), 2);

    m_server->canned.releaseHeld();
    QTRY_COMPARE(m_server->canned.heldCount(), 1); // the second action on account 2, sent after the first ended
    QCOMPARE(m_server->log.last(), u"reactivate 2"_s);
    QCOMPARE(finished.size(), 2);
    m_server->canned.releaseHeld();
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(actions.isIdle());
    QVERIFY(m_server->isActive(2));
    QVERIFY(!m_server->isActive(3));
}

void TestActionQueue::nothingIsSentWhenTheServerAlreadyHasTheWantedState()
{
    // The deactivation dies unanswered and was not acted on; the check reports the account
    // active, which is just what the waiting request wants: it is not sent.
    m_server->fate = [](const QString &what, int) {
        FakeServer::Fate fate;
        if (what == u"deactivate"_s)
            fate.kind = FakeServer::Fate::Drop;
        return fate;
    };
    ActionQueue &actions = queue();
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    QSignalSpy idle(&actions, &ActionQueue::idle);
    const quint64 first = actions.request(FakeServer::id(4), false);
    const quint64 second = actions.request(FakeServer::id(4), true);
    QVERIFY(idle.wait());
    QStringList log = m_server->log;
    log.removeDuplicates(); // Qt may resend a request whose connection closed unanswered
    QCOMPARE(log, (QStringList { u"deactivate 4"_s, u"retrieve 4"_s }));
    QCOMPARE(finished.size(), 2);
    const auto failed = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(failed.ticket, first);
    QCOMPARE(failed.outcome, Outcome::Failed);
    QVERIFY(failed.wasReconciled);
    const auto last = finished.at(1).at(0).value<ActionResult>();
    QCOMPARE(last.ticket, second);
    QCOMPARE(last.outcome, Outcome::Unchanged);
    QVERIFY(last.isDone());
    QCOMPARE(last.serverActive, std::optional<bool>(true));
    QVERIFY(m_server->isActive(4));
}

void TestActionQueue::anUnknownOutcomeIsReconciledBeforeTheNextAction_data()
{
    QTest::addColumn<bool>("serverActed");
    QTest::addColumn<QStringList>("sent");
    // Acted on: the check shows it inactive, so the waiting reactivation is needed and sent.
    QTest::newRow("the server acted before the connection died")
        << true << QStringList { u"deactivate 5"_s, u"retrieve 5"_s, u"reactivate 5"_s };
    // Not acted on: the check shows it active, which is what the waiting request wants.
    QTest::newRow("the server never acted") << false << QStringList { u"deactivate 5"_s, u"retrieve 5"_s };
}

void TestActionQueue::anUnknownOutcomeIsReconciledBeforeTheNextAction()
{
    QFETCH(bool, serverActed);
    QFETCH(QStringList, sent);
    m_server->fate = [&](const QString &what, int) {
        FakeServer::Fate fate;
        if (what == u"deactivate"_s)
            fate.kind = serverActed ? FakeServer::Fate::DropAfterActing : FakeServer::Fate::Drop;
        return fate;
    };
    ActionQueue &actions = queue();
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    QSignalSpy reported(&actions, &ActionQueue::accountReported);
    QSignalSpy idle(&actions, &ActionQueue::idle);
    actions.request(FakeServer::id(5), false);
    actions.request(FakeServer::id(5), true); // must wait for the check
    QVERIFY(idle.wait());

    // Qt may resend a request whose connection closed before any answer; the order is what counts.
    QStringList log = m_server->log;
    log.removeDuplicates();
    QCOMPARE(log, sent);
    QCOMPARE(finished.size(), 2);
    const auto first = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(first.wasReconciled, true);
    QCOMPARE(first.outcome, serverActed ? Outcome::Succeeded : Outcome::Failed);
    QCOMPARE(first.serverActive, std::optional<bool>(!serverActed));
    if (!serverActed)
        QVERIFY(first.error.isOutcomeUnknown());
    const auto second = finished.at(1).at(0).value<ActionResult>();
    QCOMPARE(second.outcome, serverActed ? Outcome::Succeeded : Outcome::Unchanged);
    QCOMPARE(reported.size(), serverActed ? 2 : 1); // the check's answer, then the reactivation's
    QVERIFY(m_server->isActive(5));
}

void TestActionQueue::aFailedCheckIsTriedAgain()
{
    int retrieves = 0;
    m_server->fate = [&](const QString &what, int) {
        FakeServer::Fate fate;
        if (what == u"deactivate"_s)
            fate.kind = FakeServer::Fate::DropAfterActing;
        else if (what == u"retrieve"_s && retrieves++ < 2)
            fate = { FakeServer::Fate::Status, 503, {} };
        return fate;
    };
    ActionQueue &actions = queue();
    actions.setReconcileTries(3, std::chrono::milliseconds(10));
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    actions.request(FakeServer::id(6), false);
    QVERIFY(finished.wait());
    const auto result = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(retrieves, 3);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QVERIFY(result.wasReconciled);

    // With too few tries the outcome stays unknown: Failed, no server state.
    retrieves = 0;
    m_server->setActive(7, true);
    actions.setReconcileTries(2, std::chrono::milliseconds(10));
    actions.request(FakeServer::id(7), false);
    QVERIFY(finished.wait());
    const auto unknown = finished.at(1).at(0).value<ActionResult>();
    QCOMPARE(retrieves, 2);
    QCOMPARE(unknown.outcome, Outcome::Failed);
    QVERIFY(!unknown.wasReconciled);
    QCOMPARE(unknown.serverActive, std::nullopt);
    QVERIFY(unknown.error.isOutcomeUnknown());
}

void TestActionQueue::aDefiniteRefusalIsNotReconciled()
{
    m_server->fate = [](const QString &, int) { return FakeServer::Fate { FakeServer::Fate::Status, 403, {} }; };
    ActionQueue &actions = queue();
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    actions.request(FakeServer::id(1), false);
    QVERIFY(finished.wait());
    const auto result = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.error.kind, ApiError::Kind::PermissionDenied);
    QCOMPARE(result.httpStatus, 403);
    QVERIFY(!result.wasReconciled);
    QCOMPARE(m_server->log, QStringList { u"deactivate 1"_s });
}

void TestActionQueue::aServerErrorAfterRetriesIsReconciled()
{
    // The first try dies after the server acted; the retries meet 500s. The last answer is
    // a clear error, but the account did change.
    int deactivations = 0;
    m_server->fate = [&](const QString &what, int) {
        FakeServer::Fate fate;
        if (what == u"deactivate"_s)
            fate = deactivations++ == 0 ? FakeServer::Fate { FakeServer::Fate::DropAfterActing, 0, {} }
                                        : FakeServer::Fate { FakeServer::Fate::Status, 500, {} };
        return fate;
    };
    client(1);
    ActionQueue &actions = queue();
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    actions.request(FakeServer::id(2), false);
    QVERIFY(finished.wait(10'000));
    const auto result = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(m_server->log.last(), u"retrieve 2"_s);
    QCOMPARE(result.outcome, Outcome::Succeeded);
    QVERIFY(result.wasReconciled);
    QCOMPARE(result.serverActive, std::optional<bool>(false));
}

void TestActionQueue::readsSentBeforeAnActionReportedAreNotCurrent()
{
    // The generations are the directory's (the one that sends reads), kept from what its
    // queue reports.
    AccountDirectory directory(&client(), kind);
    ActionQueue &actions = *directory.actionQueue();
    const QString id = FakeServer::id(3);
    const QString other = FakeServer::id(4);
    const quint64 before = directory.generation();
    QVERIFY(directory.isReadCurrent(id, before));

    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    actions.request(id, false);
    const quint64 whileRunning = directory.generation();
    QVERIFY(!directory.isReadCurrent(id, whileRunning)); // the action's answer will be newer
    QVERIFY(directory.isReadCurrent(other, before));
    QVERIFY(finished.wait());

    QVERIFY(!directory.isReadCurrent(id, before));
    QVERIFY(!directory.isReadCurrent(id, whileRunning));
    QVERIFY(directory.isReadCurrent(id, directory.generation()));
    QVERIFY(directory.isReadCurrent(other, before));
    QVERIFY(directory.generationOf(id) > whileRunning);

    // A read that wrote makes older reads of that account stale too.
    const quint64 stamp = directory.generation();
    directory.noteWrite(other);
    QVERIFY(!directory.isReadCurrent(other, stamp));
    QVERIFY(directory.isReadCurrent(other, directory.generation()));
}

void TestActionQueue::atMostMaxConcurrentActionsRunAtOnce()
{
    m_server->fate = [](const QString &, int) { return FakeServer::Fate { FakeServer::Fate::Hold, 0, {} }; };
    ActionQueue &actions = queue();
    QCOMPARE(actions.maxConcurrent(), ActionQueue::defaultMaxConcurrent);
    actions.setMaxConcurrent(2);
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    for (int n = 0; n < 5; ++n)
        actions.request(FakeServer::id(n), false);
    QCOMPARE(actions.runningCount(), 2);
    QCOMPARE(actions.waitingCount(), 3);
    QTRY_COMPARE(m_server->canned.heldCount(), 2);
    QCOMPARE(m_server->log, (QStringList { u"deactivate 0"_s, u"deactivate 1"_s }));

    m_server->canned.releaseHeld();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(actions.runningCount(), 2);
    QCOMPARE(actions.waitingCount(), 1);
    QTRY_COMPARE(m_server->canned.heldCount(), 2);
    QCOMPARE(m_server->log.mid(2), (QStringList { u"deactivate 2"_s, u"deactivate 3"_s }));

    actions.setMaxConcurrent(3); // takes effect at once
    QCOMPARE(actions.runningCount(), 3);
    QTRY_COMPARE(m_server->canned.heldCount(), 3);
    m_server->canned.releaseHeld();
    QTRY_COMPARE(finished.size(), 5);
    QVERIFY(actions.isIdle());
    for (int n = 0; n < 5; ++n)
        QVERIFY(!m_server->isActive(n));
}

void TestActionQueue::a429PausesNewRequests()
{
    m_server->fate = [](const QString &, int n) {
        if (n == 0)
            return FakeServer::Fate { FakeServer::Fate::Status, 429, { { "retry-after-ms", "400" } } };
        return FakeServer::Fate();
    };
    ActionQueue &actions = queue();
    actions.setMaxConcurrent(1);
    bool pausedWhenRefused = false;
    int waitingWhenRefused = -1;
    connect(&actions, &ActionQueue::actionFinished, this, [&](const ActionResult &result) {
        if (result.accountId == FakeServer::id(0)) {
            pausedWhenRefused = actions.isPaused();
            waitingWhenRefused = actions.waitingCount();
        }
    });
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    actions.request(FakeServer::id(0), false);
    actions.request(FakeServer::id(1), false);
    QTRY_COMPARE(finished.size(), 1);
    const auto refused = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(refused.error.kind, ApiError::Kind::RateLimited);
    QVERIFY(pausedWhenRefused);
    QCOMPARE(waitingWhenRefused, 1); // the slot is free, but the pause holds the next request back
    QCOMPARE(m_server->log, QStringList { u"deactivate 0"_s });
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY(!actions.isPaused());
    QCOMPARE(m_server->log.last(), u"deactivate 1"_s);
}

void TestActionQueue::aMalformedIdFailsWithoutSending()
{
    ActionQueue &actions = queue();
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    const quint64 ticket = actions.request(u"cus_../../v1/orgs"_s, false);
    QCOMPARE(finished.size(), 0); // never before the caller has its ticket
    QVERIFY(finished.wait());
    const auto result = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(result.ticket, ticket);
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidId);
    QVERIFY(m_server->log.isEmpty());
    QVERIFY(actions.isIdle());
}

void TestActionQueue::anIntentThatCannotBeJournalledIsNotSent()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile blocker(folder.filePath(u"not-a-folder"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditJournal journal(folder.filePath(u"not-a-folder/audit.jsonl"_s));
    ActionQueue &actions = queue();
    actions.setAuditJournal(&journal);
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    QSignalSpy idle(&actions, &ActionQueue::idle);
    const quint64 ticket = actions.request(FakeServer::id(1), false);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait());
    const auto result = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(result.ticket, ticket);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.error.kind, ApiError::Kind::NotRecorded);
    QVERIFY(!result.error.message.isEmpty());
    QCOMPARE(idle.size(), 1);
    QVERIFY(m_server->log.isEmpty());
    QVERIFY(m_server->isActive(1));
}

void TestActionQueue::theJournalHoldsOneIntentAndOneOutcomePerAction()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"audit.jsonl"_s);
    AuditJournal journal(path);
    ActionQueue &actions = queue();
    actions.setAuditJournal(&journal);
    actions.setNameLookup([](const QString &id) -> QString { return u"Name of "_s + id.right(2); });
    m_server->fate = [](const QString &what, int n) {
        FakeServer::Fate fate;
        if (n == 2 && what != u"retrieve"_s)
            fate.kind = FakeServer::Fate::DropAfterActing;
        else if (n == 3)
            fate = { FakeServer::Fate::Status, 404, {} };
        return fate;
    };
    QSignalSpy idle(&actions, &ActionQueue::idle);
    actions.request(FakeServer::id(1), false, u"Asked by the clinic"_s);
    actions.request(FakeServer::id(1), true); // superseded by the next: never sent, never journalled
    actions.request(FakeServer::id(1), false);
    actions.request(FakeServer::id(2), false);
    actions.request(FakeServer::id(3), false);
    QVERIFY(idle.wait());
    journal.flush(); // the last outcomes are written on the journal's thread

    QString error;
    const QList<AuditRecord> records = AuditJournal::read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 6);
    QHash<QString, QList<AuditRecord>> byAction;
    for (const AuditRecord &record : records)
        byAction[record.actionId].append(record);
    QCOMPARE(byAction.size(), 3);
    QHash<QString, AuditRecord> outcomes;
    for (const auto &pair : std::as_const(byAction)) {
        QCOMPARE(pair.size(), 2);
        QCOMPARE(pair.at(0).type, AuditRecord::Type::Intent);
        QCOMPARE(pair.at(1).type, AuditRecord::Type::Outcome);
        QCOMPARE(pair.at(0).accountId, pair.at(1).accountId);
        QCOMPARE(pair.at(0).action, AuditRecord::Action::Deactivate);
        QVERIFY(pair.at(0).time <= pair.at(1).time);
        QCOMPARE(pair.at(0).environment, AuditJournal::environmentName(m_server->canned.baseUrl()));
        outcomes.insert(pair.at(1).accountId, pair.at(1));
    }
    const AuditRecord first = outcomes.value(FakeServer::id(1));
    QCOMPARE(first.outcome, AuditRecord::Outcome::Succeeded);
    QCOMPARE(first.reason, u"Asked by the clinic"_s);
    QCOMPARE(first.accountName, u"Name of 01"_s);
    QCOMPARE(first.httpStatus, 200);
    QCOMPARE(first.serverActive, std::optional<bool>(false));
    QCOMPARE(outcomes.value(FakeServer::id(2)).outcome, AuditRecord::Outcome::UnknownThenSucceeded);
    const AuditRecord refused = outcomes.value(FakeServer::id(3));
    QCOMPARE(refused.outcome, AuditRecord::Outcome::Failed);
    QCOMPARE(refused.httpStatus, 404);
    QCOMPARE(refused.serverActive, std::nullopt);
    QVERIFY(!refused.error.isEmpty());
}

void TestActionQueue::nothingIsSentWhenTheJournalClosesBeforeConfirmingTheIntent()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    auto journal = std::make_unique<AuditJournal>(folder.filePath(u"audit.jsonl"_s));
    ActionQueue &actions = queue();
    actions.setAuditJournal(journal.get());
    QSignalSpy finished(&actions, &ActionQueue::actionFinished);
    QSignalSpy idle(&actions, &ActionQueue::idle);
    const quint64 ticket = actions.request(FakeServer::id(1), false);
    QVERIFY(actions.isBusy(FakeServer::id(1)));
    // Closed before the event loop could deliver the journal's confirmation.
    journal.reset();
    QVERIFY(actions.auditJournal() == nullptr);
    QTRY_COMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<ActionResult>();
    QCOMPARE(result.ticket, ticket);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.error.kind, ApiError::Kind::NotRecorded);
    QCOMPARE(idle.size(), 1);
    QCOMPARE(actions.sentCount(), quint64(0));
    QVERIFY(m_server->log.isEmpty());
    QVERIFY(m_server->isActive(1));
}

QTEST_GUILESS_MAIN(TestActionQueue)
#include "tst_actionqueue.moc"
