// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include "core/domain/pagereader.h"
#include "core/models/accountstore.h"
#include "core/services/accountexport.h"
#include "sandbox/sandboxseeder.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

// AccountExport over the seed organizations:
//   export_start      what start() costs the GUI thread: the copy of the store's rows and of
//                     the row list, and starting the worker (median, thread CPU time)
//   export_next_page  the store's next page after start(): it pays for the text arena the
//                     export now shares (median, thread CPU time)
//   export_batch_copy the copy of the store's AccountBatch alone, and the same page into a
//                     store no export shares
//   export_total      start() to finished(), every row to a file (median, wall time)
// Without --rows it loads 2,000 accounts: that is how ctest runs it, to prove it works.
namespace
{
constexpr int repeats = 5;

QByteArray pageOf(const std::vector<SandboxAccount> &accounts, size_t first, size_t count)
{
    QByteArray page = "{\"organizations\":[";
    for (size_t i = first; i < std::min(accounts.size(), first + count); ++i)
        page += (i > first ? "," : "") + accounts[i].json;
    return page + "],\"hasMore\":false}";
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"AccountExport over the seed organizations"_s);
    parser.addHelpOption();
    parser.addOption({ u"rows"_s, u"Organizations to load (default 2000)."_s, u"n"_s, u"2000"_s });
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();

    const std::vector<SandboxAccount> accounts
        = SandboxSeeder::generate(SandboxKind::Organization, rows + 100, 1, false);
    AccountStore store(AccountKind::Organization);
    for (size_t first = 0; first < size_t(rows); first += 100) {
        const PageReadResult page = PageReader::readPage(AccountKind::Organization, pageOf(accounts, first, 100));
        if (!page.ok())
            return 1;
        store.append(page.batch);
    }
    const PageReadResult nextPage
        = PageReader::readPage(AccountKind::Organization, pageOf(accounts, size_t(rows), 100));
    if (rows <= 0 || store.size() != rows || !nextPage.ok()) {
        std::fprintf(stderr, "bench_export: could not load %d organizations\n", rows);
        return 1;
    }
    std::vector<int> shown(static_cast<size_t>(rows));
    for (size_t i = 0; i < shown.size(); ++i)
        shown[i] = int(shown.size() - 1 - i);

    // The same page into a store no export shares, for comparison.
    std::vector<double> alone;
    for (int i = 0; i < repeats; ++i) {
        AccountStore copy(AccountKind::Organization);
        copy.append(store.rows());
        const qint64 pageStart = Bench::threadCpuNs();
        copy.append(nextPage.batch);
        alone.push_back(Bench::ms(Bench::threadCpuNs() - pageStart));
    }

    // The batch copy alone, the bulk of start().
    std::vector<double> copies;
    for (int i = 0; i < repeats; ++i) {
        const qint64 copyStart = Bench::threadCpuNs();
        const AccountBatch copy(store.rows());
        copies.push_back(Bench::ms(Bench::threadCpuNs() - copyStart));
    }

    QTemporaryDir dir;
    std::vector<double> starts;
    std::vector<double> nextPages;
    std::vector<double> totals;
    for (int i = 0; i < repeats; ++i) {
        AccountStore copy(AccountKind::Organization);
        copy.append(store.rows());
        AccountExport exporter;
        bool done = false;
        bool ok = false;
        qint64 end = 0;
        QObject::connect(&exporter, &AccountExport::finished, &app, [&](bool success) {
            end = Bench::monotonicNs();
            ok = success;
            done = true;
            Bench::poke();
        });
        const qint64 wallStart = Bench::monotonicNs();
        const qint64 cpuStart = Bench::threadCpuNs();
        exporter.start(copy, shown, dir.filePath(u"out.csv"_s));
        starts.push_back(Bench::ms(Bench::threadCpuNs() - cpuStart));
        const qint64 pageStart = Bench::threadCpuNs();
        copy.append(nextPage.batch);
        nextPages.push_back(Bench::ms(Bench::threadCpuNs() - pageStart));
        if (!Bench::runUntil([&] { return done; }, 120'000) || !ok) {
            std::fprintf(stderr, "bench_export: the export failed\n");
            return 1;
        }
        totals.push_back(Bench::ms(end - wallStart));
    }
    std::fprintf(stderr,
        "bench_export: %d organizations: start() %.2f ms on the GUI thread (the batch copy %.2f ms), the next page "
        "then %.2f ms "
        "(%.2f ms without an export), export %.0f ms in all\n",
        rows, Bench::median(starts), Bench::median(copies), Bench::median(nextPages), Bench::median(alone),
        Bench::median(totals));
    Bench::result("export_start_ms", Bench::median(starts));
    Bench::result("export_batch_copy_ms", Bench::median(copies));
    Bench::result("export_next_page_ms", Bench::median(nextPages));
    Bench::result("export_next_page_alone_ms", Bench::median(alone));
    Bench::result("export_total_ms", Bench::median(totals));
    return 0;
}
