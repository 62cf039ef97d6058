#include "cutoverseries.h"

#include "waveusers.h"

#include <algorithm>

namespace wizard {

namespace {
// A step's name on a chart: a milestone's brief name, a wave's own.
QString chartLabel(const CutoverStep &s)
{
    return s.milestone ? milestoneBriefName(*s.milestone) : s.label;
}

UsersTimeline timelineOf(const Topology &topology, const QList<CutoverStep> &dated, QDate today)
{
    UsersTimeline t;
    UsersByVersion now = usersToday(topology);
    const ExchangeVersion target = cutoverTargetVersion(topology);
    now[target] += 0; // the target version always has a band, empty until the first wave
    for (const Wave &w : topology.cutover.waves) {
        const UsersByVersion moved = waveUsers(topology, w);
        for (auto it = moved.cbegin(); it != moved.cend(); ++it)
            now[it.key()] += 0;
    }
    t.versions = now.keys();

    QDate start = today;
    QDate end = topology.cutover.dateOf(MilestoneKind::Decommission);
    for (const CutoverStep &s : dated) {
        if (!start.isValid() || s.date < start)
            start = s.date;
        if (!end.isValid() || s.date > end)
            end = s.date;
        t.markers.append({s.date, chartLabel(s), s.blocked()});
    }
    if (!start.isValid())
        start = QDate(2000, 1, 1);
    if (!end.isValid() || end <= start)
        end = start.addDays(30);
    t.end = end;

    const auto snapshot = [&]() {
        QList<int> row;
        for (ExchangeVersion v : t.versions)
            row.append(now.value(v));
        return row;
    };
    t.dates.append(start);
    t.users.append(snapshot());
    for (const CutoverStep &s : dated) {
        if (!s.isWave())
            continue;
        const Wave *w = topology.cutover.findWave(s.wave);
        if (!w)
            continue;
        const UsersByVersion moved = waveUsers(topology, *w);
        for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
            if (it.key() == target)
                continue; // already on the new servers
            const int n = std::min(it.value(), now.value(it.key()));
            now[it.key()] -= n;
            now[target] += n;
        }
        if (t.dates.last() == s.date) // same day as the previous point: one step
            t.users.last() = snapshot();
        else {
            t.dates.append(s.date);
            t.users.append(snapshot());
        }
    }
    return t;
}
} // namespace

CutoverCharts cutoverCharts(const Topology &topology, const QList<CutoverStep> &steps, QDate today)
{
    CutoverCharts charts;
    const QList<CutoverStep> dated = sortedByDate(steps);
    charts.timeline = timelineOf(topology, dated, today);
    for (const CutoverStep &s : dated) {
        StepFindings f{chartLabel(s), s.date};
        for (const Finding &finding : s.open) {
            switch (finding.severity) {
            case Severity::Error:
                ++f.errors;
                break;
            case Severity::Warning:
                ++f.warnings;
                break;
            case Severity::Info:
                ++f.infos;
                break;
            }
        }
        charts.findings.append(f);
    }
    for (const CutoverStep &s : steps) {
        if (!s.isWave())
            continue;
        const Wave *w = topology.cutover.findWave(s.wave);
        const int users = w ? totalUsers(waveUsers(topology, *w)) : 0;
        charts.waves.append({s.wave, s.date, users, s.blocked(), s.blockingRuleIds()});
    }
    return charts;
}

} // namespace wizard
