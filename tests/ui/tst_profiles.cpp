// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/api/apiclient.h"
#include "core/domain/consolelink.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/services/accountdirectory.h"
#include "core/services/actionqueue.h"
#include "core/services/auditjournal.h"
#include "core/services/connectionprofiles.h"
#include "core/services/savedviews.h"
#include "core/services/session.h"
#include "tests/testkit/inmemorycredentialstore.h"
#include "tests/testkit/sandboxfixture.h"
#include "ui/accounts/accountspage.h"
#include "ui/connect/profilesdialog.h"
#include "ui/connect/profileswitcher.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

namespace
{
const QString alphaColor = u"#2e7d32"_s;
const QString betaColor = u"#6a3d9a"_s;

SandboxOptions sandboxOptions(const QByteArray &apiKey, int customers, int organizations, quint64 seed)
{
    SandboxOptions options;
    options.apiKey = apiKey;
    options.customers = customers;
    options.organizations = organizations;
    options.seed = seed;
    return options;
}
} // namespace

// Two in-process sandboxes with different keys stand for Production and Staging: a page
// that loads from one of them proves the client carried that server's key (any other key
// is answered 401).
class TestProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void profileSwitchChangesHostKeyAndColour();
    void theShortcutFocusesTheSwitcher();
    void aProfileWhoseKeyIsMissingAsksForIt();
    void theAuditJournalStaysAttachedAcrossASwitch();
    void theManageDialogSavesAProfileWithoutItsKeyInTheSettingsFile();
    void editingTheCurrentProfileRecoloursTheBand();
    void aSwitchDuringAnActionAsksFirst_data();
    void aSwitchDuringAnActionAsksFirst();
    void aViewLinkToAnotherProfileAsksFirst_data();
    void aViewLinkToAnotherProfileAsksFirst();
    void theBandKeepsItsMeaningWhateverTheColour_data();
    void theBandKeepsItsMeaningWhateverTheColour();

private:
    void openWindow();
    void saveKey(const QString &keyAccount, const QString &key);
    void chooseInCombo(int steps);
    void pickFromPopup(const QString &text);
    qsizetype customers() const;
    qsizetype organizations() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_alpha;
    std::unique_ptr<SandboxFixture> m_beta;
    std::unique_ptr<ConnectionProfiles> m_profiles;
    std::unique_ptr<InMemoryCredentialStore> m_credentials;
    std::unique_ptr<SessionHost> m_sessions;
    std::unique_ptr<MainWindow> m_window;
    ProfileSwitcher *m_switcher = nullptr;
};

void TestProfiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_alpha = std::make_unique<SandboxFixture>(sandboxOptions("alpha-key", 15, 4, 1));
    m_beta = std::make_unique<SandboxFixture>(sandboxOptions("beta-key", 25, 6, 2));
    QVERIFY(m_alpha->isListening());
    QVERIFY(m_beta->isListening());
    QVERIFY(m_alpha->baseUrl().port() != m_beta->baseUrl().port());
    m_profiles = std::make_unique<ConnectionProfiles>(m_dir->filePath(u"settings.ini"_s));
    m_credentials = std::make_unique<InMemoryCredentialStore>();

    ConnectionProfile alpha;
    alpha.name = u"Alpha"_s;
    alpha.baseUrl = m_alpha->baseUrl();
    alpha.color = alphaColor;
    ConnectionProfile beta;
    beta.name = u"Beta"_s;
    beta.baseUrl = m_beta->baseUrl();
    beta.color = betaColor;
    const auto savedAlpha = m_profiles->save(alpha);
    const auto savedBeta = m_profiles->save(beta);
    QVERIFY(savedAlpha && savedBeta);
    saveKey(savedAlpha->keyAccount, u"alpha-key"_s);
    saveKey(savedBeta->keyAccount, u"beta-key"_s);
}

void TestProfiles::cleanup()
{
    m_window.reset();
    m_sessions.reset();
    m_credentials.reset();
    m_profiles.reset();
    m_beta.reset();
    m_alpha.reset();
    m_dir.reset();
}

void TestProfiles::saveKey(const QString &keyAccount, const QString &key)
{
    bool written = false;
    m_credentials->writeKey(keyAccount, key, [&written](const QString &error) { written = error.isEmpty(); });
    QTRY_VERIFY(written);
}

