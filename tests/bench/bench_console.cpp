// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <malloc.h>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QHash>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/api/apiclient.h"
#include "core/api/endpoints.h"
#include "core/domain/pagereader.h"
#include "core/models/accountfiltermodel.h"
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
#include "ui/accounts/bulkconfirmdialog.h"
#include "ui/accounts/bulkprogressdialog.h"
#include "ui/common/toggledelegate.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// The console end to end against a running sandbox, in one process per run so that the
// memory figure starts from a fresh heap: the real MainWindow (both pages, the organizations
// page in front) on the offscreen platform, its ApiClient, AccountDirectory, Pager,
// AccountStore, AccountTableModel, AccountFilterModel, QTableView and delegates. Each figure's
// floor is measured in the same process, right after the figure:
//   load      all pages into the window, to the first paint after the last page   | curl, same URLs, one connection
//   stall     the longest gap of a 5 ms heartbeat timer while loading              | one frame, 16 ms
//   memory    resident memory added by the load                                     | the bytes of the pages' JSON
//   filter    keystrokes in the search field: the proxy re-filter, and to the paint | QString::contains over the names
//   toggle    click on a switch to the repaint showing the server's answer (the     | a bare QNAM POST round trip
//             audit journal synced to disk first, as in the application)
//   page CPU  PageReader::readPage + AccountStore::append per page, thread CPU      | QJsonDocument::fromJson alone
// Without --url it starts a tiny in-process sandbox: that is how ctest runs it, to prove it works.
namespace
{
constexpr int loadTimeoutMs = 300'000;

// Counts paints of one widget, noting when each has been flushed: the zero timer runs once
// the repaint manager has painted and flushed the whole window.
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }

    int paints = 0;
    qint64 lastPaintNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            QTimer::singleShot(0, this, [this] {
                ++paints;
                lastPaintNs = Bench::monotonicNs();
            });
        }
        return QObject::eventFilter(watched, event);
    }
};

// With --profile: where the GUI thread's time goes, by event type and receiver class (outermost
// events only), printed after the load. The figures themselves never need it.
class ProfilingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool profiling = false;
    std::function<QByteArray()> slowEventNote; // with --profile: what to say of an event over 8 ms

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!profiling || m_depth > 0)
            return QApplication::notify(receiver, event);
        const int type = event->type();
        const QByteArray key = QByteArray::number(type) + ' ' + receiver->metaObject()->className();
        ++m_depth;
        const qint64 start = Bench::monotonicNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 spent = Bench::monotonicNs() - start;
        --m_depth;
        if (spent > 8'000'000 && slowEventNote)
            std::fprintf(stderr, "  slow event %s: %.2f ms (%s)\n", key.constData(), Bench::ms(spent),
                slowEventNote().constData());
        Entry &entry = m_entries[key];
        ++entry.count;
        entry.totalNs += spent;
        entry.maxNs = qMax(entry.maxNs, spent);
        return result;
    }

    void report()
    {
        QList<std::pair<QByteArray, Entry>> entries;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            entries.append({ it.key(), it.value() });
        std::sort(entries.begin(), entries.end(),
            [](const auto &a, const auto &b) { return a.second.totalNs > b.second.totalNs; });
        std::fprintf(stderr, "GUI thread by event (type receiver): total ms, count, max ms\n");
        for (qsizetype i = 0; i < qMin<qsizetype>(entries.size(), 15); ++i) {
            std::fprintf(stderr, "  %-48s %9.1f %7d %8.2f\n", entries[i].first.constData(),
                Bench::ms(entries[i].second.totalNs), entries[i].second.count, Bench::ms(entries[i].second.maxNs));
        }
        m_entries.clear();
    }

private:
    struct Entry
    {
        int count = 0;
        qint64 totalNs = 0;
        qint64 maxNs = 0;
    };
    QHash<QByteArray, Entry> m_entries;
    int m_depth = 0;
};

struct Options
{
    QUrl baseUrl;
    QString apiKey = u"sandbox-key"_s;
    AccountKind kind = AccountKind::Organization;
    int toggles = 20;
    int cpuRepeats = 3;
    int curlRepeats = 3;
    bool profile = false;
};

class ConsoleBench
{
public:
    explicit ConsoleBench(const Options &options)
        : m_options(options)
    { }

