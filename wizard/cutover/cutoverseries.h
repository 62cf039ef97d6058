#pragma once

#include "cutovergates.h"
#include "topology/topology.h"

#include <QDate>
#include <QList>
#include <QString>

namespace wizard {

// The data behind the cutover charts (issue 16), computed from the steps and their gates:
// the painters draw exactly these numbers, and tests compare them as data.

// Users per Exchange version over time, as steps: users[i][v] holds from dates[i] until
// dates[i + 1] (the last entry until `end`). A dated wave moves its users on its date.
struct UsersTimeline
{
    QList<ExchangeVersion> versions; // the versions shown, oldest first
    QList<QDate> dates; // the start, then each date where a wave moves users
    QList<QList<int>> users; // users[i][j]: users on versions[j] from dates[i]
    QDate end;
    struct Marker
    {
        QDate date;
        QString label;
        bool blocked = false;
        friend bool operator==(const Marker &, const Marker &) = default;
    };
    QList<Marker> markers; // every dated step, by date

    friend bool operator==(const UsersTimeline &, const UsersTimeline &) = default;
};

// Open findings per severity at each dated step: what must be fixed before that date.
struct StepFindings
{
    QString label;
    QDate date;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    friend bool operator==(const StepFindings &, const StepFindings &) = default;
};

struct WaveBar
{
    QString name;
    QDate date; // null when not dated
    int users = 0;
    bool blocked = false;
    QStringList blockingRuleIds;
    friend bool operator==(const WaveBar &, const WaveBar &) = default;
};

struct CutoverCharts
{
    UsersTimeline timeline;
    QList<StepFindings> findings;
    QList<WaveBar> waves;
    friend bool operator==(const CutoverCharts &, const CutoverCharts &) = default;
};

// `today` starts the timeline when it is before the first dated step (the charts run
// "from today to decommission"); otherwise the first dated step does. Steps come from
// computeCutoverSteps on the same topology.
CutoverCharts cutoverCharts(const Topology &topology, const QList<CutoverStep> &steps, QDate today);

} // namespace wizard
