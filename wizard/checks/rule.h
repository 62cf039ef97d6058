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

    // A rule that judges the other rules' results (PA-011 never takes a server with
    // error findings as the model for its fix) says so here; the engine then runs it
    // after the others and gives it their findings. Its evaluate() must give the same
    // result on its own (it runs the other rules itself: see findingsOfOtherRules).
    virtual bool readsOtherFindings() const { return false; }
    virtual void evaluateAfter(const CheckContext &context, const QList<Finding> &others, QList<Finding> &out) const
    {
        Q_UNUSED(others);
        evaluate(context, out);
    }
};

using RuleList = std::vector<std::unique_ptr<Rule>>;

// A Part A or Part B rule decides by version whether a Client Access server is a legacy
// or a new CAS. Wrapped by this, it adds one "cannot evaluate" info per Client Access
// server whose version is unknown (RULEBOOK §1), after its own findings (unknownversion.cpp).
std::unique_ptr<Rule> needingClientAccessVersion(std::unique_ptr<Rule> rule);

// Each rule area registers its rules here (checks/<area>rules.cpp).
void addPartBRules(RuleList &rules);
void addPartARules(RuleList &rules);
void addNamespaceRules(RuleList &rules);
// Host names as typed: not a host name (NS-005), an external name not in a public domain (NS-006).
void addHostNameRules(RuleList &rules);
// A reference to a server or site the plan does not hold (REF-001).
void addReferenceRules(RuleList &rules);
void addCertificateRules(RuleList &rules);
void addVersionRules(RuleList &rules);
void addClientRules(RuleList &rules);
// Tier 2: Kerberos (KRB-001..004), legacy public folders (PF-001..004), Extended
// Protection and operations (EP-001, OPS-001, OPS-002), how values were captured (IMP-001).
void addKerberosRules(RuleList &rules);
void addPublicFolderRules(RuleList &rules);
void addOperationsRules(RuleList &rules);
void addImportRules(RuleList &rules);
// The cutover plan: dated steps still blocked, out of order, mailboxes left behind (CUT-*).
void addCutoverRules(RuleList &rules);

// All rules, tier 1 then tier 2, in rulebook order.
const RuleList &allRules();

// The findings of every rule that does not read other findings, in rulebook order
// (what the engine hands to a rule whose readsOtherFindings() is true).
QList<Finding> findingsOfOtherRules(const CheckContext &context);

} // namespace wizard
