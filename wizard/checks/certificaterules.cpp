#include "rule.h"

namespace wizard {

void addCertificateRules(RuleList &rules)
{
    (void)rules;
}

} // namespace wizard
