// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/services/connectionconfig.h"

using namespace Qt::StringLiterals;

class TestConnectionConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void settingsComeFromTheSdkVariables_data();
    void settingsComeFromTheSdkVariables();
};

void TestConnectionConfig::cleanup()
{
    qunsetenv("AVARA_API_KEY");
    qunsetenv("AVARA_BASE_URL");
}

void TestConnectionConfig::settingsComeFromTheSdkVariables_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("baseUrl"); // "-" leaves the variable unset
    QTest::addColumn<bool>("hasSettings");
    QTest::addColumn<QString>("expectedKey");
    QTest::addColumn<QUrl>("expectedUrl");

    const QUrl production(u"https://api.avarasoftware.com"_s);
    QTest::newRow("no key means no settings") << "-"_ba
                                              << "-"_ba << false << QString() << QUrl();
    QTest::newRow("an empty key means no settings") << ""_ba
                                                    << "-"_ba << false << QString() << QUrl();
    QTest::newRow("a blank key means no settings") << "  \t"_ba
                                                   << "-"_ba << false << QString() << QUrl();
    QTest::newRow("a key alone uses the production server") << "sk-1"_ba
                                                            << "-"_ba << true << u"sk-1"_s << production;
    QTest::newRow("whitespace around the key is trimmed") << " sk-2\n"_ba
                                                          << "-"_ba << true << u"sk-2"_s << production;
    QTest::newRow("an empty base URL uses the production server") << "sk-3"_ba
                                                                  << ""_ba << true << u"sk-3"_s << production;
    QTest::newRow("the base URL is taken and trimmed")
        << "sk-4"_ba
        << " http://127.0.0.1:4010 "_ba << true << u"sk-4"_s << QUrl(u"http://127.0.0.1:4010"_s);
}

void TestConnectionConfig::settingsComeFromTheSdkVariables()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, baseUrl);
    QFETCH(bool, hasSettings);
    QFETCH(QString, expectedKey);
    QFETCH(QUrl, expectedUrl);
    if (key != "-")
        qputenv("AVARA_API_KEY", key);
    if (baseUrl != "-")
        qputenv("AVARA_BASE_URL", baseUrl);
    const std::optional<ConnectionSettings> settings = connectionSettingsFromEnvironment();
    QCOMPARE(settings.has_value(), hasSettings);
    if (!settings)
        return;
    QCOMPARE(settings->apiKey, expectedKey);
    QCOMPARE(settings->baseUrl, expectedUrl);
    QCOMPARE(settings->maxRetries, 2);
    QCOMPARE(settings->timeout, std::chrono::milliseconds(60'000));
}

QTEST_GUILESS_MAIN(TestConnectionConfig)
#include "tst_connectionconfig.moc"
