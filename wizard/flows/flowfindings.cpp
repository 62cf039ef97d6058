#include "flowfindings.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
constexpr unsigned bit(HopKind k)
{
    return 1U << static_cast<unsigned>(k);
}
constexpr unsigned autodiscover = bit(HopKind::Autodiscover);
constexpr unsigned partA = bit(HopKind::PartA);
constexpr unsigned rpcTcp = bit(HopKind::RpcTcp);
constexpr unsigned partB = bit(HopKind::PartB);
constexpr unsigned mailbox = bit(HopKind::Mailbox);
constexpr unsigned allHops = autodiscover | partA | rpcTcp | partB | mailbox;

// Rules whose normal severity is info: their findings annotate a hop, never change
// its verdict. Any other rule's info finding is its "cannot evaluate" (RULEBOOK §1).
bool isInfoByNature(const QString &ruleId)
{
    return ruleId == u"PA-009"_s || ruleId == u"VER-002"_s || ruleId == u"VER-003"_s;
}

// `prefix`: the start of a "cannot evaluate" message (findingbuilder.h), translated once.
bool isCannotEvaluate(const Finding &f, const QString &prefix)
{
    if (f.severity != Severity::Info)
        return false;
    if (!isInfoByNature(f.ruleId))
        return true;
    // An info rule can still report that its inputs are missing.
    return f.message.startsWith(prefix.arg(f.ruleId, QString()));
}

// "<message> (<rule id>)". Concatenated rather than "%1 (%2)".arg(): the same text,
// without parsing a pattern for every finding.
// The finding's sentence with its rule id inside it: "... mail.contoso.com (PB-003)."
QString citing(const Finding &f)
{
    QStringView message = f.message;
    const bool fullStop = message.endsWith(u'.');
    if (fullStop)
        message.chop(1);
    return message + u" ("_s + f.ruleId + (fullStop ? u")."_s : u")"_s);
}

constexpr int rankBits = 64; // bits of the masks settle() collects rule ids in
} // namespace

QString FindingPlacement::citingOf(int index, SettleMemo &memo) const
{
    auto it = memo.citing.constFind(index);
    if (it == memo.citing.cend())
        it = memo.citing.insert(index, citing(m_findings.at(index)));
    return *it;
}

// "%1 more findings on this hop." for `count`.
QString FindingPlacement::moreNoteOf(int count, SettleMemo &memo) const
{
    auto it = memo.moreNotes.constFind(count);
    if (it == memo.moreNotes.cend())
        it = memo.moreNotes.insert(count, m_moreNote.arg(count));
    return *it;
}

// The ids of the ranks set in `mask`, in rank (= alphabetical) order.
QStringList FindingPlacement::idsIn(quint64 mask, SettleMemo &memo) const
{
    if (mask == 0)
        return {};
    auto it = memo.idLists.constFind(mask);
    if (it != memo.idLists.cend())
        return *it;
    QStringList ids;
    ids.reserve(std::popcount(mask));
    for (quint64 rest = mask; rest != 0; rest &= rest - 1)
        ids.append(m_idsByRank.at(std::countr_zero(rest)));
    return *memo.idLists.insert(mask, ids);
}

void FindingPlacement::rankRuleIds()
{
    // Findings of one rule come in runs: an id equal to the one before needs no lookup.
    QHash<QString, int> rankOf;
    const QString *previous = nullptr;
    for (const Finding &f : m_findings) {
        if (!previous || f.ruleId != *previous)
            rankOf.insert(f.ruleId, 0);
        previous = &f.ruleId;
    }
    m_idsByRank = rankOf.keys();
    m_idsByRank.sort(); // the order settle() used to sort hop.ruleIds in
    m_ranked = m_idsByRank.size() <= rankBits;
    for (int r = 0; r < m_idsByRank.size(); ++r)
        rankOf[m_idsByRank.at(r)] = m_ranked ? r : -1;
    m_ruleRank.reserve(m_findings.size());
    previous = nullptr;
    for (const Finding &f : m_findings) {
        m_ruleRank.append(previous && f.ruleId == *previous ? m_ruleRank.constLast() : rankOf.value(f.ruleId));
        previous = &f.ruleId;
    }
}

