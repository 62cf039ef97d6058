#pragma once

#include <QtGlobal>

#include <functional>

namespace wizard {

// Spreads independent pieces of work over the calling thread and the spare cores of
// the machine (ARCHITECTURE: the engine is Qt Core only, so this is QThreadPool).
// The checks and the flows use it so that a full check of a large plan takes the
// cores a workshop laptop has, not one; the results never depend on it: callers
// store each piece's result by its index and combine them in index order.
//
// shareWork(count, makeWorker) calls makeWorker() once on every thread that takes
// part and the returned callable with each index in [0, count) exactly once, each
// index on whichever thread claims it next. makeWorker lets a thread keep state of
// its own (a memo, a translation scope) across the indices it handles. Returns once
// every index is done. Never throws work away: if no helper thread can be had (one
// core, the pool busy with another shareWork call, a call nested in shared work), the
// calling thread does it all.
//
// `worthSharing` false keeps everything on the calling thread unless a thread count
// was set (setSharedWorkThreads): waking a helper thread costs tens of microseconds,
// more than small plans save (see worthSharing() below).
using IndexWorker = std::function<void(qsizetype)>;
void shareWork(qsizetype count, const std::function<IndexWorker()> &makeWorker, bool worthSharing = true);

// Whether the checks and flows of a plan of `servers` servers gain from more threads:
// measured with coexplan_bench on 2 cores, plans below about 150 servers check as
// fast or faster on one thread (docs/performance.md).
constexpr qsizetype minServersToShare = 200;
inline bool worthSharing(qsizetype servers)
{
    return servers >= minServersToShare;
}

// How many threads shareWork uses at most, the calling thread included: 0 (the
// default) = one per core, up to 4, for work worth sharing; 1 = everything on the
// calling thread; more than 1 = that many, whatever the size of the work. For tests
// (serial and shared runs must give the same results) and for measuring.
void setSharedWorkThreads(int threads);
int sharedWorkThreads();

} // namespace wizard
