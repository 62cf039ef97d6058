#pragma once

#include <QByteArray>
#include <QList>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

namespace render {

// A picture painted elsewhere (the cutover charts, drawn by QtCharts in the charts
// target, which needs Widgets) and placed in a document painted here, as SVG: vector in
// the PDF (through QSvgRenderer, which keeps text sizes on any device resolution), an
// image in the HTML checklist.
struct FigurePage
{
    QString title;
    QSizeF size; // of the picture, in its own units
    QByteArray svg;
};

// Paints the title and the picture, scaled to fit `area` keeping its proportions.
void paintFigurePage(QPainter &p, const FigurePage &page, const QRectF &area);

// An HTML section with each figure as an SVG image (a data URL); empty without figures.
QString figurePagesHtml(const QList<FigurePage> &pages);

} // namespace render
