// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "core/api/apiclient.h"
#include "core/services/actionqueue.h"
#include "core/services/audithistorymodel.h"
#include "core/services/auditjournal.h"
#include "tests/testkit/accountfactory.h"
#include "tests/testkit/cannedhttpserver.h"
#include "tests/testkit/manualclock.h"

using namespace Qt::StringLiterals;

class TestAuditJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void recordsReadBackAsWritten();
    void recordsAreStampedWithUtcTimeAndTheUser();
    void environmentNamesAreHostAndPort_data();
    void environmentNamesAreHostAndPort();
    void theIntentIsInTheFileBeforeTheRequestArrives();
    void recordsGivenWithoutWaitingAreReportedInOrderOnceOnDisk();
    void aRecordGivenWithoutWaitingThatCannotBeWrittenSaysWhy();
    void recordsStillWaitingAreWrittenWhenTheJournalCloses();
    void aJournalCutAtAnyByteKeepsEveryCompleteRecord();
    void damagedLinesAreSkippedAndReported();
    void theKeyIsNeverWritten_data();
    void theKeyIsNeverWritten();
    void anUnwritablePathFailsWithAReason();
    void theFileIsPrivateToTheUser();
    void aMissingFileIsAnEmptyJournal();
    void aJournalOfVersionOneStillOpensInTheHistory();
    void anEditIsRecordedWithItsDifference();

private:
    static AuditRecord intent(const QString &actionId, int n);
    static AuditRecord outcome(const AuditRecord &intent);
    static QByteArray contents(const QString &path);

    std::unique_ptr<QTemporaryDir> m_folder;
};

void TestAuditJournal::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
}

AuditRecord TestAuditJournal::intent(const QString &actionId, int n)
{
    AuditRecord record;
    record.type = AuditRecord::Type::Intent;
    record.actionId = actionId;
    record.environment = u"api.avara.example:443"_s;
    record.action = n % 2 ? AuditRecord::Action::Reactivate : AuditRecord::Action::Deactivate;
    record.kind = n % 3 ? AccountKind::ExpressCustomer : AccountKind::Organization;
    record.accountId = AccountFactory::id(record.kind, quint64(n));
    record.accountName = u"St. Mary's \"Radiology\" \u2013 \u05d0\u05d1 \U0001F3E5 line\nbreak\u2028%1"_s.arg(n);
    record.reason = n % 2 ? QString() : u"Ticket #%1: unpaid invoice"_s.arg(n);
    return record;
}

AuditRecord TestAuditJournal::outcome(const AuditRecord &intent)
{
    AuditRecord record = intent;
    record.type = AuditRecord::Type::Outcome;
    record.outcome = AuditRecord::Outcome::UnknownThenSucceeded;
    record.httpStatus = 503;
    record.attempts = 3;
    record.serverActive = intent.action == AuditRecord::Action::Reactivate;
    record.error = u"Service unavailable"_s;
    return record;
}

