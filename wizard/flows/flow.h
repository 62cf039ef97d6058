#pragma once

#include "checks/finding.h"
#include "topology/topology.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace wizard {

enum class Verdict { Ok, Warn, Fail, Unknown };
QString verdictToken(Verdict v); // "ok", "warn", "fail", "unknown"
// The worse of two verdicts: Fail > Warn > Unknown > Ok.
Verdict worse(Verdict a, Verdict b);

// RULEBOOK §4: the steps of one client's connection.
enum class HopKind {
    Autodiscover, // client -> Autodiscover name (answered or proxied by the new CAS)
    PartA, // client -> new CAS (or its load balancer) over RPC over HTTPS
    RpcTcp, // internal client of a 2010 mailbox -> 2010 CAS array over RPC/TCP
    PartB, // new CAS -> legacy CAS over HTTPS, Windows authentication
    Mailbox, // (legacy) CAS -> mailbox server over RPC
};
QString hopKindToken(HopKind k); // "autodiscover", "partA", "rpcTcp", "partB", "mailbox"

struct Hop
{
    HopKind kind = HopKind::PartA;
    QString from; // display name of the caller ("Sales (external)", a server name)
    QString fromServer; // name of the Server when the caller is one, else empty
    QString fromSite; // AD site of fromServer, when known
    QString to; // endpoint host name (namespace, FQDN)
    QString toServer; // name of the Server answering, when known
    QString toSite; // AD site of toServer, when known
    QString loadBalancer; // name of the LoadBalancer answering `to`, when one is planned for it
    QString casArray; // RpcTcp: name of the 2010 CAS array that `to` names
    QString answeredBy; // Autodiscover: the server that builds the answer (a legacy CAS for legacy mailboxes, F43)
    QString protocol; // "HTTPS", "RPC over HTTP", "RPC"
    QString authMethod; // a method's token ("Basic", "Ntlm", "Negotiate"; Part B: "Ntlm"), or empty when unknown
    Verdict verdict = Verdict::Unknown;
    QStringList ruleIds; // the findings behind the verdict (errors, warnings, "cannot evaluate"), sorted
    QStringList infoRuleIds; // informational findings on this hop that do not change its verdict, sorted
    QString note; // one or two sentences: why this verdict (and any assumption made about the path)
    // What the plan's last live probe saw answer `to` (Part A, Autodiscover): "EX2013 at
    // 2026-12-03 14:40Z" or "unreachable at ...", shown beside the planned toServer.
    // Empty when the plan holds no probe of that name (docs/probes.md).
    QString observed;

    friend bool operator==(const Hop &, const Hop &) = default;
};

// The two regions every diagram shows (RULEBOOK §4): the client's connection (Part A,
// with Autodiscover and RPC/TCP beside it) and the server side behind the new CAS
// (Part B, CAS to CAS, and the hop to the mailbox server).
enum class FlowRegion { Client, Server };
FlowRegion regionOf(HopKind k);

struct Flow
{
    QString clientGroup;
    ClientLocation location = ClientLocation::Internal; // Internal or External (never Both)
    QString mailboxServer;
    QList<Hop> hops;
    Verdict overall = Verdict::Unknown;

    // "Sales / external / EX2010MBX"
    QString scenarioId() const;

    friend bool operator==(const Flow &, const Flow &) = default;
};

// One flow per (client group x location x mailbox server), in topology order (groups,
// then internal before external, then the group's mailbox servers); a group with
// location Both yields an internal and an external flow.
//
// Hops (RULEBOOK §4): Autodiscover (answered by the new CAS, or proxied to the legacy
// CAS of a legacy mailbox, F43); for internal clients of 2007/2010 mailboxes RpcTcp
// (2010: the database's RpcClientAccessServer, F48; 2007: the mailbox server itself),
// else Part A to the host name and with the method the client was given (the new
// CAS's Internal/External settings, F30, or the legacy CAS's ExternalHostname and
// ClientAuthenticationMethod, F43); Part B for legacy mailboxes (new CAS -> legacy CAS
// of the mailbox's version, same site preferred, U8); then the mailbox server.
// The new CAS is the first in the mailbox's site for internal clients, else the first
// in an internet-facing site (F44), else the first in the plan; a host name planned
// on a load balancer is answered by the servers behind it.
//
// The verdicts come from `findings` (the output of runChecks on the same topology):
// flows never judge a rule themselves, they place its findings on the hops they
// affect (flowfindings.cpp). A hop the plan cannot follow (no host name, no CAS) is
// Unknown at best, with a note saying what is missing.
QList<Flow> computeFlows(const Topology &topology, const QList<Finding> &findings);

} // namespace wizard
