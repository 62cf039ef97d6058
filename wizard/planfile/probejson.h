#pragma once

#include "jsonreader.h"
#include "topology/probeobservation.h"

#include <nlohmann/json.hpp>

namespace wizard::planjson {

// The plan's optional "lastProbe" section (docs/plan-file.md), also the "probe" member
// of `coexplan probe --format json`. Empty values are omitted; the reader is strict
// like the rest of the plan (unknown members and bad tokens name their JSON pointer).
nlohmann::ordered_json writeProbeRecord(const ProbeRecord &record);
ProbeRecord readProbeRecord(const ObjectReader &r);

} // namespace wizard::planjson
