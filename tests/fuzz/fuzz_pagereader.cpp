// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes PageReader::readPage for both account kinds with the same bytes: a page is
// refused cleanly or every row it yields obeys the API's schema.
#include <cstddef>
#include <cstdint>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/pagereader.h"
#include "tests/fuzz/batchchecks.h"
#include "tests/fuzz/fuzzcheck.h"

using namespace Qt::StringLiterals;

namespace
{
void checkPage(AccountKind kind, const PageReadResult &page, QByteArrayView json)
{
    if (!page.ok()) {
        checkRefusal(page.batch, kind, *page.error);
        FUZZ_CHECK(!page.hasMore);
        FUZZ_CHECK(page.cursor.isEmpty());
        FUZZ_CHECK(!page.hasNextPage());
        return;
    }
    checkBatchInvariants(page.batch, kind);
    checkAgainstQtJson(page.batch, json, accountKindInfo(kind).listField);
    const QJsonObject root = QJsonDocument::fromJson(json.toByteArray()).object();
    FUZZ_CHECK(root.value("hasMore"_L1).toBool(false) == page.hasMore);
    // The reader keeps a cursor's leading U+FEFF (it is part of the opaque value); Qt's own
    // JSON parser, the reference here, drops one raw U+FEFF at the start of a string.
    const QString cursor = root.value("cursor"_L1).toString();
    FUZZ_CHECK(cursor == page.cursor || (page.cursor.startsWith(QChar(0xFEFF)) && page.cursor.mid(1) == cursor));
    FUZZ_CHECK(page.hasNextPage() == (page.hasMore && !page.batch.isEmpty() && !page.cursor.isEmpty()));

    // Each row, written out again, must read the same through the single-account reader.
    // Not when the page has a raw U+FEFF: Qt's JSON parser drops one that starts a string,
    // so what it writes out is no longer the same account.
    if (json.contains("\xEF\xBB\xBF"))
        return;
    const QJsonArray accounts = root.value(accountKindInfo(kind).listField).toArray();
    for (qsizetype row = 0; row < page.batch.size(); ++row) {
        const QByteArray one = QJsonDocument(accounts.at(row).toObject()).toJson(QJsonDocument::Compact);
        const AccountReadResult single = PageReader::readAccount(kind, one);
        FUZZ_CHECK(single.ok());
        FUZZ_CHECK(single.batch.size() == 1);
        FUZZ_CHECK(sameAccountIgnoringMetadataOrder(single.batch.account(0), page.batch.account(row)));
    }
}

bool sameResult(const PageReadResult &a, const PageReadResult &b)
{
    if (a.ok() != b.ok())
        return false;
    if (!a.ok())
        return a.error->field == b.error->field && a.error->message == b.error->message;
    return a.hasMore == b.hasMore && a.cursor == b.cursor && sameAccounts(a.batch, b.batch);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));
    const PageReadResult customers = PageReader::readPage(AccountKind::ExpressCustomer, json);
    checkPage(AccountKind::ExpressCustomer, customers, json);
    const PageReadResult organizations = PageReader::readPage(AccountKind::Organization, json);
    checkPage(AccountKind::Organization, organizations, json);

    // The reader keeps one parser per thread: what it read before must not change the answer.
    FUZZ_CHECK(sameResult(PageReader::readPage(AccountKind::ExpressCustomer, json), customers));
    return 0;
}
