#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace wizard {

// The fixed milestones of a cutover (issue 16), in the order of Microsoft's upgrade
// checklist (FACTS F70: enable Outlook Anywhere, configure the SCP, move the DNS
// records, move mailboxes, move public folders). The mailbox-move waves sit between the
// namespace cutover and the public folders; they are Waves, not milestones of this list,
// because a plan has any number of them.
enum class MilestoneKind {
    NewServersInstalled, // the Exchange 2013/2016 servers are installed
    CoexistencePrepared, // legacy Outlook Anywhere ready for the proxy hop (Part B)
    ScpChange, // every CAS's AutoDiscoverServiceInternalUri points to the new Autodiscover name
    NamespaceCutover, // the namespace and DNS move to the new CAS
    PublicFolders, // public folders move (or the legacy ones are made reachable)
    Decommission, // the legacy servers are removed
};
constexpr int milestoneKindCount = 6;
QList<MilestoneKind> allMilestoneKinds(); // in the order above
QString milestoneKindToken(MilestoneKind k); // "namespaceCutover": the plan-file key
std::optional<MilestoneKind> parseMilestoneKindToken(QStringView text);
QString milestoneDisplayName(MilestoneKind k); // "Namespace and DNS cutover" (translated)
// The name on a chart's line: "Coexistence prepared" for the long one (translated).
QString milestoneBriefName(MilestoneKind k);

// One move of mailboxes from the legacy servers to the new ones. The databases and
// servers name those of the topology; the client groups are optional (they say whose
// users move, and give the user count when no mailbox counts are recorded).
struct Wave
{
    QString name; // unique in a plan, compared case-insensitively
    QDate date; // null when not yet planned
    QStringList databases;
    QStringList servers;
    QStringList clientGroups;

    friend bool operator==(const Wave &, const Wave &) = default;
};

struct CutoverPlan
{
    // Indexed by MilestoneKind; a null date = not planned yet.
    QList<QDate> milestoneDates = QList<QDate>(milestoneKindCount);
    QList<Wave> waves;

    QDate dateOf(MilestoneKind k) const { return milestoneDates.value(static_cast<int>(k)); }
    void setDate(MilestoneKind k, QDate d) { milestoneDates[static_cast<int>(k)] = d; }
    bool isEmpty() const;
    const Wave *findWave(QStringView name) const;

    friend bool operator==(const CutoverPlan &, const CutoverPlan &) = default;
};

} // namespace wizard
