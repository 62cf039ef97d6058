#include "rule.h"

namespace wizard {

void addPartARules(RuleList &rules)
{
    (void)rules;
}

} // namespace wizard
