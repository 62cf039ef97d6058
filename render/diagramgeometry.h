#pragma once

#include "diagramlayout.h"

#include <QList>
#include <QPointF>
#include <QRectF>

// Internal to the layouts: sizes and the column/row arithmetic of the flow diagram.
namespace render::geometry {

constexpr qreal Margin = 24;
constexpr qreal RegionPad = 18;
constexpr qreal BoxPadH = 12;
constexpr qreal BoxPadV = 8;
constexpr qreal MinBoxWidth = 150;
constexpr qreal MinGap = 70;
constexpr qreal LabelPad = 5;
constexpr qreal IconSize = 16;
constexpr qreal LegendSampleWidth = 40;

// A box: its bold title over its subtitle's lines (a subtitle may hold line breaks).
qreal boxHeight(const TextMeasure &measure, qsizetype subtitleLines = 1);
qsizetype subtitleLineCount(const QString &subtitle);
qreal boxWidth(const TextMeasure &measure, const QString &title, const QString &subtitle);
QSizeF labelSize(const TextMeasure &measure, const QStringList &lines);
// A label centred above the longest horizontal segment of `points`.
QRectF labelRectAbove(const TextMeasure &measure, const QStringList &lines, const QList<QPointF> &points);
inline QPointF rightOf(const QRectF &r)
{
    return {r.right(), r.center().y()};
}
inline QPointF leftOf(const QRectF &r)
{
    return {r.left(), r.center().y()};
}

// Vertical positions of the flow diagram, top to bottom.
struct FlowRows
{
    qreal regionATop = 0;
    qreal topY = 0; // centre of the Autodiscover lane
    qreal regionBTop = 0;
    qreal mainY = 0; // centre of the main row
    qreal regionBottom = 0;
    qreal bottomLane = 0; // RPC/TCP detour under the regions

    // `box`: the height of the row's boxes.
    static FlowRows compute(const TextMeasure &measure, qreal headingBottom, qreal labelHeight, qreal box);
};

// Columns of the flow diagram, left to right, each with a main-row node and an
// optional node above it; gaps grow to hold the labels of the edges that cross them.
class FlowColumns
{
public:
    explicit FlowColumns(const TextMeasure &measure);
    void add(const QString &id, NodeKind kind, const QString &title, const QString &subtitle);
    void addAbove(const QString &id, NodeKind kind, const QString &title, const QString &subtitle);
    void setSubtitle(const QString &id, const QString &subtitle);
    void reserveLabel(const QString &columnNodeId, const QStringList &lines);
    // Widens the gap after a column (the border between the Part A and Part B frames).
    void widenGapAfter(const QString &columnNodeId, qreal extra);
    // Assigns x positions from `left`; returns the right edge of the Part B region, far
    // enough from `partBLeft` past the new CAS's right edge (`minPartBSpan`) to hold its
    // title.
    qreal place(qreal left, qreal partBLeft, qreal minPartBSpan);
    qreal labelHeight() const { return m_labelHeight; }
    // Every box of the flow is as tall as the one with the most subtitle lines.
    qreal boxHeight() const { return geometry::boxHeight(m_measure, m_subtitleLines); }
    void applyRows(const FlowRows &rows, DiagramLayout &layout) const;

private:
    struct Column
    {
        DiagramNode main;
        std::optional<DiagramNode> above;
        qreal width = 0;
        qreal gapAfter = MinGap;
        qreal x = 0;
    };
    const TextMeasure &m_measure;
    QList<Column> m_columns;
    qreal m_labelHeight = 0;
    qsizetype m_subtitleLines = 1;
};

} // namespace render::geometry
