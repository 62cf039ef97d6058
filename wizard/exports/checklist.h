#pragma once

#include "checks/finding.h"
#include "flows/flow.h"
#include "topology/topology.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace wizard {

// The phases of a coexistence checklist, in the order Microsoft's upgrade checklists
// use (F70): prerequisites first, the namespace cutover after every server is ready,
// mailbox moves after the cutover.
enum class ChecklistPhaseId {
    Prerequisites,
    NamespacesAndDns,
    Certificates,
    LegacyOutlookAnywhere,
    IisAndClientAuthentication,
    NewCasOutlookAnywhere,
    Autodiscover,
    Verification,
    NamespaceCutover,
    MoveMailboxes,
    AfterMigration,
};
inline constexpr int checklistPhaseCount = static_cast<int>(ChecklistPhaseId::AfterMigration) + 1;

// "Prerequisites and versions", ... (translated). Phase numbers are 1-based positions.
QString checklistPhaseTitle(ChecklistPhaseId id);
inline int checklistPhaseNumber(ChecklistPhaseId id)
{
    return static_cast<int>(id) + 1;
}

// A labelled block of lines inside an item (a test's settings, the steps it must pass,
// what Outlook must show): rendered as a short list under the label.
struct ChecklistDetail
{
    QString label;
    QStringList lines;

    friend bool operator==(const ChecklistDetail &, const ChecklistDetail &) = default;
};

struct ChecklistItem
{
    // Stable key of Plan::checklist: "<area>/<subject>", e.g. "legacy-oa/EX2010CAS" or
    // "finding/PB-002/server/EX2010CAS". Built from names only, so it survives edits of
    // values and re-exports.
    QString id;
    QString title;
    QString action; // what to do
    QString why; // the reason, in the client's terms
    QStringList references; // rule ids and facts: "PB-002", "F45" (facts are never shown: checklistsources.h)
    QStringList sources; // public pages behind the item (a finding's source), https addresses
    QString command; // exact PowerShell for the subject's version, may be empty
    QString shell; // where to run it: "Exchange 2010 Management Shell", or empty
    QString verify; // how to check it worked
    QString verifyCommand; // read-only PowerShell that shows it, may be empty
    QList<ChecklistDetail> details; // shown after "What to do", may be empty
    bool recordsResult = false; // a test: its sign-off cell has a Result field (state.result)
    QString server; // the server the item is about, empty for organisation-wide items
    bool fromFinding = false;
    Severity severity = Severity::Info; // when fromFinding
    ChecklistItemState state; // progress from the plan (done, owner, date, sign-off, note)

    friend bool operator==(const ChecklistItem &, const ChecklistItem &) = default;
};

struct ChecklistPhase
{
    ChecklistPhaseId id = ChecklistPhaseId::Prerequisites;
    int number = 0; // shown number; 0: the checklist position of `id` (checklistPhaseNumber)
    QString title;
    QString intro; // one or two sentences shown under the phase title, may be empty
    // The dated cutover steps of this phase (issue 16), e.g. "Planned for 2026-03-14:
    // Namespace and DNS cutover (blocked by NS-001, PB-002)"; empty without dates.
    QString schedule;
    QList<ChecklistItem> items;

    friend bool operator==(const ChecklistPhase &, const ChecklistPhase &) = default;
};

// One dated step of the cutover (a milestone or a wave), for the dated table.
struct ScheduleRow
{
    QDate date;
    QString step;
    int users = -1; // users a wave moves; -1 for a milestone
    QStringList blockingRuleIds; // empty: not blocked
    int warnings = 0; // open warnings that gate it
    ChecklistPhaseId phase = ChecklistPhaseId::Prerequisites;

    friend bool operator==(const ScheduleRow &, const ScheduleRow &) = default;
};

enum class ChecklistKind {
    Checklist, // the coexistence checklist
    TestPlan, // the connectivity test plan (testplan.h)
};

struct Checklist
{
    ChecklistKind kind = ChecklistKind::Checklist;
    QString planTitle;
    QString organization;
    QDate date; // the day it was produced (shown in headers)
    QList<ChecklistPhase> phases; // only phases with items, in ChecklistPhaseId order
    QList<ScheduleRow> schedule; // the dated cutover steps by date; empty without a cutover

    int itemCount() const;
    int doneCount() const;

    friend bool operator==(const Checklist &, const Checklist &) = default;
};

// The number a phase shows: its own, or its position in the checklist.
inline int checklistPhaseNumber(const ChecklistPhase &phase)
{
    return phase.number > 0 ? phase.number : checklistPhaseNumber(phase.id);
}

// Builds the checklist of a plan: items from the topology (filled with the client's
// names), open `findings` (from runChecks) as items in the phase where they are fixed,
// and each item's progress from plan.checklist. Items that do not apply are left out.
// The Verification phase carries one connectivity test per client scenario of `flows`
// (computeFlows on the same topology and findings; testplan.h).
// Beyond these counts a checklist groups (buildChecklist): in a plan with more than
// minChecklistFindingsToGroup findings, more findings of one rule and severity about named
// servers, databases, groups... become one item naming their subjects; more connectivity
// tests become one item that points to the connectivity test plan, which lists each one.
inline constexpr qsizetype minChecklistFindingsToGroup = 200;
inline constexpr qsizetype maxChecklistFindingsPerRule = 10;
inline constexpr qsizetype maxChecklistConnectivityTests = 40;

Checklist buildChecklist(const Plan &plan, const QList<Finding> &findings, const QList<Flow> &flows, QDate date);
// As above with the flows computed from `findings`.
Checklist buildChecklist(const Plan &plan, const QList<Finding> &findings, QDate date);

// The phase in which a rule's finding is fixed.
ChecklistPhaseId phaseForRule(const QString &ruleId);

} // namespace wizard
