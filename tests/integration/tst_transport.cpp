// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiclient.h"
#include "tests/testkit/accountfactory.h"
#include "tests/testkit/cannedhttpserver.h"

using namespace Qt::StringLiterals;

namespace
{
const QString apiKey = u"transport-test-key-0123456789"_s;

// A TCP server that records every byte any client sends it and never answers: set as the
// application's HTTP proxy, it sees every request Qt would send to a host that is not this
// computer (Qt sends loopback requests past any proxy).
class ProxyTrap : public QObject
{
public:
    ProxyTrap()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_received += socket->readAll(); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    const QByteArray &received() const { return m_received; }

private:
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_received;
};

// A TLS server on 127.0.0.1 with a given certificate. It answers any complete HTTP request
// with an empty page of customers, and records what got through: handshakes begun,
// connections that finished the handshake, and the bytes they carried.
class LocalTlsServer : public QObject
{
public:
    LocalTlsServer(const QSslCertificate &certificate, const QSslKey &key)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients have no certificate
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakesStarted; });
        connect(&m_server, &QSslServer::errorOccurred, this, [this] { ++m_failedConnections; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                ++m_encryptedConnections;
                socket->setParent(this);
                connect(socket, &QSslSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    int handshakesStarted() const { return m_handshakesStarted; }
    int failedConnections() const { return m_failedConnections; }
    int encryptedConnections() const { return m_encryptedConnections; }
    const QByteArray &received() const { return m_received; }

private:
    void handleReadyRead(QSslSocket *socket)
    {
        m_received += socket->readAll();
        if (!m_received.contains("\r\n\r\n"))
            return;
        const QByteArray body = AccountFactory::pageJson(AccountKind::ExpressCustomer, {}, false, QString());
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QSslServer m_server;
    int m_handshakesStarted = 0;
    int m_failedConnections = 0;
    int m_encryptedConnections = 0;
    QByteArray m_received;
};

bool waitFor(ApiCall *call)
{
    QSignalSpy finished(call, &ApiCall::finished);
    // The call is deleted only later, so the caller may read it after this returns.
    return finished.wait(20'000) && finished.size() == 1;
}

ConnectionSettings settingsFor(const QUrl &baseUrl)
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = apiKey;
    settings.timeout = std::chrono::seconds(10);
    return settings;
}
} // namespace

// The promises ApiClient makes about the way to the server: the key never travels in
// clear text except to this computer, and a TLS server that cannot prove who it is gets
// no request at all.
class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void plainHttpToAnotherHostIsRefused_data();
    void plainHttpToAnotherHostIsRefused();
    void plainHttpToThisComputerIsAllowed_data();
    void plainHttpToThisComputerIsAllowed();
    void aRefusedAddressSendsNothing_data();
    void aRefusedAddressSendsNothing();
    void anUntrustworthyCertificateFailsBeforeAnyRequest_data();
    void anUntrustworthyCertificateFailsBeforeAnyRequest();
    void aTrustedCertificateForTheRightHostIsAccepted();

private:
    bool makeCertificate(const QString &name, const QString &subject, const QString &altNames);

    QTemporaryDir m_certificates;
    QString m_tlsSkipReason;
    QSslKey m_key;
    QSslCertificate m_forLoopbackAddress; // subjectAltName IP:127.0.0.1
    QSslCertificate m_forLocalhostName; // subjectAltName DNS:localhost only
    QSslConfiguration m_originalDefaults;
};

bool TestTransport::makeCertificate(const QString &name, const QString &subject, const QString &altNames)
{
    const QString keyPath = m_certificates.filePath(u"key.pem"_s);
    QStringList arguments { u"req"_s, u"-x509"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s, subject, u"-addext"_s,
        u"subjectAltName="_s + altNames, u"-out"_s, m_certificates.filePath(name) };
    // One key for every certificate: generating RSA keys is the slow part.
    if (QFile::exists(keyPath))
        arguments << u"-key"_s << keyPath;
    else
        arguments << u"-newkey"_s << u"rsa:2048"_s << u"-keyout"_s << keyPath;
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        m_tlsSkipReason = u"openssl could not make a test certificate: "_s + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
}

void TestTransport::initTestCase()
{
    m_originalDefaults = QSslConfiguration::defaultConfiguration();
    QVERIFY(m_certificates.isValid());
    if (!QSslSocket::supportsSsl()) {
        m_tlsSkipReason = u"Qt has no TLS backend here (QSslSocket::supportsSsl() is false)."_s;
        return;
    }
    // QSslCertificate cannot make certificates, so the openssl command line does; it comes
    // with Debian's ca-certificates package (scripts/bootstrap).
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty()) {
        m_tlsSkipReason = u"The openssl command is not installed, so no test certificate can be made."_s;
        return;
    }
    if (!makeCertificate(u"loopback.pem"_s, u"/CN=127.0.0.1"_s, u"IP:127.0.0.1"_s)
        || !makeCertificate(u"localhost.pem"_s, u"/CN=localhost"_s, u"DNS:localhost"_s))
        return;
    QFile keyFile(m_certificates.filePath(u"key.pem"_s));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Rsa);
    QVERIFY(!m_key.isNull());
    const auto loopback = QSslCertificate::fromPath(m_certificates.filePath(u"loopback.pem"_s));
    const auto localhost = QSslCertificate::fromPath(m_certificates.filePath(u"localhost.pem"_s));
    QCOMPARE(loopback.size(), 1);
    QCOMPARE(localhost.size(), 1);
    m_forLoopbackAddress = loopback.first();
    m_forLocalhostName = localhost.first();
}

