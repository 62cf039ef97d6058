#include "rule.h"

namespace wizard {

void addNamespaceRules(RuleList &rules)
{
    (void)rules;
}

} // namespace wizard
