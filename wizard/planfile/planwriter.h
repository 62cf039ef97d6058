#pragma once

#include "topology/topology.h"

#include <string>

namespace wizard::planjson {

std::string writePlan(const Plan &plan);

} // namespace wizard::planjson