// Which hops each rule's findings reach (RULEBOOK §3 and §4). Part A of a legacy
// mailbox uses the host name and method its legacy CAS hands out through Autodiscover
// (F43), so the rules about those settings (PB-001/3/4/5, PA-001, PA-004) reach it,
// while the new CAS's client-facing settings (its host names, client methods and
// *ClientsRequireSsl, F30: PA-002/3/5/6/8/10) reach only users of new-CAS mailboxes.
// Its server-side settings (IIS, SSL offloading, consistency: PA-007/9/11) reach all.
const FindingPlacement::RulePlacement *FindingPlacement::placementOf(const QString &ruleId)
{
    using A = Audience;
    using L = Location;
    using S = SubjectReach;
    static const std::array<RulePlacement, 28> table{{
        {u"PB-001", {partB | partA, A::LegacyMailboxes, L::Any, S::OnPath}, false, false},
        {u"PB-002", {partB, A::LegacyMailboxes, L::Any, S::OnPath}, false, false},
        {u"PB-003", {partB | partA, A::LegacyMailboxes, L::Any, S::OnPath}, false, false},
        {u"PB-004", {partB | partA, A::LegacyMailboxes, L::Any, S::OnPath}, false, false},
        {u"PB-005", {partB | partA, A::LegacyMailboxes, L::Any, S::OnPath}, false, false},
        {u"PB-006", {partB, A::LegacyMailboxes, L::Any, S::OnPath}, false, false},
        {u"PA-001", {partA, A::LegacyMailboxes, L::Any, S::OnPath, true}, false, false},
        {u"PA-002", {partA, A::NewMailboxes, L::External, S::OnPath}, false, false},
        {u"PA-003", {partA, A::NewMailboxes, L::Internal, S::OnPath}, false, false},
        {u"PA-004", {partA, A::LegacyMailboxes, L::Any, S::OnPath, true}, false, false},
        {u"PA-005", {partA, A::NewMailboxes, L::Any, S::OnPath}, true, false},
        {u"PA-006", {partA, A::NewMailboxes, L::External, S::OnPath}, false, false},
        {u"PA-007", {partA, A::Everyone, L::Any, S::OnPath}, true, false},
        {u"PA-008", {partA, A::NewMailboxes, L::External, S::OnPath}, false, false},
        {u"PA-009", {partA, A::Everyone, L::Any, S::OnPath}, false, false},
        {u"PA-010", {partA, A::NewMailboxes, L::Any, S::OnPath}, true, false},
        {u"PA-011", {partA, A::Everyone, L::Any, S::OnPath}, false, false},
        {u"NS-001", {rpcTcp, A::Everyone, L::Any, S::OnPath}, false, false},
        {u"NS-002", {rpcTcp, A::Everyone, L::Any, S::OnPath}, false, false},
        // 2007 users are sent to the legacy namespace for the web services through
        // Autodiscover (F40, F50, F51); Outlook Anywhere itself is proxied.
        {u"NS-003", {autodiscover, A::Ex2007Mailboxes, L::Any, S::Anywhere}, false, false},
        // Domain-joined clients find Autodiscover through the SCP of any CAS (F70).
        {u"NS-004", {autodiscover, A::Everyone, L::Internal, S::Anywhere}, false, false},
        {u"CERT-001", {partA | autodiscover, A::Everyone, L::Any, S::OnPath}, true, true},
        // The EXPR principal name is checked on the Outlook Anywhere connection (F32, F60).
        {u"CERT-002", {partA, A::Everyone, L::Any, S::OnPath}, false, false},
        {u"CERT-003", {autodiscover, A::Ex2007Mailboxes, L::Any, S::OnPath}, false, false},
        {u"VER-001", {allHops, A::Everyone, L::Any, S::Touching}, false, false},
        {u"VER-002", {allHops, A::Everyone, L::Any, S::Touching}, false, false},
        {u"VER-003", {allHops, A::Everyone, L::Any, S::Touching}, false, false},
        // Outlook Anywhere to Exchange 2013 needs Outlook 2007 or later (F42, F56).
        {u"CLI-001", {partA, A::Everyone, L::Any, S::OnPath}, false, false},
    }};
    static const QHash<QString, const RulePlacement *> byId = [] {
        QHash<QString, const RulePlacement *> h;
        for (const RulePlacement &p : table)
            h.insert(QString::fromUtf16(p.ruleId), &p);
        h.insert(u"CLI-002"_s, h.value(u"CLI-001"_s));
        return h;
    }();
    return byId.value(ruleId, nullptr);
}

