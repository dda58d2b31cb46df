// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <functional>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "core/api/apiclient.h"
#include "core/models/accountstore.h"
#include "core/models/accounttablemodel.h"
#include "core/services/accountdirectory.h"
#include "core/services/auditjournal.h"
#include "core/services/environment.h"
#include "core/services/session.h"
#include "sandbox/sandboxthread.h"
#include "tests/bench/benchpages.h"
#include "tests/bench/benchutil.h"
#include "ui/accounts/accountspage.h"
#include "ui/accounts/accountsview.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// Start to a painted window, each start a process of its own started the same way:
//   console     what app/ does once it has a connection (CompositionRoot::openWindow): a Session
//               for a running sandbox, the MainWindow with its audit journal, show(), loadAll();
//               to the first paint
//   minimal     a QMainWindow holding an empty QTableView, to the first paint: the floor
//   snapshot    the console as app/ opens it with an encrypted snapshot of every account of the
//               connection: to the first paint with all of them in the table and searchable (the
//               filter model holds every row), the revalidating listing already under way
//   revalidate  the console shown without accounts; then its snapshot restored, then the full
//               listing that revalidates it: the longest event-loop stall in each phase
// The driver (no --child) starts each child with QProcess, alternating console and floor, and
// takes the time from just before the start to the moment the child reports, on
// CLOCK_MONOTONIC, which both processes share. The snapshot figures: the snapshot is written
// once by a Session in the driver; "snapshot" is timed against "minimal" with the sandbox as it
// is, then again with the sandbox answering every request --latency-ms late (its admin
// endpoint), against curl walking every page at that latency. Without --url it starts a tiny
// sandbox in process and runs each child once: that is how ctest runs it.
namespace
{
const QString apiKey = u"sandbox-key"_s;

// Once a paint of `window` is flushed while `condition` holds, runs `then` (once).
class PaintWhen : public QObject
{
public:
    PaintWhen(QWidget *window, std::function<bool()> condition, std::function<void()> then)
        : m_window(window)
        , m_condition(std::move(condition))
        , m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window && m_condition()) {
            m_seen = true;
            // The zero timer runs once the repaint manager has painted and flushed the window.
            QTimer::singleShot(0, this, [this] { m_then(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<bool()> m_condition;
    std::function<void()> m_then;
    bool m_seen = false;
};

void report(const char *label, qint64 value)
{
    std::printf("%s %lld\n", label, static_cast<long long>(value));
    std::fflush(stdout);
}

void reportAndQuit(const char *label)
{
    report(label, Bench::monotonicNs());
    QCoreApplication::exit(0);
}

struct ChildOptions
{
    QString mode;
    QUrl baseUrl;
    QString snapshotDirectory;
    qsizetype rows = 0;
};

// The console as app/ builds it; with a snapshot directory, the session restores from it first
// (as SessionHost::open does, before the window exists).
struct Console
{
    QTemporaryDir journalDir;
    std::unique_ptr<Session> session;
    std::unique_ptr<AuditJournal> journal;
    std::unique_ptr<MainWindow> window;

    Console(const QUrl &baseUrl, const QString &snapshotDirectory)
    {
        ConnectionSettings settings;
        settings.baseUrl = baseUrl;
        settings.apiKey = apiKey;
        session = std::make_unique<Session>(settings, Environment::forBaseUrl(baseUrl));
        if (!snapshotDirectory.isEmpty())
            session->setSnapshotDirectory(snapshotDirectory);
        window = std::make_unique<MainWindow>(session.get());
        // As app/ does; the journal only opens its file on the first record.
        journal = std::make_unique<AuditJournal>(journalDir.filePath(u"audit.jsonl"_s));
        session->setAuditJournal(journal.get());
        window->setAuditJournal(journal.get());
        window->resize(1280, 780);
    }

    // The sandbox of the benchmarks lists organizations only.
    AccountsPage *page() const { return window->page(AccountKind::Organization); }
    bool showsAllRows(qsizetype rows) const { return page()->view()->model()->rowCount() >= rows; }
};

int runRevalidateChild(const ChildOptions &options)
{
    Console console(options.baseUrl, QString());
    console.window->showPage(AccountKind::Organization);
    bool painted = false;
    PaintWhen firstPaint(
        console.window.get(), [] { return true; },
        [&painted] {
            painted = true;
            Bench::poke();
        });
    console.window->show();
    if (!Bench::runUntil([&painted] { return painted; }, 60'000))
        return 2;

    Bench::Heartbeat heartbeat;
    heartbeat.start();
    bool restored = false;
    PaintWhen restoredPaint(
        console.window.get(), [&console, &options] { return console.showsAllRows(options.rows); },
        [&restored] {
            restored = true;
            Bench::poke();
        });
    console.session->setSnapshotDirectory(options.snapshotDirectory);
    if (!Bench::runUntil([&restored] { return restored; }, 120'000))
        return 3;
    heartbeat.stop();
    report("restore-stall-ns", heartbeat.maxGapNs);

    heartbeat.start();
    bool compared = false;
    QObject::connect(console.session->directory(AccountKind::Organization), &AccountDirectory::changesFound,
        console.window.get(), [&compared] {
            compared = true;
            Bench::poke();
        });
    console.window->loadAll();
    if (!Bench::runUntil([&compared] { return compared; }, 600'000))
        return 4;
    heartbeat.stop();
    report("revalidate-stall-ns", heartbeat.maxGapNs);
    return 0;
}

int runChild(const ChildOptions &options, QApplication &app)
{
    // As app/main.cpp sets up the application, with settings of its own.
    QApplication::setOrganizationName(u"Avara Console Bench"_s);
    QApplication::setApplicationName(u"bench_startup"_s);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setWindowIcon(QIcon(u":/icons/org.avaraconsole.AvaraConsole.svg"_s));

    if (options.mode == u"revalidate"_s)
        return runRevalidateChild(options);
    if (options.mode == u"console"_s || options.mode == u"snapshot"_s) {
        // AVARA_BENCH_PHASES: a diagnostic, when each step of the console's start ended.
        if (qEnvironmentVariableIsSet("AVARA_BENCH_PHASES"))
            std::fprintf(stderr, "phase application at %lld us\n", static_cast<long long>(Bench::monotonicNs() / 1000));
        const bool fromSnapshot = options.mode == u"snapshot"_s;
        Console console(options.baseUrl, fromSnapshot ? options.snapshotDirectory : QString());
        if (fromSnapshot)
            console.window->showPage(AccountKind::Organization);
        if (qEnvironmentVariableIsSet("AVARA_BENCH_PHASES"))
            std::fprintf(stderr, "phase window at %lld us\n", static_cast<long long>(Bench::monotonicNs() / 1000));
        const qsizetype rows = options.rows;
        const Console *shown = &console;
        PaintWhen watcher(
            console.window.get(), [fromSnapshot, shown, rows] { return !fromSnapshot || shown->showsAllRows(rows); },
            [fromSnapshot] { reportAndQuit(fromSnapshot ? "searchable-ns" : "painted-ns"); });
        console.window->show();
        // AVARA_BENCH_NO_LOAD: a diagnostic, the same window without the first requests.
        if (!qEnvironmentVariableIsSet("AVARA_BENCH_NO_LOAD"))
            console.window->loadAll();
        return app.exec();
    }
    QMainWindow window;
    window.setCentralWidget(new QTableView(&window));
    PaintWhen watcher(
        &window, [] { return true; }, [] { reportAndQuit("painted-ns"); });
    window.resize(1280, 780);
    window.show();
    return app.exec();
}

// What a child reports: `label`'s value for each label, or an empty list on failure.
QList<qint64> runChildProcess(const ChildOptions &options, const QList<QByteArray> &labels, qint64 *startNs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    *startNs = Bench::monotonicNs();
    child.start(QCoreApplication::applicationFilePath(),
        { u"--child"_s, options.mode, u"--url"_s, options.baseUrl.toString(), u"--snapshots"_s,
            options.snapshotDirectory, u"--rows"_s, QString::number(options.rows) });
    if (!child.waitForFinished(900'000) || child.exitCode() != 0) {
        std::fprintf(
            stderr, "bench_startup: the %s child failed (exit %d)\n", qPrintable(options.mode), child.exitCode());
        return {};
    }
    const QByteArray out = child.readAllStandardOutput();
    QList<qint64> values;
    for (const QByteArray &label : labels) {
        const qsizetype at = out.indexOf(QByteArray(label + ' '));
        if (at < 0)
            return {};
        const qsizetype end = out.indexOf('\n', at);
        values.append(out.mid(at + label.size() + 1, end - at - label.size() - 1).toLongLong());
    }
    return values;
}

// Milliseconds from just before the child's start to its report; negative on failure.
double timeChild(ChildOptions options, const QString &mode)
{
    options.mode = mode;
    qint64 start = 0;
    const QByteArray label = mode == u"snapshot"_s ? "searchable-ns"_ba : "painted-ns"_ba;
    const QList<qint64> values = runChildProcess(options, { label }, &start);
    return values.isEmpty() ? -1 : Bench::ms(values.first() - start);
}

// Lists every account once with a Session that keeps snapshots in `directory` and waits for
// the organizations' snapshot on disk; the number of organizations, or -1.
qsizetype writeSnapshot(const QUrl &baseUrl, const QString &directory)
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = apiKey;
    Session session(settings, Environment::forBaseUrl(baseUrl));
    session.setSnapshotSaveDelay(0);
    session.setSnapshotDirectory(directory);
    // As the console's view tells the store it sorts by name (its default), so the snapshot is
    // written in that order, as the console writes it.
    for (const AccountKind kind : { AccountKind::ExpressCustomer, AccountKind::Organization })
        session.directory(kind)->store()->setPreferredOrder(AccountTableModel::NameColumn, Qt::AscendingOrder);
    bool saved = false;
    QObject::connect(&session, &Session::snapshotSaved, &session, [&saved](AccountKind kind) {
        saved = saved || kind == AccountKind::Organization;
        Bench::poke();
    });
    session.loadAll();
    if (!Bench::runUntil([&saved] { return saved; }, 600'000))
        return -1;
    return session.directory(AccountKind::Organization)->store()->size();
}

qint64 largestFileSize(const QString &directory)
{
    qint64 largest = 0;
    QDirIterator files(directory, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        largest = qMax(largest, QFileInfo(files.next()).size());
    return largest;
}

int runStartups(const ChildOptions &options, int runs)
{
    // One start of each first, unmeasured, so both find the libraries in the page cache.
    timeChild(options, u"minimal"_s);
    timeChild(options, u"console"_s);
    for (int i = 0; i < runs; ++i) {
        const double minimal = timeChild(options, u"minimal"_s);
        const double console = timeChild(options, u"console"_s);
        if (minimal < 0 || console < 0)
            return 1;
        std::fprintf(stderr, "startup: console %.1f ms, minimal window %.1f ms\n", console, minimal);
        Bench::result("startup_ms", console);
        Bench::result("startup_floor_minimal_ms", minimal);
    }
    return 0;
}

int runSnapshotOpens(ChildOptions options, int runs, int latencyMs)
{
    QTemporaryDir snapshots;
    Bench::PageChain chain;
    if (!snapshots.isValid() || !Bench::fetchPageChain(options.baseUrl, AccountKind::Organization, apiKey, &chain))
        return 1;
    // AVARA_BENCH_SNAPSHOTS: a directory to keep the snapshot in, to profile a child on it
    // (`bench_startup --child revalidate --url … --snapshots … --rows …` under perf).
    options.snapshotDirectory = qEnvironmentVariableIsSet("AVARA_BENCH_SNAPSHOTS")
        ? qEnvironmentVariable("AVARA_BENCH_SNAPSHOTS")
        : snapshots.path();
    options.rows = writeSnapshot(options.baseUrl, options.snapshotDirectory);
    if (options.rows <= 0)
        return 1;
    const qint64 snapshotBytes = largestFileSize(options.snapshotDirectory);
    std::fprintf(stderr, "snapshot: %lld organizations, %lld bytes on disk, %lld bytes of JSON\n",
        qlonglong(options.rows), qlonglong(snapshotBytes), qlonglong(chain.jsonBytes));
    Bench::result("snapshot_rows", double(options.rows));
    Bench::result("snapshot_bytes", double(snapshotBytes));
    Bench::result("snapshot_floor_json_bytes", double(chain.jsonBytes));

    timeChild(options, u"snapshot"_s);
    for (int i = 0; i < runs; ++i) {
        const double minimal = timeChild(options, u"minimal"_s);
        const double opened = timeChild(options, u"snapshot"_s);
        if (minimal < 0 || opened < 0)
            return 1;
        std::fprintf(stderr, "snapshot: searchable after %.1f ms, minimal window %.1f ms\n", opened, minimal);
        Bench::result("snapshot_open_ms", opened);
        Bench::result("snapshot_open_floor_minimal_ms", minimal);
    }
    for (int i = 0; i < runs; ++i) {
        options.mode = u"revalidate"_s;
        qint64 start = 0;
        const QList<qint64> stalls = runChildProcess(options, { "restore-stall-ns", "revalidate-stall-ns" }, &start);
        if (stalls.isEmpty())
            return 1;
        std::fprintf(stderr, "snapshot: longest stall %.1f ms restoring, %.1f ms revalidating\n",
            Bench::ms(stalls.at(0)), Bench::ms(stalls.at(1)));
        Bench::result("snapshot_restore_stall_ms", Bench::ms(stalls.at(0)));
        Bench::result("snapshot_revalidate_stall_ms", Bench::ms(stalls.at(1)));
    }

    // Over a slow link: the same opening, and what walking the list costs there.
    if (!Bench::setSandboxLatency(options.baseUrl, apiKey, latencyMs))
        return 1;
    for (int i = 0; i < runs; ++i) {
        const double opened = timeChild(options, u"snapshot"_s);
        if (opened < 0)
            return 1;
        std::fprintf(stderr, "snapshot at %d ms latency: searchable after %.1f ms\n", latencyMs, opened);
        Bench::result("snapshot_open_latency_ms", opened);
    }
    // Once: at 50 ms a page, 1,000 pages take most of a minute.
    const double curlMs = Bench::timeCurl(chain.urls, apiKey);
    Bench::setSandboxLatency(options.baseUrl, apiKey, 0);
    if (curlMs < 0)
        return 1;
    std::fprintf(
        stderr, "curl at %d ms latency: %lld pages in %.1f ms\n", latencyMs, qlonglong(chain.urls.size()), curlMs);
    Bench::result("snapshot_open_floor_curl_latency_ms", curlMs);
    Bench::result("snapshot_latency_ms", latencyMs);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    bool isChild = false;
    for (int i = 1; i < argc; ++i)
        isChild = isChild || QByteArrayView(argv[i]) == "--child";
    // The child is a GUI application; the driver needs none.
    std::unique_ptr<QCoreApplication> app
        = isChild ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Start to a painted window: the console, with and without its snapshot."_s);
    parser.addHelpOption();
    const QCommandLineOption urlOption(u"url"_s, u"Base URL of a running avara-sandbox."_s, u"url"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Starts of each kind (default 5)."_s, u"n"_s);
    const QCommandLineOption latencyOption(
        u"latency-ms"_s, u"The sandbox's latency for the slow-link snapshot figure (default 50)."_s, u"ms"_s);
    const QCommandLineOption childOption(u"child"_s, u"Internal: run as a child of this mode."_s, u"mode"_s);
    const QCommandLineOption snapshotsOption(u"snapshots"_s, u"Internal: the child's snapshot directory."_s, u"dir"_s);
    const QCommandLineOption rowsOption(u"rows"_s, u"Internal: the rows the child's snapshot holds."_s, u"n"_s);
    parser.addOptions({ urlOption, runsOption, latencyOption, childOption, snapshotsOption, rowsOption });
    parser.process(*app);

    ChildOptions options;
    options.baseUrl = QUrl(parser.value(urlOption));
    if (isChild) {
        options.mode = parser.value(childOption);
        options.snapshotDirectory = parser.value(snapshotsOption);
        options.rows = parser.value(rowsOption).toLongLong();
        return runChild(options, *static_cast<QApplication *>(app.get()));
    }

    SandboxThread sandbox;
    int runs = parser.isSet(runsOption) ? qMax(1, parser.value(runsOption).toInt()) : 5;
    const int latencyMs = parser.isSet(latencyOption) ? qMax(0, parser.value(latencyOption).toInt()) : 50;
    if (!parser.isSet(urlOption)) {
        SandboxOptions tiny;
        tiny.organizations = 300;
        tiny.customers = 0;
        options.baseUrl = sandbox.start(tiny);
        runs = 1;
    }
    if (runStartups(options, runs) != 0 || runSnapshotOpens(options, runs, latencyMs) != 0) {
        std::fprintf(stderr, "bench_startup: a child or a floor failed\n");
        return 1;
    }
    return 0;
}
