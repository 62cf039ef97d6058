#pragma once

#include "checkcontext.h"
#include "finding.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace wizard {

// One rule of RULEBOOK §3. Rules are pure: same context in, same findings out, in the
// order the topology lists its elements.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0;
    virtual void evaluate(const CheckContext &context, QList<Finding> &out) const = 0;
};

using RuleList = std::vector<std::unique_ptr<Rule>>;

// Each rule area registers its rules here (checks/<area>rules.cpp).
void addPartBRules(RuleList &rules);
void addPartARules(RuleList &rules);
void addNamespaceRules(RuleList &rules);
void addCertificateRules(RuleList &rules);
void addVersionRules(RuleList &rules);
void addClientRules(RuleList &rules);
// Tier 2: how values were captured (IMP-001).
void addImportRules(RuleList &rules);

// All tier-1 rules, in rulebook order.
const RuleList &allRules();

} // namespace wizard
