#include "cutovergatetext.h"

#include "cutover/cutovergates.h"
#include "cutoverpage.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace ui {

// Up to six rule ids (the gate wraps: "and 1 more" hid one that fitted even at
// 1920x1080); a large plan's longer list ends with a count, the tooltip lists them all.
QString gateText(const wizard::CutoverStep &step)
{
    if (!step.blocked())
        return step.date.isValid() ? CutoverPage::tr("Ready") : CutoverPage::tr("Not planned");
    constexpr qsizetype Shown = 6;
    const QStringList ids = step.blockingRuleIds();
    if (ids.size() <= Shown)
        return CutoverPage::tr("Blocked by %1").arg(ids.join(u", "_s));
    return CutoverPage::tr("Blocked by %1 and %n more", nullptr, int(ids.size() - Shown))
        .arg(ids.mid(0, Shown).join(u", "_s));
}

// Every rule that blocks `step` (the gate's tooltip: its text lists at most three).
QString blockedByAll(const wizard::CutoverStep &step)
{
    return CutoverPage::tr("Blocked by %1").arg(step.blockingRuleIds().join(u", "_s));
}

// The tooltip of a dated step that is still blocked.
QString cut001Text(const wizard::CutoverStep &step)
{
    return CutoverPage::tr("Planned for %1 but still blocked by %2 (CUT-001)")
        .arg(step.date.toString(Qt::ISODate), step.blockingRuleIds().join(u", "_s));
}

// A gate wraps rather than widen the page past the window, but never below a rule id.
int gateMinimumWidth(const QLabel *gate)
{
    return gate->fontMetrics().horizontalAdvance(u"Blocked by PB-001,"_s);
}

} // namespace ui
