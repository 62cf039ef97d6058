#pragma once

// Part A: Outlook clients to the new CAS (RULEBOOK §3, tier 1). The rules live in
// files by concept (client authentication, host names, TLS, consistency);
// addPartARules (partarules.cpp) registers them in rulebook order.

#include "checkcontext.h"
#include "rule.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>
#include <utility>

namespace wizard {

std::unique_ptr<Rule> makeLegacyClientMethodNotAcceptedRule(); // PA-001
std::unique_ptr<Rule> makeExternalClientMethodNotInIisRule(); // PA-002
std::unique_ptr<Rule> makeInternalClientMethodNotInIisRule(); // PA-003
std::unique_ptr<Rule> makeLegacyAndNewExternalMethodDifferRule(); // PA-004
std::unique_ptr<Rule> makeNegotiateBesideLegacyRule(); // PA-005
std::unique_ptr<Rule> makeNewCasWithoutExternalHostnameRule(); // PA-006
std::unique_ptr<Rule> makeSslOffloadingWithoutRequireSslRule(); // PA-007
std::unique_ptr<Rule> makeExternalClientsWithoutSslRule(); // PA-008
std::unique_ptr<Rule> makeSslOffloadingWithoutTerminatingBalancerRule(); // PA-009
std::unique_ptr<Rule> makeHostnameNotOnCertificateRule(); // PA-010
std::unique_ptr<Rule> makeNewCasSettingsDifferRule(); // PA-011

// What the legacy CAS tell their Outlook Anywhere clients through Autodiscover: a user
// whose mailbox is still on a legacy server gets that server's ClientAuthenticationMethod
// and connects with it to the new namespace (F43, F46).
struct LegacyClientMethods
{
    // Basic or Ntlm, in first-seen topology order, with the CAS that announce it. Other
    // values are invalid on legacy servers (PB-005) and not listed here.
    QList<std::pair<AuthMethod, QStringList>> known;
    // Legacy CAS whose Outlook Anywhere state or client method is not recorded.
    QSet<const Server *> unknown;
    // Any legacy CAS whose Outlook Anywhere is not known to be off.
    bool anyInPlay = false;
};
LegacyClientMethods legacyClientMethods(const CheckContext &context);

// The external client method a fix proposes for a new CAS: the one method every legacy
// CAS announces when they agree (so external users of both versions get the same, PA-004),
// else Basic, Microsoft's published external value (F71; NTLM can fail for machines
// outside the domain, F68).
AuthMethod proposedExternalClientMethod(const CheckContext &context);

// The load balancers that list each server, keyed by lower-case server name (built once
// per rule run so that lookups stay linear in the plan size).
using LoadBalancersByServer = QHash<QString, QList<const LoadBalancer *>>;
LoadBalancersByServer loadBalancersByServer(const Topology &topology);

// The namespace a new CAS's internal host name should be: the internal Outlook Anywhere
// namespace, or the external one when no separate internal name is planned.
QString internalNamespace(const CheckContext &context);

} // namespace wizard
