// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/services/connectionprofiles.h"
#include "core/services/environment.h"
#include "tests/testkit/inmemorycredentialstore.h"

using namespace Qt::StringLiterals;

class TestConnectionProfiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aSavedProfileIsReadBackByANewStore();
    void aRenameKeepsTheKeyEntryAndTheCurrentProfile();
    void removingTheCurrentProfileFallsBackToTheFirst();
    void invalidProfilesAreRefused_data();
    void invalidProfilesAreRefused();
    void validProfilesAreAccepted_data();
    void validProfilesAreAccepted();
    void keysNeverReachTheSettingsFile();
    void theLegacyConnectionBecomesAProfileOnce();
    void aProfileEnvironmentKeepsProductionForRemoteHosts();

private:
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    ConnectionProfile profile(const QString &name, const QString &url, const QString &color = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConnectionProfiles> m_profiles;
};

void TestConnectionProfiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ConnectionProfiles>(iniPath());
}

void TestConnectionProfiles::cleanup()
{
    m_profiles.reset();
    m_dir.reset();
}

ConnectionProfile TestConnectionProfiles::profile(const QString &name, const QString &url, const QString &color) const
{
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(url);
    profile.color = color;
    return profile;
}

void TestConnectionProfiles::aSavedProfileIsReadBackByANewStore()
{
    QSignalSpy changed(m_profiles.get(), &ConnectionProfiles::profilesChanged);
    const auto production
        = m_profiles->save(profile(u"Production"_s, u"https://api.avarasoftware.com"_s, u"#B01E1E"_s));
    QVERIFY(production);
    QVERIFY(production->keyAccount.startsWith(u"profile:"_s));
    QCOMPARE(production->color, u"#b01e1e"_s);
    const auto staging = m_profiles->save(profile(u"  Staging "_s, u"https://api.staging.example.com"_s));
    QVERIFY(staging);
    QCOMPARE(staging->name, u"Staging"_s);
    QVERIFY(staging->keyAccount != production->keyAccount);
    QCOMPARE(changed.count(), 2);
    m_profiles->setCurrentName(u"staging"_s);

    ConnectionProfiles reread(iniPath());
    QCOMPARE(reread.profiles().size(), 2);
    QCOMPARE(reread.profiles().at(0), *production);
    QCOMPARE(reread.profiles().at(1), *staging);
    QCOMPARE(reread.currentName(), u"Staging"_s);
    QCOMPARE(reread.profileForKeyAccount(staging->keyAccount)->name, u"Staging"_s);
}

void TestConnectionProfiles::aRenameKeepsTheKeyEntryAndTheCurrentProfile()
{
    const auto staging = m_profiles->save(profile(u"Staging"_s, u"https://staging.example.com"_s));
    QVERIFY(staging);
    QVERIFY(m_profiles->save(profile(u"Production"_s, u"https://api.avarasoftware.com"_s)));
    m_profiles->setCurrentName(u"Staging"_s);

    const auto renamed = m_profiles->save(profile(u"Pre-production"_s, u"https://preprod.example.com"_s), u"Staging"_s);
    QVERIFY(renamed);
    QCOMPARE(renamed->keyAccount, staging->keyAccount);
    QVERIFY(!m_profiles->profile(u"Staging"_s));
    QCOMPARE(m_profiles->profiles().size(), 2);
    QCOMPARE(m_profiles->currentName(), u"Pre-production"_s);
    QCOMPARE(m_profiles->profile(u"pre-production"_s)->baseUrl, QUrl(u"https://preprod.example.com"_s));
}

void TestConnectionProfiles::removingTheCurrentProfileFallsBackToTheFirst()
{
    QVERIFY(m_profiles->currentName().isEmpty());
    QVERIFY(m_profiles->save(profile(u"Production"_s, u"https://api.avarasoftware.com"_s)));
    QVERIFY(m_profiles->save(profile(u"Staging"_s, u"https://staging.example.com"_s)));
    m_profiles->setCurrentName(u"Staging"_s);
    QVERIFY(m_profiles->remove(u"Staging"_s));
    QVERIFY(!m_profiles->remove(u"Staging"_s));
    QCOMPARE(m_profiles->currentName(), u"Production"_s);
    QCOMPARE(ConnectionProfiles(iniPath()).profiles().size(), 1);
}

void TestConnectionProfiles::invalidProfilesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("color");
    QTest::newRow("an empty name is refused") << QString() << u"https://a.example.com"_s << QString();
    QTest::newRow("a name of spaces is refused") << u"   "_s << u"https://a.example.com"_s << QString();
    QTest::newRow("a name taken in another case is refused")
        << u"PRODUCTION"_s << u"https://a.example.com"_s << QString();
    QTest::newRow("a name with a line break is refused")
        << u"Prod\nuction 2"_s << u"https://a.example.com"_s << QString();
    QTest::newRow("plain http to a remote host is refused") << u"Remote"_s << u"http://api.example.com"_s << QString();
    QTest::newRow("an ftp address is refused") << u"Files"_s << u"ftp://127.0.0.1"_s << QString();
    QTest::newRow("a user name in the address is refused")
        << u"User"_s << u"https://me:pw@api.example.com"_s << QString();
    QTest::newRow("an address without a host is refused") << u"Empty"_s << u"https://"_s << QString();
    QTest::newRow("a colour name instead of #rrggbb is refused")
        << u"Named"_s << u"https://a.example.com"_s << u"red"_s;
    QTest::newRow("a short colour is refused") << u"Short"_s << u"https://a.example.com"_s << u"#12345"_s;
}

