// SPDX-FileCopyrightText: 2026 Avara Console contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <memory>

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include "core/services/serialworker.h"

using namespace Qt::StringLiterals;

class TestSerialWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsRunInOrderOffTheOwnersThreadAndDeliverOnIt();
    void ticketsCountFromOne();
    void waitForBlocksUntilThatJobHasRun();
    void aDeliveryThatFlushesLeavesTheRestInOrder();
    void aDeliveryMayDestroyTheWorker();
    void destroyingRunsWhatWaitsButDeliversNothing();
};

void TestSerialWorker::jobsRunInOrderOffTheOwnersThreadAndDeliverOnIt()
{
    SerialWorker worker(u"test worker"_s);
    QList<int> ran; // touched by the worker's thread only, one job at a time
    QList<int> delivered;
    std::atomic<bool> ranOnOwnersThread = false;
    bool deliveredElsewhere = false;
    QThread *owner = QThread::currentThread();
    for (int n = 0; n < 20; ++n) {
        worker.enqueue([&, n]() -> SerialWorker::Delivery {
            if (QThread::currentThread() == owner)
                ranOnOwnersThread = true;
            ran.append(n);
            return [&, n] {
                deliveredElsewhere = deliveredElsewhere || QThread::currentThread() != owner;
                delivered.append(n);
            };
        });
    }
    QTRY_COMPARE(delivered.size(), 20);
    QVERIFY(!ranOnOwnersThread);
    QVERIFY(!deliveredElsewhere);
    for (int n = 0; n < 20; ++n) {
        QCOMPARE(ran.at(n), n);
        QCOMPARE(delivered.at(n), n);
    }
}

void TestSerialWorker::ticketsCountFromOne()
{
    SerialWorker worker(u"test worker"_s);
    QCOMPARE(worker.lastTicket(), quint64(0));
    QCOMPARE(worker.enqueue([] { return SerialWorker::Delivery(); }), quint64(1));
    QCOMPARE(worker.enqueue([] { return SerialWorker::Delivery(); }), quint64(2));
    QCOMPARE(worker.lastTicket(), quint64(2));
    worker.flush();
}

void TestSerialWorker::waitForBlocksUntilThatJobHasRun()
{
    SerialWorker worker(u"test worker"_s);
    QSemaphore mayFinish;
    std::atomic<int> finished = 0;
    const quint64 first = worker.enqueue([&]() -> SerialWorker::Delivery {
        ++finished;
        return {};
    });
    const quint64 second = worker.enqueue([&]() -> SerialWorker::Delivery {
        mayFinish.acquire();
        ++finished;
        return {};
    });
    worker.waitFor(first);
    QCOMPARE(finished.load(), 1);
    mayFinish.release();
    worker.waitFor(second);
    QCOMPARE(finished.load(), 2);
}

void TestSerialWorker::aDeliveryThatFlushesLeavesTheRestInOrder()
{
    SerialWorker worker(u"test worker"_s);
    QList<QString> delivered;
    worker.enqueue([&]() -> SerialWorker::Delivery {
        return [&] {
            delivered.append(u"first"_s);
            worker.enqueue([&]() -> SerialWorker::Delivery { return [&] { delivered.append(u"third"_s); }; });
            worker.flush(); // from within a delivery: waits, but delivers nothing itself
            delivered.append(u"first, after its flush"_s);
        };
    });
    worker.enqueue([&]() -> SerialWorker::Delivery { return [&] { delivered.append(u"second"_s); }; });
    worker.flush();
    const QList<QString> expected = { u"first"_s, u"first, after its flush"_s, u"second"_s, u"third"_s };
    QCOMPARE(delivered, expected);
}

void TestSerialWorker::aDeliveryMayDestroyTheWorker()
{
    auto worker = std::make_unique<SerialWorker>(u"test worker"_s);
    int delivered = 0;
    worker->enqueue([&]() -> SerialWorker::Delivery {
        return [&] {
            ++delivered;
            worker.reset();
        };
    });
    worker->enqueue([&]() -> SerialWorker::Delivery { return [&] { ++delivered; }; });
    worker->flush();
    QVERIFY(!worker);
    QCOMPARE(delivered, 1);
}

void TestSerialWorker::destroyingRunsWhatWaitsButDeliversNothing()
{
    std::atomic<int> ran = 0;
    int delivered = 0;
    {
        SerialWorker worker(u"test worker"_s);
        for (int n = 0; n < 5; ++n) {
            worker.enqueue([&]() -> SerialWorker::Delivery {
                QThread::yieldCurrentThread();
                ++ran;
                return [&] { ++delivered; };
            });
        }
    }
    QCOMPARE(ran.load(), 5);
    QCoreApplication::processEvents();
    QCOMPARE(delivered, 0);
}

QTEST_GUILESS_MAIN(TestSerialWorker)
#include "tst_serialworker.moc"
