#pragma once

#include "cutover/cutoverseries.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

class QChart;

namespace charts {

enum class CutoverChartKind { UsersOverTime, FindingsAtSteps, UsersPerWave };
inline constexpr CutoverChartKind allCutoverCharts[]
    = {CutoverChartKind::UsersOverTime, CutoverChartKind::FindingsAtSteps, CutoverChartKind::UsersPerWave};
QString cutoverChartTitle(CutoverChartKind kind); // translated

// A QChart of the engine's numbers (wizard::cutoverCharts): nothing is computed here but
// the geometry of the series. The caller owns the chart (a QChartView takes it over).
// textScale multiplies the type (workshop mode: the window's scale); untitled where a
// tab names the chart.
std::unique_ptr<QChart> buildCutoverChart(CutoverChartKind kind, const wizard::CutoverCharts &data,
                                          qreal textScale = 1.0, bool titled = true);

// The stacked step outline of the users chart, one polyline per version (oldest first):
// x in milliseconds since the epoch (UTC midnight of each date), y the users on that
// version and every older one. What the chart's area series are made of, for tests.
QList<QList<QPointF>> usersStepOutlines(const wizard::UsersTimeline &timeline);
qreal chartTime(QDate date); // x of a date: msecs since the epoch at 00:00 UTC

} // namespace charts
