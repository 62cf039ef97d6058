#include "checkengine.h"

#include "checkcontext.h"
#include "rule.h"
#include "sharedwork.h"
#include "translationmemo.h"

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
                rules[index]->evaluate(context, byRule[index]);
            };
        },
        worthSharing(context.topology.servers.size()));
    qsizetype total = 0;
    for (const QList<Finding> &found : byRule)
        total += found.size();
    QList<Finding> findings;
    findings.reserve(total);
    for (QList<Finding> &found : byRule)
        findings.append(std::move(found));
    return findings;
}

} // namespace wizard
