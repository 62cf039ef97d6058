#include "diagramscene.h"

#include "diagrampainter.h"

#include <QCursor>
#include <QGraphicsItem>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

#include <algorithm>
#include <functional>

namespace ui {

namespace {
using enum DiagramItemKind;

// A static piece of the layout (region, box, text, table cell, legend entry).
class LayoutPieceItem : public QGraphicsItem
{
public:
    LayoutPieceItem(DiagramItemKind kind, QRectF bounds, std::function<void(QPainter &)> paint)
        : m_bounds(bounds.adjusted(-14, -14, 14, 14))
        , m_paint(std::move(paint))
    {
        setData(DiagramItemKindKey, int(kind));
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { m_paint(*painter); }

private:
    QRectF m_bounds;
    std::function<void(QPainter &)> m_paint;
};

// One edge of a hop: hover shows the hop's findings, a click asks to go to them.
class HopEdgeItem : public QGraphicsItem
{
public:
    HopEdgeItem(const render::DiagramEdge &edge, const render::TextMeasure &measure)
        : m_edge(edge)
        , m_measure(measure)
    {
        setData(DiagramItemKindKey, int(Edge));
        setData(DiagramItemIdKey, edge.hopIndex);
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
        QPainterPath line;
        line.moveTo(edge.points.value(0));
        for (qsizetype i = 1; i < edge.points.size(); ++i)
            line.lineTo(edge.points[i]);
        QPainterPathStroker stroker;
        stroker.setWidth(14);
        m_shape = stroker.createStroke(line);
        if (!edge.labelLines.isEmpty())
            m_shape.addRect(edge.labelRect);
    }
    QRectF boundingRect() const override { return m_shape.boundingRect().adjusted(-4, -4, 4, 4); }
    QPainterPath shape() const override { return m_shape; }
    void setCurrent(bool current)
    {
        m_current = current;
        update();
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_current) {
            // The keyboard's hop: a strong outline that reads on a projector and in
            // black and white, not only a tint.
            painter->save();
            painter->setPen(QPen(QColor(0x1a, 0x4a, 0x9c), 3, Qt::SolidLine));
            painter->setBrush(QColor(0x1a, 0x4a, 0x9c, 40));
            painter->drawPath(m_shape);
            painter->restore();
        } else if (m_hovered) {
            painter->save();
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(255, 235, 59, 110));
            painter->drawPath(m_shape);
            painter->restore();
        }
        render::paintEdge(*painter, m_edge, m_measure);
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = true;
        update();
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        m_hovered = false;
        update();
    }
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton)
            static_cast<DiagramScene *>(scene())->activateHop(m_edge.hopIndex);
        event->accept();
    }

private:
    render::DiagramEdge m_edge;
    const render::TextMeasure &m_measure;
    QPainterPath m_shape;
    bool m_hovered = false;
    bool m_current = false;
};
} // namespace

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_measure(render::fontTextMeasure())
{
    setBackgroundBrush(Qt::white);
}

void DiagramScene::showLayout(const render::DiagramLayout &layout, const QStringList &hopToolTips,
                              const QStringList &hopNames)
{
    clear();
    m_layout = layout;
    m_hopNames = hopNames;
    const render::TextMeasure &m = m_measure;
    auto add = [this](QGraphicsItem *item, qreal z) {
        item->setZValue(z);
        addItem(item);
    };
    for (const render::DiagramRegion &r : layout.regions)
        add(new LayoutPieceItem(Region, r.rect, [r, this](QPainter &p) { render::paintRegion(p, r, m_measure); }), 0);
    for (const render::DiagramNode &n : layout.nodes) {
        auto *item = new LayoutPieceItem(Node, n.rect, [n, this](QPainter &p) { render::paintNode(p, n, m_measure); });
        item->setData(DiagramItemIdKey, n.id);
        add(item, n.kind == render::NodeKind::Site ? 0.5 : 2);
    }
    for (const render::DiagramEdge &e : layout.edges) {
        auto *item = new HopEdgeItem(e, m);
        item->setToolTip(hopToolTips.value(e.hopIndex));
        item->setCurrent(e.hopIndex == m_currentHop);
        add(item, 1);
    }
    for (const render::TableCell &c : layout.cells)
        add(new LayoutPieceItem(Cell, c.rect, [c, this](QPainter &p) { render::paintTableCell(p, c, m_measure); }), 2);
    for (const render::TextBlock &t : layout.texts)
        add(new LayoutPieceItem(Text, t.rect, [t, this](QPainter &p) { render::paintTextBlock(p, t, m_measure); }), 3);
    for (const render::LegendEntry &l : layout.legend)
        add(new LayoutPieceItem(Legend, l.rect, [l, this](QPainter &p) { render::paintLegendEntry(p, l, m_measure); }),
            3);
    setSceneRect(QRectF(QPointF(0, 0), layout.canvas));
    if (m_currentHop >= 0 && !hops().contains(m_currentHop)) {
        m_currentHop = -1;
        emit currentHopChanged(-1);
    }
}

QList<int> DiagramScene::hops() const
{
    QList<int> out;
    for (const render::DiagramEdge &e : m_layout.edges) {
        if (e.hopIndex >= 0 && !out.contains(e.hopIndex))
            out.append(e.hopIndex);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void DiagramScene::setCurrentHop(int hopIndex)
{
    if (hopIndex != -1 && !hops().contains(hopIndex))
        return;
    if (hopIndex == m_currentHop)
        return;
    m_currentHop = hopIndex;
    for (QGraphicsItem *item : items()) {
        if (item->data(DiagramItemKindKey).toInt() == int(Edge))
            static_cast<HopEdgeItem *>(item)->setCurrent(item->data(DiagramItemIdKey).toInt() == hopIndex);
    }
    emit currentHopChanged(hopIndex);
}

QRectF DiagramScene::hopRect(int hopIndex) const
{
    QRectF rect;
    for (QGraphicsItem *item : items()) {
        if (item->data(DiagramItemKindKey).toInt() == int(Edge) && item->data(DiagramItemIdKey).toInt() == hopIndex)
            rect = rect.united(item->sceneBoundingRect());
    }
    return rect;
}

void DiagramScene::activateHop(int hopIndex)
{
    emit hopClicked(hopIndex);
}

} // namespace ui
