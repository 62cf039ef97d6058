#pragma once

#include "diagramlayout.h"

#include <QGraphicsScene>

namespace ui {

// What each item of a DiagramScene shows: item->data(DiagramItemKindKey) is one of these,
// item->data(DiagramItemIdKey) the node id or the hop index of an edge.
enum class DiagramItemKind { Region = 1, Node, Edge, Text, Cell, Legend };
constexpr int DiagramItemKindKey = 0;
constexpr int DiagramItemIdKey = 1;

// A scene built from a render::DiagramLayout: the same layout and the same painting
// code as the exported files. Hop edges are interactive (tooltip, click).
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DiagramScene(QObject *parent = nullptr);

    // Replaces every item. `hopToolTips[i]` is shown when hovering an edge of hop i,
    // `hopNames[i]` (plain text: the hop, its verdict and why) is its accessible name.
    void showLayout(const render::DiagramLayout &layout, const QStringList &hopToolTips = {},
                    const QStringList &hopNames = {});
    const render::DiagramLayout &layout() const { return m_layout; }
    const render::TextMeasure &measure() const { return m_measure; }

    // The hops drawn, in flow order, and the one the keyboard is on (-1: none). The
    // current hop is highlighted; it survives a re-layout that still draws it.
    QList<int> hops() const;
    int currentHop() const { return m_currentHop; }
    void setCurrentHop(int hopIndex);
    QString hopName(int hopIndex) const { return m_hopNames.value(hopIndex); }
    // The part of the canvas the hop's edges and label cover.
    QRectF hopRect(int hopIndex) const;

    // Called by the hop items; emits hopClicked.
    void activateHop(int hopIndex);

signals:
    void hopClicked(int hopIndex);
    void currentHopChanged(int hopIndex);

private:
    render::TextMeasure m_measure;
    render::DiagramLayout m_layout;
    QStringList m_hopNames;
    int m_currentHop = -1;
};

} // namespace ui
