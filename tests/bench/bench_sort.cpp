// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "core/domain/pagereader.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "sandbox/sandboxseeder.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

// The proxy's sorting on the sandbox's seed organizations, in the store, table and proxy of
// the console but without a window (bench_console measures the sorted publishes with one):
//   sort_<column>     a sort from source order by that column, ascending (and by name
//                     descending), in thread CPU time
//   sorted_insert     the last 10 pages published at once into a proxy sorted by name that
//                     holds the rest (the proxy's work, not the store's)
//   sorted_change     one row replaced by a copy with another name, in a proxy sorted by name
// Without --rows it loads 2,000 accounts: that is how ctest runs it, to prove it works.
namespace
{
constexpr int repeats = 9;

std::vector<AccountBatch> pages(int rows)
{
    std::vector<AccountBatch> batches;
    const std::vector<SandboxAccount> accounts = SandboxSeeder::generate(SandboxKind::Organization, rows, 1, false);
    for (size_t first = 0; first < accounts.size(); first += 100) {
        QByteArray page = "{\"organizations\":[";
        for (size_t i = first; i < std::min(accounts.size(), first + 100); ++i)
            page += (i > first ? "," : "") + accounts[i].json;
        page += "],\"hasMore\":false}";
        PageReadResult result = PageReader::readPage(AccountKind::Organization, page);
        if (!result.ok())
            return {};
        batches.push_back(std::move(result.batch));
    }
    return batches;
}

// The median thread CPU time of `repeats` sorts from source order by `column`.
double sortMs(AccountFilterModel &proxy, int column, Qt::SortOrder order)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        proxy.sort(-1);
        const qint64 start = Bench::threadCpuNs();
        proxy.sort(column, order);
        times.push_back(Bench::ms(Bench::threadCpuNs() - start));
    }
    return Bench::median(times);
}

// The median thread CPU time to take the last page of rows into a proxy sorted by name.
double sortedInsertMs(const std::vector<AccountBatch> &batches)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        AccountStore store(AccountKind::Organization);
        AccountTableModel table(&store);
        table.setInsertInterval(0);
        AccountFilterModel proxy;
        proxy.setSortedInsertLimit(0);
        proxy.setSourceModel(&table);
        proxy.sort(AccountTableModel::NameColumn);
        const size_t held = batches.size() > 10 ? batches.size() - 10 : batches.size() - 1;
        for (size_t b = 0; b < held; ++b)
            store.append(batches[b]);
        // The table publishes on its timer, which never runs here: the store's own work
        // (growing its arrays among it) stays out of the figure.
        table.setInsertInterval(60'000);
        for (size_t b = held; b < batches.size(); ++b)
            store.append(batches[b]);
        const qint64 start = Bench::threadCpuNs();
        table.publishPendingRows();
        times.push_back(Bench::ms(Bench::threadCpuNs() - start));
    }
    return Bench::median(times);
}

// The median thread CPU time of replacing one row (its name changed) in a proxy sorted by name.
double sortedChangeMs(AccountStore &store, AccountFilterModel &proxy)
{
    proxy.sort(AccountTableModel::NameColumn);
    std::vector<double> times;
    for (int i = 0; i < repeats * 5; ++i) {
        Account account = store.account((i * 7919) % store.size());
        account.name = (i % 2 ? u"Zz "_s : u"Aa "_s) + account.name;
        AccountBatch batch(AccountKind::Organization);
        batch.append(account);
        const qint64 start = Bench::threadCpuNs();
        store.upsert(batch);
        times.push_back(Bench::ms(Bench::threadCpuNs() - start));
    }
    return Bench::median(times);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The proxy's sorting over the seed organizations"_s);
    parser.addHelpOption();
    parser.addOption({ u"rows"_s, u"Organizations to load (default 2000)."_s, u"n"_s, u"2000"_s });
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();

    const std::vector<AccountBatch> batches = pages(rows);
    AccountStore store(AccountKind::Organization);
    AccountTableModel table(&store);
    table.setInsertInterval(0);
    AccountFilterModel proxy;
    proxy.setSourceModel(&table);
    for (const AccountBatch &batch : batches)
        store.append(batch);
    if (rows <= 0 || store.size() != rows) {
        std::fprintf(stderr, "bench_sort: could not load %d organizations\n", rows);
        return 1;
    }
    std::fprintf(stderr, "bench_sort: %lld organizations\n", qlonglong(store.size()));

    const struct
    {
        int column;
        const char *name;
    } columns[] = {
        { AccountTableModel::StatusColumn, "status" },
        { AccountTableModel::NameColumn, "name" },
        { AccountTableModel::IdColumn, "id" },
        { AccountTableModel::UsersColumn, "users" },
        { AccountTableModel::CreatedColumn, "created" },
        { AccountTableModel::MetadataColumn, "metadata" },
        { AccountTableModel::CreatedByColumn, "created_by" },
    };
    for (const auto &column : columns) {
        const double ms = sortMs(proxy, column.column, Qt::AscendingOrder);
        std::fprintf(stderr, "sort by %s: %.2f ms\n", column.name, ms);
        Bench::result(QByteArray("sort_" + QByteArray(column.name) + "_ms").constData(), ms);
    }
    const double descending = sortMs(proxy, AccountTableModel::NameColumn, Qt::DescendingOrder);
    std::fprintf(stderr, "sort by name, descending: %.2f ms\n", descending);
    Bench::result("sort_name_descending_ms", descending);

    const double insert = sortedInsertMs(batches);
    std::fprintf(stderr, "last 10 pages into a proxy sorted by name: %.2f ms\n", insert);
    Bench::result("sorted_insert_ms", insert);

    const double change = sortedChangeMs(store, proxy);
    std::fprintf(stderr, "one renamed row in a proxy sorted by name: %.3f ms\n", change);
    Bench::result("sorted_change_ms", change);
    return 0;
}
