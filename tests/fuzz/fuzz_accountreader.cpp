// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes PageReader::readAccount (retrieve, deactivate and reactivate bodies) for both
// account kinds, and checks it agrees with the page reader on the same object.
#include <cstddef>
#include <cstdint>

#include "core/domain/pagereader.h"
#include "tests/fuzz/batchchecks.h"
#include "tests/fuzz/fuzzcheck.h"

using namespace Qt::StringLiterals;

namespace
{
void checkAccount(AccountKind kind, QByteArrayView json)
{
    const AccountReadResult result = PageReader::readAccount(kind, json);
    if (!result.ok()) {
        checkRefusal(result.batch, kind, *result.error);
        return;
    }
    FUZZ_CHECK(result.batch.size() == 1);
    checkBatchInvariants(result.batch, kind);
    checkAgainstQtJson(result.batch, json, QLatin1StringView());

    // The same object as the only row of a page must read to the same account.
    const QLatin1StringView listField = accountKindInfo(kind).listField;
    const QByteArray page
        = "{\"" + QByteArray(listField.data(), listField.size()) + "\":[" + json.toByteArray() + "],\"hasMore\":false}";
    const PageReadResult asPage = PageReader::readPage(kind, page);
    FUZZ_CHECK(asPage.ok());
    FUZZ_CHECK(sameAccounts(asPage.batch, result.batch));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char *>(data), qsizetype(size));
    checkAccount(AccountKind::ExpressCustomer, json);
    checkAccount(AccountKind::Organization, json);
    return 0;
}
