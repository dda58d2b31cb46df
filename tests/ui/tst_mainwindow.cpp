// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/models/accountfiltermodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/session.h"
#include "sandbox/sandboxserver.h"
#include "tests/testkit/consolefixture.h"
#include "ui/accounts/accountspage.h"
#include "ui/common/messagebar.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void theEnvironmentBandNamesTheServer_data();
    void theEnvironmentBandNamesTheServer();
    void bothKindsLoadFromTheSandbox();
    void aRejectedKeyAsksForANewOneAndThenLoads();
    void aServerWithoutOrganizationsSaysSoWithoutAnError();
    void shortcutsSwitchPagesAndFocusTheSearch();

private:
    /// The console on a sandbox made with `options`, its key `apiKey`; not waiting for the lists.
    [[nodiscard]] bool openConsole(const SandboxOptions &options, const QString &apiKey);

    std::unique_ptr<ConsoleFixture> m_console;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::cleanup()
{
    m_window = nullptr;
    m_console.reset();
}

bool TestMainWindow::openConsole(const SandboxOptions &options, const QString &apiKey)
{
    ConsoleFixture::Options console;
    console.sandbox = options;
    console.apiKey = apiKey;
    console.loads = false; // the tests wait for what they expect, a rejected key included
    m_console = std::make_unique<ConsoleFixture>(console);
    if (!m_console->start()) {
        qWarning("%s", qPrintable(m_console->failure()));
        return false;
    }
    m_window = m_console->window();
    return true;
}

void TestMainWindow::theEnvironmentBandNamesTheServer_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<bool>("builtInSandbox");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<QString>("expectedTitle");
    QTest::newRow("the built-in sandbox says SANDBOX")
        << QUrl(u"http://127.0.0.1:4010"_s) << true << u"SANDBOX"_s << u"Sandbox"_s;
    QTest::newRow("a loopback server says LOCAL SERVER")
        << QUrl(u"http://localhost:8080"_s) << false << u"LOCAL SERVER"_s << u"Local server"_s;
    QTest::newRow("a remote host says PRODUCTION") << QUrl(u"https://api.avarasoftware.com"_s) << false
                                                   << u"PRODUCTION"_s << u"PRODUCTION api.avarasoftware.com"_s;
}

void TestMainWindow::theEnvironmentBandNamesTheServer()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(bool, builtInSandbox);
    QFETCH(QString, expectedText);
    QFETCH(QString, expectedTitle);
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = u"unused"_s;
    Session session(settings, Environment::forBaseUrl(baseUrl, builtInSandbox));
    MainWindow window(&session);
    QVERIFY(window.environmentBand()->text().startsWith(expectedText));
    QVERIFY2(window.windowTitle().contains(expectedTitle), qPrintable(window.windowTitle()));
    QCOMPARE(window.environmentBand()->textFormat(), Qt::PlainText);
    const QColor production(0xb0, 0x1e, 0x1e);
    QCOMPARE(window.environmentBand()->styleSheet().contains(production.name()), expectedText == u"PRODUCTION"_s);
}

void TestMainWindow::bothKindsLoadFromTheSandbox()
{
    SandboxOptions options;
    options.customers = 120;
    options.organizations = 45;
    QVERIFY(openConsole(options, u"sandbox-key"_s));
    QTRY_COMPARE(m_window->page(AccountKind::ExpressCustomer)->filterModel()->rowCount(), 120);
    QTRY_COMPARE(m_window->page(AccountKind::Organization)->filterModel()->rowCount(), 45);
}

void TestMainWindow::aRejectedKeyAsksForANewOneAndThenLoads()
{
    SandboxOptions options;
    options.customers = 30;
    options.organizations = 10;
    options.apiKey = "the-right-key";
    QVERIFY(openConsole(options, u"a-wrong-key"_s));

    QTRY_VERIFY(m_window->apiKeyPrompt());
    QInputDialog *prompt = m_window->apiKeyPrompt();
    QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
    QSignalSpy replaced(m_window, &MainWindow::apiKeyReplaced);
    prompt->setTextValue(u"the-right-key"_s);
    prompt->accept();
    QCOMPARE(replaced.count(), 1);
    QTRY_COMPARE(m_window->page(AccountKind::ExpressCustomer)->filterModel()->rowCount(), 30);
    QTRY_COMPARE(m_window->page(AccountKind::Organization)->filterModel()->rowCount(), 10);
}

void TestMainWindow::aServerWithoutOrganizationsSaysSoWithoutAnError()
{
    SandboxOptions options;
    options.customers = 20;
    options.organizationsEnabled = false;
    QVERIFY(openConsole(options, u"sandbox-key"_s));

    AccountsPage *organizations = m_window->page(AccountKind::Organization);
    QTRY_VERIFY(!organizations->directory()->isAvailable());
    m_window->showPage(AccountKind::Organization);
    auto *unavailable = organizations->findChild<QLabel *>(u"unavailableLabel"_s);
    QVERIFY(unavailable);
    QTRY_VERIFY(unavailable->isVisible());
    QVERIFY(unavailable->text().contains(u"no organizations"_s));
    QVERIFY(!organizations->messageBar()->isVisible());
    QTRY_COMPARE(m_window->page(AccountKind::ExpressCustomer)->filterModel()->rowCount(), 20);
}

void TestMainWindow::shortcutsSwitchPagesAndFocusTheSearch()
{
    SandboxOptions options;
    options.customers = 5;
    options.organizations = 5;
    QVERIFY(openConsole(options, u"sandbox-key"_s));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));

    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), m_window->page(AccountKind::Organization));
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), m_window->page(AccountKind::ExpressCustomer));
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->currentPage()->searchField()->hasFocus());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
