#include "checkengine.h"

#include "checkcontext.h"
#include "rule.h"
#include "sharedwork.h"
#include "translationmemo.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace wizard {

const RuleList &allRules()
{
    static const RuleList rules = [] {
        RuleList r;
        addPartBRules(r);
        addPartARules(r);
        addNamespaceRules(r);
        addHostNameRules(r);
        addReferenceRules(r);
        addCertificateRules(r);
        addVersionRules(r);
        addClientRules(r);
        addKerberosRules(r);
        addPublicFolderRules(r);
        addOperationsRules(r);
        addImportRules(r);
        addCutoverRules(r);
        return r;
    }();
    return rules;
}

QList<Finding> runChecks(const Topology &topology)
{
    return runChecks(CheckContext(topology));
}

QList<Finding> runChecks(const CheckContext &context)
{
    const TranslationMemoScope translations; // each sentence translated once per call
    const RuleList &rules = allRules();
    // Rules are pure and read the context only: they run on the spare cores too, each
    // into its own list, joined in rulebook order (the same findings, the same order).
    std::vector<QList<Finding>> byRule(rules.size());
    shareWork(
        static_cast<qsizetype>(rules.size()),
        [&]() -> IndexWorker {
            // A memo per thread (the scope is thread-local), closed on that thread when its
            // share of the rules is done.
            auto threadTranslations = std::make_shared<TranslationMemoScope>();
            return [&, threadTranslations](qsizetype i) {
                const auto index = static_cast<std::size_t>(i);
                if (!rules[index]->readsOtherFindings())
                    rules[index]->evaluate(context, byRule[index]);
            };
        },
        worthSharing(context.topology.servers.size()));
    // Second pass: the rules that judge the first pass's findings (PA-011).
    QList<Finding> firstPass;
    if (std::any_of(rules.cbegin(), rules.cend(), [](const auto &r) { return r->readsOtherFindings(); })) {
        for (const QList<Finding> &found : byRule)
            firstPass.append(found);
    }
    for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules[i]->readsOtherFindings())
            rules[i]->evaluateAfter(context, firstPass, byRule[i]);
    }
    qsizetype total = 0;
    for (const QList<Finding> &found : byRule)
        total += found.size();
    QList<Finding> findings;
    findings.reserve(total);
    for (QList<Finding> &found : byRule)
        findings.append(std::move(found));
    return findings;
}

QList<Finding> findingsOfOtherRules(const CheckContext &context)
{
    QList<Finding> findings;
    for (const std::unique_ptr<Rule> &rule : allRules()) {
        if (!rule->readsOtherFindings())
            rule->evaluate(context, findings);
    }
    return findings;
}

} // namespace wizard
