#pragma once

#include "checks/finding.h"
#include "flows/flow.h"

#include <QList>

namespace render {

// The findings behind one hop's verdict, for its tooltip and its "go to the field" click:
// the findings whose rule id the hop names (verdict or information), about a plan element on this flow (the
// servers and client group it involves) or about a shared element (organization,
// certificate, load balancer, CAS array, database, site). When none matches that way,
// every finding with one of the hop's rule ids. Display only: the verdict is the hop's.
QList<wizard::Finding> findingsOfHop(const wizard::Flow &flow, qsizetype hopIndex,
                                     const QList<wizard::Finding> &findings);

} // namespace render