QByteArray TestAuditJournal::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAuditJournal::recordsReadBackAsWritten()
{
    const QString path = m_folder->filePath(u"nested/folder/audit.jsonl"_s);
    AuditJournal journal(path);
    QCOMPARE(journal.path(), path);
    QSignalSpy appended(&journal, &AuditJournal::appended);
    const AuditRecord first = intent(u"a-1"_s, 4);
    AuditRecord second = outcome(first);
    second.serverActive = std::nullopt;
    second.outcome = AuditRecord::Outcome::Unknown;
    const AuditRecord third = intent(u"a-2"_s, 3);
    QString error;
    for (const AuditRecord &record : { first, second, third })
        QVERIFY2(journal.append(record, &error), qPrintable(error));
    QCOMPARE(appended.size(), 3);

    const QList<AuditRecord> records = AuditJournal::read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 3);
    QCOMPARE(contents(path).count('\n'), 3); // one line each, whatever the text holds
    for (int i = 0; i < 3; ++i) {
        const AuditRecord &expected = i == 0 ? first : i == 1 ? second : third;
        const AuditRecord &read = records.at(i);
        QCOMPARE(read.type, expected.type);
        QCOMPARE(read.actionId, expected.actionId);
        QCOMPARE(read.environment, expected.environment);
        QCOMPARE(read.action, expected.action);
        QCOMPARE(read.kind, expected.kind);
        QCOMPARE(read.accountId, expected.accountId);
        QCOMPARE(read.accountName, expected.accountName);
        QCOMPARE(read.reason, expected.reason);
        QCOMPARE(read.outcome, expected.outcome);
        QCOMPARE(read.httpStatus, expected.httpStatus);
        QCOMPARE(read.attempts, expected.attempts);
        QCOMPARE(read.serverActive, expected.serverActive);
        QCOMPARE(read.error, expected.error);
        QCOMPARE(read.user, appended.at(i).at(0).value<AuditRecord>().user);
        QCOMPARE(read.time, appended.at(i).at(0).value<AuditRecord>().time);
    }
    const QJsonObject line = QJsonDocument::fromJson(contents(path).split('\n').at(1)).object();
    QCOMPARE(line.value(u"outcome"_s).toString(), u"unknown"_s);
    QVERIFY(line.value(u"serverActive"_s).isNull());
    QCOMPARE(line.value(u"action"_s).toString(), u"deactivate"_s);
}

void TestAuditJournal::recordsAreStampedWithUtcTimeAndTheUser()
{
    const QByteArray savedUser = qgetenv("USER");
    qputenv("USER", "audit-tester");
    const QString path = m_folder->filePath(u"audit.jsonl"_s);
    AuditJournal journal(path);
    qputenv("USER", savedUser);
    ManualClock clock(QDateTime(QDate(2024, 3, 15), QTime(14, 20, 5, 123), Qt::UTC));
    journal.setClock(&clock);
    QVERIFY(journal.append(intent(u"t-1"_s, 1)));
    AuditRecord given = intent(u"t-2"_s, 2);
    given.time = QDateTime(QDate(2024, 3, 15), QTime(16, 0, 0, 7), QTimeZone(3600));
    QVERIFY(journal.append(given));

    const QList<QByteArray> lines = contents(path).split('\n');
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(u"time"_s).toString(), u"2024-03-15T14:20:05.123Z"_s);
    QCOMPARE(first.value(u"user"_s).toString(), u"audit-tester"_s);
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(second.value(u"time"_s).toString(), u"2024-03-15T15:00:00.007Z"_s); // converted to UTC
    QCOMPARE(AuditJournal::read(path).at(0).time, clock.nowUtc());
}

void TestAuditJournal::environmentNamesAreHostAndPort_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("name");
    QTest::newRow("https without a port gets 443")
        << QUrl(u"https://api.avara.example"_s) << u"api.avara.example:443"_s;
    QTest::newRow("a local sandbox keeps its port") << QUrl(u"http://127.0.0.1:8787/"_s) << u"127.0.0.1:8787"_s;
    QTest::newRow("an explicit port is kept")
        << QUrl(u"https://staging.example:8443/v1"_s) << u"staging.example:8443"_s;
    QTest::newRow("http without a port gets 80") << QUrl(u"http://localhost"_s) << u"localhost:80"_s;
}

void TestAuditJournal::environmentNamesAreHostAndPort()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, name);
    QCOMPARE(AuditJournal::environmentName(baseUrl), name);
}

