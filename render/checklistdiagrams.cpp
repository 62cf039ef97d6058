#include "checklistdiagrams.h"

#include "diagramexport.h"
#include "diagrampainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace render {

QList<DiagramPage> problemScenarioDiagrams(const wizard::Topology &topology, const QList<wizard::Flow> &flows,
                                           const TextMeasure &measure)
{
    QList<DiagramPage> pages;
    for (const wizard::Verdict wanted : {wizard::Verdict::Fail, wizard::Verdict::Warn}) {
        for (const wizard::Flow &flow : flows) {
            if (flow.overall == wanted)
                pages.append({QCoreApplication::translate("render", "Connection diagram: %1").arg(flow.scenarioId()),
                              layoutFlowDiagram(flow, topology, measure, FlowArrangement::PartBBelow)});
        }
    }
    return pages;
}

void paintDiagramPage(QPainter &p, const DiagramPage &page, const TextMeasure &measure, const QRectF &area,
                      qreal deviceDpi)
{
    const qreal unit = deviceDpi / 96.0; // layout pixels are 1/96 inch
    p.save();
    QFont titleFont = diagramFont(measure, true);
    titleFont.setPixelSize(int(measure.titlePixelSize * 1.2 * unit));
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const qreal titleHeight = measure.lineHeight * 1.6 * unit;
    // One line, cut in the middle when a name is too long for the page (the scenario's
    // heading in the diagram names it whole).
    const QString title = QFontMetricsF(titleFont, p.device()).elidedText(page.title, Qt::ElideMiddle, area.width());
    p.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    const QRectF room = area.adjusted(0, titleHeight + 4 * unit, 0, 0);
    const QSizeF canvas = page.layout.canvas;
    const qreal scale = std::min({room.width() / canvas.width(), room.height() / canvas.height(), unit});
    p.translate(room.left(), room.top());
    p.scale(scale, scale);
    paintDiagram(p, page.layout, measure);
    p.restore();
}

QString diagramPagesHtml(const QList<DiagramPage> &pages, const TextMeasure &measure)
{
    if (pages.isEmpty())
        return {};
    QString html = QStringLiteral("<section class=\"diagrams\">\n<h2>%1</h2>\n")
                       .arg(QCoreApplication::translate("render", "Connection diagrams of the scenarios with a problem")
                                .toHtmlEscaped());
    for (const DiagramPage &page : pages) {
        const QByteArray svg = renderSvg(page.layout, measure, page.title).toBase64();
        html += QStringLiteral("<figure style=\"page-break-inside: avoid; margin: 1em 0\">"
                               "<figcaption><b>%1</b></figcaption>"
                               "<img style=\"max-width: 100%; height: auto\" alt=\"%1\" "
                               "src=\"data:image/svg+xml;base64,%2\"></figure>\n")
                    .arg(page.title.toHtmlEscaped(), QString::fromLatin1(svg));
    }
    return html + QStringLiteral("</section>\n");
}

} // namespace render
