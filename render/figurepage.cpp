#include "figurepage.h"

#include <QPainter>
#include <QRectF>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace render {

void paintFigurePage(QPainter &p, const FigurePage &page, const QRectF &area)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(13);
    font.setBold(true);
    p.save();
    p.setFont(font);
    p.setPen(QColor(0x2b, 0x57, 0x97));
    const qreal titleHeight = QFontMetricsF(font, p.device()).height() * 1.6;
    p.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               page.title);
    const QRectF space(area.left(), area.top() + titleHeight, area.width(), area.height() - titleHeight);
    if (page.size.width() > 0 && page.size.height() > 0) {
        const qreal scale = std::min(space.width() / page.size.width(), space.height() / page.size.height());
        QSvgRenderer svg(page.svg);
        const QSizeF drawn = page.size * scale;
        svg.render(&p, QRectF(QPointF(space.left() + (space.width() - drawn.width()) / 2, space.top()), drawn));
    }
    p.restore();
}

QString figurePagesHtml(const QList<FigurePage> &pages)
{
    QString html;
    for (const FigurePage &page : pages) {
        html += u"<div class=\"chart\"><h3>%1</h3><img alt=\"%1\" src=\"data:image/svg+xml;base64,%2\"></div>\n"_s.arg(
            page.title.toHtmlEscaped(), QString::fromLatin1(page.svg.toBase64()));
    }
    return html;
}

} // namespace render
