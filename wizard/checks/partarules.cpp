#include "partarules.h"

#include <algorithm>

namespace wizard {

LegacyClientMethods legacyClientMethods(const CheckContext &context)
{
    LegacyClientMethods result;
    for (const Server *cas : context.legacyCas()) {
        const OutlookAnywhereSettings &oa = cas->outlookAnywhere;
        if (oa.enabled.isKnown() && !oa.enabled.value())
            continue; // PB-001's subject; it announces nothing while off
        result.anyInPlay = true;
        if (oa.enabled.isUnknown() || oa.clientAuthenticationMethod.isUnknown()) {
            result.unknown.insert(cas);
            continue;
        }
        const AuthMethod method = oa.clientAuthenticationMethod.value();
        if (method != AuthMethod::Basic && method != AuthMethod::Ntlm)
            continue; // PB-005
        auto it = std::find_if(result.known.begin(), result.known.end(),
                               [method](const auto &entry) { return entry.first == method; });
        if (it == result.known.end())
            result.known.append({method, {cas->name}});
        else
            it->second.append(cas->name);
    }
    return result;
}

AuthMethod proposedExternalClientMethod(const CheckContext &context)
{
    const LegacyClientMethods legacy = legacyClientMethods(context);
    if (legacy.known.size() == 1)
        return legacy.known.first().first;
    return AuthMethod::Basic;
}

LoadBalancersByServer loadBalancersByServer(const Topology &topology)
{
    LoadBalancersByServer map;
    for (const LoadBalancer &lb : topology.loadBalancers) {
        for (const QString &server : lb.servers) {
            QList<const LoadBalancer *> &list = map[lowerCase(server)];
            if (!list.contains(&lb))
                list.append(&lb);
        }
    }
    return map;
}

QString internalNamespace(const CheckContext &context)
{
    const Namespaces &ns = context.topology.organization.namespaces;
    return ns.outlookAnywhereInternal.trimmed().isEmpty() ? ns.outlookAnywhereExternal : ns.outlookAnywhereInternal;
}

void addPartARules(RuleList &rules)
{
    rules.push_back(needingClientAccessVersion(makeLegacyClientMethodNotAcceptedRule()));
    rules.push_back(needingClientAccessVersion(makeExternalClientMethodNotInIisRule()));
    rules.push_back(needingClientAccessVersion(makeInternalClientMethodNotInIisRule()));
    rules.push_back(needingClientAccessVersion(makeLegacyAndNewExternalMethodDifferRule()));
    rules.push_back(needingClientAccessVersion(makeNegotiateBesideLegacyRule()));
    rules.push_back(needingClientAccessVersion(makeNewCasWithoutExternalHostnameRule()));
    rules.push_back(needingClientAccessVersion(makeSslOffloadingWithoutRequireSslRule()));
    rules.push_back(needingClientAccessVersion(makeExternalClientsWithoutSslRule()));
    rules.push_back(needingClientAccessVersion(makeSslOffloadingWithoutTerminatingBalancerRule()));
    rules.push_back(needingClientAccessVersion(makeHostnameNotOnCertificateRule()));
    rules.push_back(needingClientAccessVersion(makeNewCasSettingsDifferRule()));
}

} // namespace wizard
