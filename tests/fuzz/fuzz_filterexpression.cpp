// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes FilterExpression::parse with the bytes as UTF-8 and, reinterpreted, as raw UTF-16
// (lone surrogates and all). A mistake must be marked inside the text; a valid expression is
// evaluated over a small fixed store, one row at a time and in one pass, and both must agree.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include <QDateTime>
#include <QString>

#include "core/models/accountfilter.h"
#include "core/models/accountstore.h"
#include "core/models/filterexpression.h"
#include "tests/fuzz/fuzzcheck.h"

using namespace Qt::StringLiterals;

namespace
{
const qint64 now = QDateTime(QDate(2026, 1, 15), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

Account account(int n, const QString &name, bool isActive, qint64 users, MetadataPairs metadata)
{
    Account account;
    account.kind = AccountKind::Organization;
    account.id = u"org_%1"_s.arg(n * 7919, 32, 16, QLatin1Char('0'));
    account.name = name;
    account.isActive = isActive;
    account.userCount = users;
    if (n % 3 != 0)
        account.createdAt = QDateTime::fromMSecsSinceEpoch(now - qint64(n) * 40 * 86'400'000, Qt::UTC);
    if (n % 4 != 0)
        account.updatedAt = QDateTime::fromMSecsSinceEpoch(now - qint64(n) * 3'600'000, Qt::UTC);
    if (n % 2 == 0)
        account.createdByApiKeyId = u"550e8400-e29b-41d4-a716-446655440000"_s;
    else
        account.createdByUserId = u"usr_%1"_s.arg(n);
    account.metadata = std::move(metadata);
    return account;
}

const AccountStore &store()
{
    static AccountStore *const rows = [] {
        auto *store = new AccountStore(AccountKind::Organization);
        AccountBatch batch(AccountKind::Organization);
        batch.append(account(0, u"Acme Clinic"_s, true, 15, { { u"region"_s, u"EU"_s }, { u"tier"_s, u"gold"_s } }));
        batch.append(account(1, u"North Star Imaging"_s, false, 3, { { u"Region"_s, u"us-east"_s } }));
        batch.append(account(2, u"north-star Labs"_s, true, 10, {}));
        batch.append(account(3, u"\u00c9cole \"Quote\" \\ Back"_s, true, 0, { { u"my key"_s, u"x:y"_s } }));
        batch.append(account(4, u"\U0001F3E5 abc\u202efed"_s, false, 1000, { { u"bidi"_s, u"\u202e"_s } }));
        batch.append(account(5, u"Gamma a:b (c) or d"_s, true, 11, { { u"note"_s, u"missing"_s } }));
        store->append(batch);
        return store;
    }();
    return *rows;
}

void check(const QString &text)
{
    const FilterExpression expression = FilterExpression::parse(text, now);
    const AccountStore &rows = store();
    switch (expression.kind()) {
    case FilterExpression::Kind::Invalid: {
        const FilterExpressionError &error = expression.error();
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(error.position >= 0 && error.length >= 0);
        FUZZ_CHECK(error.position + error.length <= text.size());
        FUZZ_CHECK(error.length > 0 || error.position == text.size());
        FUZZ_CHECK(!expression.matches(rows, 0));
        break;
    }
    case FilterExpression::Kind::Expression: {
        std::vector<quint8> matches(size_t(rows.size()) + 1, 1);
        expression.keepMatchingRows(rows, matches);
        FUZZ_CHECK(matches.back() == 0);
        for (qsizetype row = 0; row < rows.size(); ++row)
            FUZZ_CHECK(matches[size_t(row)] == quint8(expression.matches(rows, row)));
        break;
    }
    case FilterExpression::Kind::PlainText:
        break;
    }

    // AccountFilter keeps the last valid text: whatever came before stays in force after a mistake.
    AccountFilter filter;
    filter.setText(u"users>10"_s, now);
    filter.setText(text, now);
    FUZZ_CHECK(filter.hasError() == (expression.kind() == FilterExpression::Kind::Invalid));
    FUZZ_CHECK(filter.appliedText() == (filter.hasError() ? u"users>10"_s : text.trimmed()));
    std::vector<quint8> matches(size_t(rows.size()), 0);
    filter.matchRows(rows, matches);
    for (qsizetype row = 0; row < rows.size(); ++row)
        FUZZ_CHECK(matches[size_t(row)] == quint8(filter.matches(rows, row)));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    check(QString::fromUtf8(bytes));
    // The same bytes as UTF-16 units: text a widget could hold that no UTF-8 decodes to.
    QString units(qsizetype(size / 2), Qt::Uninitialized);
    if (!units.isEmpty())
        std::memcpy(units.data(), data, size / 2 * 2);
    check(units);
    return 0;
}
