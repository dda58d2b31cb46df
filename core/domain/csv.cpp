// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

#include "core/domain/utf8.h"

namespace
{
// A leading apostrophe is guarded too, so that reading back can always strip exactly one.
bool needsGuard(const QString &field)
{
    return !field.isEmpty()
        && (field[0] == u'=' || field[0] == u'+' || field[0] == u'-' || field[0] == u'@' || field[0] == u'\'');
}

QByteArray quoted(const QString &rawField)
{
    const QString field = needsGuard(rawField) ? u'\'' + rawField : rawField;
    const QByteArray utf8 = field.toUtf8();
    const bool needsQuotes = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')
        || field.startsWith(u'\'');
    if (!needsQuotes)
        return utf8;
    QByteArray out = "\"";
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

QString unguarded(const QString &field)
{
    if (field.size() > 1 && field[0] == u'\'' && needsGuard(field.mid(1)))
        return field.mid(1);
    return field;
}
} // namespace

namespace Csv
{
QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quoted(fields[i]);
    }
    return out + "\r\n";
}

QList<QStringList> readRows(QByteArrayView csv)
{
    QList<QStringList> rows;
    QStringList fields;
    QByteArray field;
    bool inQuotes = false;
    bool wasQuoted = false;
    auto endField = [&] {
        const QString text = decodeUtf8(field);
        fields.append(wasQuoted ? unguarded(text) : text);
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        rows.append(fields);
        fields.clear();
    };
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            inQuotes = true;
            wasQuoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
            endRow();
            ++i;
        } else if (c == '\n') {
            endRow();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRow();
    return rows;
}

} // namespace Csv
