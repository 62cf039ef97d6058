#pragma once

#include "checks/finding.h"
#include "flow.h"
#include "flowtopology.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wizard {

// What a hop is made of, for deciding which findings reach it.
struct HopScope
{
    ClientLocation location = ClientLocation::Internal;
    const Server *mailbox = nullptr;
    QString clientGroup;
    QList<const Server *> touched; // servers the hop starts at, ends at, or that answer it
    const Server *settingsSource = nullptr; // Part A: the CAS whose host name and method the client was given
    QList<const MailboxDatabase *> databases; // RpcTcp: the databases whose RpcClientAccessServer is used
};

// Places findings on hops (RULEBOOK §4; ARCHITECTURE invariant 3): a finding reaches a
// hop when its rule concerns that kind of hop, for that audience and location, and
// its subject is on the hop's path. The table in flowfindings.cpp is the one place
// that says which rule affects which hop.
class FindingPlacement
{
public:
    FindingPlacement(const QList<Finding> &findings, const FlowTopology &topology);

    // The findings that reach `hop`, in the order of the findings list.
    QList<const Finding *> findingsFor(const Hop &hop, const HopScope &scope) const;

    // Sets hop.verdict, ruleIds, infoRuleIds and note. `missing` lists what the plan
    // lacks to follow the hop (each a sentence; non-empty makes the hop unknown at
    // best); `context` is an optional sentence about the path that follows the verdict.
    static void settle(Hop &hop, const QList<const Finding *> &findings, const QStringList &missing,
                       const QString &context);

private:
    enum class Audience { Everyone, NewMailboxes, LegacyMailboxes, Ex2007Mailboxes };
    enum class Location { Any, Internal, External };
    // OnPath: the subject is a server on the hop or the source of the client's settings;
    // Touching: a server the hop starts or ends at; Anywhere: the subject does not matter.
    enum class SubjectReach { OnPath, Touching, Anywhere };
    struct Reach
    {
        unsigned hops = 0; // bit per HopKind; 0 = the rule affects no hop
        Audience audience = Audience::Everyone;
        Location location = Location::Any;
        SubjectReach subject = SubjectReach::OnPath;
    };
    struct RulePlacement
    {
        const char16_t *ruleId;
        Reach reach;
        bool fieldsNarrowLocation; // internal*/external* fields limit the rule to that location
        bool fieldsNarrowKind; // autodiscover fields limit it to Autodiscover, host name fields to Part A
    };
    static const RulePlacement *placementOf(const QString &ruleId);
    static Reach reachOf(const Finding &f);
    bool reaches(int index, const Hop &hop, const HopScope &scope) const;

    const QList<Finding> &m_findings;
    const FlowTopology &m_topology;
    QList<Reach> m_reach; // per finding
    QList<int> m_everywhere; // organization subjects and rules that ignore their subject
    QHash<QString, QList<int>> m_byServer; // lower-case names
    QHash<QString, QList<int>> m_byGroup;
    QHash<QString, QList<int>> m_byDatabase;
    QHash<QString, QList<int>> m_byCasArray;
    QHash<QString, QList<int>> m_byLoadBalancer;
    QHash<QString, QList<int>> m_byCertificate;
};

} // namespace wizard
