#pragma once

#include "checklist.h"

#include <QString>

namespace wizard {

// GitHub-flavoured Markdown: phases as sections, items with a task-list checkbox,
// commands in fenced PowerShell blocks. Plan values are escaped for Markdown.
QString checklistMarkdown(const Checklist &checklist);

// One self-contained HTML page (inline CSS, no scripts, no external resources) with
// print CSS: one table per phase whose rows never split across pages. Every plan
// value is HTML-escaped. `afterSchedule` is HTML placed after the cutover schedule (the
// charts as images, from render::figurePagesHtml); trusted markup, not a plan value.
QString checklistHtml(const Checklist &checklist, const QString &afterSchedule = {});

// Shared wording of both formats (and the PDF).
QString checklistDocumentTitle(const Checklist &checklist);
QString checklistProgressText(const Checklist &checklist); // "Progress: 3 of 20 items done"
QString checklistReferenceText(const ChecklistItem &item); // "PB-002, F45"
QString checklistItemNumber(const ChecklistPhase &phase, qsizetype index); // "4.2"
QString severityLabel(Severity s); // "Error" (translated)
// The dated cutover table's cells: "Blocked by NS-001, PB-002" / "Ready" / "Ready, 2
// warnings to review"; the users a wave moves, or "" for a milestone.
QString scheduleGateText(const ScheduleRow &row);
QString scheduleUsersText(const ScheduleRow &row);

} // namespace wizard
