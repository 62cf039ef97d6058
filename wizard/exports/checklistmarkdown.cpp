#include "checklistformats.h"
#include "checklistsources.h"
#include "topology/wording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("wizard", text);
}

// Backslash-escapes every character Markdown could read as markup, and folds line
// breaks into spaces so a value cannot start a heading or a list.
QString md(const QString &text)
{
    // Values never start a line (they follow a label or a heading marker), so only the
    // characters that mean something mid-line are escaped.
    static const QString special = u"\\`*_[]<>|~&"_s;
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\n' || c == u'\r')
            out.append(u' ');
        else if (special.contains(c))
            out.append(u'\\').append(c);
        else
            out.append(c);
    }
    return out;
}

// A fence longer than any backtick run inside the code.
QString fence(const QString &code)
{
    int longest = 0, run = 0;
    for (QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), u'`');
}

QString codeBlock(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QString f = fence(code);
    return u"\n"_s + f + u"powershell\n"_s + code + u'\n' + f + u"\n\n"_s;
}

QString field(const QString &value)
{
    return value.isEmpty() ? u"________"_s : md(value);
}
} // namespace

QString checklistMarkdown(const Checklist &list)
{
    QString out;
    out += u"# "_s + md(checklistDocumentTitle(list)) + u"\n\n"_s;
    QStringList meta;
    if (!list.organization.isEmpty())
        meta.append(tr("Organization: %1").arg(md(list.organization)));
    meta.append(tr("Date: %1").arg(list.date.toString(Qt::ISODate)));
    meta.append(checklistProgressText(list));
    out += meta.join(u" · "_s) + u"\n"_s;
    if (!list.schedule.isEmpty()) {
        out += u"\n## "_s + tr("Cutover schedule") + u"\n\n"_s;
        out += u"| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---:|---|\n"_s.arg(tr("Date"), tr("Step"), tr("Phase"),
                                                                             tr("Users"), tr("Gate"));
        for (const ScheduleRow &r : list.schedule) {
            out += u"| %1 | %2 | %3 | %4 | %5 |\n"_s.arg(r.date.toString(Qt::ISODate), md(r.step),
                                                         QString::number(checklistPhaseNumber(r.phase)),
                                                         scheduleUsersText(r), md(scheduleGateText(r)));
        }
    }
    for (const ChecklistPhase &phase : list.phases) {
        out += u"\n## %1. %2\n"_s.arg(checklistPhaseNumber(phase)).arg(md(phase.title));
        if (!phase.schedule.isEmpty())
            out += u"\n**"_s + md(phase.schedule) + u"**\n"_s;
        if (!phase.intro.isEmpty())
            out += u"\n> "_s + md(phase.intro) + u'\n';
        for (qsizetype n = 0; n < phase.items.size(); ++n) {
            const ChecklistItem &item = phase.items[n];
            out += u"\n### %1 %2\n\n"_s.arg(checklistItemNumber(phase, n), md(item.title));
            out += item.state.done ? u"- [x] "_s : u"- [ ] "_s;
            out += item.fromFinding ? tr("**Open finding (%1)** · ").arg(severityLabel(item.severity)) : QString();
            out += tr("Item id: %1").arg(md(item.id)) + u'\n';
            if (!item.action.isEmpty())
                out += tr("- **What to do:** %1").arg(md(item.action)) + u'\n';
            for (const ChecklistDetail &detail : item.details) {
                out += u"- **%1**\n"_s.arg(md(detail.label));
                for (const QString &line : detail.lines)
                    out += u"  - "_s + md(line) + u'\n';
            }
            if (!item.why.isEmpty()) {
                const QString refs = checklistReferenceText(item);
                out += (refs.isEmpty() ? tr("- **Why:** %1").arg(md(item.why))
                                       : tr("- **Why:** %1 (%2)").arg(md(item.why), md(refs)))
                    + u'\n';
            }
            if (const QStringList urls = checklistSourceUrls(item); !urls.isEmpty()) {
                QStringList links;
                for (const QString &url : urls)
                    links.append(u'<' + url + u'>'); // our own https addresses: an autolink
                out += tr("- **Sources:** %1").arg(links.join(u", "_s)) + u'\n';
            }
            if (!item.shell.isEmpty())
                out += tr("- **Run in:** %1").arg(md(item.shell)) + u'\n';
            out += codeBlock(item.command);
            if (!item.verify.isEmpty())
                out += tr("- **How to verify:** %1").arg(md(item.verify)) + u'\n';
            out += codeBlock(item.verifyCommand);
            if (item.recordsResult)
                out += tr("- **Result:** %1").arg(field(item.state.result)) + u'\n';
            out += tr("- **Owner:** %1 · **Date:** %2 · **Sign-off:** %3")
                       .arg(field(item.state.owner), field(item.state.date), field(item.state.signOff))
                + u'\n';
            if (!item.state.note.isEmpty())
                out += tr("- **Note:** %1").arg(md(item.state.note)) + u'\n';
        }
    }
    return out;
}

QString checklistDocumentTitle(const Checklist &list)
{
    if (list.kind == ChecklistKind::TestPlan) {
        return list.planTitle.isEmpty() ? tr("Connectivity test plan")
                                        : tr("Connectivity test plan: %1").arg(list.planTitle);
    }
    return list.planTitle.isEmpty() ? tr("Coexistence checklist") : tr("Coexistence checklist: %1").arg(list.planTitle);
}

QString scheduleGateText(const ScheduleRow &row)
{
    if (!row.blockingRuleIds.isEmpty())
        return tr("Blocked by %1").arg(row.blockingRuleIds.join(u", "_s));
    if (row.warnings > 0)
        return tr("Ready, %1 to review").arg(counted(row.warnings, tr("warning"), tr("warnings")));
    return tr("Ready");
}

QString scheduleUsersText(const ScheduleRow &row)
{
    return row.users < 0 ? QString() : QString::number(row.users);
}

QString checklistProgressText(const Checklist &list)
{
    if (list.kind == ChecklistKind::TestPlan)
        return tr("Progress: %1 of %2 tests done").arg(list.doneCount()).arg(list.itemCount());
    return tr("Progress: %1 of %2 items done").arg(list.doneCount()).arg(list.itemCount());
}

QString checklistReferenceText(const ChecklistItem &item)
{
    return checklistRuleReferences(item).join(u", "_s);
}

QString checklistItemNumber(const ChecklistPhase &phase, qsizetype index)
{
    return u"%1.%2"_s.arg(checklistPhaseNumber(phase)).arg(index + 1);
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Error:
        return tr("error");
    case Severity::Warning:
        return tr("warning");
    case Severity::Info:
        return tr("info");
    }
    return {};
}

} // namespace wizard