void TestAuditJournal::theIntentIsInTheFileBeforeTheRequestArrives()
{
    const QString path = m_folder->filePath(u"audit.jsonl"_s);
    Account account = AccountFactory::account(AccountKind::ExpressCustomer, 12, true);
    CannedHttpServer canned;
    // What the journal held each time a request reached the server.
    QList<QList<AuditRecord>> seen;
    canned.setHandler([&](const CannedHttpServer::Request &request) -> std::optional<CannedHttpServer::Response> {
        seen.append(AuditJournal::read(path));
        account.isActive = request.target.endsWith("/reactivate");
        return CannedHttpServer::Response { 200, QJsonDocument(AccountFactory::json(account)).toJson(),
            "application/json", {}, false };
    });
    ConnectionSettings settings;
    settings.baseUrl = canned.baseUrl();
    settings.apiKey = u"test-key"_s;
    settings.maxRetries = 0;
    ApiClient client(settings);
    ActionQueue queue(&client, AccountKind::ExpressCustomer);
    AuditJournal journal(path);
    queue.setAuditJournal(&journal);
    QCOMPARE(queue.auditJournal(), &journal);
    QSignalSpy idle(&queue, &ActionQueue::idle);
    queue.request(account.id, false);
    QVERIFY(idle.wait());
    queue.request(account.id, true);
    QVERIFY(idle.wait());

    QCOMPARE(seen.size(), 2);
    // First request: its intent, and nothing else, was already written.
    QCOMPARE(seen.at(0).size(), 1);
    QCOMPARE(seen.at(0).at(0).type, AuditRecord::Type::Intent);
    QCOMPARE(seen.at(0).at(0).action, AuditRecord::Action::Deactivate);
    QCOMPARE(seen.at(0).at(0).accountId, account.id);
    // Second: the first action's outcome and the second's intent.
    QCOMPARE(seen.at(1).size(), 3);
    QCOMPARE(seen.at(1).at(1).type, AuditRecord::Type::Outcome);
    QCOMPARE(seen.at(1).at(2).type, AuditRecord::Type::Intent);
    QCOMPARE(seen.at(1).at(2).action, AuditRecord::Action::Reactivate);
    // The last outcome is written on the journal's thread after the queue went idle.
    journal.flush();
    QCOMPARE(journal.pendingCount(), 0);
    const QList<AuditRecord> all = AuditJournal::read(path);
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(3).outcome, AuditRecord::Outcome::Succeeded);
    QCOMPARE(all.at(3).actionId, all.at(2).actionId);
    QVERIFY(all.at(0).actionId != all.at(2).actionId);
}

void TestAuditJournal::recordsGivenWithoutWaitingAreReportedInOrderOnceOnDisk()
{
    const QString path = m_folder->filePath(u"audit.jsonl"_s);
    AuditJournal journal(path);
    journal.addSecret(u"sk_async_SECRET"_s);
    QSignalSpy appended(&journal, &AuditJournal::appended);
    // For each report: the record's id, how many appended() had come, and what the file held then.
    QList<std::tuple<QString, qsizetype, QList<AuditRecord>>> reports;
    QObject context;
    for (int n = 0; n < 5; ++n) {
        AuditRecord record = intent(u"q-%1"_s.arg(n), n);
        record.reason = u"key sk_async_SECRET"_s;
        journal.appendAsync(record, &context, [&, n](bool written, const QString &error) {
            QVERIFY2(written, qPrintable(error));
            reports.append({ u"q-%1"_s.arg(n), appended.size(), AuditJournal::read(path) });
        });
    }
    QCOMPARE(reports.size(), 0); // nothing is reported before the event loop runs
    QTRY_COMPARE(reports.size(), 5);
    for (int n = 0; n < 5; ++n) {
        const auto &[actionId, appendedBefore, onDisk] = reports.at(n);
        QCOMPARE(actionId, u"q-%1"_s.arg(n));
        QCOMPARE(appendedBefore, qsizetype(n + 1)); // appended() comes first
        QVERIFY(onDisk.size() >= n + 1); // the record is in the file when it is reported
        QCOMPARE(onDisk.at(n).actionId, actionId);
        QCOMPARE(appended.at(n).at(0).value<AuditRecord>().actionId, actionId);
    }
    QCOMPARE(journal.pendingCount(), 0);
    QVERIFY(!contents(path).contains("SECRET"));

    // A callback whose context is gone is not run; the record is still written.
    bool ran = false;
    {
        QObject shortLived;
        journal.appendAsync(intent(u"q-gone"_s, 9), &shortLived, [&ran](bool, const QString &) { ran = true; });
    }
    journal.flush();
    QVERIFY(!ran);
    QCOMPARE(AuditJournal::read(path).constLast().actionId, u"q-gone"_s);
    QCOMPARE(appended.size(), 6);
}

