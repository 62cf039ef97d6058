// Gates: which findings block which cutover step (docs/cutover.md "Gates").
//
// - New servers installed: VER-001 (setup refuses to install below the coexistence
//   floor, F39 F53 F54).
// - Coexistence prepared: the Part B rules PB-* (the new CAS proxies legacy mailboxes'
//   Outlook Anywhere to a legacy CAS that must be ready, F41).
// - Autodiscover SCP change: NS-004 and CERT-001 (the Autodiscover name must be on the
//   new CAS's certificate, F70).
// - Namespace and DNS cutover: Part B and Part A (PB-*, PA-*: once the name points to
//   the new CAS every client takes both hops), NS-001/NS-002/NS-003 (F48 F50), CERT-*
//   (the name must be on the certificate, F60) and CLI-* ("upgrade before the namespace
//   moves", F42 F56).
// - A wave: every finding on what it involves: its servers (listed, or holding its
//   databases), its databases, and its client groups (listed, else those with mailboxes
//   on its servers).
// - Public folders: findings on the servers that host public folders and on the public
//   folder databases.
// - Decommission: everything that gates a wave or the public folders.
// A step is blocked by the errors among its findings; warnings and infos are listed
// (the chart "open findings at each milestone") but do not block.
#include "cutovergates.h"

#include "waveusers.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
bool hasPrefix(const QString &ruleId, const QStringList &prefixes)
{
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return ruleId.startsWith(p); });
}

bool isCutoverFinding(const Finding &f)
{
    return f.ruleId.startsWith(u"CUT-"_s);
}

QList<Finding> byRule(const QList<Finding> &findings, const QStringList &prefixes)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (!isCutoverFinding(f) && hasPrefix(f.ruleId, prefixes))
            out.append(f);
    }
    return out;
}

struct Subjects
{
    QSet<QString> servers;
    QSet<QString> databases;
    QSet<QString> clientGroups;

    bool contains(const SubjectRef &s) const
    {
        const QString key = s.name.toLower();
        switch (s.kind) {
        case SubjectKind::Server:
            return servers.contains(key);
        case SubjectKind::Database:
            return databases.contains(key);
        case SubjectKind::ClientGroup:
            return clientGroups.contains(key);
        case SubjectKind::Organization:
        case SubjectKind::Site:
        case SubjectKind::CasArray:
        case SubjectKind::Certificate:
        case SubjectKind::LoadBalancer:
            break;
        }
        return false;
    }
};

Subjects waveSubjects(const Topology &t, const Wave &wave)
{
    Subjects s;
    const QList<const Server *> servers = waveServers(t, wave);
    for (const Server *server : servers)
        s.servers.insert(server->name.toLower());
    for (const QString &d : wave.databases)
        s.databases.insert(d.toLower());
    for (const MailboxDatabase &d : t.databases) {
        if (std::any_of(wave.servers.cbegin(), wave.servers.cend(),
                        [&](const QString &n) { return n.compare(d.server, Qt::CaseInsensitive) == 0; }))
            s.databases.insert(d.name.toLower());
    }
    if (!wave.clientGroups.isEmpty()) {
        for (const QString &g : wave.clientGroups)
            s.clientGroups.insert(g.toLower());
    } else {
        for (const ClientGroup &g : t.clientGroups) {
            if (std::any_of(g.mailboxServers.cbegin(), g.mailboxServers.cend(),
                            [&](const QString &m) { return s.servers.contains(m.toLower()); }))
                s.clientGroups.insert(g.name.toLower());
        }
    }
    return s;
}

Subjects publicFolderSubjects(const Topology &t)
{
    Subjects s;
    for (const Server &server : t.servers) {
        if (server.roles.publicFolders)
            s.servers.insert(server.name.toLower());
    }
    for (const MailboxDatabase &d : t.databases) {
        if (d.isPublicFolderDatabase)
            s.databases.insert(d.name.toLower());
    }
    return s;
}

// The indexes of the findings about the subjects (decommission joins them by index).
QList<qsizetype> bySubject(const QList<Finding> &findings, const Subjects &subjects)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (!isCutoverFinding(findings[i]) && subjects.contains(findings[i].subject))
            out.append(i);
    }
    return out;
}