void TestTransport::cleanup()
{
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QSslConfiguration::setDefaultConfiguration(m_originalDefaults);
}

void TestTransport::plainHttpToAnotherHostIsRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("the production host over http") << QUrl(u"http://api.avarasoftware.com"_s);
    QTest::newRow("a private IPv4 address") << QUrl(u"http://10.0.0.1"_s);
    QTest::newRow("a LAN address with a port") << QUrl(u"http://192.168.1.20:8080/"_s);
    QTest::newRow("an IPv6 address next to loopback") << QUrl(u"http://[::2]"_s);
    QTest::newRow("the unspecified IPv4 address") << QUrl(u"http://0.0.0.0:8080"_s);
    QTest::newRow("a name that starts with localhost") << QUrl(u"http://localhost.evil.example"_s);
    QTest::newRow("a name that starts with a loopback address") << QUrl(u"http://127.0.0.1.evil.example"_s);
    QTest::newRow("an upper-case HTTP scheme") << QUrl(u"HTTP://api.avarasoftware.com"_s);
}

void TestTransport::plainHttpToAnotherHostIsRefused()
{
    QFETCH(QUrl, url);
    const std::optional<ApiError> refusal = ApiClient::checkBaseUrl(url);
    QVERIFY(refusal);
    QCOMPARE(refusal->kind, ApiError::Kind::InsecureTransport);
    QVERIFY(!refusal->retryable);
    // Says what was refused and what to do instead.
    QVERIFY2(refusal->message.contains(u"unencrypted"_s) && refusal->message.contains(url.host())
            && refusal->message.contains(u"https://"_s),
        qPrintable(refusal->message));
    QVERIFY2(refusal->summary().contains(u"nothing was sent"_s), qPrintable(refusal->summary()));
    QVERIFY2(refusal->advice().contains(u"https://"_s), qPrintable(refusal->advice()));
}

void TestTransport::plainHttpToThisComputerIsAllowed_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("127.0.0.1") << QUrl(u"http://127.0.0.1:8080"_s);
    QTest::newRow("another address in 127.0.0.0/8") << QUrl(u"http://127.8.9.10"_s);
    QTest::newRow("the IPv6 loopback address") << QUrl(u"http://[::1]:9000"_s);
    QTest::newRow("localhost") << QUrl(u"http://localhost:4010"_s);
    QTest::newRow("LOCALHOST in capitals") << QUrl(u"http://LOCALHOST"_s);
}

void TestTransport::plainHttpToThisComputerIsAllowed()
{
    QFETCH(QUrl, url);
    const std::optional<ApiError> refusal = ApiClient::checkBaseUrl(url);
    QVERIFY2(!refusal, qPrintable(refusal ? refusal->message : QString()));

    // And a call to such an address is really made (here to a server on 127.0.0.1).
    CannedHttpServer canned;
    canned.enqueue(
        { 200, AccountFactory::pageJson(AccountKind::ExpressCustomer, {}, false, QString()), "application/json", {} });
    ApiClient client(settingsFor(canned.baseUrl()));
    ApiCall *call = client.listPage(AccountKind::ExpressCustomer, QString());
    QVERIFY(waitFor(call));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
    QCOMPARE(canned.requests().size(), 1);
}

void TestTransport::aRefusedAddressSendsNothing_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::newRow("the production host over http") << u"http://api.avarasoftware.com"_s;
    QTest::newRow("a private IPv4 address") << u"http://10.0.0.1:8080"_s;
    QTest::newRow("an IPv6 address next to loopback") << u"http://[::2]"_s;
}

