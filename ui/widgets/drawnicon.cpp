#include "drawnicon.h"

#include <QColor>
#include <QPainter>
#include <QPen>
#include <QPixmap>

#include <algorithm>

namespace ui {

QIcon drawnIcon(int size, const QColor &ink, Qt::PenCapStyle cap,
                const std::function<void(QPainter &painter, qreal size)> &draw)
{
    QIcon icon;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(ink, std::max(1.5, size / 8.0), Qt::SolidLine, cap, Qt::RoundJoin));
        draw(painter, size);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace ui