QList<Finding> pick(const QList<Finding> &findings, const QList<qsizetype> &indexes)
{
    QList<Finding> out;
    out.reserve(indexes.size());
    for (qsizetype i : indexes)
        out.append(findings[i]);
    return out;
}

CutoverStep milestoneStep(const CutoverPlan &plan, MilestoneKind kind, QList<Finding> open)
{
    CutoverStep step;
    step.milestone = kind;
    step.label = milestoneDisplayName(kind);
    step.date = plan.dateOf(kind);
    step.open = std::move(open);
    return step;
}
} // namespace

bool CutoverStep::blocked() const
{
    return std::any_of(open.cbegin(), open.cend(), [](const Finding &f) { return f.severity == Severity::Error; });
}

QStringList CutoverStep::blockingRuleIds() const
{
    QStringList ids;
    for (const Finding &f : open) {
        if (f.severity == Severity::Error && !ids.contains(f.ruleId))
            ids.append(f.ruleId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString CutoverStep::field() const
{
    return milestone ? u"cutover.milestones."_s + milestoneKindToken(*milestone) : u"cutover.waves."_s + wave;
}

QStringList gatingRulePrefixes(MilestoneKind kind)
{
    switch (kind) {
    case MilestoneKind::NewServersInstalled:
        return {u"VER-001"_s};
    case MilestoneKind::CoexistencePrepared:
        return {u"PB-"_s};
    case MilestoneKind::NamespaceCutover:
        return {u"PB-"_s, u"PA-"_s, u"NS-001"_s, u"NS-002"_s, u"NS-003"_s, u"CERT-"_s, u"CLI-"_s};
    case MilestoneKind::ScpChange:
        return {u"NS-004"_s, u"CERT-001"_s};
    case MilestoneKind::PublicFolders:
    case MilestoneKind::Decommission:
        break; // by subject, not by rule
    }
    return {};
}

QList<CutoverStep> computeCutoverSteps(const Topology &topology, const QList<Finding> &findings)
{
    const CutoverPlan &plan = topology.cutover;
    QList<CutoverStep> steps;
    for (MilestoneKind k : {MilestoneKind::NewServersInstalled, MilestoneKind::CoexistencePrepared,
                            MilestoneKind::ScpChange, MilestoneKind::NamespaceCutover})
        steps.append(milestoneStep(plan, k, byRule(findings, gatingRulePrefixes(k))));

    // Decommission waits for every wave and the public folders: the union of their
    // findings, each once, in the findings' order.
    QSet<qsizetype> decommission;
    for (const Wave &w : plan.waves) {
        const QList<qsizetype> indexes = bySubject(findings, waveSubjects(topology, w));
        decommission.unite(QSet<qsizetype>(indexes.cbegin(), indexes.cend()));
        CutoverStep step;
        step.wave = w.name;
        step.label = w.name;
        step.date = w.date;
        step.open = pick(findings, indexes);
        steps.append(std::move(step));
    }
    const QList<qsizetype> folderIndexes = bySubject(findings, publicFolderSubjects(topology));
    decommission.unite(QSet<qsizetype>(folderIndexes.cbegin(), folderIndexes.cend()));
    steps.append(milestoneStep(plan, MilestoneKind::PublicFolders, pick(findings, folderIndexes)));

    QList<Finding> last;
    for (qsizetype i = 0; i < findings.size(); ++i) {
        if (decommission.contains(i))
            last.append(findings[i]);
    }
    steps.append(milestoneStep(plan, MilestoneKind::Decommission, std::move(last)));
    return steps;
}

QList<CutoverStep> sortedByDate(const QList<CutoverStep> &steps)
{
    QList<CutoverStep> dated;
    for (const CutoverStep &s : steps) {
        if (s.date.isValid())
            dated.append(s);
    }
    std::stable_sort(dated.begin(), dated.end(), [](const CutoverStep &a, const CutoverStep &b) { return a.date < b.date; });
    return dated;
}

} // namespace wizard
