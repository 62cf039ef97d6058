#pragma once

#include "topology/topology.h"

namespace bench {

// A realistic organization of `serverCount` Exchange servers for the benchmark:
// sites of about twenty servers, each with a mix of multi-role 2013 servers, 2010 and
// 2007 Client Access and mailbox servers, two databases per mailbox server, a 2010 CAS
// array, certificates, a load balancer in front of the 2013 servers and three client
// groups. Settings mix correct, wrong and unknown values so that rules fire, stay
// quiet and report "cannot evaluate" in realistic proportions. Deterministic: the
// same count always gives the same plan.
wizard::Plan makeSyntheticPlan(int serverCount);

} // namespace bench
