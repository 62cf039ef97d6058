#pragma once

#include <QIcon>

#include <functional>

class QColor;
class QPainter;

namespace ui {

// An icon of strokes in one ink, drawn at `size` for 1x and 2x screens: for the title-bar
// buttons whose style pixmaps do not grow with workshop mode or stand out in colour. The
// painter comes antialiased, with a pen of the buttons' common weight; `draw` gets the
// size in device-independent pixels.
QIcon drawnIcon(int size, const QColor &ink, Qt::PenCapStyle cap,
                const std::function<void(QPainter &painter, qreal size)> &draw);

} // namespace ui
