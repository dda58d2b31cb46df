// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxadmin.h"

#include <algorithm>
#include <cmath>

#include <QJsonDocument>
#include <QJsonObject>

#include "sandbox/sandboxfaultinjector.h"
#include "sandbox/sandboxjsonwriter.h"

namespace
{

using Method = QHttpServerRequest::Method;

constexpr QByteArrayView adminRoot = "/_sandbox/";
// The same limits as the command line's.
constexpr double maxMs = 600'000;
constexpr double maxRate = 1'000'000;

SandboxResponse error(int status, const QByteArray &message)
{
    return { status, SandboxJsonWriter::errorBody(message), {} };
}

// Reads one optional number field: 400 when it is not a (whole, if `integer`) number,
// 422 when it is outside [0, maximum].
bool readField(
    const QJsonObject &object, const char *name, double maximum, bool integer, double *out, SandboxResponse *failure)
{
    const QJsonValue value = object.value(QLatin1StringView(name));
    if (value.isUndefined() || value.isNull()) {
        *out = 0;
        return true;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || (integer && number != std::floor(number))) {
        *failure = error(400,
            QByteArray(name) + (integer ? QByteArray(" must be a whole number.") : QByteArray(" must be a number.")));
        return false;
    }
    if (number < 0 || number > maximum) {
        *failure = error(422, QByteArray(name) + " must be from 0 to " + QByteArray::number(maximum, 'g', 10) + '.');
        return false;
    }
    *out = number;
    return true;
}

} // namespace

SandboxAdmin::SandboxAdmin(
    const SandboxApi &api, SandboxFaultInjector &faults, const std::atomic<quint64> &requestCount)
    : m_api(api)
    , m_faults(faults)
    , m_requestCount(requestCount)
{ }

bool SandboxAdmin::isAdminPath(QByteArrayView path)
{
    return path.startsWith(adminRoot) || path == adminRoot.chopped(1);
}

QByteArray SandboxAdmin::faultsJson(const SandboxFaults &faults)
{
    QJsonObject object;
    object.insert(QLatin1StringView("latencyMs"), faults.latencyMs);
    object.insert(QLatin1StringView("jitterMs"), faults.jitterMs);
    object.insert(QLatin1StringView("serverErrorRate"), faults.serverErrorRate);
    object.insert(QLatin1StringView("rateLimitPerSecond"), faults.rateLimitPerSecond);
    object.insert(QLatin1StringView("dropRate"), faults.dropRate);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<SandboxFaults> SandboxAdmin::parseFaults(const QByteArray &body, SandboxResponse *failure)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *failure = error(400, "The body must be a JSON object of fault settings.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    static const QByteArrayView known[]
        = { "latencyMs", "jitterMs", "serverErrorRate", "rateLimitPerSecond", "dropRate" };
    // A misspelt field would silently leave a fault off: refuse it.
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        if (std::find(std::begin(known), std::end(known), QByteArrayView(key)) == std::end(known)) {
            *failure = error(400,
                "Unknown field \"" + key.left(100)
                    + "\"; known: latencyMs, jitterMs, serverErrorRate, rateLimitPerSecond, dropRate.");
            return std::nullopt;
        }
    }
    double latency = 0;
    double jitter = 0;
    double errorRate = 0;
    double rateLimit = 0;
    double dropRate = 0;
    if (!readField(object, "latencyMs", maxMs, true, &latency, failure)
        || !readField(object, "jitterMs", maxMs, true, &jitter, failure)
        || !readField(object, "serverErrorRate", 1.0, false, &errorRate, failure)
        || !readField(object, "rateLimitPerSecond", maxRate, true, &rateLimit, failure)
        || !readField(object, "dropRate", 1.0, false, &dropRate, failure))
        return std::nullopt;
    SandboxFaults faults;
    faults.latencyMs = int(latency);
    faults.jitterMs = int(jitter);
    faults.serverErrorRate = errorRate;
    faults.rateLimitPerSecond = int(rateLimit);
    faults.dropRate = dropRate;
    return faults;
}

SandboxResponse SandboxAdmin::handle(const SandboxRequest &request)
{
    m_adminRequests.fetch_add(1, std::memory_order_relaxed);
    if (request.authorization.isEmpty())
        return error(401, "Missing API key: send it as \"Authorization: Bearer <key>\".");
    if (!m_api.isAuthorized(request.authorization))
        return error(401, "Invalid API key.");

    if (request.path == "/_sandbox/faults") {
        if (request.method == Method::Get)
            return { 200, faultsJson(m_faults.faults()), {} };
        if (request.method == Method::Put) {
            SandboxResponse failure;
            const std::optional<SandboxFaults> faults = parseFaults(request.body, &failure);
            if (!faults)
                return failure;
            m_faults.setFaults(*faults);
            return { 200, faultsJson(*faults), {} };
        }
        return { 405, SandboxJsonWriter::errorBody("Method not allowed; this path accepts GET, PUT."),
            { { "Allow", "GET, PUT" } } };
    }
    if (request.path == "/_sandbox/stats") {
        if (request.method != Method::Get)
            return { 405, SandboxJsonWriter::errorBody("Method not allowed; this path accepts GET."),
                { { "Allow", "GET" } } };
        const SandboxFaultCounts counts = m_faults.counts();
        QJsonObject faults;
        faults.insert(QLatin1StringView("dropped"), qint64(counts.dropped));
        faults.insert(QLatin1StringView("droppedAfterActing"), qint64(counts.droppedAfterActing));
        faults.insert(QLatin1StringView("rateLimited"), qint64(counts.rateLimited));
        faults.insert(QLatin1StringView("internalServerError"), qint64(counts.internalServerError));
        faults.insert(QLatin1StringView("serviceUnavailable"), qint64(counts.serviceUnavailable));
        QJsonObject stats;
        stats.insert(QLatin1StringView("requests"), qint64(m_requestCount.load(std::memory_order_relaxed)));
        stats.insert(QLatin1StringView("adminRequests"), qint64(requestCount()));
        stats.insert(QLatin1StringView("faults"), faults);
        return { 200, QJsonDocument(stats).toJson(QJsonDocument::Compact), {} };
    }
    return error(404, "Not found: the sandbox's own endpoints are /_sandbox/faults and /_sandbox/stats.");
}
