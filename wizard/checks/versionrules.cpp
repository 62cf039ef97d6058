#include "rule.h"

namespace wizard {

void addVersionRules(RuleList &rules)
{
    (void)rules;
}

} // namespace wizard
