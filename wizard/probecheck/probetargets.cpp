#include "probetargets.h"

#include "topology/namekey.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {

// A plain DNS name: letters, digits, hyphens and dots, at least two labels. Anything
// else (a URL, a value with spaces, an IP literal is fine too but not a plan's name)
// is never sent to a resolver.
bool isProbeableName(const QString &name)
{
    static const QRegularExpression pattern(
        u"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    return pattern.match(name).hasMatch();
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value, Qt::CaseInsensitive))
        list.append(value);
}

class TargetList
{
public:
    ProbeTarget *add(const QString &name, const QString &role)
    {
        if (!isProbeableName(name))
            return nullptr;
        for (ProbeTarget &t : m_targets) {
            if (NameKey{t.name} == NameKey{name}) {
                appendUnique(t.roles, role);
                return &t;
            }
        }
        ProbeTarget t;
        t.name = name;
        t.roles.append(role);
        m_targets.append(t);
        return &m_targets.last();
    }

    QList<ProbeTarget> take() { return std::move(m_targets); }

private:
    QList<ProbeTarget> m_targets;
};

const LoadBalancer *balancerFor(const Topology &t, const QString &name)
{
    for (const LoadBalancer &lb : t.loadBalancers) {
        if (lb.hostNames.contains(name, Qt::CaseInsensitive))
            return &lb;
    }
    return nullptr;
}

QStringList newCasNames(const Topology &t)
{
    QStringList names;
    for (const Server &s : t.servers) {
        if (isNewCas(s))
            names.append(s.name);
    }
    return names;
}

// The legacy namespace is served by the Exchange 2007 Client Access servers (F40, F50).
QStringList legacyNamespaceServers(const Topology &t)
{
    QStringList names;
    for (const Server &s : t.servers) {
        if (isLegacyCas(s) && s.version == ExchangeVersion::Ex2007)
            names.append(s.name);
    }
    return names;
}

// What finish() asks of the plan for every target, indexed once per probeTargets() call:
// a namespace's target lists every new Client Access server, and a scan of the servers
// and certificates for each of them took a third of each edit on a 1,000-server plan.
struct TargetIndex
{
    explicit TargetIndex(const Topology &t)
    {
        for (const Server &s : t.servers) {
            if (isNewCas(s))
                newCas.insert(s.name.toCaseFolded());
        }
        // Last to first, so that the first certificate naming a server stays.
        for (qsizetype c = t.certificates.size() - 1; c >= 0; --c) {
            for (const QString &server : t.certificates[c].servers)
                certificateOf.insert(server.toCaseFolded(), c);
        }
    }
    QSet<QString> newCas;
    QHash<QString, qsizetype> certificateOf; // server name (case-folded) -> first certificate
};

QString certificateFor(const Topology &t, const TargetIndex &index, const QStringList &servers)
{
    // The first certificate (in the plan's order) that names any of the servers.
    qsizetype best = -1;
    for (const QString &s : servers) {
        const auto it = index.certificateOf.constFind(s.toCaseFolded());
        if (it != index.certificateOf.cend() && (best < 0 || it.value() < best))
            best = it.value();
    }
    return best < 0 ? QString() : t.certificates[best].name;
}

bool anyNewCas(const TargetIndex &index, const QStringList &servers)
{
    for (const QString &name : servers) {
        if (index.newCas.contains(name.toCaseFolded()))
            return true;
    }
    return false;
}

// The names the new CAS endpoint answers for: its namespaces (RULEBOOK CERT-001: the
// namespace and the Autodiscover name must be on the new CAS certificate).
QStringList newCasNamespaces(const Topology &t)
{
    const Namespaces &ns = t.organization.namespaces;
    QStringList names;
    for (const QString &n : {ns.outlookAnywhereExternal, ns.outlookAnywhereInternal, ns.autodiscover})
        appendUnique(names, n);
    return names;
}

void finish(const Topology &t, const TargetIndex &index, ProbeTarget &target)
{
    appendUnique(target.certificateNames, target.name);
    if (const LoadBalancer *lb = balancerFor(t, target.name); lb && !target.loadBalancer.isEmpty()) {
        // The load balancer presents the certificate for the names it answers for.
        for (const QString &n : lb->hostNames)
            appendUnique(target.certificateNames, n);
    } else if (anyNewCas(index, target.servers)) {
        for (const QString &n : newCasNamespaces(t))
            appendUnique(target.certificateNames, n);
    }
    target.plannedCertificate = certificateFor(t, index, target.servers);
    const bool serves = !target.servers.isEmpty();
    const bool autodiscover = target.roles.contains(u"autodiscover"_s);
    const bool outlookAnywhere = target.roles.size() > (autodiscover ? 1 : 0);
    if (outlookAnywhere && serves)
        target.paths.append(probepath::rpc);
    if (serves && (autodiscover || !target.ownServer.isEmpty()))
        target.paths.append(probepath::autodiscover);
    // The MAPI virtual directory exists from Exchange 2013 on (Set-MapiVirtualDirectory,
    // "Applicable: Exchange Server 2013, ...").
    if (outlookAnywhere && anyNewCas(index, target.servers))
        target.paths.append(probepath::mapi);
}

} // namespace

QList<ProbeTarget> probeTargets(const Topology &topology)
{
    const Topology &t = topology;
    TargetList list;
    const Namespaces &ns = t.organization.namespaces;
    const QStringList newCas = newCasNames(t);
    const auto addNamespace = [&](const QString &name, const QString &role, const QStringList &servers) {
        ProbeTarget *target = list.add(name, role);
        if (!target)
            return;
        if (const LoadBalancer *lb = balancerFor(t, name)) {
            target->loadBalancer = lb->name;
            for (const QString &s : lb->servers)
                appendUnique(target->servers, s);
        } else {
            for (const QString &s : servers)
                appendUnique(target->servers, s);
        }
    };
    addNamespace(ns.outlookAnywhereExternal, u"outlookAnywhereExternal"_s, newCas);
    addNamespace(ns.outlookAnywhereInternal, u"outlookAnywhereInternal"_s, newCas);
    addNamespace(ns.autodiscover, u"autodiscover"_s, newCas);
    addNamespace(ns.legacy, u"legacy"_s, legacyNamespaceServers(t));
    for (const LoadBalancer &lb : t.loadBalancers) {
        for (const QString &host : lb.hostNames)
            addNamespace(host, u"loadBalancer"_s, lb.servers);
    }
    for (const Server &s : t.servers) {
        if (!s.roles.clientAccess)
            continue;
        ProbeTarget *target = list.add(s.fqdn, u"serverFqdn"_s);
        if (!target)
            continue;
        target->ownServer = s.name;
        appendUnique(target->servers, s.name);
    }
    QList<ProbeTarget> targets = list.take();
    const TargetIndex index(t);
    for (ProbeTarget &target : targets)
        finish(t, index, target);
    return targets;
}

QString autodiscoverSrvName(const Topology &topology)
{
    const QString &name = topology.organization.namespaces.autodiscover;
    const qsizetype dot = name.indexOf(u'.');
    if (!isProbeableName(name) || dot < 0 || name.indexOf(u'.', dot + 1) < 0)
        return {};
    return u"_autodiscover._tcp."_s + name.mid(dot + 1);
}

} // namespace wizard
