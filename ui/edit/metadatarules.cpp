// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatarules.h"

#include <QLocale>

using namespace Qt::StringLiterals;

qsizetype MetadataRules::characterCount(const QString &text)
{
    qsizetype count = 0;
    for (const QChar c : text)
        count += c.isLowSurrogate() ? 0 : 1;
    return count;
}

QString MetadataRules::nameProblem(const QString &name)
{
    // The contract asks for at least one character and nothing more: a name of spaces is
    // the person's to choose, and is sent as typed.
    if (name.isEmpty())
        return tr("The name needs at least 1 character.");
    return {};
}

QString MetadataRules::keyProblem(const QString &key)
{
    if (key.isEmpty())
        return tr("the key is empty; a key needs at least 1 character");
    const qsizetype count = characterCount(key);
    if (count > maxKeyLength)
        return tr("the key has %1 characters; at most %2 are allowed")
            .arg(QLocale().toString(qlonglong(count)), QLocale().toString(maxKeyLength));
    return {};
}

QString MetadataRules::valueProblem(const QString &value)
{
    const qsizetype count = characterCount(value);
    if (count > maxValueLength)
        return tr("the value has %1 characters; at most %2 are allowed")
            .arg(QLocale().toString(qlonglong(count)), QLocale().toString(maxValueLength));
    return {};
}

QString MetadataRules::elided(const QString &text, int maxCharacters)
{
    QString shown;
    int characters = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isLowSurrogate() && ++characters > maxCharacters) {
            shown.append(u'\u2026');
            break;
        }
        shown.append(c == u'\n' || c == u'\r' ? QChar(0x23CE) : c);
    }
    return shown;
}
