// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The one place that keeps API keys out of what the console shows or writes: error texts
// (servers and proxies sometimes echo request headers), id fields a key was pasted into,
// and every field of the audit journal.
namespace Redaction
{
/// What stands where a secret was.
QString marker();
/// `text` with every secret of at least 4 characters, and the token after any "Bearer",
/// replaced by marker().
QString redact(QString text, const QStringList &secrets);
/// As redact() with one secret.
QString redact(QString text, const QString &secret);
} // namespace Redaction
