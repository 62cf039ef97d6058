#pragma once

#include "checks/finding.h"
#include "flow.h"
#include "flowtopology.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace wizard {

// What a hop is made of, for deciding which findings reach it.
struct HopScope
{
    ClientLocation location = ClientLocation::Internal;
    // The version of the mailbox server the path leads to: all the findings ask of it,
    // so hops alike for mailboxes of one version are shared between their paths.
    std::optional<ExchangeVersion> mailboxVersion;
    // Servers the hop starts at, ends at, or that answer it; null: none. Held in place:
    // no hop touches more than two, and a list would be one more allocation per hop.
    std::array<const Server *, 2> touched{};
    const Server *settingsSource = nullptr; // Part A: the CAS whose host name and method the client was given
    QList<const MailboxDatabase *> databases; // RpcTcp: the databases whose RpcClientAccessServer is used
    const CasArray *casArray = nullptr;
    const LoadBalancer *loadBalancer = nullptr;
    bool settingsGiven = true; // false: the legacy CAS has Outlook Anywhere off and hands out no settings
};

// Places findings on hops (RULEBOOK §4; ARCHITECTURE invariant 3): a finding reaches a
// hop when its rule concerns that kind of hop, for that audience and location, and
// its subject is on the hop's path. Read-only once built (shared between threads).
// The table in flowfindings.cpp is the one place
// that says which rule affects which hop. Findings are referred to by their index in
// the list given to the constructor, which must outlive this object.
class FindingPlacement
{
public:
    // Independent of FlowTopology, so that computeFlows builds both at once.
    FindingPlacement(const QList<Finding> &findings, const Topology &topology);

    // Indices (ascending) of the findings that reach `hop`, except client-group findings.
    QList<int> findingsFor(const Hop &hop, const HopScope &scope) const;
    // The findings about `group` (null when none); groupFindingsFor keeps those that reach `hop`.
    const QList<int> *findingsAbout(const ClientGroup &group) const;
    QList<int> groupFindingsFor(const QList<int> &aboutGroup, const Hop &hop, const HopScope &scope) const;

    // What settle() builds once and hands out as shared copies: the rule-id lists of
    // each mask and the "<message> (<rule id>)" of each finding. One per thread (the
    // placement itself is shared read-only); it must not outlive the placement.
    struct SettleMemo
    {
        QHash<quint64, QStringList> idLists;
        QHash<int, QString> citing;
        QHash<int, QString> moreNotes; // by count
    };

    // Sets hop.verdict, ruleIds, infoRuleIds and note from the findings `indices`.
    // `missing` lists what the plan lacks to follow the hop (sentences; non-empty makes
    // the hop unknown at best); `context` is an optional sentence about the path.
    void settle(Hop &hop, const QList<int> &indices, const QStringList &missing, const QString &context,
                SettleMemo &memo) const;

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
        bool aboutGivenSettings = false; // only hops whose client was given Outlook Anywhere settings
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
    void indexSubjects(const Topology &topology);
    void rankRuleIds();
    QString citingOf(int index, SettleMemo &memo) const;
    QString moreNoteOf(int count, SettleMemo &memo) const;
    QStringList idsIn(quint64 mask, SettleMemo &memo) const;

    const QList<Finding> &m_findings;
    QList<Reach> m_reach; // per finding
    QList<bool> m_cannotEvaluate; // per finding: an info finding that reports missing inputs
    // Per finding: the rank of its rule id among the distinct ids in alphabetical
    // order, so that settle() collects a hop's rule ids as bits rather than sorting and
    // de-duplicating strings on every hop (-1: more distinct ids than bits).
    QList<int> m_ruleRank;
    QStringList m_idsByRank;
    bool m_ranked = true; // false: more distinct ids than bits, settle() sorts strings
    QList<int> m_everywhere; // organization subjects and rules that ignore their subject
    QHash<const void *, QList<int>> m_byElement; // Server, MailboxDatabase, CasArray, LoadBalancer
    QHash<QString, QList<int>> m_byGroup; // lower-case group name
    // Notes translated once, not per hop.
    QString m_okNote;
    QString m_oneMoreNote;
    QString m_moreNote; // %1: how many more findings
};

} // namespace wizard
