// The flows of a plan, and the whole check (rules + flows), spread over the cores
// (sharedwork.h): the indexes, the distinct paths, the flows and the clean-up are each
// shared out, and every result lands at its index, so the output is the same on one
// thread or many (tst_sharedwork).
#include "checks/checkengine.h"
#include "checks/sharedwork.h"
#include "flowbuilder.h"
#include "plancheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// shareWork, on more threads only for plans big enough to gain from them.
void shareFor(const Topology &topology, qsizetype count, const std::function<IndexWorker()> &makeWorker)
{
    shareWork(count, makeWorker, worthSharing(topology.servers.size()));
}

// Two independent jobs at once (each on whichever thread takes it).
void sideBySide(const Topology &topology, const std::function<void()> &first, const std::function<void()> &second)
{
    shareFor(topology, 2, [&]() -> IndexWorker { return [&](qsizetype i) { i == 0 ? first() : second(); }; });
}

// One flow to build: which group, location and mailbox, and which path it follows.
struct FlowSlot
{
    qsizetype group = 0; // index into topology.clientGroups
    ClientLocation location = ClientLocation::Internal;
    qsizetype client = 0; // index into the client labels
    const QString *mailboxName = nullptr;
    qsizetype path = -1; // index into the paths; -1: the mailbox server is not in the plan
};

struct PathKey
{
    ClientLocation location;
    const Server *mailbox;
};

// Paths and flows handed to a thread at a time: runs of neighbours (the servers of a
// site, one site's client groups), so that threads rarely touch the same strings at
// the same moment (their reference counts are shared) and hand-overs are few.
constexpr qsizetype pathsPerTask = 32;
constexpr qsizetype flowsPerTask = 64;

// Which flows, and the distinct paths they follow: flows of client groups that share
// mailbox servers share their paths. Needs the topology's indexes only, not the findings.
struct FlowPlan
{
    QList<FlowSlot> flows;
    QStringList clients; // "Sales (internal)"
    QList<PathKey> paths;
};

FlowPlan planFlows(const Topology &topology, const FlowTopology &index)
{
    FlowPlan plan;
    qsizetype flowCount = 0;
    for (const ClientGroup &group : topology.clientGroups)
        flowCount += group.mailboxServers.size() * (group.location == ClientLocation::Both ? 2 : 1);
    QList<FlowSlot> &planned = plan.flows;
    planned.reserve(flowCount);
    QStringList &clients = plan.clients;
    QList<PathKey> &pathKeys = plan.paths;
    // The path of (location, server position in the plan), -1 until there is one.
    std::vector<qsizetype> pathAt(static_cast<std::size_t>(2 * topology.servers.size()), -1);
    const SentenceTemplate internalLabel(tr("%1 (Internal)"), 1);
    const SentenceTemplate externalLabel(tr("%1 (External)"), 1);
    for (qsizetype g = 0; g < topology.clientGroups.size(); ++g) {
        const ClientGroup &group = topology.clientGroups.at(g);
        const bool both = group.location == ClientLocation::Both;
        for (const ClientLocation location : {ClientLocation::Internal, ClientLocation::External}) {
            if (!both && group.location != location)
                continue;
            clients.append((location == ClientLocation::Internal ? internalLabel : externalLabel).fill({group.name}));
            const qsizetype side = location == ClientLocation::Internal ? 0 : topology.servers.size();
            for (const QString &mailboxName : group.mailboxServers) {
                FlowSlot slot{g, location, clients.size() - 1, &mailboxName, -1};
                // A mailbox server of unknown version (or Exchange 2003) has no path to
                // plan: its flow says why (FlowBuilder::build), it is never guessed.
                if (const Server *mailbox = index.server(mailboxName); mailbox && isPlannable(mailbox->version)) {
                    qsizetype &path = pathAt[static_cast<std::size_t>(side + index.positionOf(mailbox))];
                    if (path < 0) {
                        path = pathKeys.size();
                        pathKeys.append(PathKey{location, mailbox});
                    }
                    slot.path = path;
                }
                planned.append(slot);
            }
        }
    }

    return plan;
}