void TestConnectionProfiles::invalidProfilesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, color);
    QVERIFY(m_profiles->save(profile(u"Production"_s, u"https://api.avarasoftware.com"_s)));
    QString error;
    QVERIFY(!m_profiles->save(profile(name, url, color), QString(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_profiles->problem(profile(name, url, color)), error);
    QCOMPARE(m_profiles->profiles().size(), 1);
}

void TestConnectionProfiles::validProfilesAreAccepted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("color");
    QTest::newRow("https to any host is accepted") << u"https://api.example.com:8443/"_s << QString();
    QTest::newRow("plain http to 127.0.0.1 is accepted") << u"http://127.0.0.1:4010"_s << u"#1f7a8c"_s;
    QTest::newRow("plain http to localhost is accepted") << u"http://localhost:8080"_s << u"#ABCDEF"_s;
    QTest::newRow("plain http to ::1 is accepted") << u"http://[::1]:8080"_s << QString();
}

void TestConnectionProfiles::validProfilesAreAccepted()
{
    QFETCH(QString, url);
    QFETCH(QString, color);
    QString error;
    const auto saved = m_profiles->save(profile(u"Mine"_s, url, color), QString(), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->color, color.toLower());
    // Replacing a profile by itself (same name) is not a duplicate.
    QVERIFY(m_profiles->save(profile(u"MINE"_s, url, color), u"Mine"_s));
    QCOMPARE(m_profiles->profiles().size(), 1);
}

void TestConnectionProfiles::keysNeverReachTheSettingsFile()
{
    const QString secret = u"sk_live_never_in_a_file_4242"_s;
    InMemoryCredentialStore credentials;
    const auto saved = m_profiles->save(profile(u"Production"_s, u"https://api.avarasoftware.com"_s));
    QVERIFY(saved);
    bool written = false;
    credentials.writeKey(saved->keyAccount, secret, [&written](const QString &error) { written = error.isEmpty(); });
    QTRY_VERIFY(written);
    m_profiles->setCurrentName(u"Production"_s);
    m_profiles->sync();

    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Production"));
    QVERIFY(bytes.contains(saved->keyAccount.toUtf8()));
    QVERIFY(!bytes.contains(secret.toUtf8()));

    std::optional<QString> read;
    credentials.readKey(saved->keyAccount, [&read](std::optional<QString> key, const QString &) { read = key; });
    QTRY_COMPARE(read, std::optional<QString>(secret));
}

void TestConnectionProfiles::theLegacyConnectionBecomesAProfileOnce()
{
    m_profiles.reset();
    {
        QSettings legacy(iniPath(), QSettings::IniFormat);
        legacy.setValue(u"connection/baseUrl"_s, QUrl(u"https://api.avarasoftware.com:8443"_s));
    }
    m_profiles = std::make_unique<ConnectionProfiles>(iniPath());
    QVERIFY(m_profiles->isEmpty());
    const auto migrated = m_profiles->migrateLegacyConnection();
    QVERIFY(migrated);
    QCOMPARE(migrated->name, u"api.avarasoftware.com"_s);
    QCOMPARE(migrated->baseUrl, QUrl(u"https://api.avarasoftware.com:8443"_s));
    // The key stays where earlier versions put it.
    QCOMPARE(migrated->keyAccount, u"api-key:api.avarasoftware.com:8443"_s);
    QCOMPARE(migrated->keyAccount, ConnectionProfiles::legacyKeyAccount(migrated->baseUrl));
    QCOMPARE(m_profiles->currentName(), migrated->name);
    QVERIFY(!m_profiles->migrateLegacyConnection());

    m_profiles.reset();
    QSettings after(iniPath(), QSettings::IniFormat);
    QVERIFY(!after.contains(u"connection/baseUrl"_s));
    ConnectionProfiles reread(iniPath());
    QCOMPARE(reread.profiles().size(), 1);
    QVERIFY(!reread.migrateLegacyConnection());
}

void TestConnectionProfiles::aProfileEnvironmentKeepsProductionForRemoteHosts()
{
    const Environment staging
        = Environment::forProfile(u"Staging"_s, QUrl(u"https://api.staging.example.com"_s), u"#2e7d32"_s);
    QVERIFY(staging.isProduction());
    QCOMPARE(staging.profileLabel(), u"Staging \u2014 api.staging.example.com"_s);
    const Environment local = Environment::forProfile(u"Dev"_s, QUrl(u"http://127.0.0.1:4010"_s), QString());
    QCOMPARE(local.kind, Environment::Kind::Local);
    QCOMPARE(Environment::forBaseUrl(QUrl(u"http://127.0.0.1:4010"_s)).profileLabel(), local.displayName());
}

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
