#pragma once

#include "checks/finding.h"
#include "topology/authmethod.h"
#include "topology/topology.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wizard {

// What the plan expects of one host name a live probe asks about (docs/probes.md):
// built from the plan alone, so the network code (probes/) asks only names the plan
// holds, and the findings (probeFindings) compare with these expectations.
struct ProbeTarget
{
    QString name; // the host name, as the plan spells it
    QStringList roles; // tokens: outlookAnywhereExternal, outlookAnywhereInternal, autodiscover,
                       // legacy, loadBalancer, serverFqdn
    QStringList paths; // the paths to GET unauthenticated, in order
    // The Client Access servers the plan says answer for this name (X-FEServer names one).
    QStringList servers;
    // The load balancer in front, when the plan has one for the name: its address is not
    // in the plan, so the name's DNS answer is not compared with the servers'.
    QString loadBalancer;
    // Whether the name is a server's own FQDN (its DNS answer is the reference others
    // are compared with).
    QString ownServer;
    // Every name the plan expects this endpoint's certificate to cover (the name itself,
    // and for a new CAS endpoint every namespace it serves).
    QStringList certificateNames;
    QString plannedCertificate; // name of the plan's certificate for these servers, if any

    friend bool operator==(const ProbeTarget &, const ProbeTarget &) = default;
};

namespace probepath {
inline constexpr QLatin1String rpc("/rpc/rpcproxy.dll");
inline constexpr QLatin1String autodiscover("/autodiscover/autodiscover.xml");
inline constexpr QLatin1String mapi("/mapi/");
} // namespace probepath

// One target per distinct name (case-insensitive) in a stable order: namespaces first
// (external, internal, Autodiscover, legacy), then load balancer names, then the FQDNs
// of the Client Access servers in plan order. Names that are not plain DNS names are
// left out: a probe only ever asks a name the plan holds.
QList<ProbeTarget> probeTargets(const Topology &topology);

// "_autodiscover._tcp.<domain>" for the plan's Autodiscover name (its parent domain),
// empty when the plan has none.
QString autodiscoverSrvName(const Topology &topology);

} // namespace wizard
