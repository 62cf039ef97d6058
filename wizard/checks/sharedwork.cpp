#include "sharedwork.h"

#include <QList>
#include <QRunnable>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>

namespace wizard {

namespace {
constexpr int maxThreads = 4; // the work per check is a few milliseconds: more threads cost more than they save

std::atomic<int> configuredThreads{0};

// A pool of our own: a busy global pool (image rendering, say) must not delay a check,
// and no other code queues tasks here, so tryTake() below only ever sees ours.
QThreadPool &pool()
{
    static QThreadPool p;
    return p;
}

// One shareWork call at a time uses the pool; a second, concurrent call (from another
// thread) runs on its own thread rather than wait.
std::mutex poolInUse;
// True on the thread that holds poolInUse: a shareWork nested in a piece of work runs
// serially instead of locking the mutex it already holds.
thread_local bool holdingPool = false;
} // namespace

void setSharedWorkThreads(int threads)
{
    configuredThreads.store(std::max(0, threads));
}

int sharedWorkThreads()
{
    const int configured = configuredThreads.load();
    if (configured > 0)
        return configured;
    return std::clamp(QThread::idealThreadCount(), 1, maxThreads);
}

void shareWork(qsizetype count, const std::function<IndexWorker()> &makeWorker, bool worthSharing)
{
    if (count <= 0)
        return;
    // Held by every task as well: a helper still returning from release() must not
    // touch a semaphore that this function's frame has already given up.
    struct Shared
    {
        std::atomic<qsizetype> next{0};
        QSemaphore finished;
    };
    const auto shared = std::make_shared<Shared>();
    const auto work = [&makeWorker, count](Shared &s) {
        qsizetype i = s.next.fetch_add(1);
        if (i >= count)
            return;
        const IndexWorker worker = makeWorker();
        for (; i < count; i = s.next.fetch_add(1))
            worker(i);
    };
    const bool configured = configuredThreads.load() > 0;
    const qsizetype helpers = worthSharing || configured ? std::min<qsizetype>(sharedWorkThreads() - 1, count - 1) : 0;
    std::unique_lock<std::mutex> lock(poolInUse, std::defer_lock);
    if (helpers <= 0 || holdingPool || !lock.try_lock()) {
        work(*shared);
        return;
    }
    holdingPool = true;
    const auto release = qScopeGuard([] { holdingPool = false; });
    QThreadPool &threads = pool();
    if (threads.maxThreadCount() != helpers)
        threads.setMaxThreadCount(static_cast<int>(helpers));
    QList<QRunnable *> tasks;
    for (qsizetype h = 0; h < helpers; ++h) {
        QRunnable *task = QRunnable::create([shared, &work] {
            work(*shared);
            shared->finished.release();
        });
        tasks.append(task);
        threads.start(task);
    }
    work(*shared);
    // A task no helper has picked up yet is not needed any more (every index has been
    // claimed): take it back instead of waiting for a thread to wake up for nothing.
    int running = 0;
    for (QRunnable *task : std::as_const(tasks)) {
        if (threads.tryTake(task))
            delete task;
        else
            ++running;
    }
    shared->finished.acquire(running);
}

} // namespace wizard
