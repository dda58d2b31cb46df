// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes ApiError::messageFromBody, which reads whatever an error response carries: a
// JSON error of one of three shapes, an HTML page, or noise.
#include <cstddef>
#include <cstdint>

#include <QJsonDocument>
#include <QJsonObject>

#include "core/api/apierror.h"
#include "tests/fuzz/fuzzcheck.h"

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype maxMessageLength = 500;

// The text the body offers before simplifying and capping, in the documented order.
QString offeredText(QByteArrayView body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray());
    const QJsonObject object = document.object();
    const QJsonValue message = object.value("message"_L1);
    const QJsonValue error = object.value("error"_L1);
    if (message.isString())
        return message.toString();
    if (error.toObject().value("message"_L1).isString())
        return error.toObject().value("message"_L1).toString();
    return error.toString();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString message = ApiError::messageFromBody(body);
    FUZZ_CHECK(message.size() <= maxMessageLength);
    FUZZ_CHECK(message == message.simplified());

    const QString offered = offeredText(body).simplified();
    if (offered.size() <= maxMessageLength) {
        FUZZ_CHECK(message == offered);
    } else {
        FUZZ_CHECK(message.endsWith(u"..."_s));
        FUZZ_CHECK(offered.startsWith(message.chopped(3)));
    }
    // Capping must not cut a character in two: the message is shown and logged as UTF-8.
    // Finding: the cap counts UTF-16 units and may keep half of a surrogate pair;
    // AVARA_FUZZ_KNOWN_ISSUES=cut-surrogate looks past it until it is fixed.
    if (QStringView(offered).isValidUtf16() && !isKnownIssue("cut-surrogate"))
        FUZZ_CHECK(QStringView(message).isValidUtf16());
    return 0;
}