void TestProfiles::openWindow()
{
    const ConnectionProfile alpha = *m_profiles->profile(u"Alpha"_s);
    m_sessions = std::make_unique<SessionHost>();
    Session *session
        = m_sessions->open(m_alpha->settings(), Environment::forProfile(alpha.name, alpha.baseUrl, alpha.color));
    m_window = std::make_unique<MainWindow>(session);
    connect(m_sessions.get(), &SessionHost::sessionChanged, m_window.get(), &MainWindow::setSession);
    m_switcher = new ProfileSwitcher(m_profiles.get(), m_credentials.get(), m_sessions.get(), m_window.get());
    m_switcher->setCurrent(u"Alpha"_s);
    m_window->setConnectionSwitcher(m_switcher, m_switcher->comboBox());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->loadAll();
    QTRY_COMPARE(customers(), 15);
    QTRY_COMPARE(organizations(), 4);
}

// Moves the combo's selection with the arrow keys, as a keyboard user does.
void TestProfiles::chooseInCombo(int steps)
{
    QComboBox *combo = m_switcher->comboBox();
    combo->setFocus();
    for (int i = 0; i < qAbs(steps); ++i)
        QTest::keyClick(combo, steps > 0 ? Qt::Key_Down : Qt::Key_Up);
}

// Opens the combo's list and picks an entry with the keyboard, as after Alt+Down.
void TestProfiles::pickFromPopup(const QString &text)
{
    QComboBox *combo = m_switcher->comboBox();
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setFocus();
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    QTRY_VERIFY(view->isVisible());
    view->setCurrentIndex(combo->model()->index(index, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!view->isVisible());
}

qsizetype TestProfiles::customers() const
{
    return m_window->page(AccountKind::ExpressCustomer)->filterModel()->rowCount();
}

qsizetype TestProfiles::organizations() const
{
    return m_window->page(AccountKind::Organization)->filterModel()->rowCount();
}

void TestProfiles::profileSwitchChangesHostKeyAndColour()
{
    openWindow();
    QComboBox *combo = m_switcher->comboBox();
    QCOMPARE(combo->currentText(), u"Alpha"_s);
    QVERIFY(!combo->accessibleName().isEmpty());
    QCOMPARE(combo->itemText(combo->count() - 1), u"Manage profiles\u2026"_s);
    QVERIFY(m_window->environmentBand()->text().contains(u"Alpha"_s));
    QVERIFY(m_window->environmentBand()->styleSheet().contains(alphaColor));
    m_window->showPage(AccountKind::Organization);

    QSignalSpy switched(m_switcher, &ProfileSwitcher::switched);
    chooseInCombo(+1);
    QTRY_COMPARE(switched.count(), 1);
    QCOMPARE(switched.at(0).at(0).toString(), u"Beta"_s);
    QCOMPARE(m_window->session()->client()->settings().baseUrl, m_beta->baseUrl());
    QCOMPARE(m_window->session()->client()->settings().apiKey, u"beta-key"_s);
    // Only the right key loads: the sandbox answers any other with 401.
    QTRY_COMPARE(customers(), 25);
    QTRY_COMPARE(organizations(), 6);
    QCOMPARE(m_window->currentPage(), m_window->page(AccountKind::Organization));
    QVERIFY(!m_window->apiKeyPrompt());
    const QString betaHost = m_beta->baseUrl().host() + u':' + QString::number(m_beta->baseUrl().port());
    QVERIFY2(m_window->environmentBand()->text().contains(u"Beta \u2014 "_s + betaHost),
        qPrintable(m_window->environmentBand()->text()));
    QVERIFY(m_window->environmentBand()->styleSheet().contains(betaColor));
    QVERIFY(!m_window->environmentBand()->styleSheet().contains(alphaColor));
    QVERIFY(m_window->windowTitle().contains(u"Beta"_s));
    QCOMPARE(combo->currentText(), u"Beta"_s);
    QCOMPARE(m_profiles->currentName(), u"Beta"_s);

    chooseInCombo(-1);
    QTRY_COMPARE(switched.count(), 2);
    QCOMPARE(m_window->session()->client()->settings().baseUrl, m_alpha->baseUrl());
    QTRY_COMPARE(customers(), 15);
    QTRY_COMPARE(organizations(), 4);
    QVERIFY(m_window->environmentBand()->text().contains(u"Alpha"_s));
    QVERIFY(m_window->environmentBand()->styleSheet().contains(alphaColor));
    QCOMPARE(m_profiles->currentName(), u"Alpha"_s);
}

void TestProfiles::theShortcutFocusesTheSwitcher()
{
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->currentPage()->focusSearch();
    QTRY_VERIFY(!m_switcher->comboBox()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_switcher->comboBox()->hasFocus());
}

void TestProfiles::aProfileWhoseKeyIsMissingAsksForIt()
{
    ConnectionProfile gamma;
    gamma.name = u"Gamma"_s;
    gamma.baseUrl = m_beta->baseUrl();
    const auto saved = m_profiles->save(gamma);
    QVERIFY(saved);
    openWindow();

    pickFromPopup(u"Gamma"_s);
    QTRY_VERIFY(m_switcher->keyPrompt());
    QInputDialog *prompt = m_switcher->keyPrompt();
    QCOMPARE(prompt->textEchoMode(), QLineEdit::Password);
    QVERIFY(prompt->labelText().contains(u"Gamma"_s));
    // Cancelling leaves the window, and the switcher, on the connection it had.
    prompt->reject();
    QTRY_VERIFY(!m_switcher->keyPrompt());
    QTRY_COMPARE(m_switcher->comboBox()->currentText(), u"Alpha"_s);
    QCOMPARE(m_window->session()->client()->settings().baseUrl, m_alpha->baseUrl());

    pickFromPopup(u"Gamma"_s);
    QTRY_VERIFY(m_switcher->keyPrompt());
    prompt = m_switcher->keyPrompt();
    QCOMPARE(m_window->session()->client()->settings().baseUrl, m_alpha->baseUrl());
    prompt->setTextValue(u"beta-key"_s);
    prompt->accept();
    QTRY_COMPARE(m_window->session()->client()->settings().baseUrl, m_beta->baseUrl());
    QTRY_COMPARE(customers(), 25);
    QCOMPARE(m_switcher->currentName(), u"Gamma"_s);

    std::optional<QString> stored;
    m_credentials->readKey(saved->keyAccount, [&stored](std::optional<QString> key, const QString &) { stored = key; });
    QTRY_COMPARE(stored, std::optional<QString>(u"beta-key"_s));
}

void TestProfiles::theAuditJournalStaysAttachedAcrossASwitch()
{
    openWindow();
    AuditJournal journal(m_dir->filePath(u"audit.jsonl"_s));
    // As the composition root does: the host binds every session it opens to the journal.
    m_sessions->setAuditJournal(&journal);
    m_window->setAuditJournal(&journal);
    QSignalSpy appended(&journal, &AuditJournal::appended);

    m_switcher->switchTo(u"Beta"_s);
    QTRY_COMPARE(customers(), 25);
    AccountDirectory *directory = m_window->page(AccountKind::ExpressCustomer)->directory();
    QCOMPARE(directory->client(), m_window->session()->client());
    const QString id = directory->store()->id(0);
    QSignalSpy succeeded(directory, &AccountDirectory::actionSucceeded);
    QVERIFY(directory->setActive(id, false));
    QTRY_COMPARE(succeeded.count(), 1);
    QTRY_VERIFY(appended.count() >= 2);
    const auto record = appended.constFirst().at(0).value<AuditRecord>();
    QCOMPARE(record.accountId, id);
    QCOMPARE(record.environment, AuditJournal::environmentName(m_beta->baseUrl()));
    QVERIFY(m_window->showHistory());
}

void TestProfiles::theManageDialogSavesAProfileWithoutItsKeyInTheSettingsFile()
{
    openWindow();
    const int before = m_switcher->comboBox()->count();
    pickFromPopup(u"Manage profiles\u2026"_s);
    QTRY_VERIFY(m_switcher->profilesDialog());
    ProfilesDialog *dialog = m_switcher->profilesDialog();
    QCOMPARE(m_switcher->comboBox()->currentText(), u"Alpha"_s);
    auto *baseUrlField = dialog->findChild<QLineEdit *>(u"profileUrlField"_s);
    auto *apiKeyField = dialog->findChild<QLineEdit *>(u"profileKeyField"_s);
    QVERIFY(baseUrlField && apiKeyField);
    QCOMPARE(apiKeyField->echoMode(), QLineEdit::Password);

    const QString secret = u"delta-secret-key-1234"_s;
    dialog->startNewProfile();
    dialog->nameField()->setText(u"Delta"_s);
    baseUrlField->setText(m_beta->baseUrl().toString());
    dialog->setSelectedColor(u"#c0561b"_s);
    apiKeyField->setText(secret);
    QSignalSpy saved(dialog, &ProfilesDialog::profileSaved);
    QVERIFY(dialog->saveForm());
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_switcher->comboBox()->count(), before + 1);
    QVERIFY(m_switcher->comboBox()->findText(u"Delta"_s) >= 0);

    // A duplicate name is refused with a reason.
    dialog->startNewProfile();
    dialog->nameField()->setText(u"delta"_s);
    baseUrlField->setText(m_beta->baseUrl().toString());
    apiKeyField->setText(u"another"_s);
    QVERIFY(!dialog->saveForm());
    const auto *result = dialog->findChild<QLabel *>(u"profileResult"_s);
    QVERIFY(result);
    QVERIFY(result->text().contains(u"already"_s));

    m_profiles->sync();
    QFile file(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Delta"));
    QVERIFY(bytes.contains("#c0561b"));
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains("alpha-key"));
    QVERIFY(!bytes.contains("beta-key"));

    std::optional<QString> stored;
    m_credentials->readKey(m_profiles->profile(u"Delta"_s)->keyAccount,
        [&stored](std::optional<QString> key, const QString &) { stored = key; });
    QTRY_COMPARE(stored, std::optional<QString>(secret));
}

