#pragma once

// Geometry checks shared by the layout and scene tests.
#include "diagramlayout.h"

#include <QStringList>

namespace layoutchecks {

using namespace Qt::StringLiterals;

struct Solid
{
    QString what;
    QRectF rect;
};

// Everything that must not overlap anything else: boxes (not site groups), edge labels,
// free text, region titles, legend entries and table cells.
inline QList<Solid> solids(const render::DiagramLayout &l)
{
    QList<Solid> out;
    for (const auto &n : l.nodes) {
        if (n.kind != render::NodeKind::Site)
            out.append({u"node "_s + n.id, n.rect});
    }
    for (qsizetype i = 0; i < l.edges.size(); ++i) {
        if (!l.edges[i].labelLines.isEmpty())
            out.append({u"label of edge %1"_s.arg(i), l.edges[i].labelRect});
    }
    for (const auto &t : l.texts)
        out.append({u"text "_s + t.lines.value(0), t.rect});
    for (const auto &r : l.regions)
        out.append({u"title "_s + r.title, r.titleRect});
    for (const auto &e : l.legend)
        out.append({u"legend "_s + e.text, e.rect});
    for (const auto &c : l.cells)
        out.append({u"cell "_s + c.lines.value(0), c.rect.adjusted(0.5, 0.5, -0.5, -0.5)});
    return out;
}

inline QStringList overlaps(const render::DiagramLayout &l)
{
    QStringList problems;
    const QList<Solid> s = solids(l);
    for (qsizetype i = 0; i < s.size(); ++i) {
        for (qsizetype j = i + 1; j < s.size(); ++j) {
            if (s[i].rect.intersects(s[j].rect))
                problems << s[i].what + u" overlaps "_s + s[j].what;
        }
    }
    return problems;
}

inline QStringList outsideCanvas(const render::DiagramLayout &l)
{
    QStringList problems;
    const QRectF canvas(QPointF(0, 0), l.canvas);
    for (const Solid &s : solids(l)) {
        if (!canvas.contains(s.rect))
            problems << s.what;
    }
    for (const auto &r : l.regions) {
        if (!canvas.contains(r.rect))
            problems << u"region "_s + r.title;
    }
    return problems;
}

// An edge may touch only the boxes it starts and ends at, and no label.
inline QStringList edgeCrossings(const render::DiagramLayout &l)
{
    QStringList problems;
    for (qsizetype e = 0; e < l.edges.size(); ++e) {
        const auto &edge = l.edges[e];
        for (qsizetype i = 0; i + 1 < edge.points.size(); ++i) {
            const QRectF seg = QRectF(edge.points[i], edge.points[i + 1]).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
            for (const auto &n : l.nodes) {
                if (n.kind == render::NodeKind::Site)
                    continue;
                const QRectF grown = n.rect.adjusted(-1, -1, 1, 1);
                const bool endpoint = grown.contains(edge.points.first()) || grown.contains(edge.points.last());
                if (!endpoint && seg.intersects(n.rect.adjusted(1, 1, -1, -1)))
                    problems << u"edge %1 crosses node %2"_s.arg(e).arg(n.id);
            }
            for (qsizetype o = 0; o < l.edges.size(); ++o) {
                if (!l.edges[o].labelLines.isEmpty() && seg.intersects(l.edges[o].labelRect))
                    problems << u"edge %1 crosses the label of edge %2"_s.arg(e).arg(o);
            }
        }
    }
    return problems;
}

} // namespace layoutchecks