void TestAuditJournal::aRecordGivenWithoutWaitingThatCannotBeWrittenSaysWhy()
{
    QFile blocker(m_folder->filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditJournal journal(m_folder->filePath(u"a-file/audit.jsonl"_s));
    QSignalSpy appended(&journal, &AuditJournal::appended);
    std::optional<std::pair<bool, QString>> result;
    journal.appendAsync(intent(u"f-1"_s, 1), &journal,
        [&result](bool written, const QString &error) { result = std::pair(written, error); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->first);
    QVERIFY(!result->second.isEmpty());
    QCOMPARE(appended.size(), 0);
}

void TestAuditJournal::recordsStillWaitingAreWrittenWhenTheJournalCloses()
{
    const QString path = m_folder->filePath(u"audit.jsonl"_s);
    {
        AuditJournal journal(path);
        for (int n = 0; n < 20; ++n)
            journal.appendAsync(intent(u"w-%1"_s.arg(n), n));
    }
    const QList<AuditRecord> records = AuditJournal::read(path);
    QCOMPARE(records.size(), 20);
    for (int n = 0; n < 20; ++n)
        QCOMPARE(records.at(n).actionId, u"w-%1"_s.arg(n));
}

void TestAuditJournal::aJournalCutAtAnyByteKeepsEveryCompleteRecord()
{
    const QString fullPath = m_folder->filePath(u"full.jsonl"_s);
    {
        AuditJournal journal(fullPath);
        for (int n = 0; n < 3; ++n)
            QVERIFY(journal.append(n == 1 ? outcome(intent(u"c-0"_s, 0)) : intent(u"c-%1"_s.arg(n), n)));
    }
    const QByteArray full = contents(fullPath);
    QCOMPARE(full.count('\n'), 3);

    // A process killed mid-write leaves the file cut anywhere.
    const QString path = m_folder->filePath(u"cut.jsonl"_s);
    for (qsizetype cut = 0; cut <= full.size(); ++cut) {
        const QByteArray kept = full.left(cut);
        // Removed rather than truncated: ext4 flushes a truncated-and-rewritten file on close.
        QFile::remove(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kept);
        file.close();

        QString error;
        const qsizetype complete = kept.count('\n');
        QCOMPARE(AuditJournal::read(path, &error).size(), complete);
        QVERIFY2(error.isEmpty(), qPrintable(error)); // a trailing partial line is expected, not damage

        // The next console run appends on a fresh line; nothing complete is lost. (Each
        // append syncs to disk: checked around every line end and at every 97th byte.)
        const qsizetype nextNewline = full.indexOf('\n', qMax<qsizetype>(0, cut - 2));
        if (cut % 97 != 0 && (nextNewline < 0 || nextNewline - cut > 1))
            continue;
        AuditJournal journal(path);
        QVERIFY(journal.append(intent(u"after-%1"_s.arg(cut), 7)));
        const QList<AuditRecord> records = AuditJournal::read(path, &error);
        const bool cutMidLine = !kept.isEmpty() && !kept.endsWith('\n');
        // Cut just before its newline, a record was whole: it is read again once a newline follows it.
        const bool cutBeforeNewline = cutMidLine && full.at(cut) == '\n';
        QCOMPARE(records.size(), complete + (cutBeforeNewline ? 2 : 1));
        QCOMPARE(records.last().actionId, u"after-%1"_s.arg(cut));
        // Otherwise the cut line is now a damaged one, and said so.
        QCOMPARE(error.isEmpty(), !cutMidLine || cutBeforeNewline);
    }
}

void TestAuditJournal::damagedLinesAreSkippedAndReported()
{
    const QString path = m_folder->filePath(u"audit.jsonl"_s);
    {
        AuditJournal journal(path);
        QVERIFY(journal.append(intent(u"d-1"_s, 1)));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("{\"type\":\"intent\",\"time\":\"not a time\"}\n\n garbage \n");
    file.close();
    {
        AuditJournal journal(path);
        QVERIFY(journal.append(intent(u"d-2"_s, 2)));
    }
    QString error;
    const QList<AuditRecord> records = AuditJournal::read(path, &error);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).actionId, u"d-2"_s);
    QVERIFY2(error.contains(u"2 damaged"_s) && error.contains(u"2, 4"_s), qPrintable(error));
}

void TestAuditJournal::theKeyIsNeverWritten_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("a plain key") << u"sk_live_SECRET_9f8e7d"_s;
    QTest::newRow("a key that JSON escapes") << u"key\"with\\quotes/and\u00e9"_s;
}