FindingPlacement::Reach FindingPlacement::reachOf(const Finding &f)
{
    const RulePlacement *p = placementOf(f.ruleId);
    if (!p)
        return {}; // a rule flows do not place (tier 2): it stays in the findings list only
    Reach r = p->reach;
    // Only rules whose fields narrow the location or the hop kind need their fields
    // read (most do not: skip the string searches, they dominate on large plans).
    if (!p->fieldsNarrowLocation && !p->fieldsNarrowKind)
        return r;
    bool internal = false;
    bool external = false;
    bool autodiscoverField = false;
    bool hostField = false;
    for (const QString &field : f.fields) {
        internal = internal || field.contains(u"internal"_s, Qt::CaseInsensitive);
        external = external || field.contains(u"external"_s, Qt::CaseInsensitive);
        const bool isAutodiscover = field.contains(u"autodiscover"_s, Qt::CaseInsensitive);
        autodiscoverField = autodiscoverField || isAutodiscover;
        hostField = hostField || (!isAutodiscover && field.contains(u"hostname"_s, Qt::CaseInsensitive))
            || field.contains(u"outlookAnywhere"_s, Qt::CaseInsensitive);
    }
    if (p->fieldsNarrowLocation && internal != external)
        r.location = internal ? Location::Internal : Location::External;
    if (p->fieldsNarrowKind && autodiscoverField != hostField)
        r.hops &= autodiscoverField ? autodiscover : partA;
    return r;
}

FindingPlacement::FindingPlacement(const QList<Finding> &findings, const Topology &topology)
    : m_findings(findings)
    , m_okNote(QCoreApplication::translate("wizard", "No check reports a problem on this hop."))
    , m_oneMoreNote(QCoreApplication::translate("wizard", "One more finding on this hop."))
    , m_moreNote(QCoreApplication::translate("wizard", "%1 more findings on this hop."))
{
    m_reach.reserve(findings.size());
    m_cannotEvaluate.reserve(findings.size());
    rankRuleIds();
    const QString cannotEvaluatePrefix = QCoreApplication::translate("wizard", "Cannot evaluate %1: %2");
    QHash<QString, bool> seenEverywhere; // "NS-004|1": one finding per rule and severity is enough
    bool hasSubjects = false;
    const Finding *previous = nullptr;
    for (int i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        // reachOf reads only the rule id and the fields, which runs of findings share.
        const Reach r = previous && f.ruleId == previous->ruleId && f.fields == previous->fields ? m_reach.constLast()
                                                                                                 : reachOf(f);
        previous = &f;
        m_reach.append(r);
        // Decided once per finding: settle() meets the same finding on many hops.
        m_cannotEvaluate.append(isCannotEvaluate(f, cannotEvaluatePrefix));
        if (r.hops == 0)
            continue;
        if (r.subject == SubjectReach::Anywhere) {
            const QString key = f.ruleId + u'|' + QString::number(static_cast<int>(f.severity));
            if (!seenEverywhere.contains(key)) {
                seenEverywhere.insert(key, true);
                m_everywhere.append(i);
            }
        } else if (f.subject.kind == SubjectKind::Organization) {
            m_everywhere.append(i);
        } else if (f.subject.kind == SubjectKind::ClientGroup) {
            m_byGroup[f.subject.name.toLower()].append(i);
        } else {
            hasSubjects = true;
        }
    }
    if (hasSubjects) {
        m_byElement.reserve(findings.size() - m_everywhere.size());
        indexSubjects(topology);
    }
}

namespace {
// Name (case-insensitive, as FlowTopology compares names) -> element, built only for
// the kinds findings are about. NameKey hashes without a lower-case copy: lower-casing
// every subject name was the costliest step here on large plans.
template <typename T> QHash<NameKey, const T *> byName(const QList<T> &elements)
{
    QHash<NameKey, const T *> h;
    h.reserve(elements.size());
    for (const T &e : elements)
        h.insert(NameKey{e.name}, &e);
    return h;
}
} // namespace

