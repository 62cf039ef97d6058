#pragma once

#include "checkcontext.h"
#include "finding.h"
#include "topology/topology.h"

#include <QList>

namespace wizard {

// Runs every rule on the topology's target state. Findings come out in a stable order:
// by rule (rulebook order), then by the order the topology lists the subjects.
QList<Finding> runChecks(const Topology &topology);
// The same on indexes already built (checkPlan builds them beside the flows' own).
QList<Finding> runChecks(const CheckContext &context);

} // namespace wizard
