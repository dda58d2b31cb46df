// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <unistd.h>
#include <vector>

#include <QByteArray>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

// Clocks, memory and result lines shared by the benchmark executables. Results go to stdout
// as `RESULT <name> <value>` lines that scripts/bench collects; everything else goes to stderr.
namespace Bench
{
/// CLOCK_MONOTONIC in nanoseconds: one clock for every process on the machine, so a parent
/// can time a child from before its start to a moment the child reports.
inline qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// CPU time of the calling thread in nanoseconds: what the client spends, whatever else runs.
inline qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// CPU time of the whole process (every thread) in nanoseconds.
inline qint64 processCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// The process's resident set in bytes, from /proc/self/statm.
inline qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

// A 5 ms timer: the longest gap between two of its ticks is the longest the event loop was
// busy with something else (a Precise timer, so Qt does not move it by itself).
class Heartbeat : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        // AVARA_BENCH_GAPS: a diagnostic, each gap over 8 ms and when it ended.
        static const bool logsGaps = qEnvironmentVariableIsSet("AVARA_BENCH_GAPS");
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = Bench::monotonicNs();
            if (logsGaps && now - m_lastNs > 8'000'000)
                std::fprintf(stderr, "gap %.1f ms ending at %.1f ms\n", double(now - m_lastNs) / 1e6,
                    double(now - m_startNs) / 1e6);
            maxGapNs = qMax(maxGapNs, now - m_lastNs);
            m_lastNs = now;
            ++ticks;
        });
    }

    void start()
    {
        m_lastNs = Bench::monotonicNs();
        m_startNs = m_lastNs;
        maxGapNs = 0;
        ticks = 0;
        m_timer.start();
    }
    void stop()
    {
        maxGapNs = qMax(maxGapNs, Bench::monotonicNs() - m_lastNs);
        m_timer.stop();
    }

    qint64 maxGapNs = 0;
    int ticks = 0;

private:
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_startNs = 0;
};

/// One figure for scripts/bench.
inline void result(const char *name, double value)
{
    std::printf("RESULT %s %.6g\n", name, value);
    std::fflush(stdout);
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

namespace Detail
{
inline std::function<void()> &currentCheck()
{
    static std::function<void()> check;
    return check;
}
} // namespace Detail

/// Makes the innermost runUntil() test its condition now: call it from the handler that makes
/// the condition true, so the loop ends without waiting for the next poll.
inline void poke()
{
    if (Detail::currentCheck())
        Detail::currentCheck()();
}

/// Runs the event loop (a real exec(), so deferred deletes happen as in the application)
/// until `done` holds; false after `timeoutMs`. Timings are taken in the handlers that make
/// `done` true, not here, so the 2 ms poll adds nothing to them; poke() ends the wait at once.
inline bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    bool timedOut = false;
    const std::function<void()> outer = Detail::currentCheck();
    Detail::currentCheck() = [&] {
        if (done())
            loop.quit();
    };
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    Detail::currentCheck() = outer;
    return !timedOut && done();
}
} // namespace Bench
