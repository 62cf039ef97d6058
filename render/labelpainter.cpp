#include "labelpainter.h"

#include <QTextOption>

#include <algorithm>

namespace render {

void LabelPainter::draw(QPainter &painter, const QRectF &r, int flags, const QString &text)
{
    if (text.isEmpty() || painter.pen().style() == Qt::NoPen)
        return;
    // Line breaks, tabs and length variants (a plan's value may hold them) go through
    // QPainter, which breaks, expands and chooses them.
    const auto special = [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x9c || c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
    };
    if (std::any_of(text.cbegin(), text.cend(), special)) {
        painter.drawText(r, flags, text);
        return;
    }
    const QFont font = painter.font();
    std::unique_ptr<QTextLayout> &layout = m_layouts[font.key() + QChar(0) + text];
    if (!layout) {
        layout = std::make_unique<QTextLayout>(text, font);
        QTextOption option;
        option.setTextDirection(painter.layoutDirection());
        option.setAlignment(Qt::AlignLeft);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        QTextLine line = layout->createLine();
        line.setLineWidth(0x01000000);
        line.setPosition(QPointF(0, 0));
        layout->endLayout();
    }
    const QTextLine line = layout->lineAt(0);
    const qreal width = line.naturalTextWidth();
    const qreal height = line.ascent() + line.descent();
    const qreal yoff = (flags & Qt::AlignVCenter) ? (r.height() - height) / 2 : 0;
    qreal xoff = 0;
    if (flags & Qt::AlignRight)
        xoff = r.width() - width;
    else if (flags & Qt::AlignHCenter)
        xoff = (r.width() - width) / 2;
    const bool clip = !r.contains(QRectF(r.x() + xoff, r.y() + yoff, width, height));
    if (clip) {
        painter.save();
        painter.setClipRect(r, Qt::IntersectClip);
    }
    xoff = 0;
    if (flags & Qt::AlignRight)
        xoff = r.width() - line.horizontalAdvance();
    else if (flags & Qt::AlignHCenter)
        xoff = (r.width() - line.horizontalAdvance()) / 2;
    line.draw(&painter, QPointF(r.x() + xoff, r.y() + yoff));
    if (clip)
        painter.restore();
}

} // namespace render
