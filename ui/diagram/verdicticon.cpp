#include "verdicticon.h"

#include "diagrampainter.h"

#include <QPainter>
#include <QPixmap>

#include <array>

namespace ui {

QIcon verdictIcon(wizard::Verdict verdict)
{
    static std::array<QIcon, 4> icons;
    const auto slot = static_cast<std::size_t>(verdict);
    Q_ASSERT(slot < icons.size());
    if (icons[slot].isNull()) {
        QIcon icon;
        // Drawn at the sizes item views ask for, in normal and workshop type, so the
        // icon is never scaled from a smaller pixmap.
        for (const int size : {16, 24, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            const qreal margin = size / 16.0;
            render::paintVerdictIcon(p, QRectF(margin, margin, size - 2 * margin, size - 2 * margin), verdict);
            p.end();
            icon.addPixmap(pixmap);
            // Its colours on a selected row too (the style tints the Selected mode).
            icon.addPixmap(pixmap, QIcon::Selected);
        }
        icons[slot] = icon;
    }
    return icons[slot];
}

} // namespace ui