void TestTransport::aRefusedAddressSendsNothing()
{
    QFETCH(QString, baseUrl);
    ProxyTrap trap;
    QVERIFY(trap.port() != 0);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, trap.port()));

    ApiClient client(settingsFor(QUrl(baseUrl)));
    const QString id = AccountFactory::id(AccountKind::ExpressCustomer, 0xabc);
    const QList<ApiCall *> calls = { client.listPage(AccountKind::ExpressCustomer, QString()),
        client.retrieve(AccountKind::ExpressCustomer, id), client.deactivate(AccountKind::ExpressCustomer, id),
        client.reactivate(AccountKind::ExpressCustomer, id) };
    // The refusals all finish on one later event-loop turn: read each as it finishes.
    QList<ApiError> errors;
    for (ApiCall *call : calls) {
        connect(call, &ApiCall::finished, this, [&errors, call] {
            QCOMPARE(call->attempts(), 0);
            QCOMPARE(call->httpStatus(), 0);
            errors.append(call->error());
        });
    }
    QTRY_COMPARE(errors.size(), calls.size());
    for (const ApiError &error : errors)
        QCOMPARE(error.kind, ApiError::Kind::InsecureTransport);

    // The same address asked by a plain QNetworkAccessManager reaches the trap, so the trap
    // would have seen the refused calls had they been sent.
    QNetworkAccessManager control;
    QPointer<QNetworkReply> reply = control.get(QNetworkRequest(QUrl(baseUrl + u"/control-request"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(trap.received().contains("/control-request"), 10'000);
    reply->abort();
    delete reply;
    QCOMPARE(trap.connections(), 1);
    QVERIFY2(!trap.received().contains("/v1/"), trap.received().constData());
    QVERIFY(!trap.received().contains("Authorization"));
    QVERIFY(!trap.received().contains(apiKey.toUtf8()));
}

void TestTransport::anUntrustworthyCertificateFailsBeforeAnyRequest_data()
{
    QTest::addColumn<bool>("isCertificateTrusted");
    QTest::addColumn<bool>("isForLoopbackAddress");
    QTest::addColumn<QString>("expectedWords");
    QTest::newRow("a self-signed certificate nobody trusts") << false << true << u"self-signed"_s;
    QTest::newRow("a trusted certificate for another host name") << true << false << u"host name"_s;
}

void TestTransport::anUntrustworthyCertificateFailsBeforeAnyRequest()
{
    if (!m_tlsSkipReason.isEmpty())
        QSKIP(qPrintable(m_tlsSkipReason));
    QFETCH(bool, isCertificateTrusted);
    QFETCH(bool, isForLoopbackAddress);
    QFETCH(QString, expectedWords);
    const QSslCertificate &certificate = isForLoopbackAddress ? m_forLoopbackAddress : m_forLocalhostName;
    if (isCertificateTrusted) {
        QSslConfiguration defaults = QSslConfiguration::defaultConfiguration();
        defaults.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(defaults);
    }
    LocalTlsServer server(certificate, m_key);
    QVERIFY(server.port() != 0);

    ConnectionSettings settings = settingsFor(QUrl(u"https://127.0.0.1:%1"_s.arg(server.port())));
    settings.maxRetries = 2; // as the SDKs: a retry would be possible, and must not happen
    ApiClient client(settings);
    client.setRandomSource([] { return 1.0; });
    ApiCall *call
        = client.deactivate(AccountKind::ExpressCustomer, AccountFactory::id(AccountKind::ExpressCustomer, 7));
    QVERIFY(waitFor(call));
    QVERIFY(!call->isSuccess());
    const ApiError error = call->error();
    QCOMPARE(error.kind, ApiError::Kind::UntrustedServer);
    QVERIFY(!error.isOutcomeUnknown());
    QCOMPARE(call->httpStatus(), 0);
    QVERIFY(!error.retryable);
    QCOMPARE(error.attempts, 1);
    QVERIFY2(error.message.contains(u"certificate"_s, Qt::CaseInsensitive)
            && error.message.contains(expectedWords, Qt::CaseInsensitive),
        qPrintable(error.message));
    QVERIFY(!error.message.contains(apiKey));

    // The client reached the server and gave up during the handshake: not one byte of
    // HTTP (and so not the key) went through.
    QTRY_VERIFY(server.failedConnections() >= 1);
    QCOMPARE(server.handshakesStarted(), 1);
    QCOMPARE(server.encryptedConnections(), 0);
    QVERIFY(server.received().isEmpty());
}

void TestTransport::aTrustedCertificateForTheRightHostIsAccepted()
{
    if (!m_tlsSkipReason.isEmpty())
        QSKIP(qPrintable(m_tlsSkipReason));
    // ApiClient takes no certificates of its own: it trusts what the application's default
    // TLS configuration trusts (the system's CAs), which the test extends here.
    QSslConfiguration defaults = QSslConfiguration::defaultConfiguration();
    defaults.addCaCertificate(m_forLoopbackAddress);
    QSslConfiguration::setDefaultConfiguration(defaults);
    LocalTlsServer server(m_forLoopbackAddress, m_key);
    QVERIFY(server.port() != 0);

    ApiClient client(settingsFor(QUrl(u"https://127.0.0.1:%1"_s.arg(server.port()))));
    ApiCall *call = client.listPage(AccountKind::ExpressCustomer, QString());
    QVERIFY(waitFor(call));
    QVERIFY2(call->isSuccess(), qPrintable(call->error().message));
    QCOMPARE(call->httpStatus(), 200);
    QCOMPARE(server.encryptedConnections(), 1);
    QVERIFY(server.received().startsWith("GET /v1/express"));
    QVERIFY(server.received().contains(QByteArray("Authorization: Bearer " + apiKey.toUtf8())));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
