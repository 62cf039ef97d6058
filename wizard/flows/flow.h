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
    QString from; // display name of the caller ("Outlook 2010 (external)", a server name)
    QString fromServer; // name of the Server when the caller is one, else empty
    QString to; // endpoint host name (namespace, FQDN)
    QString toServer; // name of the Server answering, when known
    QString protocol; // "HTTPS", "RPC over HTTP", "RPC"
    QString authMethod; // "Basic", "Ntlm", "Negotiate", "NTLM (Windows)", or empty when unknown
    Verdict verdict = Verdict::Unknown;
    QStringList ruleIds; // the findings behind the verdict
    QString note; // one sentence: why this verdict

    friend bool operator==(const Hop &, const Hop &) = default;
};

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

// One flow per (client group x location x mailbox server), in topology order; a group
// with location Both yields an internal and an external flow. The verdicts come from
// `findings` (the output of runChecks on the same topology): flows never judge a rule
// themselves, they place its findings on the hops they affect.
QList<Flow> computeFlows(const Topology &topology, const QList<Finding> &findings);

} // namespace wizard
