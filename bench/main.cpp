// coexplan_bench: times the engine on synthetic plans (docs/performance.md).
//   coexplan_bench [--sizes 10,100,1000,10000] [--repetitions N] [--operations parse,runChecks,...]
//                  [--threads N]   (threads for the checks and flows; default one per core, up to 4)
//                  [--plans DIR]   (keep the synthetic plans there as bench-N.coexplan, e.g. for `coexplan check`)
// For each size it prints the median and the fastest of N runs of: parsing the plan
// from JSON (and nlohmann's DOM parse alone, parseDom), runChecks, computeFlows, check + flows together, loading the
// plan file, the JSON and text check reports, serializing, and saving to a temporary file. Figures, not assertions: the
// ctest runs a tiny size only.
#include "syntheticplan.h"

#include "checks/checkengine.h"
#include "checks/checkreport.h"
#include "checks/sharedwork.h"
#include "flows/flow.h"
#include "flows/plancheck.h"
#include "planfile/planfile.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    qint64 median = 0;
    qint64 min = 0;
};

Timing measure(int repetitions, const std::function<void()> &run)
{
    std::vector<qint64> ns;
    ns.reserve(static_cast<std::size_t>(repetitions));
    run(); // warm-up: first-touch allocations and static tables
    for (int r = 0; r < repetitions; ++r) {
        QElapsedTimer timer;
        timer.start();
        run();
        ns.push_back(timer.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    return Timing{ns[ns.size() / 2], ns.front()};
}

QString micro(qint64 ns)
{
    return QString::number(static_cast<double>(ns) / 1000.0, 'f', 1);
}

struct Options
{
    QList<int> sizes{10, 100, 1000, 10000};
    int repetitions = 0; // 0 = by size
    QStringList operations; // empty = all (e.g. only runChecks, for a profiler run)
    int threads = 0; // 0 = the engine's default (one per core, up to 4)
    QString planDir; // --plans DIR: the synthetic plans are written there (bench-N.coexplan)
};

bool parseOptions(const QStringList &args, Options &o, QTextStream &err)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == u"--sizes"_s || a == u"--repetitions"_s || a == u"--operations"_s || a == u"--threads"_s
             || a == u"--plans"_s)
            && i + 1 < args.size()) {
            const QString value = args[++i];
            if (a == u"--plans"_s) {
                o.planDir = value;
                continue;
            }
            if (a == u"--threads"_s) {
                bool ok = false;
                o.threads = value.toInt(&ok);
                if (!ok || o.threads < 1 || o.threads > 64) {
                    err << "coexplan_bench: --threads needs a whole number from 1 to 64\n";
                    return false;
                }
                continue;
            }
            if (a == u"--operations"_s) {
                o.operations = value.split(u',', Qt::SkipEmptyParts);
                continue;
            }
            if (a == u"--repetitions"_s) {
                bool ok = false;
                o.repetitions = value.toInt(&ok);
                if (!ok || o.repetitions < 1) {
                    err << "coexplan_bench: --repetitions needs a whole number >= 1\n";
                    return false;
                }
                continue;
            }
            o.sizes.clear();
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const int n = part.toInt(&ok);
                if (!ok || n < 1 || n > 1000000) {
                    err << "coexplan_bench: --sizes takes server counts such as 10,100,1000\n";
                    return false;
                }
                o.sizes.append(n);
            }
            if (o.sizes.isEmpty()) {
                err << "coexplan_bench: --sizes is empty\n";
                return false;
            }
        } else {
            err << "usage: coexplan_bench [--sizes 10,100,1000,10000] [--repetitions N] [--operations a,b] [--threads "
                   "N] [--plans DIR]\n";
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Options options;
    if (!parseOptions(QCoreApplication::arguments(), options, err))
        return 2;
    wizard::setSharedWorkThreads(options.threads);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        err << "coexplan_bench: cannot create a temporary folder\n";
        return 1;
    }

    out << "coexplan_bench: median and fastest of N runs, microseconds (QElapsedTimer); checks and flows on "
        << wizard::sharedWorkThreads() << " thread(s)\n\n";
    out << u"%1 %2 %3 %4 %5  %6 %7 %8 %9\n"_s.arg(u"servers"_s, 7)
               .arg(u"JSON KB"_s, 8)
               .arg(u"findings"_s, 8)
               .arg(u"flows"_s, 7)
               .arg(u"runs"_s, 4)
               .arg(u"operation"_s, -14)
               .arg(u"median"_s, 11)
               .arg(u"min"_s, 11)
               .arg(u"median ns/server"_s, 16);
    qint64 checksum = 0;
    for (const int size : options.sizes) {
        const wizard::Plan plan = bench::makeSyntheticPlan(size);
        const QByteArray json = wizard::serializePlan(plan);
        const wizard::PlanLoadResult loaded = wizard::parsePlan(json);
        if (!loaded.ok() || !(*loaded.plan == plan)) {
            err << "coexplan_bench: the synthetic plan of " << size
                << " servers does not round-trip: " << (loaded.error ? loaded.error->toString() : u"plans differ"_s)
                << '\n';
            return 1;
        }
        const QList<wizard::Finding> findings = wizard::runChecks(plan.topology);
        const QList<wizard::Flow> flows = wizard::computeFlows(plan.topology, findings);
        const int reps = options.repetitions > 0 ? options.repetitions : std::clamp(20000 / size, 5, 100);
        const QString path
            = (options.planDir.isEmpty() ? dir.path() : options.planDir) + u"/bench-%1.coexplan"_s.arg(size);
        if (const auto error = wizard::savePlanFile(plan, path)) {
            err << "coexplan_bench: " << *error << '\n';
            return 1;
        }

        const std::vector<std::pair<QString, std::function<void()>>> operations{
            {u"parse"_s, [&] { checksum += wizard::parsePlan(json).plan->topology.servers.size(); }},
            // nlohmann's own DOM parse of the same bytes: the floor of a reader over its DOM.
            {u"parseDom"_s, [&] { checksum += nlohmann::json::parse(json.cbegin(), json.cend()).size(); }},
            {u"runChecks"_s, [&] { checksum += wizard::runChecks(plan.topology).size(); }},
            {u"computeFlows"_s, [&] { checksum += wizard::computeFlows(plan.topology, findings).size(); }},
            {u"check+flows"_s,
             [&] {
                 const wizard::PlanCheck checked = wizard::checkPlan(plan.topology);
                 checksum += checked.flows.size() + checked.findings.size();
             }},
            {u"load"_s,
             [&] {
                 // loadPlanFile as `coexplan check` and the wizard open a plan: the
                 // bounded read with its limit scanner, then the parse and the reader.
                 checksum += wizard::loadPlanFile(path).plan->topology.servers.size();
             }},
            {u"jsonReport"_s, [&] { checksum += wizard::checkReportJson(u"bench"_s, findings, flows).size(); }},
            {u"textReport"_s, [&] { checksum += wizard::checkReportText(u"bench"_s, findings, flows).size(); }},
            {u"serialize"_s, [&] { checksum += wizard::serializePlan(plan).size(); }},
            {u"save"_s,
             [&] {
                 if (const auto error = wizard::savePlanFile(plan, path))
                     qFatal("%s", qPrintable(*error));
             }},
        };
        bool first = true;
        for (const auto &[name, run] : operations) {
            if (!options.operations.isEmpty() && !options.operations.contains(name))
                continue;
            const Timing t = measure(reps, run);
            const QString lead = first ? u"%1 %2 %3 %4 %5"_s.arg(size, 7)
                                             .arg(json.size() / 1024, 8)
                                             .arg(findings.size(), 8)
                                             .arg(flows.size(), 7)
                                             .arg(reps, 4)
                                       : QString(38, u' ');
            out << u"%1  %2 %3 %4 %5\n"_s.arg(lead)
                       .arg(name, -14)
                       .arg(micro(t.median), 11)
                       .arg(micro(t.min), 11)
                       .arg(QString::number(t.median / size), 16);
            out.flush();
            first = false;
        }
        out << '\n';
    }
    out << "checksum " << checksum << '\n';
    return 0;
}