// Builds and assembles the planned flows, then frees the indexes (they are reset).
QList<Flow> flowsFrom(const Topology &topology, const FlowPlan &plan, std::optional<FlowTopology> &index,
                      std::optional<FindingPlacement> &placement)
{
    const QList<FlowSlot> &planned = plan.flows;
    const QList<PathKey> &pathKeys = plan.paths;
    // Looked up once per group, not per flow: the lookup lower-cases the name.
    std::vector<const QList<int> *> aboutGroup;
    aboutGroup.reserve(static_cast<std::size_t>(topology.clientGroups.size()));
    for (const ClientGroup &group : topology.clientGroups)
        aboutGroup.push_back(placement->findingsAbout(group));

    // Paths, then flows, on every core; each result lands at its index, so the output
    // is the same whichever thread built it.
    std::vector<DraftList> paths(static_cast<std::size_t>(pathKeys.size()));
    const qsizetype pathTasks = (pathKeys.size() + pathsPerTask - 1) / pathsPerTask;
    shareFor(topology, pathTasks, [&]() -> IndexWorker {
        auto builder = std::make_shared<FlowBuilder>(*index, *placement);
        return [&, builder](qsizetype task) {
            const qsizetype end = std::min(pathKeys.size(), (task + 1) * pathsPerTask);
            for (qsizetype i = task * pathsPerTask; i < end; ++i) {
                const PathKey &key = pathKeys.at(i);
                paths[static_cast<std::size_t>(i)] = builder->path(key.location, *key.mailbox);
            }
        };
    });
    QList<Flow> flows(planned.size());
    Flow *out = flows.data(); // detached here, before the threads write to it
    shareFor(topology, (planned.size() + flowsPerTask - 1) / flowsPerTask, [&]() -> IndexWorker {
        auto builder = std::make_shared<FlowBuilder>(*index, *placement);
        return [&, builder](qsizetype task) {
            const qsizetype end = std::min(planned.size(), (task + 1) * flowsPerTask);
            for (qsizetype i = task * flowsPerTask; i < end; ++i) {
                const FlowSlot &slot = planned.at(i);
                const DraftList *drafts = slot.path < 0 ? nullptr : &paths[static_cast<std::size_t>(slot.path)];
                const auto group = static_cast<std::size_t>(slot.group);
                out[i] = builder->build(topology.clientGroups.at(slot.group), aboutGroup[group], slot.location,
                                        plan.clients.at(slot.client), *slot.mailboxName, drafts);
            }
        };
    });
    // Freeing the drafts and indexes (tens of thousands of strings on large plans) is
    // shared out as well.
    shareFor(topology, pathTasks + 2, [&]() -> IndexWorker {
        return [&](qsizetype task) {
            if (task == pathTasks) {
                index.reset();
                return;
            }
            if (task == pathTasks + 1) {
                placement.reset();
                return;
            }
            const qsizetype end = std::min(pathKeys.size(), (task + 1) * pathsPerTask);
            for (qsizetype i = task * pathsPerTask; i < end; ++i)
                paths[static_cast<std::size_t>(i)] = {};
        };
    });
    return flows;
}

} // namespace

QList<Flow> computeFlows(const Topology &topology, const QList<Finding> &findings)
{
    // The two indexes do not depend on each other: built side by side.
    std::optional<FlowTopology> index;
    std::optional<FindingPlacement> placement;
    sideBySide(
        topology, [&] { index.emplace(topology); }, [&] { placement.emplace(findings, topology); });
    return flowsFrom(topology, planFlows(topology, *index), index, placement);
}

PlanCheck checkPlan(const Topology &topology)
{
    // The rules' indexes and the flows' path indexes only read the topology: built
    // side by side, before the rules run.
    std::optional<CheckContext> context;
    std::optional<FlowTopology> index;
    sideBySide(
        topology, [&] { context.emplace(topology); }, [&] { index.emplace(topology); });
    PlanCheck result;
    result.findings = runChecks(*context);
    // The placement needs the findings; planning the flows does not.
    std::optional<FindingPlacement> placement;
    FlowPlan plan;
    sideBySide(
        topology, [&] { placement.emplace(result.findings, topology); },
        [&] {
            plan = planFlows(topology, *index);
            context.reset();
        });
    result.flows = flowsFrom(topology, plan, index, placement);
    return result;
}

} // namespace wizard
