// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Redaction
{
QString marker()
{
    return u"[redacted]"_s;
}

QString redact(QString text, const QStringList &secrets)
{
    // Shorter strings would match ordinary words; a real key is far longer.
    for (const QString &secret : secrets) {
        if (secret.size() >= 4)
            text.replace(secret, marker());
    }
    static const QRegularExpression bearer(u"(bearer)\\s+[^\\s\"',;]+"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, u"\\1 "_s + marker());
    return text;
}

QString redact(QString text, const QString &secret)
{
    return redact(std::move(text), QStringList { secret });
}
} // namespace Redaction
