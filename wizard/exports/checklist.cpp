#include "checklist.h"

#include "checklistitems.h"
#include "cutover/cutovergates.h"
#include "cutover/waveusers.h"
#include "testplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

QString phaseIntro(ChecklistPhaseId id)
{
    switch (id) {
    case ChecklistPhaseId::LegacyOutlookAnywhere:
    case ChecklistPhaseId::IisAndClientAuthentication:
    case ChecklistPhaseId::NewCasOutlookAnywhere:
        // F27: the Service Host copies the AD values onto /rpc about every 15 minutes.
        return tr("Changes apply after Active Directory replication and the next Exchange Service Host cycle "
                  "(about 15 minutes). Change Outlook Anywhere only with the Exchange cmdlets: never edit the "
                  "/rpc virtual directory in IIS Manager, the Service Host overwrites it from Active Directory.");
    case ChecklistPhaseId::NamespaceCutover:
        return tr("Only when every item above is signed off: from now on every Outlook client reaches Exchange "
                  "through the new Client Access servers.");
    default:
        return {};
    }
}

// A finding's fix is a PowerShell command when it starts with a cmdlet name (Verb-Noun).
bool looksLikeCommand(const QString &fix)
{
    static const QRegularExpression cmdlet(u"^[A-Z][a-z]+-[A-Za-z]+\\b"_s);
    return cmdlet.match(fix).hasMatch();
}

ChecklistItem findingItem(const Finding &f)
{
    ChecklistItem item;
    item.id = u"finding/%1/%2/%3"_s.arg(f.ruleId, subjectKindToken(f.subject.kind), f.subject.name);
    item.title = f.message;
    item.why = f.why;
    item.references = {f.ruleId};
    if (!f.source.isEmpty())
        item.sources = {f.source};
    if (looksLikeCommand(f.fix)) {
        item.command = f.fix;
        item.action = tr("Apply the fix below on the server and record it in the plan, then run the checks again.");
    } else {
        item.action = f.fix;
    }
    item.verify = tr("Run the checks again (coexplan check): %1 no longer reports it.").arg(f.ruleId);
    if (f.subject.kind == SubjectKind::Server)
        item.server = f.subject.name;
    item.fromFinding = true;
    item.severity = f.severity;
    return item;
}
} // namespace

QString checklistPhaseTitle(ChecklistPhaseId id)
{
    switch (id) {
    case ChecklistPhaseId::Prerequisites:
        return tr("Prerequisites and versions");
    case ChecklistPhaseId::NamespacesAndDns:
        return tr("Namespaces and DNS");
    case ChecklistPhaseId::Certificates:
        return tr("Certificates");
    case ChecklistPhaseId::LegacyOutlookAnywhere:
        return tr("Outlook Anywhere on every legacy Client Access server");
    case ChecklistPhaseId::IisAndClientAuthentication:
        return tr("IIS and client authentication");
    case ChecklistPhaseId::NewCasOutlookAnywhere:
        return tr("Outlook Anywhere on the new Client Access servers");
    case ChecklistPhaseId::Autodiscover:
        return tr("Autodiscover and the service connection point");
    case ChecklistPhaseId::Verification:
        return tr("Verification");
    case ChecklistPhaseId::NamespaceCutover:
        return tr("Namespace cutover");
    case ChecklistPhaseId::MoveMailboxes:
        return tr("Moving mailboxes");
    case ChecklistPhaseId::AfterMigration:
        return tr("After the move");
    }
    return {};
}

ChecklistPhaseId phaseForRule(const QString &ruleId)
{
    static const struct
    {
        const char16_t *prefix;
        ChecklistPhaseId phase;
    } table[] = {
        {u"PB-001", ChecklistPhaseId::LegacyOutlookAnywhere},
        {u"PB-003", ChecklistPhaseId::LegacyOutlookAnywhere},
        {u"PB-004", ChecklistPhaseId::LegacyOutlookAnywhere},
        {u"PF-001", ChecklistPhaseId::LegacyOutlookAnywhere},
        {u"PB-002", ChecklistPhaseId::IisAndClientAuthentication},
        {u"PB-005", ChecklistPhaseId::IisAndClientAuthentication},
        {u"PA-001", ChecklistPhaseId::IisAndClientAuthentication},
        {u"PA-004", ChecklistPhaseId::IisAndClientAuthentication},
        {u"PF-004", ChecklistPhaseId::IisAndClientAuthentication},
        {u"PB-006", ChecklistPhaseId::Prerequisites},
        {u"VER-", ChecklistPhaseId::Prerequisites},
        {u"CLI-", ChecklistPhaseId::Prerequisites},
        {u"OPS-", ChecklistPhaseId::Prerequisites},
        {u"IMP-", ChecklistPhaseId::Prerequisites},
        {u"NS-004", ChecklistPhaseId::Autodiscover},
        {u"NS-", ChecklistPhaseId::NamespacesAndDns},
        {u"CERT-", ChecklistPhaseId::Certificates},
        {u"PA-", ChecklistPhaseId::NewCasOutlookAnywhere},
        {u"KRB-", ChecklistPhaseId::NewCasOutlookAnywhere},
        {u"PRB-", ChecklistPhaseId::Verification},
        {u"EP-", ChecklistPhaseId::NewCasOutlookAnywhere},
        {u"PF-", ChecklistPhaseId::AfterMigration},
        {u"CUT-", ChecklistPhaseId::Prerequisites}, // the schedule is fixed before anything starts
    };
    for (const auto &row : table) {
        if (ruleId.startsWith(QStringView(row.prefix)))
            return row.phase;
    }
    return ChecklistPhaseId::Prerequisites;
}