void TestAuditJournal::theKeyIsNeverWritten()
{
    QFETCH(QString, key);
    const QString path = m_folder->filePath(u"audit.jsonl"_s);
    AuditJournal journal(path);
    journal.addSecret(key);
    journal.addSecret(u"abc"_s); // too short to scrub without mangling ordinary text
    QSignalSpy appended(&journal, &AuditJournal::appended);
    AuditRecord record = outcome(intent(u"s-1"_s, 2));
    record.accountName = u"Echo "_s + key;
    record.reason = key + key;
    record.error = u"Proxy said: Authorization: Bearer "_s + key + u" and bearer other-token-123, abc"_s;
    record.environment = u"host:443 "_s + key;
    QVERIFY(journal.append(record));

    const QByteArray bytes = contents(path);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(key.toUtf8()));
    QVERIFY(!bytes.contains(
        QJsonDocument(QJsonObject { { u"k"_s, key } }).toJson(QJsonDocument::Compact).mid(6).chopped(2)));
    QVERIFY(!bytes.contains("other-token-123"));
    QVERIFY(!bytes.contains("SECRET"));
    const AuditRecord read = AuditJournal::read(path).at(0);
    QVERIFY(!read.accountName.contains(key));
    QVERIFY(read.error.endsWith(u", abc"_s));
    QVERIFY(read.error.contains(u"[redacted]"_s));
    QVERIFY(!appended.at(0).at(0).value<AuditRecord>().reason.contains(key));
}

