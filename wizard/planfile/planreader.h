#pragma once

#include "topology/topology.h"

#include <nlohmann/json_fwd.hpp>

namespace wizard::planjson {

// Throws ReadError (jsonreader.h) with the JSON pointer of the first problem.
Plan readPlan(const nlohmann::json &root);

} // namespace wizard::planjson
