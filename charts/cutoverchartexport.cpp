#include "cutoverchartexport.h"

#include "planfile/atomicwrite.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QtCharts/QChart>
#include <QGraphicsScene>

using namespace Qt::StringLiterals;

namespace charts {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charts", text);
}

// A QChart is laid out through its scene's posted layout events: a view that is never
// shown, sized, and those events delivered give it its final geometry before anything
// paints it (no window, no platform call: the offscreen platform stays silent).
class OffscreenChart
{
public:
    OffscreenChart(CutoverChartKind kind, const wizard::CutoverCharts &data, QSize size)
        : m_size(size)
    {
        QChart *chart = buildCutoverChart(kind, data).release();
        m_scene.addItem(chart); // the scene owns it
        chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
        QCoreApplication::sendPostedEvents();
        m_scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    }

    void paint(QPainter &painter, const QRectF &target)
    {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_scene.render(&painter, target, QRectF(QPointF(0, 0), QSizeF(m_size)));
    }
    QSize size() const { return m_size; }

private:
    QGraphicsScene m_scene;
    QSize m_size;
};

QByteArray chartSvg(CutoverChartKind kind, const wizard::CutoverCharts &data, QSize size, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title);
    OffscreenChart chart(kind, data, size);
    QPainter painter(&svg);
    chart.paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return bytes;
}

std::optional<QString> writeStackedSvg(const wizard::CutoverCharts &data, const QString &title, const QString &path)
{
    const QSize one = cutoverChartSize;
    const QSize all(one.width(), one.height() * 3);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(all);
    svg.setViewBox(QRect(QPoint(0, 0), all));
    svg.setTitle(title);
    QPainter painter(&svg);
    int y = 0;
    for (CutoverChartKind kind : allCutoverCharts) {
        OffscreenChart chart(kind, data, one);
        chart.paint(painter, QRectF(QPointF(0, y), QSizeF(one)));
        y += one.height();
    }
    if (!painter.end())
        return tr("%1: cannot paint the charts").arg(path);
    return wizard::writeFileAtomically(path, bytes);
}

std::optional<QString> writeStackedPng(const wizard::CutoverCharts &data, const QString &path)
{
    const qreal scale = 2.0; // sharp in a document or on a high-density screen
    const QSize one = cutoverChartSize;
    QImage image(QSize(one.width(), one.height() * 3) * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    int y = 0;
    for (CutoverChartKind kind : allCutoverCharts) {
        painter.drawImage(QPoint(0, y), cutoverChartImage(kind, data, one, scale));
        y += int(one.height() * scale);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return tr("%1: cannot encode the PNG").arg(path);
    return wizard::writeFileAtomically(path, bytes);
}

std::optional<QString> writePdf(const wizard::CutoverCharts &data, const QString &title, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(u"CoexPlan"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return tr("%1: cannot paint the charts").arg(path);
        const QList<render::FigurePage> pages = cutoverFigurePages(data);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
            render::paintFigurePage(painter, pages[i], QRectF(QPointF(0, 0), QSizeF(area.size())));
        }
        if (!painter.end())
            return tr("%1: cannot finish the PDF").arg(path);
    }
    return wizard::writeFileAtomically(path, bytes);
}
} // namespace

QImage cutoverChartImage(CutoverChartKind kind, const wizard::CutoverCharts &data, QSize size, qreal scale)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    OffscreenChart chart(kind, data, size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart.paint(painter, QRectF(QPointF(0, 0), QSizeF(size * scale)));
    return image;
}

QList<render::FigurePage> cutoverFigurePages(const wizard::CutoverCharts &data)
{
    QList<render::FigurePage> pages;
    for (CutoverChartKind kind : allCutoverCharts) {
        render::FigurePage page;
        page.title = cutoverChartTitle(kind);
        page.size = QSizeF(cutoverChartSize);
        page.svg = chartSvg(kind, data, cutoverChartSize, page.title);
        pages.append(page);
    }
    return pages;
}

QList<render::FigurePage> cutoverFigurePages(const wizard::Topology &topology, const QList<wizard::Finding> &findings,
                                             QDate today)
{
    if (topology.cutover.isEmpty())
        return {};
    return cutoverFigurePages(wizard::cutoverCharts(topology, wizard::computeCutoverSteps(topology, findings), today));
}

bool isCutoverChartPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"pdf"_s || suffix == u"png"_s || suffix == u"svg"_s;
}

std::optional<QString> exportCutoverCharts(const wizard::CutoverCharts &data, const QString &title,
                                           const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg"_s)
        return writeStackedSvg(data, title, path);
    if (suffix == u"png"_s)
        return writeStackedPng(data, path);
    if (suffix == u"pdf"_s)
        return writePdf(data, title, path);
    return tr("%1: the cutover charts are written as .pdf, .png or .svg").arg(path);
}

} // namespace charts
