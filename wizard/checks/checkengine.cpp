#include "checkengine.h"

#include "checkcontext.h"
#include "rule.h"
#include "translationmemo.h"

namespace wizard {

const RuleList &allRules()
{
    static const RuleList rules = [] {
        RuleList r;
        addPartBRules(r);
        addPartARules(r);
        addNamespaceRules(r);
        addCertificateRules(r);
        addVersionRules(r);
        addClientRules(r);
        addImportRules(r);
        return r;
    }();
    return rules;
}

QList<Finding> runChecks(const Topology &topology)
{
    const TranslationMemoScope translations; // each sentence translated once per call
    const CheckContext context(topology);
    QList<Finding> findings;
    for (const auto &rule : allRules())
        rule->evaluate(context, findings);
    return findings;
}

} // namespace wizard
