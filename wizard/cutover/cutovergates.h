#pragma once

#include "checks/finding.h"
#include "topology/topology.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wizard {

// One step of the cutover, a milestone or a wave, with the findings that must be fixed
// before it (docs/cutover.md "Gates"). The engine computes gates from the findings; the
// UI, the charts and the exports display them.
struct CutoverStep
{
    std::optional<MilestoneKind> milestone; // nullopt: a wave
    QString wave; // the wave's name when milestone is nullopt
    QString label; // "Namespace and DNS cutover", "Wave 1"
    QDate date; // null when not planned
    QList<Finding> open; // the gating findings, every severity, in the findings' order

    bool isWave() const { return !milestone.has_value(); }
    bool blocked() const; // an error among `open`
    QStringList blockingRuleIds() const; // rule ids of the errors, sorted, once each
    // "cutover.milestones.namespaceCutover" or "cutover.waves.<name>": the field a CUT-
    // finding names, and the Cutover step marks.
    QString field() const;

    friend bool operator==(const CutoverStep &, const CutoverStep &) = default;
};

// Every step in cutover order: new servers, coexistence prepared, SCP, namespace, the
// waves in plan order, public folders, decommission. Dates may be out of that order
// (CUT-002 says so); sortedByDate() gives the calendar order.
QList<CutoverStep> computeCutoverSteps(const Topology &topology, const QList<Finding> &findings);
// The dated steps by date (stable: same-day steps keep cutover order).
QList<CutoverStep> sortedByDate(const QList<CutoverStep> &steps);

// The rule ids that gate a milestone (docs/cutover.md), for the documentation and tests.
QStringList gatingRulePrefixes(MilestoneKind kind);

} // namespace wizard
