// shareWork (wizard/checks/sharedwork.h): every index exactly once, per-thread worker
// state, concurrent callers; and the checks and flows give the same results on one
// thread and on several, and checkPlan the same as runChecks + computeFlows (the
// engine's output must never depend on scheduling).
#include "checks/checkengine.h"
#include "checks/sharedwork.h"
#include "flows/flow.h"
#include "flows/plancheck.h"
#include "planfile/planfile.h"
#include "syntheticplan.h"

#include <QDir>
#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

class TestSharedWork : public QObject
{
    Q_OBJECT

private:
    // Runs shareWork over `count` indices; returns how often each index was handed out
    // and how many workers were made.
    static std::vector<int> handOut(qsizetype count, int *workers)
    {
        std::vector<std::atomic<int>> seen(static_cast<std::size_t>(count));
        std::atomic<int> made{0};
        wizard::shareWork(count, [&]() -> wizard::IndexWorker {
            ++made;
            return [&](qsizetype i) { ++seen[static_cast<std::size_t>(i)]; };
        });
        *workers = made.load();
        std::vector<int> out;
        for (const auto &s : seen)
            out.push_back(s.load());
        return out;
    }

    static QList<wizard::Plan> plans()
    {
        QList<wizard::Plan> out;
        const QDir samples(QStringLiteral(COEXPLAN_SAMPLES));
        for (const QString &name : samples.entryList({u"*.coexplan"_s}, QDir::Files, QDir::Name)) {
            const wizard::PlanLoadResult loaded = wizard::loadPlanFile(samples.filePath(name));
            if (!loaded.plan)
                qFatal("cannot load sample %s", qPrintable(name));
            out.append(*loaded.plan);
        }
        out.append(bench::makeSyntheticPlan(60));
        out.append(bench::makeSyntheticPlan(1000));
        return out;
    }

private slots:
    void cleanup() { wizard::setSharedWorkThreads(0); }

    void everyIndex_handedOutExactlyOnce_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<qsizetype>("count");
        for (int threads : {1, 2, 4}) {
            for (qsizetype count :
                 {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(97), qsizetype(20000)})
                QTest::addRow("%d threads, %lld indices", threads, static_cast<long long>(count)) << threads << count;
        }
    }
    void everyIndex_handedOutExactlyOnce()
    {
        QFETCH(int, threads);
        QFETCH(qsizetype, count);
        wizard::setSharedWorkThreads(threads);
        for (int round = 0; round < 20; ++round) {
            int workers = 0;
            const std::vector<int> seen = handOut(count, &workers);
            for (std::size_t i = 0; i < seen.size(); ++i)
                QCOMPARE(seen[i], 1);
            QVERIFY(workers <= threads);
            QCOMPARE(workers > 0, count > 0);
        }
    }

    void oneThread_runsEverythingOnTheCaller()
    {
        wizard::setSharedWorkThreads(1);
        QCOMPARE(wizard::sharedWorkThreads(), 1);
        QSet<QThread *> threads;
        wizard::shareWork(
            500, [&]() -> wizard::IndexWorker { return [&](qsizetype) { threads.insert(QThread::currentThread()); }; });
        QCOMPARE(threads, QSet<QThread *>{QThread::currentThread()});
    }

    void workerState_isKeptPerThread()
    {
        // Each worker counts what it handled in state of its own; the counts add up.
        wizard::setSharedWorkThreads(2);
        QMutex mutex;
        qsizetype total = 0;
        std::vector<std::shared_ptr<qsizetype>> counters;
        wizard::shareWork(10000, [&]() -> wizard::IndexWorker {
            auto mine = std::make_shared<qsizetype>(0);
            {
                QMutexLocker lock(&mutex);
                counters.push_back(mine);
            }
            return [mine](qsizetype) { ++*mine; };
        });
        for (const auto &c : counters)
            total += *c;
        QCOMPARE(total, qsizetype(10000));
    }

    void concurrentCallers_bothFinishEveryIndex()
    {
        // Two threads share work at the same moment: one gets the pool, the other runs
        // on its own thread; neither waits for the other or loses an index.
        wizard::setSharedWorkThreads(2);
        std::atomic<qsizetype> sums[2] = {0, 0};
        auto run = [&](int caller) {
            for (int round = 0; round < 50; ++round) {
                wizard::shareWork(
                    1000, [&]() -> wizard::IndexWorker { return [&, caller](qsizetype i) { sums[caller] += i; }; });
            }
        };
        std::thread a(run, 0);
        std::thread b(run, 1);
        a.join();
        b.join();
        const qsizetype expected = 50 * (999 * 1000 / 2);
        QCOMPARE(sums[0].load(), expected);
        QCOMPARE(sums[1].load(), expected);
    }

    void nestedSharing_runsInnerWorkWithoutDeadlock()
    {
        // A piece of shared work that shares work itself (on the thread that holds the
        // pool, and on a helper): the inner calls run serially, every index still once.
        wizard::setSharedWorkThreads(2);
        std::atomic<qsizetype> inner{0};
        wizard::shareWork(8, [&]() -> wizard::IndexWorker {
            return [&](qsizetype) {
                wizard::shareWork(100, [&]() -> wizard::IndexWorker { return [&](qsizetype) { ++inner; }; });
            };
        });
        QCOMPARE(inner.load(), qsizetype(800));
    }

    void checksAndFlows_sameOnOneAndSeveralThreads()
    {
        const QList<wizard::Plan> all = plans();
        QCOMPARE(all.size(), 5); // three samples, two synthetic plans
        for (const wizard::Plan &plan : all) {
            wizard::setSharedWorkThreads(1);
            const QList<wizard::Finding> serialFindings = wizard::runChecks(plan.topology);
            const QList<wizard::Flow> serialFlows = wizard::computeFlows(plan.topology, serialFindings);
            QVERIFY(!serialFlows.isEmpty());
            for (int threads : {2, 3, 4}) {
                wizard::setSharedWorkThreads(threads);
                for (int round = 0; round < 3; ++round) {
                    const QList<wizard::Finding> findings = wizard::runChecks(plan.topology);
                    QCOMPARE(findings, serialFindings);
                    const QList<wizard::Flow> flows = wizard::computeFlows(plan.topology, findings);
                    QCOMPARE(flows.size(), serialFlows.size());
                    QVERIFY(flows == serialFlows);
                    // checkPlan builds both sides' indexes at once: still the same results.
                    const wizard::PlanCheck checked = wizard::checkPlan(plan.topology);
                    QCOMPARE(checked.findings, serialFindings);
                    QVERIFY(checked.flows == serialFlows);
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSharedWork)
#include "tst_sharedwork.moc"
