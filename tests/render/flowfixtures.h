#pragma once

// Hand-made flows and topologies for the diagram tests: plain values, so the layout and
// painting are tested independently of the flow engine.
#include "flows/flow.h"
#include "topology/topology.h"

#include <QString>

namespace fixtures {

using namespace Qt::StringLiterals;

inline wizard::Hop hop(wizard::HopKind kind, const QString &fromServer, const QString &to, const QString &toServer,
                       const QString &protocol, const QString &auth, wizard::Verdict v, const QStringList &rules = {},
                       const QString &note = {})
{
    wizard::Hop h;
    h.kind = kind;
    h.from = fromServer.isEmpty() ? u"Outlook"_s : fromServer;
    h.fromServer = fromServer;
    h.to = to;
    h.toServer = toServer;
    h.protocol = protocol;
    h.authMethod = auth;
    h.verdict = v;
    h.ruleIds = rules;
    h.note = note;
    return h;
}

inline wizard::Server server(const QString &name, const QString &site, wizard::ExchangeVersion v, bool cas, bool mbx)
{
    wizard::Server s;
    s.name = name;
    s.fqdn = name.toLower() + u".contoso.local"_s;
    s.site = site;
    s.version = v;
    s.roles.clientAccess = cas;
    s.roles.mailbox = mbx;
    return s;
}

// Contoso: one 2013 CAS (behind a load balancer when `withLoadBalancer`), a 2010 CAS and
// a 2010 mailbox server in HQ, a multi-role 2010 server in Branch.
inline wizard::Topology contoso(bool withLoadBalancer = false)
{
    using wizard::ExchangeVersion;
    wizard::Topology t;
    t.organization.name = u"Contoso"_s;
    t.organization.namespaces.outlookAnywhereExternal = u"mail.contoso.com"_s;
    t.organization.namespaces.autodiscover = u"autodiscover.contoso.com"_s;
    t.sites = {{u"HQ"_s, true}, {u"Branch"_s, false}};
    t.servers = {server(u"EX2013CAS"_s, u"HQ"_s, ExchangeVersion::Ex2013, true, true),
                 server(u"EX2010CAS"_s, u"HQ"_s, ExchangeVersion::Ex2010, true, false),
                 server(u"EX2010MBX"_s, u"HQ"_s, ExchangeVersion::Ex2010, false, true),
                 server(u"EX2010BR"_s, u"Branch"_s, ExchangeVersion::Ex2010, true, true)};
    if (withLoadBalancer) {
        wizard::LoadBalancer lb;
        lb.name = u"LB-HQ"_s;
        lb.hostNames = {u"mail.contoso.com"_s, u"autodiscover.contoso.com"_s};
        lb.servers = {u"EX2013CAS"_s};
        t.loadBalancers = {lb};
    }
    wizard::ClientGroup road;
    road.name = u"Road warriors"_s;
    road.outlook = wizard::OutlookVersion::Outlook2010;
    road.location = wizard::ClientLocation::External;
    road.mailboxServers = {u"EX2010MBX"_s, u"EX2010BR"_s};
    wizard::ClientGroup office;
    office.name = u"Head office"_s;
    office.outlook = wizard::OutlookVersion::Outlook2013;
    office.location = wizard::ClientLocation::Internal;
    office.mailboxServers = {u"EX2013CAS"_s, u"EX2010MBX"_s};
    t.clientGroups = {office, road};
    return t;
}

// External client of a legacy mailbox: Autodiscover, Part A, Part B, Mailbox.
inline wizard::Flow externalLegacyFlow(wizard::Verdict partB = wizard::Verdict::Fail)
{
    using wizard::HopKind;
    using wizard::Verdict;
    wizard::Flow f;
    f.clientGroup = u"Road warriors"_s;
    f.location = wizard::ClientLocation::External;
    f.mailboxServer = u"EX2010MBX"_s;
    f.hops = {hop(HopKind::Autodiscover, {}, u"autodiscover.contoso.com"_s, u"EX2013CAS"_s, u"HTTPS"_s, u"Basic"_s,
                  Verdict::Ok),
              hop(HopKind::PartA, {}, u"mail.contoso.com"_s, u"EX2013CAS"_s, u"RPC over HTTP"_s, u"Negotiate"_s,
                  Verdict::Warn, {u"PA-004"_s}, u"Outlook 2010 may not negotiate Kerberos over HTTP."_s),
              hop(HopKind::PartB, u"EX2013CAS"_s, u"ex2010cas.contoso.local"_s, u"EX2010CAS"_s, u"HTTPS"_s, u"Ntlm"_s,
                  partB, partB == Verdict::Ok ? QStringList() : QStringList{u"PB-002"_s},
                  u"The legacy CAS lacks NTLM among its IIS authentication methods, so the proxied connection "
                  "is refused and Outlook prompts for credentials again and again."_s),
              hop(HopKind::Mailbox, u"EX2010CAS"_s, u"ex2010mbx.contoso.local"_s, u"EX2010MBX"_s, u"RPC"_s, {},
                  Verdict::Unknown, {}, u"The mailbox server's RPC settings are not captured."_s)};
    f.overall = wizard::worse(wizard::worse(Verdict::Warn, partB), Verdict::Unknown);
    return f;
}

// Internal client of a 2010 mailbox: RPC/TCP to the CAS array, no Part B hop.
inline wizard::Flow internalRpcFlow()
{
    using wizard::HopKind;
    using wizard::Verdict;
    wizard::Flow f;
    f.clientGroup = u"Head office"_s;
    f.location = wizard::ClientLocation::Internal;
    f.mailboxServer = u"EX2010MBX"_s;
    f.hops = {
        hop(HopKind::Autodiscover, {}, u"autodiscover.contoso.com"_s, u"EX2013CAS"_s, u"HTTPS"_s, u"Ntlm"_s,
            Verdict::Ok),
        hop(HopKind::RpcTcp, {}, u"outlook.contoso.local"_s, u"EX2010CAS"_s, u"RPC"_s, u"Ntlm"_s, Verdict::Warn,
            {u"NS-001"_s}, u"The CAS array name resolves inside only."_s),
        hop(HopKind::Mailbox, u"EX2010CAS"_s, u"ex2010mbx.contoso.local"_s, u"EX2010MBX"_s, u"RPC"_s, {}, Verdict::Ok)};
    f.overall = Verdict::Warn;
    return f;
}

// Internal client of a mailbox on the 2013 server: Part A only.
inline wizard::Flow newMailboxFlow()
{
    using wizard::HopKind;
    using wizard::Verdict;
    wizard::Flow f;
    f.clientGroup = u"Head office"_s;
    f.location = wizard::ClientLocation::Internal;
    f.mailboxServer = u"EX2013CAS"_s;
    f.hops
        = {hop(HopKind::Autodiscover, {}, u"autodiscover.contoso.com"_s, u"EX2013CAS"_s, u"HTTPS"_s, u"Ntlm"_s,
               Verdict::Ok),
           hop(HopKind::PartA, {}, u"mail.contoso.com"_s, u"EX2013CAS"_s, u"RPC over HTTP"_s, u"Ntlm"_s, Verdict::Ok)};
    f.overall = Verdict::Ok;
    return f;
}

// The same flow when the engine says a load balancer answers the Part A name.
inline wizard::Flow viaLoadBalancer(wizard::Flow f)
{
    for (wizard::Hop &h : f.hops) {
        if (h.kind == wizard::HopKind::PartA)
            h.loadBalancer = u"LB-HQ"_s;
    }
    return f;
}

// Internal client of a 2007 mailbox: RPC/TCP straight to the mailbox server, the
// Autodiscover answer built by the legacy CAS (F43).
inline wizard::Flow internal2007Flow()
{
    using wizard::HopKind;
    using wizard::Verdict;
    wizard::Flow f;
    f.clientGroup = u"Head office"_s;
    f.location = wizard::ClientLocation::Internal;
    f.mailboxServer = u"EX2010BR"_s;
    wizard::Hop ad = hop(HopKind::Autodiscover, {}, u"autodiscover.contoso.com"_s, u"EX2013CAS"_s, u"HTTPS"_s,
                         u"Ntlm"_s, Verdict::Ok);
    ad.answeredBy = u"EX2010BR"_s;
    f.hops = {ad, hop(HopKind::RpcTcp, {}, u"ex2010br.contoso.local"_s, u"EX2010BR"_s, u"RPC"_s, {}, Verdict::Ok)};
    f.overall = Verdict::Ok;
    return f;
}

inline QList<wizard::Flow> contosoFlows()
{
    return {newMailboxFlow(), internalRpcFlow(), externalLegacyFlow()};
}

// 3 sites, 2 new CAS, `legacyCount` legacy CAS and 10 mailbox servers.
inline wizard::Topology largeTopology(int legacyCount = 50)
{
    using wizard::ExchangeVersion;
    wizard::Topology t = contoso();
    t.sites = {{u"HQ"_s, true}, {u"Branch"_s, false}, {u"Plant"_s, false}};
    t.servers.clear();
    t.servers << server(u"EX2013CAS1"_s, u"HQ"_s, ExchangeVersion::Ex2013, true, true)
              << server(u"EX2013CAS2"_s, u"HQ"_s, ExchangeVersion::Ex2013, true, true);
    const QStringList sites{u"HQ"_s, u"Branch"_s, u"Plant"_s};
    for (int i = 1; i <= legacyCount; ++i)
        t.servers << server(u"EX2010CAS%1"_s.arg(i, 2, 10, QChar(u'0')), sites[i % 3], ExchangeVersion::Ex2010, true,
                            false);
    for (int i = 1; i <= 10; ++i)
        t.servers << server(u"EX2010MBX%1"_s.arg(i, 2, 10, QChar(u'0')), sites[i % 3], ExchangeVersion::Ex2010, false,
                            true);
    return t;
}

inline wizard::Flow largeTopologyFlow()
{
    wizard::Flow f = externalLegacyFlow();
    f.mailboxServer = u"EX2010MBX07"_s;
    f.hops[0].toServer = u"EX2013CAS1"_s;
    f.hops[1].toServer = u"EX2013CAS1"_s;
    f.hops[2].fromServer = u"EX2013CAS1"_s;
    f.hops[2].toServer = u"EX2010CAS37"_s;
    f.hops[2].to = u"ex2010cas37.contoso.local"_s;
    f.hops[3].fromServer = u"EX2010CAS37"_s;
    f.hops[3].toServer = u"EX2010MBX07"_s;
    f.hops[3].to = u"ex2010mbx07.contoso.local"_s;
    return f;
}

} // namespace fixtures
