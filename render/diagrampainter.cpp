#include "diagrampainter.h"

#include "diagramgeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace render {

namespace {
const QColor Ink(0x21, 0x21, 0x21);
const QColor Muted(0x61, 0x61, 0x61);

QColor regionFill(int index)
{
    return index == 0 ? QColor(0xe3, 0xf2, 0xfd, 150) : QColor(0xf3, 0xe5, 0xf5, 150);
}

void drawArrowHead(QPainter &p, QPointF from, QPointF to, const QColor &colour)
{
    const qreal angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    constexpr qreal Length = 10;
    constexpr qreal Spread = 0.45;
    QPainterPath head(to);
    head.lineTo(to - QPointF(Length * std::cos(angle - Spread), Length * std::sin(angle - Spread)));
    head.lineTo(to - QPointF(Length * std::cos(angle + Spread), Length * std::sin(angle + Spread)));
    head.closeSubpath();
    p.fillPath(head, colour);
}
} // namespace

VerdictStyle verdictStyle(wizard::Verdict v)
{
    switch (v) {
    case wizard::Verdict::Ok:
        return {QColor(0x2e, 0x7d, 0x32), Qt::SolidLine, QChar(0x2713)};
    case wizard::Verdict::Warn:
        return {QColor(0xb2, 0x6a, 0x00), Qt::DashLine, u'!'};
    case wizard::Verdict::Fail:
        return {QColor(0xc6, 0x28, 0x28), Qt::DotLine, QChar(0x2717)};
    case wizard::Verdict::Unknown:
        return {QColor(0x75, 0x75, 0x75), Qt::DashDotLine, u'?'};
    }
    return {};
}

QFont diagramFont(const TextMeasure &measure, bool bold)
{
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Liberation Sans"_s, u"Arial"_s, u"Helvetica"_s});
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(int(bold ? measure.titlePixelSize : measure.fontPixelSize));
    font.setBold(bold);
    return font;
}

TextMeasure fontTextMeasure()
{
    TextMeasure m;
    const QFontMetricsF regular(diagramFont(m, false));
    const QFontMetricsF bold(diagramFont(m, true));
    m.lineHeight = std::max<qreal>(m.lineHeight, std::ceil(std::max(regular.height(), bold.height())) + 2);
    m.width = [regular, bold](const QString &text, bool isBold) {
        return std::ceil((isBold ? bold : regular).horizontalAdvance(text)) + 1;
    };
    return m;
}

void paintVerdictIcon(QPainter &p, const QRectF &rect, wizard::Verdict v)
{
    const VerdictStyle style = verdictStyle(v);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(style.colour);
    p.drawEllipse(rect);
    QPen pen(Qt::white, rect.width() / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    const auto at = [&rect](qreal fx, qreal fy) {
        return QPointF(rect.left() + fx * rect.width(), rect.top() + fy * rect.height());
    };
    // Glyphs drawn as strokes: no font has to provide ✓ or ✗.
    switch (v) {
    case wizard::Verdict::Ok:
        p.drawPolyline(QList<QPointF>{at(0.27, 0.52), at(0.44, 0.70), at(0.74, 0.32)});
        break;
    case wizard::Verdict::Fail:
        p.drawLine(at(0.32, 0.32), at(0.68, 0.68));
        p.drawLine(at(0.68, 0.32), at(0.32, 0.68));
        break;
    case wizard::Verdict::Warn:
        p.drawLine(at(0.5, 0.24), at(0.5, 0.56));
        p.drawPoint(at(0.5, 0.76));
        break;
    case wizard::Verdict::Unknown: {
        QPainterPath q(at(0.34, 0.38));
        q.cubicTo(at(0.34, 0.14), at(0.68, 0.16), at(0.66, 0.38));
        q.cubicTo(at(0.64, 0.52), at(0.5, 0.5), at(0.5, 0.62));
        p.setBrush(Qt::NoBrush);
        p.drawPath(q);
        p.drawPoint(at(0.5, 0.8));
        break;
    }
    }
    p.restore();
}

void paintRegion(QPainter &p, const DiagramRegion &region, const TextMeasure &measure)
{
    const int index = region.title.contains(u"Part B"_s) ? 1 : 0;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(index == 0 ? QColor(0x1e, 0x88, 0xe5) : QColor(0x8e, 0x24, 0xaa), 1.5));
    p.setBrush(regionFill(index));
    p.drawRoundedRect(region.rect, 28, 28);
    p.setFont(diagramFont(measure, true));
    p.setPen(Ink);
    p.drawText(region.titleRect, Qt::AlignLeft | Qt::AlignVCenter, region.title);
    p.restore();
}

