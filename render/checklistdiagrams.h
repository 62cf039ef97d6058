#pragma once

#include "diagramlayout.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace render {

// A diagram printed on its own page of a document (the checklist PDF).
struct DiagramPage
{
    QString title;
    DiagramLayout layout;
    QStringList scenarios; // every scenario the diagram shows (several when they share it)

    friend bool operator==(const DiagramPage &, const DiagramPage &) = default;
};

// The diagrams of the scenarios that have a problem (overall fail or warning, as the
// engine says), failing ones first, each in plan order. Scenarios whose diagrams would
// be the same but for the client group's name (same location, Outlook version, hops,
// verdicts and explanations) share one diagram, which lists them (issue 19: a plan of
// 1,000 servers printed one page per scenario).
QList<DiagramPage> problemScenarioDiagrams(const wizard::Topology &topology, const QList<wizard::Flow> &flows,
                                           const TextMeasure &measure);

// Paints the page title and the diagram, scaled to fit `area` (device units) but never
// enlarged beyond its size at `deviceDpi`.
void paintDiagramPage(QPainter &p, const DiagramPage &page, const TextMeasure &measure, const QRectF &area,
                      qreal deviceDpi);

// An HTML section holding the pages as SVG images (data URLs), to insert before the
// </body> of an HTML checklist; empty when there is no page.
QString diagramPagesHtml(const QList<DiagramPage> &pages, const TextMeasure &measure);

} // namespace render