// Maps each finding's subject name to the plan element hops refer to. A certificate
// stands for the servers that use it.
void FindingPlacement::indexSubjects(const Topology &topology)
{
    QHash<NameKey, const Server *> servers;
    QHash<NameKey, const MailboxDatabase *> databases;
    QHash<NameKey, const CasArray *> arrays;
    QHash<NameKey, const LoadBalancer *> balancers;
    QHash<NameKey, const Certificate *> certificates;
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        if (m_reach.at(i).hops == 0 || m_reach.at(i).subject == SubjectReach::Anywhere)
            continue;
        const NameKey name{f.subject.name};
        const void *element = nullptr;
        switch (f.subject.kind) {
        case SubjectKind::Server:
            if (servers.isEmpty())
                servers = byName(topology.servers);
            element = servers.value(name, nullptr);
            break;
        case SubjectKind::Database:
            if (databases.isEmpty())
                databases = byName(topology.databases);
            element = databases.value(name, nullptr);
            break;
        case SubjectKind::CasArray:
            if (arrays.isEmpty())
                arrays = byName(topology.casArrays);
            element = arrays.value(name, nullptr);
            break;
        case SubjectKind::LoadBalancer:
            if (balancers.isEmpty())
                balancers = byName(topology.loadBalancers);
            element = balancers.value(name, nullptr);
            break;
        case SubjectKind::Certificate:
            if (certificates.isEmpty())
                certificates = byName(topology.certificates);
            if (const Certificate *c = certificates.value(name, nullptr)) {
                if (servers.isEmpty())
                    servers = byName(topology.servers);
                for (const QString &server : c->servers) {
                    if (const Server *s = servers.value(NameKey{server}, nullptr))
                        m_byElement[s].append(i);
                }
            }
            break;
        case SubjectKind::Organization:
        case SubjectKind::ClientGroup:
        case SubjectKind::Site:
            break; // indexed in the constructor; no tier-1 rule is about a site
        }
        if (element)
            m_byElement[element].append(i);
    }
}

bool FindingPlacement::reaches(int index, const Hop &hop, const HopScope &scope) const
{
    const Reach &r = m_reach.at(index);
    if ((r.hops & bit(hop.kind)) == 0)
        return false;
    // A method mismatch does not concern users who are given no method at all (PB-001's case).
    if (r.aboutGivenSettings && !scope.settingsGiven)
        return false;
    if (r.location == Location::Internal && scope.location != ClientLocation::Internal)
        return false;
    if (r.location == Location::External && scope.location != ClientLocation::External)
        return false;
    if (r.audience != Audience::Everyone) {
        if (!scope.mailboxVersion)
            return false;
        const ExchangeVersion v = *scope.mailboxVersion;
        if (r.audience == Audience::NewMailboxes && isLegacy(v))
            return false;
        if (r.audience == Audience::LegacyMailboxes && !isLegacy(v))
            return false;
        if (r.audience == Audience::Ex2007Mailboxes && v != ExchangeVersion::Ex2007)
            return false;
    }
    const Finding &f = m_findings.at(index);
    if (r.subject == SubjectReach::Touching && f.subject.kind == SubjectKind::Server) {
        return std::any_of(scope.touched.cbegin(), scope.touched.cend(), [&f](const Server *s) {
            return s && s->name.compare(f.subject.name, Qt::CaseInsensitive) == 0;
        });
    }
    return true;
}

QList<int> FindingPlacement::findingsFor(const Hop &hop, const HopScope &scope) const
{
    // Collected on the stack: the list is allocated once, at its size (not at all when
    // nothing reaches the hop).
    QVarLengthArray<int, 64> out;
    auto consider = [&](const QList<int> &candidates) {
        for (int i : candidates) {
            if (reaches(i, hop, scope))
                out.append(i);
        }
    };
    consider(m_everywhere);
    if (!m_byElement.isEmpty()) {
        for (const Server *s : scope.touched) {
            if (s)
                consider(m_byElement.value(s));
        }
        if (scope.settingsSource)
            consider(m_byElement.value(scope.settingsSource));
        for (const MailboxDatabase *db : scope.databases)
            consider(m_byElement.value(db));
        if (scope.casArray)
            consider(m_byElement.value(scope.casArray));
        if (scope.loadBalancer)
            consider(m_byElement.value(scope.loadBalancer));
    }
    std::sort(out.begin(), out.end());
    return QList<int>(out.begin(), std::unique(out.begin(), out.end()));
}