void TestAuditJournal::anUnwritablePathFailsWithAReason()
{
    QFile blocker(m_folder->filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditJournal journal(m_folder->filePath(u"a-file/audit.jsonl"_s));
    QSignalSpy appended(&journal, &AuditJournal::appended);
    QString error;
    QVERIFY(!journal.append(intent(u"u-1"_s, 1), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(appended.size(), 0);
}

void TestAuditJournal::theFileIsPrivateToTheUser()
{
    const QString path = m_folder->filePath(u"audit.jsonl"_s);
    AuditJournal journal(path);
    QVERIFY(journal.append(intent(u"p-1"_s, 1)));
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(permissions & QFileDevice::WriteOwner);
    QVERIFY(!(permissions
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)));
}

void TestAuditJournal::aMissingFileIsAnEmptyJournal()
{
    QString error = u"stale"_s;
    QVERIFY(AuditJournal::read(m_folder->filePath(u"none.jsonl"_s), &error).isEmpty());
    QVERIFY(error.isEmpty());
    QVERIFY(AuditJournal::defaultPath().endsWith(u"/audit.jsonl"_s));
}

void TestAuditJournal::aJournalOfVersionOneStillOpensInTheHistory()
{
    // Lines exactly as the console wrote them before records carried a change.
    const QByteArray versionOne
        = R"({"accountId":"cus_0000000000000000000000000000002a","accountName":"Harbor Clinic","action":"deactivate",)"
          R"("actionId":"5b0f8f50-2f55-4a8a-9d0a-2d7d3c1f0a01","environment":"api.avarasoftware.com:443",)"
          R"("kind":"expressCustomer","reason":"Ticket 12","time":"2026-11-30T09:15:00.123Z","type":"intent",)"
          R"("user":"dana","v":1})"
          "\n"
          R"({"accountId":"cus_0000000000000000000000000000002a","accountName":"Harbor Clinic","action":"deactivate",)"
          R"("actionId":"5b0f8f50-2f55-4a8a-9d0a-2d7d3c1f0a01","attempts":1,"environment":"api.avarasoftware.com:443",)"
          R"("error":"","httpStatus":200,"kind":"expressCustomer","outcome":"succeeded","reason":"Ticket 12",)"
          R"("serverActive":false,"time":"2026-11-30T09:15:00.456Z","type":"outcome","user":"dana","v":1})"
          "\n";
    const QString path = m_folder->filePath(u"v1.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(versionOne);
    file.close();

    QString error;
    const QList<AuditRecord> records = AuditJournal::read(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).action, AuditRecord::Action::Deactivate);
    const AccountChange change = records.at(0).accountChange();
    QVERIFY(change.isValid());
    QCOMPARE(change.type(), AccountChange::Type::SetActive);
    QVERIFY(!change.wantedActive());
    QCOMPARE(change.reason(), u"Ticket 12"_s);

    AuditJournal journal(path);
    AuditHistoryModel history;
    QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    history.setJournal(&journal);
    QCOMPARE(history.rowCount(), 1);
    QCOMPARE(history.index(0, AuditHistoryModel::ActionColumn).data().toString(), u"Deactivate"_s);
    QVERIFY(history.index(0, AuditHistoryModel::OutcomeColumn).data().toString().startsWith(u"Succeeded"_s));
    QVERIFY(history.index(0, 0).data(AuditHistoryModel::UndoableRole).toBool());

    // A record of a version this console does not know is skipped, not misread.
    QVERIFY(!AuditRecord::fromJsonLine(QByteArray(versionOne.split('\n').first()).replace("\"v\":1", "\"v\":99")));
}

void TestAuditJournal::anEditIsRecordedWithItsDifference()
{
    const QString path = m_folder->filePath(u"edit.jsonl"_s);
    AuditJournal journal(path);
    journal.addSecret(u"sk_live_secret_key_0123456789"_s);
    const AccountId id = *AccountId::parse(AccountFactory::id(AccountKind::Organization, 7));
    AccountChange change = AccountChange::update(id, { u"Old"_s, MetadataPairs { { u"tier"_s, u"basic"_s } } },
        { u"New \u202e<b>"_s,
            MetadataPairs { { u"tier"_s, u"gold"_s }, { u"note"_s, u"sk_live_secret_key_0123456789"_s } } });
    change.setReason(u"Ticket 7"_s);
    AuditRecord record;
    record.actionId = u"a1"_s;
    record.action = AuditRecord::actionOf(change);
    record.kind = change.kind();
    record.accountId = id.toString();
    record.change = change.toJson();
    record.description = change.describe();
    record.reason = change.reason();
    QVERIFY(journal.append(record));
    const QByteArray bytes = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(!bytes.contains("sk_live_secret_key_0123456789"));
    const QList<AuditRecord> read = AuditJournal::read(path);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().action, AuditRecord::Action::Update);
    QVERIFY(read.first().description.contains(u"tier"_s));
    const AccountChange back = read.first().accountChange();
    QCOMPARE(back.after().name, change.after().name);
    QCOMPARE(back.before(), change.before());
    QCOMPARE(back.after().metadata->first(), change.after().metadata->first());
    QCOMPARE(back.after().metadata->last().second, u"[redacted]"_s);
}

QTEST_GUILESS_MAIN(TestAuditJournal)
#include "tst_auditjournal.moc"
