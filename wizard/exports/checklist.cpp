#include "checklist.h"

#include "checklistitems.h"
#include "cutover/cutovergates.h"
#include "cutover/waveusers.h"
#include "testplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

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

// One item for many findings of one rule and severity: a large plan's checklist would
// otherwise repeat the same sentence for hundreds of servers (a 1,000-server plan had
// 1,669 finding items over 3,700 pages). The findings panel, `coexplan check` and the
// change script still name each one.
ChecklistItem findingGroupItem(const QList<Finding> &group)
{
    const Finding &first = group.first();
    ChecklistItem item = findingItem(first);
    item.id = u"finding-group/%1/%2"_s.arg(first.ruleId, severityToken(first.severity));
    const int more = int(group.size()) - 1;
    item.title = QCoreApplication::translate("wizard", "%1 (and %n more like it)", nullptr, more).arg(first.message);
    item.server.clear();
    QStringList names;
    for (const Finding &f : group)
        names.append(f.subject.name);
    QStringList lines;
    for (qsizetype i = 0; i < names.size(); i += 10)
        lines.append(names.mid(i, 10).join(u", "_s));
    item.details.append(ChecklistDetail{
        QCoreApplication::translate("wizard", "The %n subjects of this finding:", nullptr, int(group.size())), lines});
    if (!item.command.isEmpty()) {
        item.action = tr("Apply the fix below, shown for %1, on each of them (the change script carries the "
                         "command for each), record it in the plan, then run the checks again.")
                          .arg(first.subject.name);
    } else if (!item.action.isEmpty()) {
        item.action = tr("For %1: %2 The same for each of the others.").arg(first.subject.name, item.action);
    }
    return item;
}

// The verification phase of a plan with many client scenarios: one item that sends the
// reader to the connectivity test plan, which lists each scenario's test.
ChecklistItem connectivityTestsSummaryItem(const Plan &plan, const QStringList &testIds, const QList<Flow> &flows)
{
    int byVerdict[4] = {}; // indexed by Verdict: Ok, Warn, Fail, Unknown
    for (const Flow &f : flows)
        ++byVerdict[static_cast<int>(f.overall)];
    const int ok = byVerdict[int(Verdict::Ok)], warn = byVerdict[int(Verdict::Warn)];
    const int fail = byVerdict[int(Verdict::Fail)], unknown = byVerdict[int(Verdict::Unknown)];
    int recorded = 0;
    for (const QString &id : testIds) {
        const ChecklistItemState state = plan.checklist.value(id);
        if (state.done || !state.result.isEmpty())
            ++recorded;
    }
    const int n = int(testIds.size());
    ChecklistItem item;
    item.id = u"verify/connectivity-tests"_s;
    item.title
        = QCoreApplication::translate("wizard", "Run the connectivity test plan: %n client scenarios", nullptr, n);
    item.action = tr("Export the connectivity test plan (the Export step, or coexplan export PLAN --testplan "
                     "FILE.pdf) and run each scenario's test it lists; record the results there or in the "
                     "Export step's test table.");
    item.details.append(ChecklistDetail{tr("The scenarios today:"),
                                        {QCoreApplication::translate("wizard", "%n failing", nullptr, fail),
                                         QCoreApplication::translate("wizard", "%n with warnings", nullptr, warn),
                                         QCoreApplication::translate("wizard", "%n OK", nullptr, ok),
                                         QCoreApplication::translate("wizard", "%n not known yet", nullptr, unknown),
                                         tr("results recorded so far: %1 of %2").arg(recorded).arg(n)}});
    item.verify = tr("Every scenario's test reports Success; Outlook shows the values the test plan gives.");
    item.why = tr("Proves that each kind of user still reaches the mailbox after the change.");
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
    // Beyond maxChecklistConnectivityTests only their ids are needed (the summary counts them).
    const QStringList testIds = connectivityTestIds(plan.topology, flows);
    if (!testIds.isEmpty()) {
        QList<ChecklistItem> &verification = byPhase[static_cast<int>(ChecklistPhaseId::Verification)];
        verification.removeIf([](const ChecklistItem &item) { return item.id == u"verify/connectivity"_s; });
        if (testIds.size() > maxChecklistConnectivityTests)
            verification.append(connectivityTestsSummaryItem(plan, testIds, flows));
        else
            verification += connectivityTestItems(plan.topology, flows);
    }
    // Open findings go to the top of the phase where they are fixed: they are what
    // must change before that phase can be signed off. A rule with many findings of one
    // severity is one item for all of them, where its first finding would be.
    // Only in a large plan, and only findings about a named subject (an organization's
    // findings say different things under one rule: the namespace, the Autodiscover name).
    QHash<std::pair<QString, int>, QList<Finding>> byRule;
    if (findings.size() > minChecklistFindingsToGroup) {
        for (const Finding &f : findings) {
            if (!f.subject.name.isEmpty() && f.subject.kind != SubjectKind::Organization)
                byRule[{f.ruleId, int(f.severity)}].append(f);
        }
    }
    QList<ChecklistItem> findingItems[checklistPhaseCount];
    QSet<std::pair<QString, int>> grouped;
    for (const Finding &f : findings) {
        const std::pair<QString, int> key{f.ruleId, int(f.severity)};
        const QList<Finding> group = byRule.value(key);
        QList<ChecklistItem> &phaseItems = findingItems[static_cast<int>(phaseForRule(f.ruleId))];
        if (group.size() <= maxChecklistFindingsPerRule)
            phaseItems.append(findingItem(f));
        else if (!grouped.contains(key)) {
            grouped.insert(key);
            phaseItems.append(findingGroupItem(group));
        }
    }

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