void paintNode(QPainter &p, const DiagramNode &node, const TextMeasure &measure)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (node.kind == NodeKind::Site) {
        p.setPen(QPen(Muted, 1, Qt::SolidLine));
        p.setBrush(QColor(0xfa, 0xfa, 0xfa));
        p.drawRoundedRect(node.rect, 10, 10);
        p.setFont(diagramFont(measure, true));
        p.setPen(Ink);
        p.drawText(node.rect.adjusted(12, 8, -12, 0), Qt::AlignLeft | Qt::AlignTop, node.title);
        p.restore();
        return;
    }
    const bool onPath = node.pathVerdict.has_value();
    const QColor border = onPath ? verdictStyle(*node.pathVerdict).colour : Muted;
    p.setPen(QPen(border, onPath ? 3 : 1.2));
    p.setBrush(node.kind == NodeKind::Client ? QColor(0xff, 0xf8, 0xe1) : QColor(Qt::white));
    p.drawRoundedRect(node.rect, 6, 6);
    // The title over the subtitle's lines, centred in the box (a row's boxes are as tall
    // as the one with the most lines).
    const QStringList subtitle = node.subtitle.split(u'\n');
    const QRectF text
        = node.rect.adjusted(geometry::BoxPadH, geometry::BoxPadV, -geometry::BoxPadH, -geometry::BoxPadV);
    qreal y = text.center().y() - (1 + subtitle.size()) * measure.lineHeight / 2;
    p.setPen(Ink);
    p.setFont(diagramFont(measure, true));
    p.drawText(QRectF(text.left(), y, text.width(), measure.lineHeight), Qt::AlignCenter, node.title);
    p.setFont(diagramFont(measure, false));
    p.setPen(Muted);
    for (const QString &line : subtitle) {
        y += measure.lineHeight;
        p.drawText(QRectF(text.left(), y, text.width(), measure.lineHeight), Qt::AlignCenter, line);
    }
    if (onPath && node.pathStep > 0) {
        const QRectF badge(node.rect.right() - 12, node.rect.top() - 10, 22, 22);
        paintVerdictIcon(p, badge, *node.pathVerdict);
        const QRectF step(node.rect.left() - 10, node.rect.top() - 11, 22, 22);
        p.setPen(QPen(border, 2));
        p.setBrush(Qt::white);
        p.drawEllipse(step);
        p.setPen(Ink);
        p.setFont(diagramFont(measure, true));
        p.drawText(step, Qt::AlignCenter, QString::number(node.pathStep));
    }
    p.restore();
}

