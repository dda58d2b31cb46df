# SPDX-FileCopyrightText: 2026 Avara Console contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Turns the `RESULT <name> <value>` lines of the benchmark executables into the tables of
# BENCHMARKS.md. The i-th value of a figure and the i-th value of its floor come from the same
# run (the same process, one right after the other), so each ratio is taken run by run and
# then summarised. Plain POSIX awk: Debian's default awk (mawk) has no asort.

function sortvalues(a, count,    i, j, t) {
    for (i = 2; i <= count; i++) {
        t = a[i]
        for (j = i - 1; j >= 1 && a[j] > t; j--)
            a[j + 1] = a[j]
        a[j + 1] = t
    }
}

function median(a, count) {
    sortvalues(a, count)
    if (count % 2)
        return a[(count + 1) / 2]
    return (a[count / 2] + a[count / 2 + 1]) / 2
}

# "median (min–max)" of the values of `name`, each divided by `scale`.
function summary(name, scale, format,    i, a, count) {
    count = n[name]
    if (count == 0)
        return "n/a"
    for (i = 1; i <= count; i++)
        a[i] = v[name, i] / scale
    med = median(a, count)
    lo = a[1]
    hi = a[count]
    return sprintf(format " (" format "–" format ")", med, lo, hi)
}

# The ratio of `name` to `floor` run by run (a number for a constant floor); sets ratioMedian.
function ratios(name, floor,    i, a, count, f) {
    count = n[name]
    if (count == 0 || (floor !~ /^[0-9.]+$/ && n[floor] < count)) {
        ratioMedian = ""
        return "n/a"
    }
    for (i = 1; i <= count; i++) {
        f = floor ~ /^[0-9.]+$/ ? floor : v[floor, i]
        a[i] = f > 0 ? v[name, i] / f : 0
    }
    ratioMedian = median(a, count)
    return sprintf("%.2fx (%.2f–%.2f)", ratioMedian, a[1], a[count])
}

# How many times faster than a floor measured once in the whole run; sets speedMedian.
function speedups(name, floor,    i, a, count) {
    count = n[name]
    if (count == 0 || n[floor] == 0 || v[floor, 1] <= 0) {
        speedMedian = ""
        return "n/a"
    }
    for (i = 1; i <= count; i++)
        a[i] = v[name, i] > 0 ? v[floor, 1] / v[name, i] : 0
    speedMedian = median(a, count)
    return sprintf("%.1fx faster (%.1f–%.1f)", speedMedian, a[1], a[count])
}

# One row of the main table. `limit` is the largest ratio the target allows; `strict` says
# the ratio must stay below it rather than at or below.
function row(title, name, floorTitle, floor, scale, format, unit, target, limit, strict,    r, met) {
    r = ratios(name, floor)
    if (ratioMedian == "")
        met = "n/a"
    else if (strict)
        met = ratioMedian < limit ? "yes" : "**no**"
    else
        met = ratioMedian <= limit ? "yes" : "**no**"
    floorText = floor ~ /^[0-9.]+$/ ? floor " " unit : summary(floor, scale, format) " " unit
    printf "| %s | %s %s | %s: %s | %s | %s | %s |\n", title, summary(name, scale, format), unit, floorTitle, floorText, r, target, met
}

# A row whose target is a speed-up over a floor measured once: met when the median reaches `least`.
function speedRow(title, name, floorTitle, floor, target, least,    r, met) {
    r = speedups(name, floor)
    met = speedMedian == "" ? "n/a" : (speedMedian >= least ? "yes" : "**no**")
    printf "| %s | %s ms | %s: %s ms | %s | %s | %s |\n", title, summary(name, 1, "%.0f"), floorTitle, summary(floor, 1, "%.0f"), r, target, met
}

$1 == "RESULT" {
    n[$2]++
    v[$2, n[$2]] = $3 + 0
}

