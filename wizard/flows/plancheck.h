#pragma once

#include "checks/finding.h"
#include "flow.h"
#include "topology/topology.h"

#include <QList>

namespace wizard {

// The whole check of a plan: every rule (runChecks) and every flow (computeFlows) on
// the target state, as `coexplan check`, the exports and the wizard need them. The
// same findings and flows as calling the two in turn, computed with the indexes of
// both built side by side.
struct PlanCheck
{
    QList<Finding> findings;
    QList<Flow> flows;
};
PlanCheck checkPlan(const Topology &topology);

} // namespace wizard
