#include "cutover.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace wizard {

namespace {
struct MilestoneName
{
    MilestoneKind kind;
    const char16_t *token;
    const char *display;
    const char *brief = nullptr; // a chart's label, where display is long
};
const std::array<MilestoneName, milestoneKindCount> milestoneNames = {{
    {MilestoneKind::NewServersInstalled, u"newServersInstalled", QT_TRANSLATE_NOOP("wizard", "New servers installed")},
    {MilestoneKind::CoexistencePrepared, u"coexistencePrepared",
     QT_TRANSLATE_NOOP("wizard", "Coexistence prepared (legacy Outlook Anywhere ready)"),
     QT_TRANSLATE_NOOP("wizard", "Coexistence prepared")},
    {MilestoneKind::ScpChange, u"scpChange", QT_TRANSLATE_NOOP("wizard", "Autodiscover SCP change")},
    {MilestoneKind::NamespaceCutover, u"namespaceCutover", QT_TRANSLATE_NOOP("wizard", "Namespace and DNS cutover")},
    {MilestoneKind::PublicFolders, u"publicFolders", QT_TRANSLATE_NOOP("wizard", "Public folders")},
    {MilestoneKind::Decommission, u"decommission", QT_TRANSLATE_NOOP("wizard", "Legacy decommission")},
}};
} // namespace

QList<MilestoneKind> allMilestoneKinds()
{
    QList<MilestoneKind> kinds;
    for (const MilestoneName &m : milestoneNames)
        kinds.append(m.kind);
    return kinds;
}

QString milestoneKindToken(MilestoneKind k)
{
    return QStringView(milestoneNames[static_cast<std::size_t>(k)].token).toString();
}

std::optional<MilestoneKind> parseMilestoneKindToken(QStringView text)
{
    for (const MilestoneName &m : milestoneNames) {
        if (text == QStringView(m.token))
            return m.kind;
    }
    return std::nullopt;
}

QString milestoneDisplayName(MilestoneKind k)
{
    return QCoreApplication::translate("wizard", milestoneNames[static_cast<std::size_t>(k)].display);
}

QString milestoneBriefName(MilestoneKind k)
{
    const MilestoneName &m = milestoneNames[static_cast<std::size_t>(k)];
    return QCoreApplication::translate("wizard", m.brief ? m.brief : m.display);
}

bool CutoverPlan::isEmpty() const
{
    return waves.isEmpty()
        && std::all_of(milestoneDates.cbegin(), milestoneDates.cend(), [](QDate d) { return d.isNull(); });
}

const Wave *CutoverPlan::findWave(QStringView name) const
{
    for (const Wave &w : waves) {
        if (name.compare(w.name, Qt::CaseInsensitive) == 0)
            return &w;
    }
    return nullptr;
}

} // namespace wizard