const QList<int> *FindingPlacement::findingsAbout(const ClientGroup &group) const
{
    if (m_byGroup.isEmpty())
        return nullptr;
    const auto it = m_byGroup.constFind(group.name.toLower());
    return it == m_byGroup.cend() ? nullptr : &*it;
}

QList<int> FindingPlacement::groupFindingsFor(const QList<int> &aboutGroup, const Hop &hop, const HopScope &scope) const
{
    QList<int> out;
    for (int i : aboutGroup) {
        if (reaches(i, hop, scope))
            out.append(i);
    }
    return out;
}

void FindingPlacement::settle(Hop &hop, const QList<int> &indices, const QStringList &missing, const QString &context,
                              SettleMemo &memo) const
{
    Verdict verdict = missing.isEmpty() ? Verdict::Ok : Verdict::Unknown;
    int firstError = -1;
    int firstWarning = -1;
    int firstUnknown = -1;
    int counted = 0;
    quint64 ruleMask = 0; // bit per rule-id rank (m_ruleRank)
    quint64 infoMask = 0;
    const bool ranked = m_ranked;
    hop.ruleIds.clear();
    hop.infoRuleIds.clear();
    for (int i : indices) {
        const Finding &f = m_findings.at(i);
        const int rank = m_ruleRank.at(i);
        if (f.severity == Severity::Error) {
            verdict = worse(verdict, Verdict::Fail);
            firstError = firstError >= 0 ? firstError : i;
        } else if (f.severity == Severity::Warning) {
            verdict = worse(verdict, Verdict::Warn);
            firstWarning = firstWarning >= 0 ? firstWarning : i;
        } else if (m_cannotEvaluate.at(i)) {
            verdict = worse(verdict, Verdict::Unknown);
            firstUnknown = firstUnknown >= 0 ? firstUnknown : i;
        } else {
            if (ranked)
                infoMask |= quint64(1) << rank;
            else
                hop.infoRuleIds.append(f.ruleId);
            continue;
        }
        ++counted;
        if (ranked)
            ruleMask |= quint64(1) << rank;
        else
            hop.ruleIds.append(f.ruleId);
    }
    if (ranked) {
        // Ranks follow the alphabetical order of the ids: sorted and unique by construction.
        hop.ruleIds = idsIn(ruleMask, memo);
        hop.infoRuleIds = idsIn(infoMask & ~ruleMask, memo);
    } else {
        // More distinct rule ids than mask bits (only hand-made findings get there).
        hop.ruleIds.sort();
        hop.ruleIds.removeDuplicates();
        hop.infoRuleIds.sort();
        hop.infoRuleIds.removeDuplicates();
        for (const QString &id : std::as_const(hop.ruleIds))
            hop.infoRuleIds.removeAll(id);
    }
    hop.verdict = verdict;

    const int shown = verdict == Verdict::Fail ? firstError : verdict == Verdict::Warn ? firstWarning : -1;
    QString note;
    QString more; // how many more findings
    if (shown >= 0) {
        note = citingOf(shown, memo);
        if (counted == 2)
            more = m_oneMoreNote;
        else if (counted > 2)
            more = moreNoteOf(counted - 1, memo);
    } else if (verdict == Verdict::Unknown) {
        note = missing.isEmpty() ? citingOf(firstUnknown, memo) : missing.join(u' ');
    } else {
        note = m_okNote;
    }
    // One allocation for the whole note, none when it is a shared sentence alone.
    if (more.isEmpty())
        hop.note = context.isEmpty() ? note : QString(note + u' ' + context);
    else
        hop.note = context.isEmpty() ? QString(note + u' ' + more) : QString(note + u' ' + more + u' ' + context);
}

} // namespace wizard
