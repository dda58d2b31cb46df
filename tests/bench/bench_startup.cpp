// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMainWindow>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include "core/api/apiclient.h"
#include "core/services/auditjournal.h"
#include "core/services/environment.h"
#include "core/services/session.h"
#include "sandbox/sandboxthread.h"
#include "tests/bench/benchutil.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

// Start to first painted window, as separate processes started the same way:
//   console   what app/ does once it has a connection (CompositionRoot::openWindow): an ApiClient
//             for a running sandbox, the MainWindow with its audit journal, show(), loadAll()
//   minimal   a QMainWindow holding an empty QTableView, the floor
// The driver (no --child) starts each child with QProcess, alternating the two, and takes the
// time from just before the start to the moment the child reports its first paint flushed,
// on CLOCK_MONOTONIC, which both processes share. Without --url it starts a tiny sandbox in
// process and runs each child once: that is how ctest runs it.
namespace
{
// Reports the first paint of `window` once the repaint manager has flushed it, then quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : m_window(window)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                std::printf("first-paint-ns %lld\n", static_cast<long long>(Bench::monotonicNs()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

int runChild(const QString &mode, const QUrl &baseUrl, QApplication &app)
{
    // As app/main.cpp sets up the application, with settings of its own.
    QApplication::setOrganizationName(u"Avara Console Bench"_s);
    QApplication::setApplicationName(u"bench_startup"_s);
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setWindowIcon(QIcon(u":/icons/org.avaraconsole.AvaraConsole.svg"_s));

    // AVARA_BENCH_PHASES: a diagnostic, when each step of the console's start ended.
    const bool phases = qEnvironmentVariableIsSet("AVARA_BENCH_PHASES");
    const auto phase = [phases](const char *what) {
        if (phases)
            std::fprintf(stderr, "phase %s at %lld us\n", what, static_cast<long long>(Bench::monotonicNs() / 1000));
    };
    phase("application");
    QTemporaryDir journalDir;
    std::unique_ptr<AuditJournal> journal;
    std::unique_ptr<Session> session;
    std::unique_ptr<QMainWindow> window;
    if (mode == u"console"_s) {
        ConnectionSettings settings;
        settings.baseUrl = baseUrl;
        settings.apiKey = u"sandbox-key"_s;
        session = std::make_unique<Session>(settings, Environment::forBaseUrl(baseUrl));
        phase("client");
        auto console = std::make_unique<MainWindow>(session.get());
        // As app/ does; the journal only opens its file on the first record.
        journal = std::make_unique<AuditJournal>(journalDir.filePath(u"audit.jsonl"_s));
        session->setAuditJournal(journal.get());
        console->setAuditJournal(journal.get());
        phase("window");
        MainWindow *raw = console.get();
        window = std::move(console);
        FirstPaint watcher(window.get());
        window->resize(1280, 780);
        window->show();
        phase("shown");
        // AVARA_BENCH_NO_LOAD: a diagnostic, the same window without the first requests.
        if (!qEnvironmentVariableIsSet("AVARA_BENCH_NO_LOAD"))
            raw->loadAll();
        phase("loading");
        return app.exec();
    }
    window = std::make_unique<QMainWindow>();
    window->setCentralWidget(new QTableView(window.get()));
    FirstPaint watcher(window.get());
    window->resize(1280, 780);
    window->show();
    return app.exec();
}

// Milliseconds from just before the child's start to its first paint; negative on failure.
double timeChild(const QString &mode, const QUrl &baseUrl)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 start = Bench::monotonicNs();
    child.start(QCoreApplication::applicationFilePath(), { u"--child"_s, mode, u"--url"_s, baseUrl.toString() });
    if (!child.waitForFinished(60'000) || child.exitCode() != 0)
        return -1;
    const QByteArray out = child.readAllStandardOutput();
    const qsizetype at = out.indexOf("first-paint-ns ");
    if (at < 0)
        return -1;
    const qint64 paintedNs = out.mid(at + 15).trimmed().toLongLong();
    return Bench::ms(paintedNs - start);
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
    parser.setApplicationDescription(u"Start to first paint: the console against a minimal window."_s);
    parser.addHelpOption();
    const QCommandLineOption urlOption(u"url"_s, u"Base URL of a running avara-sandbox."_s, u"url"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Starts of each kind (default 5)."_s, u"n"_s);
    const QCommandLineOption childOption(u"child"_s, u"Internal: run as a child, console or minimal."_s, u"mode"_s);
    parser.addOptions({ urlOption, runsOption, childOption });
    parser.process(*app);

    if (isChild)
        return runChild(
            parser.value(childOption), QUrl(parser.value(urlOption)), *static_cast<QApplication *>(app.get()));

    SandboxThread sandbox;
    QUrl baseUrl;
    int runs = parser.isSet(runsOption) ? qMax(1, parser.value(runsOption).toInt()) : 5;
    if (parser.isSet(urlOption)) {
        baseUrl = QUrl(parser.value(urlOption));
    } else {
        SandboxOptions tiny;
        tiny.organizations = 300;
        baseUrl = sandbox.start(tiny);
        runs = 1;
    }
    // One start of each first, unmeasured, so both find the libraries in the page cache.
    timeChild(u"minimal"_s, baseUrl);
    timeChild(u"console"_s, baseUrl);
    for (int i = 0; i < runs; ++i) {
        const double minimal = timeChild(u"minimal"_s, baseUrl);
        const double console = timeChild(u"console"_s, baseUrl);
        if (minimal < 0 || console < 0) {
            std::fprintf(stderr, "bench_startup: a child failed\n");
            return 1;
        }
        std::fprintf(stderr, "startup: console %.1f ms, minimal window %.1f ms\n", console, minimal);
        Bench::result("startup_ms", console);
        Bench::result("startup_floor_minimal_ms", minimal);
    }
    return 0;
}