int Checklist::itemCount() const
{
    int n = 0;
    for (const ChecklistPhase &p : phases)
        n += int(p.items.size());
    return n;
}

int Checklist::doneCount() const
{
    int n = 0;
    for (const ChecklistPhase &p : phases) {
        for (const ChecklistItem &i : p.items)
            n += i.state.done ? 1 : 0;
    }
    return n;
}

namespace {
// Where a cutover step's work sits in the checklist's phases (F70's order).
ChecklistPhaseId phaseOfStep(const CutoverStep &step)
{
    if (step.isWave())
        return ChecklistPhaseId::MoveMailboxes;
    switch (*step.milestone) {
    case MilestoneKind::NewServersInstalled:
        return ChecklistPhaseId::Prerequisites;
    case MilestoneKind::CoexistencePrepared:
        return ChecklistPhaseId::LegacyOutlookAnywhere;
    case MilestoneKind::ScpChange:
        return ChecklistPhaseId::Autodiscover;
    case MilestoneKind::NamespaceCutover:
        return ChecklistPhaseId::NamespaceCutover;
    case MilestoneKind::PublicFolders:
    case MilestoneKind::Decommission:
        break;
    }
    return ChecklistPhaseId::AfterMigration;
}

QList<ScheduleRow> scheduleOf(const Plan &plan, const QList<Finding> &findings)
{
    QList<ScheduleRow> rows;
    if (plan.topology.cutover.isEmpty())
        return rows;
    for (const CutoverStep &step : sortedByDate(computeCutoverSteps(plan.topology, findings))) {
        ScheduleRow row;
        row.date = step.date;
        row.step = step.label;
        if (const Wave *w = step.isWave() ? plan.topology.cutover.findWave(step.wave) : nullptr)
            row.users = totalUsers(waveUsers(plan.topology, *w));
        row.blockingRuleIds = step.blockingRuleIds();
        for (const Finding &f : step.open)
            row.warnings += f.severity == Severity::Warning ? 1 : 0;
        row.phase = phaseOfStep(step);
        rows.append(row);
    }
    return rows;
}

QString phaseSchedule(const QList<ScheduleRow> &rows, ChecklistPhaseId phase)
{
    QStringList parts;
    for (const ScheduleRow &r : rows) {
        if (r.phase != phase)
            continue;
        parts.append(r.blockingRuleIds.isEmpty()
                         ? QCoreApplication::translate("wizard", "%1 on %2").arg(r.step, r.date.toString(Qt::ISODate))
                         : QCoreApplication::translate("wizard", "%1 on %2 (blocked by %3)")
                               .arg(r.step, r.date.toString(Qt::ISODate), r.blockingRuleIds.join(u", "_s)));
    }
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("wizard", "Planned: %1.").arg(parts.join(u"; "_s));
}
} // namespace

Checklist buildChecklist(const Plan &plan, const QList<Finding> &findings, QDate date)
{
    return buildChecklist(plan, findings, computeFlows(plan.topology, findings), date);
}

Checklist buildChecklist(const Plan &plan, const QList<Finding> &findings, const QList<Flow> &flows, QDate date)
{
    Checklist list;
    list.planTitle = plan.info.title;
    list.organization = plan.topology.organization.name;
    list.date = date;
    list.schedule = scheduleOf(plan, findings);

    QList<ChecklistItem> byPhase[checklistPhaseCount];
    for (int i = 0; i < checklistPhaseCount; ++i)
        byPhase[i] = topologyItems(plan.topology, static_cast<ChecklistPhaseId>(i));
    byPhase[static_cast<int>(ChecklistPhaseId::Verification)] += probeItems(plan);
    // Issue 17: one connectivity test per client scenario instead of a single line.
    const QList<ChecklistItem> tests = connectivityTestItems(plan.topology, flows);
    if (!tests.isEmpty()) {
        QList<ChecklistItem> &verification = byPhase[static_cast<int>(ChecklistPhaseId::Verification)];
        verification.removeIf([](const ChecklistItem &item) { return item.id == u"verify/connectivity"_s; });
        verification += tests;
    }
    // Open findings go to the top of the phase where they are fixed: they are what
    // must change before that phase can be signed off.
    QList<ChecklistItem> findingItems[checklistPhaseCount];
    for (const Finding &f : findings)
        findingItems[static_cast<int>(phaseForRule(f.ruleId))].append(findingItem(f));

    QHash<QString, int> seen; // ids are keys of Plan::checklist: keep them unique
    for (int i = 0; i < checklistPhaseCount; ++i) {
        QList<ChecklistItem> items = findingItems[i] + byPhase[i];
        if (items.isEmpty())
            continue;
        for (ChecklistItem &item : items) {
            const int n = ++seen[item.id];
            if (n > 1)
                item.id += u"#%1"_s.arg(n);
            item.state = plan.checklist.value(item.id);
        }
        ChecklistPhase phase;
        phase.id = static_cast<ChecklistPhaseId>(i);
        phase.title = checklistPhaseTitle(phase.id);
        phase.intro = phaseIntro(phase.id);
        phase.schedule = phaseSchedule(list.schedule, phase.id);
        phase.items = items;
        list.phases.append(phase);
    }
    return list;
}

} // namespace wizard
