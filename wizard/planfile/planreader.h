#pragma once

#include "topology/topology.h"

#include "jsondocument.h"

namespace wizard::planjson {

// Throws ReadError (jsonreader.h) with the JSON pointer of the first problem.
Plan readPlan(const JsonValue &root);

} // namespace wizard::planjson