void paintEdge(QPainter &p, const DiagramEdge &edge, const TextMeasure &measure)
{
    if (edge.points.size() < 2)
        return;
    const VerdictStyle style = verdictStyle(edge.verdict);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(style.colour, edge.verdict == wizard::Verdict::Fail ? 3.5 : 2.5, style.lineStyle, Qt::RoundCap,
             Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QPointF end = edge.points.last();
    const QPointF before = edge.points[edge.points.size() - 2];
    QList<QPointF> line = edge.points;
    // Stop the line at the arrow's base so the dash pattern does not blur the tip.
    const qreal length = std::hypot(end.x() - before.x(), end.y() - before.y());
    if (length > 10)
        line.last() = end - (end - before) * (8.0 / length);
    p.drawPolyline(line);
    drawArrowHead(p, before, end, style.colour);
    if (!edge.labelLines.isEmpty()) {
        p.setPen(QPen(style.colour, 1));
        p.setBrush(QColor(255, 255, 255, 235));
        p.drawRoundedRect(edge.labelRect, 4, 4);
        const qreal pad = geometry::LabelPad;
        paintVerdictIcon(
            p,
            QRectF(edge.labelRect.left() + pad, edge.labelRect.top() + pad + 1, geometry::IconSize, geometry::IconSize),
            edge.verdict);
        p.setFont(diagramFont(measure, false));
        for (qsizetype i = 0; i < edge.labelLines.size(); ++i) {
            p.setPen(i + 1 == edge.labelLines.size() ? style.colour.darker(120) : Ink);
            p.drawText(QRectF(edge.labelRect.left() + pad + geometry::IconSize + 6,
                              edge.labelRect.top() + pad + i * measure.lineHeight,
                              edge.labelRect.width() - 2 * pad - geometry::IconSize - 6, measure.lineHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, edge.labelLines[i]);
        }
    }
    p.restore();
}

void paintTextBlock(QPainter &p, const TextBlock &text, const TextMeasure &measure)
{
    p.save();
    qreal x = text.rect.left();
    if (text.verdict) {
        paintVerdictIcon(p, QRectF(x, text.rect.top() + 1, geometry::IconSize, geometry::IconSize), *text.verdict);
        x += geometry::IconSize + 6;
    }
    p.setPen(Ink);
    for (qsizetype i = 0; i < text.lines.size(); ++i) {
        p.setFont(diagramFont(measure, text.bold && i == 0));
        p.drawText(QRectF(x, text.rect.top() + i * measure.lineHeight, text.rect.right() - x + 2, measure.lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, text.lines[i]);
    }
    p.restore();
}

void paintTableCell(QPainter &p, const TableCell &cell, const TextMeasure &measure)
{
    p.save();
    p.setPen(QPen(Muted, 1));
    p.setBrush(cell.header ? QColor(0xee, 0xee, 0xee) : QColor(Qt::white));
    p.drawRect(cell.rect);
    const QRectF inner = cell.rect.adjusted(8, 8, -8, -8);
    qreal x = inner.left();
    if (cell.verdict) {
        paintVerdictIcon(p, QRectF(x, inner.top() + 1, geometry::IconSize, geometry::IconSize), *cell.verdict);
        x += geometry::IconSize + 6;
    }
    for (qsizetype i = 0; i < cell.lines.size(); ++i) {
        p.setFont(diagramFont(measure, cell.header || (cell.verdict && i == 0)));
        p.setPen(cell.verdict && i == 0 ? verdictStyle(*cell.verdict).colour.darker(120)
                                        : (cell.verdict || cell.header ? Ink : Muted));
        p.drawText(QRectF(x, inner.top() + i * measure.lineHeight, inner.right() - x + 2, measure.lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, cell.lines[i]);
    }
    p.restore();
}

void paintLegendEntry(QPainter &p, const LegendEntry &entry, const TextMeasure &measure)
{
    const VerdictStyle style = verdictStyle(entry.verdict);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal y = entry.rect.center().y();
    p.setPen(QPen(style.colour, 2.5, style.lineStyle, Qt::RoundCap));
    p.drawLine(QPointF(entry.rect.left(), y), QPointF(entry.rect.left() + geometry::LegendSampleWidth - 6, y));
    qreal x = entry.rect.left() + geometry::LegendSampleWidth;
    paintVerdictIcon(p, QRectF(x, y - geometry::IconSize / 2, geometry::IconSize, geometry::IconSize), entry.verdict);
    x += geometry::IconSize + 8;
    p.setPen(Ink);
    p.setFont(diagramFont(measure, false));
    p.drawText(QRectF(x, entry.rect.top(), entry.rect.right() - x + 2, entry.rect.height()),
               Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    p.restore();
}

void paintDiagram(QPainter &p, const DiagramLayout &layout, const TextMeasure &measure)
{
    p.fillRect(QRectF(QPointF(0, 0), layout.canvas), Qt::white);
    for (const DiagramRegion &r : layout.regions)
        paintRegion(p, r, measure);
    for (const DiagramNode &n : layout.nodes) {
        if (n.kind == NodeKind::Site)
            paintNode(p, n, measure);
    }
    for (const DiagramEdge &e : layout.edges)
        paintEdge(p, e, measure);
    for (const DiagramNode &n : layout.nodes) {
        if (n.kind != NodeKind::Site)
            paintNode(p, n, measure);
    }
    for (const TableCell &c : layout.cells)
        paintTableCell(p, c, measure);
    for (const TextBlock &t : layout.texts)
        paintTextBlock(p, t, measure);
    for (const LegendEntry &l : layout.legend)
        paintLegendEntry(p, l, measure);
}

} // namespace render