void TestProfiles::editingTheCurrentProfileRecoloursTheBand()
{
    openWindow();
    ProfilesDialog *dialog = m_switcher->manageProfiles();
    QCOMPARE(dialog->nameField()->text(), u"Alpha"_s);
    dialog->nameField()->setText(u"Alpha renamed"_s);
    dialog->setSelectedColor(u"#555a60"_s);
    QSignalSpy switched(m_switcher, &ProfileSwitcher::switched);
    QVERIFY(dialog->saveForm());
    QTRY_COMPARE(switched.count(), 1);
    QVERIFY(m_window->environmentBand()->text().contains(u"Alpha renamed"_s));
    QVERIFY(m_window->environmentBand()->styleSheet().contains(u"#555a60"_s));
    QCOMPARE(m_switcher->comboBox()->currentText(), u"Alpha renamed"_s);
    QTRY_COMPARE(customers(), 15);
}

void TestProfiles::aSwitchDuringAnActionAsksFirst_data()
{
    QTest::addColumn<bool>("agree");
    QTest::newRow("declining keeps the connection and the action") << false;
    QTest::newRow("agreeing switches") << true;
}

void TestProfiles::aSwitchDuringAnActionAsksFirst()
{
    QFETCH(bool, agree);
    openWindow();
    SandboxFaults slow;
    slow.latencyMs = 1500;
    m_alpha->server().setFaults(slow);
    AccountDirectory *directory = m_window->page(AccountKind::ExpressCustomer)->directory();
    QVERIFY(directory->setActive(directory->store()->id(0), false));
    QVERIFY(!directory->actionQueue()->isIdle());

    bool asked = false;
    // The question is modal: answer it from the event loop it runs.
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&asked, agree] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        box->button(agree ? QMessageBox::Yes : QMessageBox::Cancel)->click();
    });
    answer.start();
    QSignalSpy failed(m_switcher, &ProfileSwitcher::switchFailed);
    QSignalSpy switched(m_switcher, &ProfileSwitcher::switched);
    m_switcher->switchTo(u"Beta"_s);
    QTRY_VERIFY(failed.count() + switched.count() == 1);
    answer.stop();
    QVERIFY(asked);
    if (agree) {
        QCOMPARE(m_window->session()->client()->settings().baseUrl, m_beta->baseUrl());
        QTRY_COMPARE(customers(), 25);
    } else {
        QCOMPARE(m_window->session()->client()->settings().baseUrl, m_alpha->baseUrl());
        QCOMPARE(m_switcher->comboBox()->currentText(), u"Alpha"_s);
        QCOMPARE(m_window->page(AccountKind::ExpressCustomer)->directory(), directory);
        QSignalSpy succeeded(directory, &AccountDirectory::actionSucceeded);
        QVERIFY(succeeded.wait(10000));
    }
}

