// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

#include "core/domain/pagereader.h"
#include "core/models/accountfilter.h"
#include "core/models/accountfiltermodel.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "sandbox/sandboxseeder.h"
#include "tests/bench/benchutil.h"

using namespace Qt::StringLiterals;

// Filter expressions against plain text on the sandbox's seed organizations, in the store,
// table and proxy of the console but without a window (bench_console measures the window):
//   plain       the keystrokes bench_console types ("health", "north", typed and taken back),
//               each a proxy re-filter, as filter_proxy_* there
//   expression  `meta.region=EU users>10 created<90d` from no filter, and a variant that
//               matches rows (the sandbox's regions are US ones), each a proxy re-filter
//   typing      the compound expression typed one key at a time: parse and re-filter per key
//               (a key that leaves a mistake keeps the last valid filter: no re-filter)
// Without --rows it loads 2,000 accounts: that is how ctest runs it, to prove it works.
// AVARA_BENCH_VERBOSE=1 prints each key of the typing run.
namespace
{
constexpr int repeats = 15;

bool load(AccountStore &store, int rows)
{
    const std::vector<SandboxAccount> accounts = SandboxSeeder::generate(SandboxKind::Organization, rows, 1, false);
    for (size_t first = 0; first < accounts.size(); first += 100) {
        QByteArray page = "{\"organizations\":[";
        for (size_t i = first; i < std::min(accounts.size(), first + 100); ++i)
            page += (i > first ? "," : "") + accounts[i].json;
        page += "],\"hasMore\":false}";
        PageReadResult result = PageReader::readPage(AccountKind::Organization, page);
        if (!result.ok())
            return false;
        store.append(result.batch);
    }
    return store.size() == rows;
}

AccountFilter filterOf(const QString &text, qint64 nowMs)
{
    AccountFilter filter;
    filter.setText(text, nowMs);
    return filter;
}

// The median of `repeats` re-filters from `from` to `to`.
double refilterMs(AccountFilterModel &proxy, const AccountFilter &from, const AccountFilter &to)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        proxy.setFilter(from);
        const qint64 start = Bench::monotonicNs();
        proxy.setFilter(to);
        times.push_back(Bench::ms(Bench::monotonicNs() - start));
    }
    return Bench::median(times);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Filter expressions against plain text over the seed organizations"_s);
    parser.addHelpOption();
    parser.addOption({ u"rows"_s, u"Organizations to load (default 2000)."_s, u"n"_s, u"2000"_s });
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();

    AccountStore store(AccountKind::Organization);
    AccountTableModel table(&store);
    table.setInsertInterval(0);
    AccountFilterModel proxy;
    proxy.setSourceModel(&table);
    if (rows <= 0 || !load(store, rows)) {
        std::fprintf(stderr, "bench_filter: could not load %d organizations\n", rows);
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::fprintf(stderr, "bench_filter: %lld organizations\n", qlonglong(store.size()));

    // Plain text, key by key, as bench_console types it.
    double plainTotal = 0;
    double plainMax = 0;
    int plainKeys = 0;
    for (const QString &word : { u"health"_s, u"north"_s }) {
        QStringList texts;
        for (qsizetype i = 1; i <= word.size(); ++i)
            texts.append(word.first(i));
        for (qsizetype i = word.size() - 1; i >= 0; --i)
            texts.append(word.first(i));
        QString previous;
        for (const QString &text : std::as_const(texts)) {
            const double ms = refilterMs(proxy, filterOf(previous, now), filterOf(text, now));
            plainTotal += ms;
            plainMax = qMax(plainMax, ms);
            ++plainKeys;
            previous = text;
        }
    }

    const AccountFilter none;
    const QString compound = u"meta.region=EU users>10 created<90d"_s;
    const QString matching = u"meta.region=west users>10 created<3y"_s;
    const double compoundMs = refilterMs(proxy, none, filterOf(compound, now));
    const qsizetype compoundShown = proxy.shownCount();
    const double matchingMs = refilterMs(proxy, none, filterOf(matching, now));
    const qsizetype matchingShown = proxy.shownCount();
    // Text terms and an or: the expression's slowest kind of term, for comparison.
    const QString wordy = u"health or north -clinic"_s;
    const double wordyMs = refilterMs(proxy, none, filterOf(wordy, now));
    const qsizetype wordyShown = proxy.shownCount();

    // The compound expression typed key by key into one filter, as the search field would.
    double typingMax = 0;
    std::vector<double> parses;
    AccountFilter typing;
    proxy.setFilter(typing);
    for (qsizetype i = 1; i <= compound.size(); ++i) {
        const qint64 start = Bench::monotonicNs();
        typing.setText(compound.first(i), now);
        parses.push_back(Bench::ms(Bench::monotonicNs() - start));
        proxy.setFilter(typing);
        const double ms = Bench::ms(Bench::monotonicNs() - start);
        typingMax = qMax(typingMax, ms);
        if (qEnvironmentVariableIsSet("AVARA_BENCH_VERBOSE"))
            std::fprintf(stderr, "  \"%s\": %.2f ms, %lld shown%s\n", qPrintable(compound.first(i)), ms,
                qlonglong(proxy.shownCount()), typing.hasError() ? " (mistake: last valid filter kept)" : "");
    }

    std::fprintf(stderr,
        "plain keystrokes: mean %.2f ms, max %.2f ms (%d keys)\n"
        "\"%s\": %.2f ms, %lld shown\n\"%s\": %.2f ms, %lld shown\n\"%s\": %.2f ms, %lld shown\n"
        "typing \"%s\": max %.2f ms a key, parse median %.4f ms\n",
        plainTotal / plainKeys, plainMax, plainKeys, qPrintable(compound), compoundMs, qlonglong(compoundShown),
        qPrintable(matching), matchingMs, qlonglong(matchingShown), qPrintable(wordy), wordyMs, qlonglong(wordyShown),
        qPrintable(compound), typingMax, Bench::median(parses));
    Bench::result("filter_plain_proxy_mean_ms", plainTotal / plainKeys);
    Bench::result("filter_plain_proxy_max_ms", plainMax);
    Bench::result("filter_expression_proxy_ms", compoundMs);
    Bench::result("filter_expression_matching_proxy_ms", matchingMs);
    Bench::result("filter_expression_text_terms_proxy_ms", wordyMs);
    Bench::result("filter_expression_typing_max_ms", typingMax);
    Bench::result("filter_expression_parse_median_ms", Bench::median(parses));
    return 0;
}
