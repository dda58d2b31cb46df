// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QSignalSpy>
#include <QTest>

#include "core/api/apierror.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "tests/testkit/sandboxfixture.h"
#include "ui/accounts/accountlookup.h"

using namespace Qt::StringLiterals;

// AccountLookup against the sandbox: the selector stands for the page's table and accepts
// an account once it is in the store, as an unfiltered table would.
class TestAccountLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aLoadedIdIsSelectedWithoutARequest();
    void anIdNotLoadedIsFetchedThenSelectedOnce();
    void anIdTheServerDoesNotKnowIsSaidOnce();
    void anotherFailureIsLeftToTheCaller();
    void anIdOfTheOtherKindSaysWhichPageHasIt();
    void partOfAnIdSendsNothing();

private:
    /// Loads only `ids` into the directory, fetching each.
    void loadAccounts(const QStringList &ids);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AccountDirectory> m_directory;
    std::unique_ptr<AccountLookup> m_lookup;
    QStringList m_selected;
};

namespace
{
const QString unknownCustomerId = u"cus_0123456789abcdef0123456789abcdef"_s;
const QString organizationId = u"org_0123456789abcdef0123456789abcdef"_s;
} // namespace

void TestAccountLookup::initTestCase()
{
    SandboxOptions options;
    options.customers = 20;
    options.organizations = 0;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
}

void TestAccountLookup::init()
{
    m_lookup.reset();
    m_directory.reset();
    m_client = m_sandbox->makeClient();
    m_directory = std::make_unique<AccountDirectory>(m_client.get(), AccountKind::ExpressCustomer);
    m_selected.clear();
    const AccountStore *store = m_directory->store();
    m_lookup = std::make_unique<AccountLookup>(m_directory.get(), [this, store](const QString &id) {
        if (store->rowOf(id) < 0)
            return false;
        m_selected.append(id);
        return true;
    });
    // As the page does when rows arrive.
    connect(store, &AccountStore::rowsAppended, m_lookup.get(), &AccountLookup::selectIfArrived);
}

void TestAccountLookup::loadAccounts(const QStringList &ids)
{
    QSignalSpy refreshed(m_directory.get(), &AccountDirectory::refreshed);
    for (const QString &id : ids)
        m_directory->refresh(id);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), ids.size(), 20'000);
    m_selected.clear();
}

void TestAccountLookup::aLoadedIdIsSelectedWithoutARequest()
{
    const QString id = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).at(3);
    loadAccounts({ id });
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    QSignalSpy messages(m_lookup.get(), &AccountLookup::statusMessage);
    m_lookup->lookUpTyped(u"  "_s + id + u"\n"_s);
    QCOMPARE(m_selected, QStringList { id });
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore);
    QVERIFY(m_lookup->pendingId().isEmpty());
    QCOMPARE(messages.size(), 0);
}

void TestAccountLookup::anIdNotLoadedIsFetchedThenSelectedOnce()
{
    const QString id = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).at(7);
    QSignalSpy messages(m_lookup.get(), &AccountLookup::statusMessage);
    QSignalSpy found(m_lookup.get(), &AccountLookup::found);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    m_lookup->lookUpTyped(id);
    QCOMPARE(m_lookup->pendingId(), id);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(id));
    // The field read again (each keystroke does) sends no second request.
    m_lookup->lookUpTyped(id);
    QCOMPARE(messages.size(), 1);
    QVERIFY(found.wait(20'000));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).at(0).toString(), id);
    QCOMPARE(m_selected, QStringList { id });
    QVERIFY(m_lookup->pendingId().isEmpty());
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore + 1);
    // Later rows select nothing more.
    m_lookup->selectIfArrived();
    QCOMPARE(m_selected.size(), 1);
}

void TestAccountLookup::anIdTheServerDoesNotKnowIsSaidOnce()
{
    QSignalSpy failed(m_directory.get(), &AccountDirectory::refreshFailed);
    QSignalSpy missing(m_lookup.get(), &AccountLookup::missing);
    QSignalSpy messages(m_lookup.get(), &AccountLookup::statusMessage);
    connect(m_directory.get(), &AccountDirectory::refreshFailed, m_lookup.get(),
        [this](const QString &id, const ApiError &error) { QVERIFY(m_lookup->takeNotFound(id, error)); });
    m_lookup->fetchAndSelect(unknownCustomerId);
    QVERIFY(failed.wait(20'000));
    QCOMPARE(missing.size(), 1);
    QCOMPARE(
        missing.at(0).at(0).toString(), u"There is no Express customer %1 on this server."_s.arg(unknownCustomerId));
    // The status bar's "Looking up…" gives way to the outcome.
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.at(0).at(0).toString().startsWith(u"Looking up"_s));
    QCOMPARE(messages.at(1).at(0).toString(), missing.at(0).at(0).toString());
    QVERIFY(m_lookup->pendingId().isEmpty());
    QVERIFY(m_selected.isEmpty());
    // Said once: the same answer again is no longer this lookup's.
    ApiError notFound;
    notFound.kind = ApiError::Kind::NotFound;
    QVERIFY(!m_lookup->takeNotFound(unknownCustomerId, notFound));
}

void TestAccountLookup::anotherFailureIsLeftToTheCaller()
{
    m_lookup->fetchAndSelect(unknownCustomerId);
    ApiError serverError;
    serverError.kind = ApiError::Kind::Server;
    QVERIFY(!m_lookup->takeNotFound(unknownCustomerId, serverError));
    QCOMPARE(m_lookup->pendingId(), unknownCustomerId);
    ApiError notFound;
    notFound.kind = ApiError::Kind::NotFound;
    QVERIFY(!m_lookup->takeNotFound(m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).at(0), notFound));
    QCOMPARE(m_lookup->pendingId(), unknownCustomerId);
}

void TestAccountLookup::anIdOfTheOtherKindSaysWhichPageHasIt()
{
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    QSignalSpy messages(m_lookup.get(), &AccountLookup::statusMessage);
    m_lookup->lookUpTyped(organizationId);
    QCOMPARE(messages.size(), 1);
    const QString text = messages.at(0).at(0).toString();
    QVERIFY2(text.contains(u"organization id"_s) && text.contains(u"Ctrl+2"_s), qPrintable(text));
    QVERIFY(m_lookup->pendingId().isEmpty());
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore);
}

void TestAccountLookup::partOfAnIdSendsNothing()
{
    const QString id = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).at(2);
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    QSignalSpy messages(m_lookup.get(), &AccountLookup::statusMessage);
    for (const QString &text : QStringList { id.left(20), id + u"0"_s, u"cus_"_s, id.toUpper() })
        m_lookup->lookUpTyped(text);
    QCOMPARE(messages.size(), 0);
    QVERIFY(m_lookup->pendingId().isEmpty());
    QVERIFY(m_selected.isEmpty());
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore);
}

QTEST_GUILESS_MAIN(TestAccountLookup)
#include "tst_accountlookup.moc"
