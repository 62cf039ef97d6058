#pragma once

#include "cutoverchart.h"
#include "figurepage.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace charts {

// The size the charts are laid out at for documents and exports (device pixels at 96 dpi).
inline constexpr QSize cutoverChartSize(1000, 520);

// Paints one chart offscreen (a hidden QChartView lays it out; no window is shown).
QImage cutoverChartImage(CutoverChartKind kind, const wizard::CutoverCharts &data, QSize size = cutoverChartSize,
                         qreal scale = 1.0);
// The three charts as figure pages for the checklist PDF and HTML (render::FigurePage).
QList<render::FigurePage> cutoverFigurePages(const wizard::CutoverCharts &data);
// The same for a plan: its steps and chart data from the findings; none without a cutover.
QList<render::FigurePage> cutoverFigurePages(const wizard::Topology &topology, const QList<wizard::Finding> &findings,
                                             QDate today);

// `coexplan export PLAN --cutover FILE`: .pdf = one landscape page per chart (vector),
// .png / .svg = the three charts one above the other. Written atomically; an error
// message names the file.
std::optional<QString> exportCutoverCharts(const wizard::CutoverCharts &data, const QString &title,
                                           const QString &path);
bool isCutoverChartPath(const QString &path); // .pdf, .png or .svg

} // namespace charts
