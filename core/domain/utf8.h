// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

/// Decodes UTF-8 exactly. Unlike QString::fromUtf8 it keeps a leading U+FEFF: inside a
/// server's string that is a character of the value, not a byte-order mark.
QString decodeUtf8(QByteArrayView utf8);

/// At most `maxUnits` UTF-16 units of `text`, shortened by one more rather than cutting a
/// surrogate pair (an emoji) in half.
QString leftWithoutSplittingPairs(const QString &text, qsizetype maxUnits);
