// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <QUrlQuery>

#include "core/api/apiclient.h"
#include "core/api/endpoints.h"

using namespace Qt::StringLiterals;

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listUrls_data();
    void listUrls();
    void accountUrls_data();
    void accountUrls();
    void baseUrls_data();
    void baseUrls();
};

void TestEndpoints::listUrls_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QByteArray>("expected");

    const QUrl base(u"https://api.avarasoftware.com"_s);
    QTest::newRow("the first page of customers has no cursor")
        << base << AccountKind::ExpressCustomer << QString() << "https://api.avarasoftware.com/v1/express?limit=100"_ba;
    QTest::newRow("organizations list under /v1/orgs")
        << base << AccountKind::Organization << QString() << "https://api.avarasoftware.com/v1/orgs?limit=100"_ba;
    QTest::newRow("plus, slash and equals in a base64 cursor are percent-encoded")
        << base << AccountKind::ExpressCustomer << u"ab+c/d=="_s
        << "https://api.avarasoftware.com/v1/express?limit=100&cursor=ab%2Bc%2Fd%3D%3D"_ba;
    QTest::newRow("ampersands and spaces in a cursor cannot add parameters")
        << base << AccountKind::ExpressCustomer << u"a b&limit=1#x"_s
        << "https://api.avarasoftware.com/v1/express?limit=100&cursor=a%20b%26limit%3D1%23x"_ba;
    QTest::newRow("a base path is kept and its trailing slash not doubled")
        << QUrl(u"http://127.0.0.1:8080/gateway/"_s) << AccountKind::Organization << QString()
        << "http://127.0.0.1:8080/gateway/v1/orgs?limit=100"_ba;
}

void TestEndpoints::listUrls()
{
    QFETCH(QUrl, base);
    QFETCH(AccountKind, kind);
    QFETCH(QString, cursor);
    QFETCH(QByteArray, expected);
    const QUrl url = Endpoints::listUrl(base, kind, cursor, 100);
    QCOMPARE(url.toEncoded(), expected);
    // What a server decodes is the cursor exactly as it was sent.
    if (!cursor.isEmpty())
        QCOMPARE(QUrlQuery(url).queryItemValue(u"cursor"_s, QUrl::FullyDecoded), cursor);
}

void TestEndpoints::accountUrls_data()
{
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<Endpoints::Action>("action");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("retrieving a customer")
        << AccountKind::ExpressCustomer << Endpoints::Action::None
        << "https://api.avarasoftware.com/v1/express/cus_1234567890abcdef1234567890abcdef"_ba;
    QTest::newRow("deactivating a customer")
        << AccountKind::ExpressCustomer << Endpoints::Action::Deactivate
        << "https://api.avarasoftware.com/v1/express/cus_1234567890abcdef1234567890abcdef/deactivate"_ba;
    QTest::newRow("reactivating an organization")
        << AccountKind::Organization << Endpoints::Action::Reactivate
        << "https://api.avarasoftware.com/v1/orgs/org_1234567890abcdef1234567890abcdef/reactivate"_ba;
}

void TestEndpoints::accountUrls()
{
    QFETCH(AccountKind, kind);
    QFETCH(Endpoints::Action, action);
    QFETCH(QByteArray, expected);
    const QString id = accountKindInfo(kind).idPrefix + u"1234567890abcdef1234567890abcdef"_s;
    QCOMPARE(Endpoints::accountUrl(QUrl(u"https://api.avarasoftware.com/"_s), kind, id, action).toEncoded(), expected);
}

void TestEndpoints::baseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https to the production host is allowed") << u"https://api.avarasoftware.com"_s << true;
    QTest::newRow("https to any host is allowed") << u"https://10.0.0.5:8443/avara"_s << true;
    QTest::newRow("http to localhost is allowed") << u"http://localhost:8080"_s << true;
    QTest::newRow("http to LOCALHOST is allowed") << u"http://LOCALHOST:8080"_s << true;
    QTest::newRow("http to 127.0.0.1 is allowed") << u"http://127.0.0.1:4010"_s << true;
    QTest::newRow("http to anywhere in 127/8 is allowed") << u"http://127.8.9.10"_s << true;
    QTest::newRow("http to ::1 is allowed") << u"http://[::1]:4010"_s << true;
    QTest::newRow("http to a LAN address is refused") << u"http://192.168.1.20"_s << false;
    QTest::newRow("http to a public host is refused") << u"http://api.avarasoftware.com"_s << false;
    QTest::newRow("http to a name merely starting with localhost is refused")
        << u"http://localhost.evil.example"_s << false;
    QTest::newRow("http to 0.0.0.0 is refused") << u"http://0.0.0.0:80"_s << false;
    QTest::newRow("ftp is refused") << u"ftp://api.avarasoftware.com"_s << false;
    QTest::newRow("a URL without a host is refused") << u"https:///v1"_s << false;
    QTest::newRow("a relative URL is refused") << u"api.avarasoftware.com"_s << false;
    QTest::newRow("credentials in the URL are refused") << u"https://user:pw@api.avarasoftware.com"_s << false;
}

void TestEndpoints::baseUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const std::optional<ApiError> error = ApiClient::checkBaseUrl(QUrl(url));
    QCOMPARE(!error.has_value(), allowed);
    if (error) {
        QCOMPARE(error->kind, ApiError::Kind::InsecureTransport);
        QVERIFY(!error->message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
