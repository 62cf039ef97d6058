#pragma once

#include "jsondocument.h"
#include "topology/topology.h"

#include <nlohmann/json.hpp>

namespace wizard::planjson {

// The optional "cutover" section (docs/plan-file.md "Cutover"). Reading checks every
// reference against the topology already read (servers, databases, client groups) and
// throws ReadError (jsonreader.h) with the JSON pointer of the first problem.
CutoverPlan readCutover(const JsonValue &json, const QString &pointer, const Topology &topology);
// Deterministic: milestones in MilestoneKind order, waves in plan order; empty members left out.
nlohmann::ordered_json writeCutover(const CutoverPlan &cutover);

// At most this many waves: a real cutover has tens; the bound keeps the charts and the
// checklist readable and every export fast.
inline constexpr int maxCutoverWaves = 1000;

} // namespace wizard::planjson