void TestProfiles::aViewLinkToAnotherProfileAsksFirst_data()
{
    QTest::addColumn<bool>("agree");
    QTest::newRow("switch") << true;
    QTest::newRow("stay") << false;
}

void TestProfiles::aViewLinkToAnotherProfileAsksFirst()
{
    QFETCH(bool, agree);
    openWindow();
    // As the composition root wires them.
    connect(m_window.get(), &MainWindow::profileSwitchRequested, m_switcher, &ProfileSwitcher::switchTo);
    connect(m_switcher, &ProfileSwitcher::switchFailed, m_window.get(), &MainWindow::forgetPendingView);
    QCOMPARE(m_window->savedViews()->scope(), u"Alpha"_s);

    QString question;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, this, [&question, agree] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != u"switchForLinkQuestion"_s)
            return;
        question = box->text();
        box->button(agree ? QMessageBox::Yes : QMessageBox::Cancel)->click();
    });
    answer.start();
    const std::optional<ConsoleLink> link
        = ConsoleLink::parse(u"avara-console://view?profile=Beta&q=users%3E5%20-status%3Ainactive"_s);
    QVERIFY(link);
    m_window->openLink(*link);
    answer.stop();
    QVERIFY2(question.contains(u"\u201cBeta\u201d"_s), qPrintable(question));

    AccountsPage *page = m_window->page(AccountKind::ExpressCustomer);
    if (agree) {
        QTRY_COMPARE(m_window->session()->client()->settings().baseUrl, m_beta->baseUrl());
        page = m_window->page(AccountKind::ExpressCustomer);
        QCOMPARE(page->searchField()->text(), u"users>5 -status:inactive"_s);
        QCOMPARE(m_window->savedViews()->scope(), u"Beta"_s);
        QTRY_VERIFY(page->directory()->lastLoadedAt().isValid());
        QVERIFY(customers() < 25);
    } else {
        QCOMPARE(m_window->session()->client()->settings().baseUrl, m_alpha->baseUrl());
        QVERIFY(page->searchField()->text().isEmpty());
        QCOMPARE(customers(), 15);
    }
}

