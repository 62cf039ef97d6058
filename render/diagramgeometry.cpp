#include "diagramgeometry.h"

#include <algorithm>

namespace render::geometry {

qreal boxHeight(const TextMeasure &measure, qsizetype subtitleLines)
{
    return (1 + subtitleLines) * measure.lineHeight + 2 * BoxPadV;
}

qsizetype subtitleLineCount(const QString &subtitle)
{
    return subtitle.count(u'\n') + 1;
}

qreal boxWidth(const TextMeasure &measure, const QString &title, const QString &subtitle)
{
    qreal w = measure.widthOf(title, true);
    for (const QStringView line : QStringView(subtitle).split(u'\n'))
        w = std::max(w, measure.widthOf(line.toString()));
    return std::max(MinBoxWidth, w + 2 * BoxPadH);
}

QSizeF labelSize(const TextMeasure &measure, const QStringList &lines)
{
    qreal w = 0;
    for (const QString &line : lines)
        w = std::max(w, measure.widthOf(line));
    return {IconSize + 6 + w + 2 * LabelPad, lines.size() * measure.lineHeight + 2 * LabelPad};
}

QRectF labelRectAbove(const TextMeasure &measure, const QStringList &lines, const QList<QPointF> &points)
{
    qsizetype best = 0;
    qreal bestLength = -1;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        if (qFuzzyCompare(points[i].y(), points[i + 1].y())) {
            const qreal length = std::abs(points[i + 1].x() - points[i].x());
            if (length > bestLength) {
                bestLength = length;
                best = i;
            }
        }
    }
    const QSizeF size = labelSize(measure, lines);
    const qreal midX = (points[best].x() + points[best + 1].x()) / 2;
    return {midX - size.width() / 2, points[best].y() - 4 - size.height(), size.width(), size.height()};
}

FlowRows FlowRows::compute(const TextMeasure &measure, qreal headingBottom, qreal labelHeight, qreal box)
{
    FlowRows r;
    r.regionATop = headingBottom + 16;
    const qreal adLabelTop = r.regionATop + 6 + measure.lineHeight + 8;
    r.topY = adLabelTop + labelHeight + 4;
    r.regionBTop = r.topY + 14;
    const qreal mainLabelTop = std::max(r.regionBTop + 6 + measure.lineHeight + 8, r.topY + 10);
    r.mainY = std::max(mainLabelTop + labelHeight + 4, r.topY + box + 24);
    r.regionBottom = r.mainY + box / 2 + 14;
    r.bottomLane = r.regionBottom + RegionPad / 2 + 16;
    return r;
}

FlowColumns::FlowColumns(const TextMeasure &measure)
    : m_measure(measure)
{ }

void FlowColumns::add(const QString &id, NodeKind kind, const QString &title, const QString &subtitle)
{
    Column c;
    c.main = DiagramNode{id, kind, title, subtitle, {}, std::nullopt, 0};
    c.width = boxWidth(m_measure, title, subtitle);
    m_subtitleLines = std::max(m_subtitleLines, subtitleLineCount(subtitle));
    m_columns.append(c);
}

void FlowColumns::addAbove(const QString &id, NodeKind kind, const QString &title, const QString &subtitle)
{
    Column &c = m_columns.last();
    c.above = DiagramNode{id, kind, title, subtitle, {}, std::nullopt, 0};
    c.width = std::max(c.width, boxWidth(m_measure, title, subtitle));
    m_subtitleLines = std::max(m_subtitleLines, subtitleLineCount(subtitle));
}

void FlowColumns::setSubtitle(const QString &id, const QString &subtitle)
{
    for (Column &c : m_columns) {
        if (c.main.id == id) {
            c.main.subtitle = subtitle;
            c.width = std::max(c.width, boxWidth(m_measure, c.main.title, subtitle));
            m_subtitleLines = std::max(m_subtitleLines, subtitleLineCount(subtitle));
        }
    }
}

void FlowColumns::reserveLabel(const QString &columnNodeId, const QStringList &lines)
{
    const QSizeF size = labelSize(m_measure, lines);
    m_labelHeight = std::max(m_labelHeight, size.height());
    for (Column &c : m_columns) {
        if (c.main.id == columnNodeId)
            c.gapAfter = std::max(c.gapAfter, size.width() + 2 * LabelPad + 16);
    }
}

void FlowColumns::widenGapAfter(const QString &columnNodeId, qreal extra)
{
    for (Column &c : m_columns) {
        if (c.main.id == columnNodeId)
            c.gapAfter += extra;
    }
}

qreal FlowColumns::place(qreal left, qreal partBLeft, qreal minPartBSpan)
{
    qreal x = left;
    qreal casRight = 0;
    for (Column &c : m_columns) {
        c.x = x;
        if (c.main.kind == NodeKind::NewCas)
            casRight = x + c.width;
        x += c.width + c.gapAfter;
    }
    const Column &last = m_columns.last();
    return std::max(last.x + last.width + RegionPad, casRight + partBLeft + minPartBSpan);
}

void FlowColumns::applyRows(const FlowRows &rows, DiagramLayout &layout) const
{
    const qreal h = boxHeight();
    for (const Column &c : m_columns) {
        DiagramNode main = c.main;
        main.rect = QRectF(c.x, rows.mainY - h / 2, c.width, h);
        layout.nodes.append(main);
        if (c.above) {
            DiagramNode above = *c.above;
            above.rect = QRectF(c.x, rows.topY - h / 2, c.width, h);
            layout.nodes.append(above);
        }
    }
}

} // namespace render::geometry