    bool run();

private:
    bool measureLoad();
    void measureFilter();
    void measureCompoundFilter(QLineEdit *search, AccountFilterModel *proxy);
    void measureToggle();
    bool collectPages();
    void measureCurl();
    void measurePageCpu();
    void profileSortedPublishes();

    Options m_options;
    QTemporaryDir m_journalDir;
    std::unique_ptr<AuditJournal> m_journal;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    AccountsPage *m_page = nullptr;
    std::unique_ptr<PaintWatcher> m_paints;
    QList<QByteArray> m_bodies;
    QList<QUrl> m_urls;
};

bool ConsoleBench::run()
{
    ConnectionSettings settings;
    settings.baseUrl = m_options.baseUrl;
    settings.apiKey = m_options.apiKey;
    m_session = std::make_unique<Session>(settings, Environment::forBaseUrl(m_options.baseUrl));
    m_window = std::make_unique<MainWindow>(m_session.get());
    // As app/ does: every action goes through the audit journal (synced to disk before the
    // request leaves), here in a folder of its own.
    m_journal = std::make_unique<AuditJournal>(m_journalDir.filePath(u"audit.jsonl"_s));
    // AVARA_BENCH_NO_JOURNAL: a diagnostic, the click without the journal (not what users get).
    if (!qEnvironmentVariableIsSet("AVARA_BENCH_NO_JOURNAL")) {
        m_session->setAuditJournal(m_journal.get());
        m_window->setAuditJournal(m_journal.get());
    }
    m_window->resize(1280, 780);
    m_window->showPage(m_options.kind);
    m_window->show();
    m_page = m_window->page(m_options.kind);
    m_paints = std::make_unique<PaintWatcher>(m_page->view()->viewport());
    if (!Bench::runUntil([this] { return m_paints->paints > 0; }, 10'000)) {
        qWarning("bench_console: the window was never painted");
        return false;
    }
    if (!measureLoad())
        return false;
    if (m_options.profile) {
        // What one synchronous repaint costs, the table's viewport alone and the whole window.
        for (QWidget *widget :
            { static_cast<QWidget *>(m_page->view()->viewport()), static_cast<QWidget *>(m_window.get()) }) {
            std::vector<double> times;
            for (int i = 0; i < 200; ++i) {
                const qint64 start = Bench::monotonicNs();
                widget->repaint();
                times.push_back(Bench::ms(Bench::monotonicNs() - start));
            }
            std::fprintf(
                stderr, "repaint %s: median %.2f ms\n", widget->metaObject()->className(), Bench::median(times));
        }
    }
    measureFilter();
    measureToggle();
    if (!collectPages())
        return false;
    measureCurl();
    measurePageCpu();
    if (m_options.profile)
        profileSortedPublishes();
    return true;
}

void ConsoleBench::profileSortedPublishes()
{
    // The proxy alone, sorted by name, no view: a publish every ten pages, in thread CPU time.
    AccountStore store(m_options.kind);
    AccountTableModel table(&store);
    table.setInsertInterval(1'000'000);
    AccountFilterModel proxy;
    proxy.setSourceModel(&table);
    proxy.sort(AccountTableModel::NameColumn);
    double total = 0;
    double slowest = 0;
    for (qsizetype i = 0; i < m_bodies.size(); ++i) {
        const qint64 appendStart = Bench::threadCpuNs();
        store.append(PageReader::readPage(m_options.kind, m_bodies[i]).batch);
        const double appendMs = Bench::ms(Bench::threadCpuNs() - appendStart);
        if (appendMs > 2)
            std::fprintf(stderr, "  slow page at %lld rows: %.2f ms (CPU)\n", qlonglong(store.size()), appendMs);
        if (i % 10 == 9 || i + 1 == m_bodies.size()) {
            const qint64 start = Bench::threadCpuNs();
            table.publishPendingRows();
            const double spent = Bench::ms(Bench::threadCpuNs() - start);
            total += spent;
            slowest = qMax(slowest, spent);
        }
    }
    std::fprintf(stderr, "sorted publishes of 1,000 rows: %.1f ms in all, slowest %.2f ms (CPU)\n", total, slowest);
}

bool ConsoleBench::measureLoad()
{
    AccountDirectory *directory = m_page->directory();
    const qint64 residentBefore = Bench::residentBytes();
    bool finished = false;
    int paintsAtFinish = 0;
    QString failure;
    // Connected after AccountsPage's own handler, which publishes the last rows. A sorted
    // proxy may take the last rows in on later turns of the event loop: the load ends with
    // the first paint after it holds them all.
    AccountFilterModel *proxy = m_page->filterModel();
    const auto caughtUp = [&] { return proxy->sourceRowsTaken() == m_page->tableModel()->rowCount(); };
    const auto finishedConnection = QObject::connect(directory, &AccountDirectory::loadFinished, m_page, [&] {
        finished = true;
        paintsAtFinish = m_paints->paints;
    });
    const auto noteTaken = [&] {
        if (finished)
            paintsAtFinish = m_paints->paints;
    };
    const QList<QMetaObject::Connection> takenConnections = {
        QObject::connect(proxy, &QAbstractItemModel::rowsInserted, m_page, noteTaken),
        QObject::connect(proxy, &QAbstractItemModel::layoutChanged, m_page, noteTaken),
    };
    const auto failedConnection = QObject::connect(
        directory, &AccountDirectory::loadFailed, m_page, [&](const ApiError &error) { failure = error.summary(); });

    auto *app = static_cast<ProfilingApplication *>(qApp);
    app->profiling = m_options.profile;
    // With --profile, each publish of the table: rows, and the time until the proxy and the
    // view have taken it in (connected last, so it runs after them).
    qint64 publishStart = 0;
    qint64 layoutStart = 0;
    qint64 layoutEnd = 0;
    QList<QMetaObject::Connection> publishConnections;
    if (m_options.profile) {
        AccountTableModel *table = m_page->tableModel();
        publishConnections.append(QObject::connect(table, &QAbstractItemModel::rowsAboutToBeInserted, m_page,
            [&publishStart] { publishStart = Bench::monotonicNs(); }));
        publishConnections.append(QObject::connect(m_page->filterModel(), &QAbstractItemModel::layoutAboutToBeChanged,
            m_page, [&publishStart, &layoutStart] { layoutStart = Bench::monotonicNs(); }));
        publishConnections.append(QObject::connect(m_page->filterModel(), &QAbstractItemModel::layoutChanged, m_page,
            [&layoutStart, &layoutEnd] { layoutEnd = Bench::monotonicNs(); }));
        publishConnections.append(QObject::connect(table, &QAbstractItemModel::rowsInserted, m_page,
            [&publishStart, &layoutStart, &layoutEnd](const QModelIndex &, int first, int last) {
                if (layoutStart < publishStart) // the proxy inserted rows: no layout change
                    layoutStart = layoutEnd = Bench::monotonicNs();
                std::fprintf(stderr,
                    "  publish rows %d..%d: %.2f ms (proxy before its layout change %.2f ms, layout change %.2f ms)\n",
                    first, last, Bench::ms(Bench::monotonicNs() - publishStart), Bench::ms(layoutStart - publishStart),
                    Bench::ms(layoutEnd - layoutStart));
            }));
    }
    if (m_options.profile) {
        app->slowEventNote = [this] {
            char note[64];
            std::snprintf(note, sizeof note, "table %d rows, proxy %d", m_page->tableModel()->rowCount(),
                m_page->filterModel()->sourceRowsTaken());
            return QByteArray(note);
        };
    }
    Bench::Heartbeat heartbeat;
    heartbeat.start();
    const qint64 cpuStart = Bench::processCpuNs();
    const qint64 start = Bench::monotonicNs();
    m_window->loadAll();
    const bool done = Bench::runUntil(
        [&] { return !failure.isEmpty() || (finished && caughtUp() && m_paints->paints > paintsAtFinish); },
        loadTimeoutMs);
    heartbeat.stop();
    const qint64 cpuNs = Bench::processCpuNs() - cpuStart;
    for (const QMetaObject::Connection &connection : std::as_const(publishConnections))
        QObject::disconnect(connection);
    for (const QMetaObject::Connection &connection : takenConnections)
        QObject::disconnect(connection);
    app->slowEventNote = nullptr;
    if (app->profiling) {
        app->profiling = false;
        app->report();
    }
    QObject::disconnect(finishedConnection);
    QObject::disconnect(failedConnection);
    if (!done || !failure.isEmpty()) {
        qWarning("bench_console: loading failed: %s", qPrintable(failure.isEmpty() ? u"timed out"_s : failure));
        return false;
    }
    const qint64 loadNs = m_paints->lastPaintNs - start;
    const qint64 residentAfter = Bench::residentBytes();
    malloc_trim(0);
    const qint64 residentTrimmed = Bench::residentBytes();

    const qsizetype rows = directory->store()->size();
    std::fprintf(stderr, "load: %lld rows in %.1f ms, table %d rows, proxy %d rows; longest stall %.1f ms (%d ticks)\n",
        qlonglong(rows), Bench::ms(loadNs), m_page->tableModel()->rowCount(), m_page->filterModel()->rowCount(),
        Bench::ms(heartbeat.maxGapNs), heartbeat.ticks);
    std::fprintf(stderr, "load: process CPU %.1f ms\n", Bench::ms(cpuNs));
    std::fprintf(stderr, "memory: resident %.1f MB before, %.1f MB after (%.1f MB after malloc_trim)\n",
        double(residentBefore) / 1e6, double(residentAfter) / 1e6, double(residentTrimmed) / 1e6);
    Bench::result("rows", double(rows));
    Bench::result("load_ms", Bench::ms(loadNs));
    Bench::result("load_cpu_ms", Bench::ms(cpuNs));
    Bench::result("stall_max_ms", Bench::ms(heartbeat.maxGapNs));
    Bench::result("memory_added_bytes", double(residentAfter - residentBefore));
    Bench::result("memory_added_trimmed_bytes", double(residentTrimmed - residentBefore));
    Bench::result("memory_store_bytes", double(directory->store()->memoryBytes()));
    return m_page->tableModel()->rowCount() == rows && rows > 0;
}

void ConsoleBench::measureFilter()
{
    const AccountStore *store = m_page->directory()->store();
    QStringList names;
    names.reserve(store->size());
    for (qsizetype row = 0; row < store->size(); ++row)
        names.append(store->name(row));

    // Typed one key at a time and taken back: a word from the names and one from metadata.
    QStringList keys;
    for (const QString &word : { u"health"_s, u"north"_s }) {
        for (const QChar c : word)
            keys.append(QString(c));
        for (qsizetype i = 0; i < word.size(); ++i)
            keys.append(QString());
    }

    QLineEdit *search = m_page->searchField();
    AccountFilterModel *proxy = m_page->filterModel();
    search->setFocus();
    double proxyTotal = 0;
    double proxyMax = 0;
    double keystrokeMax = 0;
    double paintMax = 0;
    double floorTotal = 0;
    double floorMax = 0;
    for (const QString &key : std::as_const(keys)) {
        // The keystroke as the user makes it: the page's handler, the proxy, the view, the paint.
        const int paintsBefore = m_paints->paints;
        const AccountFilter previous = proxy->filter();
        const qint64 start = Bench::monotonicNs();
        if (key.isEmpty())
            QTest::keyClick(search, Qt::Key_Backspace);
        else
            QTest::keyClick(search, key.at(0).toLatin1());
        const qint64 handled = Bench::monotonicNs();
        // When the rows did not change the view has nothing to repaint: ask, so the wait ends.
        m_page->view()->viewport()->update();
        Bench::runUntil([&] { return m_paints->paints > paintsBefore; }, 5'000);
        const qint64 painted = m_paints->lastPaintNs;
        keystrokeMax = qMax(keystrokeMax, Bench::ms(handled - start));
        paintMax = qMax(paintMax, Bench::ms(painted - start));

        // The proxy re-filter alone, the same change again (view attached, so its reaction to
        // the layout change counts).
        const AccountFilter next = proxy->filter();
        proxy->setFilter(previous);
        const qint64 proxyStart = Bench::monotonicNs();
        proxy->setFilter(next);
        const double proxyMs = Bench::ms(Bench::monotonicNs() - proxyStart);
        proxyTotal += proxyMs;
        proxyMax = qMax(proxyMax, proxyMs);

        // The floor: a plain loop testing the same text on the same names.
        const QString needle = search->text().trimmed();
        const qint64 floorStart = Bench::monotonicNs();
        qsizetype hits = 0;
        for (const QString &name : std::as_const(names))
            hits += name.contains(needle, Qt::CaseInsensitive);
        const double floorMs = Bench::ms(Bench::monotonicNs() - floorStart);
        floorTotal += floorMs;
        floorMax = qMax(floorMax, floorMs);
        std::fprintf(stderr,
            "filter \"%s\": %lld shown, proxy %.2f ms, keystroke %.2f ms, to paint %.2f ms; "
            "floor %.2f ms (%lld names)\n",
            qPrintable(needle), qlonglong(proxy->shownCount()), proxyMs, Bench::ms(handled - start),
            Bench::ms(painted - start), floorMs, qlonglong(hits));
        // The repaint the proxy measurement asked for, before the next key.
        const int paintsNow = m_paints->paints;
        m_page->view()->viewport()->update();
        Bench::runUntil([&] { return m_paints->paints > paintsNow; }, 5'000);
    }
    measureCompoundFilter(search, proxy);
    const double n = double(keys.size());
    Bench::result("filter_proxy_mean_ms", proxyTotal / n);
    Bench::result("filter_proxy_max_ms", proxyMax);
    Bench::result("filter_keystroke_max_ms", keystrokeMax);
    Bench::result("filter_to_paint_max_ms", paintMax);
    Bench::result("filter_floor_mean_ms", floorTotal / n);
    Bench::result("filter_floor_max_ms", floorMax);
}

// A filter expression of three terms, typed one key at a time (each state in between is
// filtered too, and must stay under a frame), then the whole of it re-filtered five times.
void ConsoleBench::measureCompoundFilter(QLineEdit *search, AccountFilterModel *proxy)
{
    const QString expression = u"meta.region=EU users>10 created<90d"_s;
    search->clear();
    const AccountFilter unfiltered = proxy->filter();
    const auto refilterMs = [proxy](const AccountFilter &from, const AccountFilter &to) {
        proxy->setFilter(from);
        const qint64 start = Bench::monotonicNs();
        proxy->setFilter(to);
        return Bench::ms(Bench::monotonicNs() - start);
    };
    double typedMax = 0;
    for (const QChar c : expression) {
        const AccountFilter previous = proxy->filter();
        QTest::keyClick(search, c.toLatin1());
        const AccountFilter next = proxy->filter(); // a copy: refilterMs() changes the proxy's
        typedMax = qMax(typedMax, refilterMs(previous, next));
    }
    const AccountFilter whole = proxy->filter();
    std::vector<double> wholeMs;
    for (int i = 0; i < 5; ++i)
        wholeMs.push_back(refilterMs(unfiltered, whole));
    std::fprintf(stderr, "filter \"%s\": %lld shown, %.2f ms (median of 5), slowest while typing %.2f ms\n",
        qPrintable(expression), qlonglong(proxy->shownCount()), Bench::median(wholeMs), typedMax);
    Bench::result("filter_compound_ms", Bench::median(wholeMs));
    Bench::result("filter_compound_typed_max_ms", typedMax);
    search->clear();
}

void ConsoleBench::measureToggle()
{
    AccountDirectory *directory = m_page->directory();
    const AccountStore *store = directory->store();
    // Inactive accounts: a click reactivates them without the confirmation dialog that
    // deactivation asks for. Half go to the console, half to the bare floor request.
    QStringList ids;
    for (qsizetype row = 0; row < store->size() && ids.size() < 2 * m_options.toggles; ++row) {
        if (!store->record(row).isActive())
            ids.append(store->id(row));
    }
    QNetworkAccessManager network;
    // One request first, so the floor, like the console, uses a connection already open.
    if (!ids.isEmpty())
        Bench::waitForBody(network.get(Bench::authorized(
            Endpoints::accountUrl(m_options.baseUrl, m_options.kind, ids.constLast(), Endpoints::Action::None),
            m_options.apiKey)));

    QLineEdit *search = m_page->searchField();
    QTableView *view = m_page->view();
    auto *app = static_cast<ProfilingApplication *>(qApp);
    std::vector<double> clicks;
    std::vector<double> posts;
    for (qsizetype i = 0; i + 1 < ids.size(); i += 2) {
        const QString &id = ids[i];
        // Show just that row, the way a user finds an account.
        int paintsBefore = m_paints->paints;
        search->setText(id);
        Bench::runUntil([&] { return m_paints->paints > paintsBefore; }, 5'000);
        // Let the window settle (the detail pane lays out the newly selected account after the
        // table's paint) as it has by the time a user clicks: that work is the selection's,
        // not the click's.
        Bench::runUntil([] { return false; }, 50);
        const QModelIndex index = m_page->filterModel()->indexOfAccount(id, AccountTableModel::StatusColumn);
        if (!index.isValid())
            continue;
        const QPoint switchCenter = ToggleDelegate::switchRect(view->visualRect(index)).center();

        bool answered = false;
        int paintsAtAnswer = 0;
        const auto connection
            = QObject::connect(directory, &AccountDirectory::actionSucceeded, m_page, [&](const QString &done, bool) {
                  if (done == id) {
                      answered = true;
                      paintsAtAnswer = m_paints->paints;
                  }
              });
        // With --profile: when the intent was reported on disk and when the answer was stored.
        qint64 intentNs = 0;
        qint64 answerNs = 0;
        const auto intentConnection = QObject::connect(
            m_journal.get(), &AuditJournal::appended, m_page, [&intentNs](const AuditRecord &record) {
                if (record.type == AuditRecord::Type::Intent)
                    intentNs = Bench::monotonicNs();
            });
        app->profiling = m_options.profile;
        const qint64 start = Bench::monotonicNs();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, switchCenter);
        const qint64 clicked = Bench::monotonicNs();
        const bool ok = Bench::runUntil(
            [&] {
                if (answered && answerNs == 0)
                    answerNs = Bench::monotonicNs();
                return answered && m_paints->paints > paintsAtAnswer;
            },
            30'000);
        app->profiling = false;
        QObject::disconnect(connection);
        QObject::disconnect(intentConnection);
        if (m_options.profile && ok) {
            std::fprintf(stderr,
                "  click: handled %.2f ms, intent on disk %.2f ms, answer stored %.2f ms, painted %.2f ms\n",
                Bench::ms(clicked - start), intentNs ? Bench::ms(intentNs - start) : -1.0, Bench::ms(answerNs - start),
                Bench::ms(m_paints->lastPaintNs - start));
        }
        if (!ok || !store->record(store->rowOf(id)).isActive()) {
            qWarning("bench_console: the click on %s was not answered", qPrintable(id));
            continue;
        }
        clicks.push_back(Bench::ms(m_paints->lastPaintNs - start));

        // The floor: the same kind of request to the same server, with nothing around it.
        const QUrl url
            = Endpoints::accountUrl(m_options.baseUrl, m_options.kind, ids[i + 1], Endpoints::Action::Reactivate);
        QNetworkRequest request = Bench::authorized(url, m_options.apiKey);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        const qint64 postStart = Bench::monotonicNs();
        const QByteArray body = Bench::waitForBody(network.post(request, QByteArray()));
        if (!body.isEmpty())
            posts.push_back(Bench::ms(Bench::monotonicNs() - postStart));
    }
    search->clear();
    if (m_options.profile)
        app->report();
    std::fprintf(stderr, "toggle: %zu clicks, median %.2f ms; bare POST median %.2f ms\n", clicks.size(),
        Bench::median(clicks), Bench::median(posts));
    if (!clicks.empty() && !posts.empty()) {
        Bench::result("toggle_ms", Bench::median(clicks));
        Bench::result("toggle_floor_post_ms", Bench::median(posts));
    }
}

bool ConsoleBench::collectPages()
{
    Bench::PageChain chain;
    if (!Bench::fetchPageChain(m_options.baseUrl, m_options.kind, m_options.apiKey, &chain))
        return false;
    m_urls = chain.urls;
    m_bodies = chain.bodies;
    // The pages one after another with nothing but a bare QNetworkAccessManager and
    // PageReader (for the cursor): what Qt's HTTP stack alone costs next to curl.
    Bench::result("load_bare_qnam_ms", chain.fetchMs);
    std::fprintf(stderr, "pages: %lld, %.1f MB of JSON, fetched by a bare QNAM in %.1f ms\n",
        qlonglong(m_bodies.size()), double(chain.jsonBytes) / 1e6, chain.fetchMs);
    Bench::result("pages", double(m_bodies.size()));
    Bench::result("json_bytes", double(chain.jsonBytes));
    return true;
}

void ConsoleBench::measureCurl()
{
    // One invocation, every URL in order: curl keeps one connection open for all of them.
    std::vector<double> times;
    for (int i = 0; i < m_options.curlRepeats; ++i) {
        const double curlMs = Bench::timeCurl(m_urls, m_options.apiKey);
        if (curlMs < 0)
            return;
        times.push_back(curlMs);
    }
    std::fprintf(stderr, "curl: %lld pages in %.1f ms (median of %d)\n", qlonglong(m_urls.size()), Bench::median(times),
        m_options.curlRepeats);
    Bench::result("load_floor_curl_ms", Bench::median(times));
}

void ConsoleBench::measurePageCpu()
{
    std::vector<double> reader;
    std::vector<double> qjson;
    qsizetype sink = 0;
    double slowest = 0;
    for (int i = 0; i < m_options.cpuRepeats; ++i) {
        {
            AccountStore store(m_options.kind);
            const qint64 start = Bench::threadCpuNs();
            for (const QByteArray &body : std::as_const(m_bodies)) {
                const qint64 pageStart = Bench::monotonicNs();
                const PageReadResult page = PageReader::readPage(m_options.kind, body);
                store.append(page.batch);
                slowest = qMax(slowest, Bench::ms(Bench::monotonicNs() - pageStart));
            }
            reader.push_back(Bench::ms(Bench::threadCpuNs() - start) / double(m_bodies.size()));
            sink += store.size();
        }
        {
            const qint64 start = Bench::threadCpuNs();
            for (const QByteArray &body : std::as_const(m_bodies))
                sink += QJsonDocument::fromJson(body).isObject();
            qjson.push_back(Bench::ms(Bench::threadCpuNs() - start) / double(m_bodies.size()));
        }
    }
    std::fprintf(stderr,
        "page CPU: read + store %.3f ms (slowest page %.2f ms wall), QJsonDocument::fromJson %.3f ms (%lld)\n",
        Bench::median(reader), slowest, Bench::median(qjson), qlonglong(sink));
    Bench::result("page_slowest_ms", slowest);
    Bench::result("page_cpu_ms", Bench::median(reader));
    Bench::result("page_floor_fromjson_ms", Bench::median(qjson));
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProfilingApplication app(argc, argv);
    // Its own settings, so the window state of a real console is neither read nor changed.
    QApplication::setOrganizationName(u"Avara Console Bench"_s);
    QApplication::setApplicationName(u"bench_console"_s);
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Avara Console end to end against a sandbox; prints RESULT lines."_s);
    parser.addHelpOption();
    const QCommandLineOption urlOption(
        u"url"_s, u"Base URL of a running avara-sandbox (else a tiny one in-process)."_s, u"url"_s);
    const QCommandLineOption kindOption(u"kind"_s, u"orgs (default) or express."_s, u"kind"_s);
    const QCommandLineOption togglesOption(u"toggles"_s, u"Clicks on switches (default 20)."_s, u"n"_s);
    const QCommandLineOption profileOption(u"profile"_s, u"Print where the GUI thread's time goes while loading."_s);
    parser.addOptions({ urlOption, kindOption, togglesOption, profileOption });
    parser.process(app);

    Options options;
    if (parser.value(kindOption) == u"express"_s)
        options.kind = AccountKind::ExpressCustomer;
    if (parser.isSet(togglesOption))
        options.toggles = qMax(1, parser.value(togglesOption).toInt());
    options.profile = parser.isSet(profileOption);
    SandboxThread sandbox;
    if (parser.isSet(urlOption)) {
        options.baseUrl = QUrl(parser.value(urlOption));
    } else {
        SandboxOptions tiny;
        tiny.organizations = options.kind == AccountKind::Organization ? 300 : 0;
        tiny.customers = options.kind == AccountKind::ExpressCustomer ? 300 : 0;
        options.baseUrl = sandbox.start(tiny);
        options.toggles = 2;
        options.cpuRepeats = 1;
        options.curlRepeats = 1;
    }
    ConsoleBench bench(options);
    return bench.run() ? 0 : 1;
}
