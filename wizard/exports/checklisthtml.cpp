#include "checklistformats.h"
#include "checklistsources.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

QString h(const QString &text)
{
    return text.toHtmlEscaped();
}

// Print-first styling: A4 and Letter both fit 18 cm of content; rows never split.
const char16_t styleSheet[] = uR"css(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 2em; }
h1 { font-size: 17pt; margin: 0 0 .3em 0; }
.meta { color: #555; margin-bottom: 1.2em; }
h2 { font-size: 13pt; margin: 1.6em 0 .4em 0; padding-bottom: .2em; border-bottom: 2px solid #2b5797; color: #2b5797; page-break-after: avoid; break-after: avoid; }
.intro { background: #f3f6fb; border-left: 4px solid #2b5797; padding: .4em .7em; margin: .4em 0 .8em 0; page-break-after: avoid; break-after: avoid; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { border: 1px solid #b9c2cf; padding: .35em .5em; vertical-align: top; text-align: left; }
th { background: #e8edf5; font-size: 9pt; overflow-wrap: break-word; }
tr { page-break-inside: avoid; break-inside: avoid; }
col.num { width: 3.2em; } col.box { width: 3.6em; } col.sign { width: 7.5em; }
.title { font-weight: bold; margin-bottom: .25em; }
.finding { display: inline-block; font-size: 8pt; font-weight: bold; color: #fff; background: #a4262c; border-radius: 3px; padding: 0 .35em; margin-right: .3em; }
.finding.warning { background: #b35900; } .finding.info { background: #51606f; }
.label { font-weight: bold; color: #333; }
p { margin: .2em 0; }
pre { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8pt; background: #f6f6f6; border: 1px solid #ddd; padding: .3em .45em; margin: .3em 0; white-space: pre-wrap; word-break: break-all; }
.refs { color: #555; font-size: 8.5pt; }
.id { color: #888; font-size: 7.5pt; }
.field { color: #333; font-size: 8.5pt; min-height: 1.3em; border-bottom: 1px dotted #999; margin-bottom: .5em; }
.field span { color: #777; font-size: 7.5pt; display: block; }
.note { font-style: italic; color: #333; }
ul { margin: .1em 0 .4em 1.2em; padding: 0; } li { margin: .05em 0; }
.field.result { min-height: 2.6em; }
input[type=checkbox] { width: 1.1em; height: 1.1em; }
table.schedule { margin-bottom: 1em; } table.schedule tr.blocked td { background: #fbeaea; }
p.schedule { font-weight: bold; color: #2b5797; }
.chart { page-break-inside: avoid; break-inside: avoid; margin: 1em 0; } .chart img { max-width: 100%; }
@page { margin: 15mm; }
@media print { body { margin: 0; } h2 { break-before: auto; } }
)css";

QString itemCell(const ChecklistItem &item)
{
    QString out;
    out += u"<div class=\"title\">"_s;
    if (item.fromFinding) {
        const QString cls = item.severity == Severity::Error
            ? QString()
            : (item.severity == Severity::Warning ? u" warning"_s : u" info"_s);
        out += u"<span class=\"finding%1\">%2</span>"_s.arg(cls, h(severityLabel(item.severity)));
    }
    out += h(item.title) + u"</div>\n"_s;
    if (!item.action.isEmpty())
        out += u"<p><span class=\"label\">%1</span> %2</p>\n"_s.arg(h(tr("What to do:")), h(item.action));
    for (const ChecklistDetail &detail : item.details) {
        out += u"<p><span class=\"label\">%1</span></p>\n<ul>\n"_s.arg(h(detail.label));
        for (const QString &line : detail.lines)
            out += u"<li>"_s + h(line) + u"</li>\n"_s;
        out += u"</ul>\n"_s;
    }
    if (!item.why.isEmpty()) {
        const QString refs = checklistReferenceText(item);
        out += refs.isEmpty() ? u"<p><span class=\"label\">%1</span> %2</p>\n"_s.arg(h(tr("Why:")), h(item.why))
                              : u"<p><span class=\"label\">%1</span> %2 <span class=\"refs\">(%3)</span></p>\n"_s.arg(
                                    h(tr("Why:")), h(item.why), h(refs));
    }
    if (const QStringList urls = checklistSourceUrls(item); !urls.isEmpty()) {
        QStringList links;
        for (const QString &url : urls)
            links.append(u"<a href=\"%1\">%1</a>"_s.arg(h(url)));
        out += u"<p class=\"refs\"><span class=\"label\">%1</span> %2</p>\n"_s.arg(h(tr("Sources:")),
                                                                                   links.join(u", "_s));
    }
    if (!item.shell.isEmpty())
        out += u"<p><span class=\"label\">%1</span> %2</p>\n"_s.arg(h(tr("Run in:")), h(item.shell));
    if (!item.command.isEmpty())
        out += u"<pre>"_s + h(item.command) + u"</pre>\n"_s;
    if (!item.verify.isEmpty())
        out += u"<p><span class=\"label\">%1</span> %2</p>\n"_s.arg(h(tr("How to verify:")), h(item.verify));
    if (!item.verifyCommand.isEmpty())
        out += u"<pre>"_s + h(item.verifyCommand) + u"</pre>\n"_s;
    if (!item.state.note.isEmpty())
        out += u"<p class=\"note\"><span class=\"label\">%1</span> %2</p>\n"_s.arg(h(tr("Note:")), h(item.state.note));
    out += u"<div class=\"id\">%1</div>\n"_s.arg(h(tr("Item id: %1").arg(item.id)));
    return out;
}

QString signCell(const ChecklistItem &item)
{
    QString out;
    const struct
    {
        QString label;
        QString value;
    } fields[] = {{tr("Owner"), item.state.owner}, {tr("Date"), item.state.date}, {tr("Sign-off"), item.state.signOff}};
    if (item.recordsResult)
        out += u"<div class=\"field result\"><span>%1</span>%2</div>"_s.arg(h(tr("Result")), h(item.state.result));
    for (const auto &f : fields)
        out += u"<div class=\"field\"><span>%1</span>%2</div>"_s.arg(h(f.label), h(f.value));
    return out;
}
} // namespace

QString checklistHtml(const Checklist &list, const QString &afterSchedule)
{
    const QString title = checklistDocumentTitle(list);
    QString out;
    out += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s;
    out += u"<title>"_s + h(title) + u"</title>\n<style>"_s + QString::fromUtf16(styleSheet) + u"</style>\n</head>\n"_s;
    out += u"<body>\n<h1>"_s + h(title) + u"</h1>\n"_s;
    QStringList meta;
    if (!list.organization.isEmpty())
        meta.append(tr("Organization: %1").arg(h(list.organization)));
    meta.append(tr("Date: %1").arg(list.date.toString(Qt::ISODate)));
    meta.append(checklistProgressText(list));
    out += u"<div class=\"meta\">"_s + meta.join(u" &middot; "_s) + u"</div>\n"_s;
    if (!list.schedule.isEmpty()) {
        out += u"<h2>%1</h2>\n<table class=\"schedule\">\n<thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
               u"<th>%6</th></tr></thead>\n<tbody>\n"_s.arg(h(tr("Cutover schedule")), h(tr("Date")), h(tr("Step")),
                                                           h(tr("Phase")), h(tr("Users")), h(tr("Gate")));
        for (const ScheduleRow &r : list.schedule) {
            out += u"<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n"_s.arg(
                r.blockingRuleIds.isEmpty() ? QString() : u" class=\"blocked\""_s, r.date.toString(Qt::ISODate),
                h(r.step), QString::number(checklistPhaseNumber(r.phase)), scheduleUsersText(r),
                h(scheduleGateText(r)));
        }
        out += u"</tbody>\n</table>\n"_s;
    }
    out += afterSchedule;
    for (const ChecklistPhase &phase : list.phases) {
        out += u"<h2>%1. %2</h2>\n"_s.arg(checklistPhaseNumber(phase)).arg(h(phase.title));
        if (!phase.schedule.isEmpty())
            out += u"<p class=\"schedule\">"_s + h(phase.schedule) + u"</p>\n"_s;
        if (!phase.intro.isEmpty())
            out += u"<div class=\"intro\">"_s + h(phase.intro) + u"</div>\n"_s;
        out += u"<table>\n<colgroup><col class=\"num\"><col class=\"box\"><col><col class=\"sign\"></colgroup>\n"_s;
        out += u"<thead><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n"_s.arg(
            h(tr("Done")), h(tr("Item")), h(tr("Sign-off")));
        for (qsizetype n = 0; n < phase.items.size(); ++n) {
            const ChecklistItem &item = phase.items[n];
            out += u"<tr id=\"%1\">\n<td>%2</td>\n<td><input type=\"checkbox\" disabled%3 aria-label=\"%4\"></td>\n"_s
                       .arg(h(item.id), checklistItemNumber(phase, n), item.state.done ? u" checked"_s : QString(),
                            h(tr("Done")));
            out += u"<td>\n"_s + itemCell(item) + u"</td>\n<td>"_s + signCell(item) + u"</td>\n</tr>\n"_s;
        }
        out += u"</tbody>\n</table>\n"_s;
    }
    out += u"</body>\n</html>\n"_s;
    return out;
}

} // namespace wizard
