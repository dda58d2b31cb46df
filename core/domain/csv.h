// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>

// CSV as RFC 4180 has it (UTF-8, CRLF line ends), for every export the console writes.
//
// Spreadsheets execute a cell that starts with = + - @ as a formula, and most of what is
// exported came from a server: such a cell is written with a leading apostrophe, which
// spreadsheets hide and readCsvRows() removes again.
namespace Csv
{
/// One line of fields, quoted where needed, CRLF included.
QByteArray line(const QStringList &fields);
/// Splits CSV text into rows of fields, undoing quoting and the formula guard.
QList<QStringList> readRows(QByteArrayView csv);
} // namespace Csv
