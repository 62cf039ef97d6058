#pragma once

#include "diagramlayout.h"

#include <QColor>
#include <QFont>

class QPainter;

namespace render {

// How a verdict looks: colour AND a colour-free cue (icon glyph and line style), so
// that a black-and-white print or a colour-blind reader still sees the verdict.
struct VerdictStyle
{
    QColor colour;
    Qt::PenStyle lineStyle = Qt::SolidLine;
    QChar glyph; // ✓ ! ✗ ?
};
VerdictStyle verdictStyle(wizard::Verdict v);

// The fixed-size fonts of every diagram, and a TextMeasure that uses them.
QFont diagramFont(const TextMeasure &measure, bool bold);
TextMeasure fontTextMeasure();

// Pieces, used by the exporters and by the interactive scene, so both look the same.
void paintVerdictIcon(QPainter &p, const QRectF &rect, wizard::Verdict v);
void paintRegion(QPainter &p, const DiagramRegion &region, const TextMeasure &measure);
void paintNode(QPainter &p, const DiagramNode &node, const TextMeasure &measure);
void paintEdge(QPainter &p, const DiagramEdge &edge, const TextMeasure &measure);
void paintTextBlock(QPainter &p, const TextBlock &text, const TextMeasure &measure);
void paintTableCell(QPainter &p, const TableCell &cell, const TextMeasure &measure);
void paintLegendEntry(QPainter &p, const LegendEntry &entry, const TextMeasure &measure);

// The whole layout on a white canvas, in layout coordinates.
void paintDiagram(QPainter &p, const DiagramLayout &layout, const TextMeasure &measure);

} // namespace render
