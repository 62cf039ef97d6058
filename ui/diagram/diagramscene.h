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

    // Replaces every item. `hopToolTips[i]` is shown when hovering an edge of hop i.
    void showLayout(const render::DiagramLayout &layout, const QStringList &hopToolTips = {});
    const render::DiagramLayout &layout() const { return m_layout; }
    const render::TextMeasure &measure() const { return m_measure; }

    // Called by the hop items; emits hopClicked.
    void activateHop(int hopIndex);

signals:
    void hopClicked(int hopIndex);

private:
    render::TextMeasure m_measure;
    render::DiagramLayout m_layout;
};

} // namespace ui
