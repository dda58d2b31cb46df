// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <limits>
#include <type_traits>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxsignalwatcher.h"

using namespace Qt::StringLiterals;

namespace
{

constexpr quint16 defaultPort = 8787;

void fail(const QString &message)
{
    std::fprintf(stderr, "avara-sandbox: %s\n", qPrintable(message));
}

// Reads an option as a number in [minimum, maximum]; prints why and returns false if it is not.
template <typename T>
bool readNumber(const QCommandLineParser &parser, const QCommandLineOption &option, T minimum, T maximum, T *out)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    bool ok = false;
    // Parsed in the widest type and range-checked before narrowing, so 70000 is not port 4464.
    using Wide = std::conditional_t<std::is_floating_point_v<T>, double,
        std::conditional_t<std::is_unsigned_v<T>, quint64, qint64>>;
    Wide wide {};
    if constexpr (std::is_floating_point_v<T>)
        wide = text.toDouble(&ok);
    else if constexpr (std::is_unsigned_v<T>)
        wide = text.toULongLong(&ok);
    else
        wide = text.toLongLong(&ok);
    // NaN fails both comparisons, so it is refused too.
    if (!ok || !(wide >= Wide(minimum) && wide <= Wide(maximum))) {
        fail(u"--%1 expects a number from %2 to %3, not \"%4\""_s.arg(option.names().constFirst())
                 .arg(minimum)
                 .arg(maximum)
                 .arg(text));
        return false;
    }
    *out = T(wide);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"avara-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AVARA_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Avara API for developing and testing Avara Console and the Avara SDKs.\n"
        "Prints \"listening on http://127.0.0.1:PORT\" once it is ready; stop it with SIGINT or SIGTERM.\n"
        "Tests may change faults and read counters while it runs (same Bearer key, never faulted):\n"
        "  GET/PUT /_sandbox/faults  {latencyMs, jitterMs, serverErrorRate, rateLimitPerSecond, dropRate}\n"
        "  GET /_sandbox/stats       requests received and faults injected by kind"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"Port on 127.0.0.1 (0 = any free port). Default 8787."_s, u"N"_s);
    const QCommandLineOption keyOption(
        u"api-key"_s, u"API key clients must send as Bearer. Default sandbox-key."_s, u"KEY"_s);
    const QCommandLineOption customersOption(u"customers"_s, u"Express customers to seed. Default 250."_s, u"N"_s);
    const QCommandLineOption orgsOption(u"orgs"_s, u"Organizations to seed. Default 250."_s, u"N"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the generated data. Default 1."_s, u"S"_s);
    const QCommandLineOption noOrgsOption(u"no-orgs"_s, u"Serve no /v1/orgs (every orgs endpoint answers 404)."_s);
    const QCommandLineOption hostileOption(
        u"hostile"_s, u"Seed hostile names and metadata (HTML, bidi, emoji, control characters)."_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Delay every response by this much."_s, u"MS"_s);
    const QCommandLineOption jitterOption(u"jitter-ms"_s, u"Add a random 0..MS to the delay."_s, u"MS"_s);
    const QCommandLineOption errorRateOption(
        u"error-rate"_s, u"Share of requests answered 500 or 503 (0..1)."_s, u"R"_s);
    const QCommandLineOption rateLimitOption(
        u"rate-limit"_s, u"Requests per second before 429 (0 = no limit)."_s, u"N"_s);
    const QCommandLineOption dropRateOption(
        u"drop-rate"_s, u"Share of connections aborted without an answer (0..1)."_s, u"R"_s);
    parser.addOptions({ portOption, keyOption, customersOption, orgsOption, seedOption, noOrgsOption, hostileOption,
        latencyOption, jitterOption, errorRateOption, rateLimitOption, dropRateOption });
    parser.process(app);

    SandboxOptions options;
    options.customers = 250;
    options.organizations = 250;
    quint16 port = defaultPort;
    if (parser.isSet(keyOption))
        options.apiKey = parser.value(keyOption).toUtf8();
    options.organizationsEnabled = !parser.isSet(noOrgsOption);
    options.hostileNames = parser.isSet(hostileOption);
    constexpr int maxCount = 10'000'000;
    constexpr int maxMs = 600'000;
    const bool valid = readNumber<quint16>(parser, portOption, 0, 65535, &port)
        && readNumber(parser, customersOption, 0, maxCount, &options.customers)
        && readNumber(parser, orgsOption, 0, maxCount, &options.organizations)
        && readNumber<quint64>(parser, seedOption, 0, std::numeric_limits<quint64>::max(), &options.seed)
        && readNumber(parser, latencyOption, 0, maxMs, &options.faults.latencyMs)
        && readNumber(parser, jitterOption, 0, maxMs, &options.faults.jitterMs)
        && readNumber(parser, errorRateOption, 0.0, 1.0, &options.faults.serverErrorRate)
        && readNumber(parser, rateLimitOption, 0, 1'000'000, &options.faults.rateLimitPerSecond)
        && readNumber(parser, dropRateOption, 0.0, 1.0, &options.faults.dropRate);
    if (!valid)
        return 2;
    if (options.apiKey.isEmpty()) {
        fail(u"--api-key must not be empty"_s);
        return 2;
    }

    SandboxSignalWatcher signalWatcher;
    if (!signalWatcher.isWatching()) {
        fail(u"cannot install the SIGINT/SIGTERM handlers"_s);
        return 1;
    }
    QObject::connect(
        &signalWatcher, &SandboxSignalWatcher::terminationRequested, &app, [] { QCoreApplication::quit(); });

    SandboxServer server(options);
    if (server.listen(QHostAddress::LocalHost, port) == 0) {
        fail(u"cannot listen on 127.0.0.1:%1"_s.arg(port));
        return 1;
    }
    // Exactly one line on stdout, flushed, so that scripts and tests can wait for it.
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
