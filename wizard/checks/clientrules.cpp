#include "rule.h"

namespace wizard {

void addClientRules(RuleList &rules)
{
    (void)rules;
}

} // namespace wizard