void TestProfiles::theBandKeepsItsMeaningWhateverTheColour_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("bandStart");
    QTest::addColumn<QString>("expectedColor");
    QTest::addColumn<bool>("hasRedEdge");
    QTest::newRow("a green remote profile still says PRODUCTION, with a red edge")
        << QUrl(u"https://api.staging.example.com"_s) << u"#2e7d32"_s << u"PRODUCTION"_s << u"#2e7d32"_s << true;
    QTest::newRow("a remote profile without a colour keeps the production red")
        << QUrl(u"https://api.avarasoftware.com"_s) << QString() << u"PRODUCTION"_s << u"#b01e1e"_s << false;
    QTest::newRow("a local profile without a colour keeps the local blue")
        << QUrl(u"http://127.0.0.1:4010"_s) << QString() << u"Named \u2014 127.0.0.1:4010"_s << u"#3b5ba5"_s << false;
    QTest::newRow("a light colour gets dark text")
        << QUrl(u"http://localhost:8080"_s) << u"#f0e68c"_s << u"Named"_s << u"#f0e68c"_s << false;
}

void TestProfiles::theBandKeepsItsMeaningWhateverTheColour()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, color);
    QFETCH(QString, bandStart);
    QFETCH(QString, expectedColor);
    QFETCH(bool, hasRedEdge);
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = u"unused"_s;
    Session session(settings, Environment::forProfile(u"Named"_s, baseUrl, color));
    MainWindow window(&session);
    const QString band = window.environmentBand()->text();
    const QString style = window.environmentBand()->styleSheet();
    QVERIFY2(band.startsWith(bandStart), qPrintable(band));
    QVERIFY(band.contains(u"Named"_s));
    QVERIFY2(style.contains(u"background: "_s + expectedColor), qPrintable(style));
    QCOMPARE(style.contains(u"border-left"_s), hasRedEdge);
    QCOMPARE(window.windowTitle().contains(u"PRODUCTION"_s), bandStart == u"PRODUCTION"_s);
    QVERIFY(window.windowTitle().contains(u"Named"_s));
    const bool light = QColor(expectedColor).lightnessF() > 0.7;
    QCOMPARE(style.contains(u"color: #000000"_s), light);
}

QTEST_MAIN(TestProfiles)
#include "tst_profiles.moc"
