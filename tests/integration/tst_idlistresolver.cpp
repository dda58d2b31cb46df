// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QSignalSpy>
#include <QTest>

#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/idlistresolver.h"
#include "tests/testkit/sandboxfixture.h"

using namespace Qt::StringLiterals;

class TestIdListResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void idsNotLoadedAreFetchedAndUnknownOnesNamed();
    void aListOfLoadedIdsSendsNothing();
    void aFailingServerIsReportedPerId();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

namespace
{
const QString unknownId = u"cus_0123456789abcdef0123456789abcdef"_s;
} // namespace

void TestIdListResolver::initTestCase()
{
    SandboxOptions options;
    options.customers = 40;
    options.organizations = 0;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
}

void TestIdListResolver::idsNotLoadedAreFetchedAndUnknownOnesNamed()
{
    m_sandbox->server().setFaults({});
    const QStringList known = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).mid(5, 3);
    auto client = m_sandbox->makeClient();
    AccountDirectory directory(client.get(), AccountKind::ExpressCustomer); // nothing loaded
    IdListResolver resolver(&directory, { known.at(0), unknownId, known.at(1), known.at(0), known.at(2) });
    QCOMPARE(resolver.accountIds().size(), 4);
    QSignalSpy finished(&resolver, &IdListResolver::finished);
    resolver.start();
    QVERIFY(!resolver.isFinished());
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(resolver.isFinished());
    QCOMPARE(resolver.foundIds(), known);
    QCOMPARE(resolver.unknownIds(), QStringList { unknownId });
    QVERIFY(resolver.failures().isEmpty());
    QCOMPARE(directory.store()->size(), 3);
    for (const QString &id : known) {
        const qsizetype row = directory.store()->rowOf(id);
        QVERIFY(!directory.store()->name(row).isEmpty());
        QCOMPARE(std::optional<bool>(directory.store()->record(row).isActive()), m_sandbox->server().isActive(id));
    }
}

void TestIdListResolver::aListOfLoadedIdsSendsNothing()
{
    m_sandbox->server().setFaults({});
    auto client = m_sandbox->makeClient();
    AccountDirectory directory(client.get(), AccountKind::ExpressCustomer);
    QSignalSpy loaded(&directory, &AccountDirectory::loadFinished);
    directory.reload();
    QVERIFY(loaded.wait(20'000));
    const quint64 requestsBefore = m_sandbox->server().requestCount();
    const QStringList ids = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).mid(0, 10);
    IdListResolver resolver(&directory, ids);
    QSignalSpy finished(&resolver, &IdListResolver::finished);
    resolver.start();
    QVERIFY(finished.wait());
    QCOMPARE(resolver.foundIds(), ids);
    QVERIFY(resolver.unknownIds().isEmpty());
    QCOMPARE(m_sandbox->server().requestCount(), requestsBefore);
}

void TestIdListResolver::aFailingServerIsReportedPerId()
{
    SandboxFaults failing;
    failing.serverErrorRate = 1.0;
    m_sandbox->server().setFaults(failing);
    auto client = m_sandbox->makeClient();
    AccountDirectory directory(client.get(), AccountKind::ExpressCustomer);
    const QString id = m_sandbox->server().accountIds(SandboxKind::ExpressCustomer).at(1);
    IdListResolver resolver(&directory, { id });
    QSignalSpy finished(&resolver, &IdListResolver::finished);
    resolver.start();
    QVERIFY(finished.wait(30'000));
    QVERIFY(resolver.foundIds().isEmpty());
    QVERIFY(resolver.unknownIds().isEmpty());
    QCOMPARE(resolver.failures().keys(), QStringList { id });
    QVERIFY(resolver.failures().value(id).kind != ApiError::Kind::NotFound);
    m_sandbox->server().setFaults({});
}

QTEST_GUILESS_MAIN(TestIdListResolver)
#include "tst_idlistresolver.moc"
