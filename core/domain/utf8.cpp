// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8.h"

QString decodeUtf8(QByteArrayView utf8)
{
    // QString::fromUtf8 drops one leading EF BB BF; put back each one it would drop.
    constexpr char bom[] = "\xEF\xBB\xBF";
    qsizetype leadingMarks = 0;
    while (utf8.sliced(leadingMarks * 3).startsWith(QByteArrayView(bom, 3)))
        ++leadingMarks;
    if (leadingMarks == 0)
        return QString::fromUtf8(utf8);
    return QString(leadingMarks, QChar(0xFEFF)) + QString::fromUtf8(utf8.sliced(leadingMarks * 3));
}

QString leftWithoutSplittingPairs(const QString &text, qsizetype maxUnits)
{
    if (text.size() <= maxUnits)
        return text;
    qsizetype cut = maxUnits;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut);
}