END {
    print "## Figures"
    print ""
    print "Each cell: median (min–max) over the runs. Ratios are taken run by run against the floor measured"
    print "in the same run, then summarised the same way; a target is met when the median ratio meets it."
    print ""
    print "| figure | measured | floor, same run | ratio | target | met |"
    print "| --- | --- | --- | --- | --- | --- |"
    row("load 100,000 organizations (1,000 pages) into the window, to the first paint after the last page", "load_ms", "curl, the same 1,000 URLs over one connection", "load_floor_curl_ms", 1, "%.0f", "ms", "≤ 1.5x", 1.5, 0)
    row("client CPU to read one page of 100 accounts (PageReader::readPage + AccountStore::append)", "page_cpu_ms", "QJsonDocument::fromJson alone, same bytes", "page_floor_fromjson_ms", 1, "%.3f", "ms", "≤ 1.0x", 1.0, 0)
    row("resident memory added by the loaded accounts", "memory_added_bytes", "their JSON", "json_bytes", 1e6, "%.1f", "MB", "≤ 1.5x", 1.5, 0)
    row("filter keystroke: proxy re-filter, mean over 22 keystrokes", "filter_proxy_mean_ms", "QString::contains over the names, same needles", "filter_floor_mean_ms", 1, "%.2f", "ms", "≤ 2x", 2.0, 0)
    row("filter keystroke: proxy re-filter, slowest of the 22", "filter_proxy_max_ms", "one frame", "16", 1, "%.2f", "ms", "< 16 ms", 1.0, 1)
    row("filter expression `meta.region=EU users>10 created<90d`: proxy re-filter (median of 5)", "filter_compound_ms", "the plain-text keystroke mean above", "filter_proxy_mean_ms", 1, "%.2f", "ms", "≤ 2x", 2.0, 0)
    row("the same expression typed one key at a time: slowest re-filter of its states", "filter_compound_typed_max_ms", "one frame", "16", 1, "%.2f", "ms", "< 16 ms", 1.0, 1)
    row("longest event-loop stall while loading (5 ms heartbeat)", "stall_max_ms", "one frame", "16", 1, "%.1f", "ms", "< 16 ms", 1.0, 1)
    row("start to first painted main window, connected to the sandbox", "startup_ms", "QMainWindow + QTableView", "startup_floor_minimal_ms", 1, "%.0f", "ms", "≤ 1.5x", 1.5, 0)
    row("click on a switch to the row repainted with the server's answer (median of 20 clicks)", "toggle_ms", "bare QNAM POST round trip (median of 20)", "toggle_floor_post_ms", 1, "%.2f", "ms", "≤ 1.5x", 1.5, 0)
    row("open from the encrypted snapshot: start to every organization in the table, searchable, painted", "snapshot_open_ms", "QMainWindow + QTableView", "snapshot_open_floor_minimal_ms", 1, "%.0f", "ms", "≤ 2x", 2.0, 0)
    speedRow("the same with the sandbox answering " v["snapshot_latency_ms", 1] " ms late (the revalidating listing behind it)", "snapshot_open_latency_ms", "curl walking all the pages at that latency, once", "snapshot_open_floor_curl_latency_ms", "≥ 100x faster", 100)
    row("longest event-loop stall while the snapshot's rows are restored into the shown window", "snapshot_restore_stall_ms", "one frame", "16", 1, "%.1f", "ms", "< 16 ms", 1.0, 1)
    row("longest event-loop stall while the restored rows revalidate (the full listing, compared)", "snapshot_revalidate_stall_ms", "one frame", "16", 1, "%.1f", "ms", "< 16 ms", 1.0, 1)
    row("snapshot of the organizations on disk, encrypted", "snapshot_bytes", "their JSON", "snapshot_floor_json_bytes", 1e6, "%.1f", "MB", "≤ 0.5x", 0.5, 0)
    print ""
    print "## Context for the figures"
    print ""
    print "| what | median (min–max) |"
    print "| --- | --- |"
    printf "| rows loaded | %s |\n", summary("rows", 1, "%.0f")
    printf "| pages, JSON bytes | %s pages, %s MB |\n", summary("pages", 1, "%.0f"), summary("json_bytes", 1e6, "%.1f")
    printf "| the same pages through a bare QNetworkAccessManager + PageReader, one after another | %s ms |\n", summary("load_bare_qnam_ms", 1, "%.0f")
    printf "| process CPU (all threads) during the load | %s ms |\n", summary("load_cpu_ms", 1, "%.0f")
    printf "| slowest single page read + store (wall) | %s ms |\n", summary("page_slowest_ms", 1, "%.2f")
    printf "| resident memory added, after malloc_trim(0) | %s MB |\n", summary("memory_added_trimmed_bytes", 1e6, "%.1f")
    printf "| AccountStore::memoryBytes() after the load | %s MB |\n", summary("memory_store_bytes", 1e6, "%.1f")
    printf "| filter keystroke, whole handler (QTest::keyClick in the search field), slowest | %s ms |\n", summary("filter_keystroke_max_ms", 1, "%.2f")
    printf "| filter keystroke to the view's next paint, slowest | %s ms |\n", summary("filter_to_paint_max_ms", 1, "%.2f")
    printf "| plain-loop floor, slowest keystroke | %s ms |\n", summary("filter_floor_max_ms", 1, "%.2f")
    printf "| organizations in the snapshot | %s |\n", summary("snapshot_rows", 1, "%.0f")
}
